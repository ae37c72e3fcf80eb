"""Practice settings: their text form, the QSettings store and the settings dialog."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QCheckBox, QSpinBox, QTimeEdit

from desktop_app.practice.reminders import ReminderTime
from desktop_app.practice.settings import ALL_PARTS, PracticeSettings
from desktop_app.ui.practice import PracticeSettingsDialog, PracticeSettingsStore

reminders = st.builds(ReminderTime, st.booleans(), st.times().map(
    lambda t: t.replace(second=0, microsecond=0)))
settings_strategy = st.builds(
    PracticeSettings,
    daily_target=st.integers(1, 12),
    reminders=st.tuples(reminders, reminders),
    pace_s=st.one_of(st.none(), st.integers(6, 60).map(lambda n: n / 2)),
    parts=st.frozensets(st.sampled_from(ALL_PARTS)),
    cue_sound=st.booleans(),
    rest_s=st.integers(0, 120).map(float),
    ask_pain_before=st.booleans(),
    friend_mode=st.booleans(),
    warning_dismissed=st.one_of(st.just(""), st.dates().map(lambda d: f"{d} recent_rises:2/4")),
)


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_defaults_follow_the_seed() -> None:
    d = PracticeSettings()
    assert d.daily_target == 2  # "Twice a day"
    assert [r.at for r in d.reminders] == [time(8, 0), time(18, 0)]
    assert not any(r.enabled for r in d.reminders)  # reminders are opt-in
    assert d.parts == frozenset({"part1", "part2"})  # Part 3 only "if you have the space"


@given(settings_strategy)
def test_text_form_round_trips(settings: PracticeSettings) -> None:
    assert PracticeSettings.from_mapping(settings.to_mapping()) == settings


def test_garbled_values_fall_back_to_defaults() -> None:
    raw = {"daily_target": "lots", "reminder1_time": "25:99", "reminder2_enabled": "maybe",
           "pace_s": "fast", "parts": "part1,part9", "cue_sound": None, "rest_s": "-4"}
    s = PracticeSettings.from_mapping(raw)
    assert s.daily_target == 2 and s.reminders == PracticeSettings().reminders
    assert s.pace_s is None and s.parts == frozenset({"part1"}) and s.rest_s == 10.0
    assert PracticeSettings.from_mapping({"pace_s": "99", "parts": ""}).pace_s == 30.0
    assert PracticeSettings.from_mapping({"parts": ""}).parts == frozenset()


def test_store_persists_and_notifies(tmp_path: Path) -> None:
    store = PracticeSettingsStore(ini(tmp_path / "s.ini"))
    heard: list[PracticeSettings] = []
    store.changed.connect(heard.append)
    store.update(daily_target=3, reminders=(ReminderTime(True, time(7, 30)),
                                            ReminderTime(False, time(18))))
    store.update(daily_target=3)  # no change, no signal
    assert len(heard) == 1
    again = PracticeSettingsStore(ini(tmp_path / "s.ini"))
    assert again.settings == store.settings
    assert again.settings.reminders[0] == ReminderTime(True, time(7, 30))


def test_the_window_keeps_the_settings_beside_its_journal(window, data_dir: Path) -> None:
    window.settings_store.update(daily_target=3)
    stored = (data_dir / "settings.ini").read_text()
    assert "[practice]" in stored and "daily_target=3" in stored


def test_dialog_saves_on_ok_and_keeps_on_cancel(qtbot, tmp_path: Path) -> None:
    store = PracticeSettingsStore(ini(tmp_path / "s.ini"))
    dialog = PracticeSettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.findChild(QSpinBox, "dailyTarget").setValue(5)
    dialog.reject()
    assert store.settings.daily_target == 2

    dialog = PracticeSettingsDialog(store, tray_available=True)
    qtbot.addWidget(dialog)
    time_edit = dialog.findChild(QTimeEdit, "reminder2Time")
    assert not time_edit.isEnabled()  # follows its checkbox
    dialog.findChild(QCheckBox, "reminder2Enabled").setChecked(True)
    assert time_edit.isEnabled()
    time_edit.setTime(QTime(19, 45))
    dialog.findChild(QSpinBox, "dailyTarget").setValue(3)
    dialog.findChild(QSpinBox, "restSeconds").setValue(20)
    dialog.accept()
    assert store.settings.daily_target == 3 and store.settings.rest_s == 20.0
    assert store.settings.reminders == (
        ReminderTime(False, time(8)), ReminderTime(True, time(19, 45)))
    for name in ("dailyTarget", "reminder1Enabled", "reminder1Time", "reminder2Enabled",
                 "reminder2Time", "restSeconds"):
        assert dialog.findChild(object, name).accessibleName(), name
