"""The practice panel with the real demonstration, a hand-driven clock and a real journal."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_app.journal.entry import EntryData, validate
from desktop_app.journal.repository import Journal
from desktop_app.ui.demo import DemoPanel
from desktop_app.ui.practice import HURT_ADVICE, CloseChoice, PracticePanel
from desktop_app.ui.practice.store import PracticeSettingsStore
from tests.helpers.exercises import seed_exercises, uneven_pace_exercise
from tests.helpers.fakes import FakeClock, FakeNow
from tests.helpers.widgets import find_named

BERLIN = ZoneInfo("Europe/Berlin")
OBJECT_NAMES = ("timerDisplay", "startSession", "pauseSession", "finishSession", "hurtStop",
                "paceSeconds", "practiceParts", "rollCountdown", "todayCount", "weekCount",
                "skipRoll", "backRoll", "rollCaption", "rollProgress", "rollDetail",
                "practiceSettings")
LEAD_IN = 10.0


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


class SpyDemo(DemoPanel):
    """The real demonstration, noting what the practice asked of it (not its own inner calls)."""

    calls: list[tuple]

    def __init__(self) -> None:
        self.calls = []
        self._depth = 0
        super().__init__()
        self.calls.clear()

    def _record(self, call: tuple, run) -> None:
        if self._depth == 0:
            self.calls.append(call)
        self._depth += 1
        try:
            run()
        finally:
            self._depth -= 1

    def play_step(self, step_id: str, duration_s: float | None = None) -> None:
        self._record(("play_step", step_id, duration_s),
                     lambda: super(SpyDemo, self).play_step(step_id, duration_s))

    def pause(self) -> None:
        self._record(("pause",), lambda: super(SpyDemo, self).pause())

    def set_interactive(self, enabled: bool) -> None:
        self._record(("set_interactive", enabled),
                     lambda: super(SpyDemo, self).set_interactive(enabled))

    def played(self) -> list[str]:
        return [c[1] for c in self.calls if c[0] == "play_step"]


class Rig:
    def __init__(self, qtbot, tmp_path: Path, data_dir: Path, *, exercise=True) -> None:
        result = seed_exercises()
        self.exercise = uneven_pace_exercise()
        self.demo = SpyDemo()
        self.demo.set_exercises(result)
        qtbot.addWidget(self.demo)
        self.clock = FakeClock()
        self.now = FakeNow(local(2026, 11, 25, 9, 0))
        self.journal = Journal.open(data_dir)
        self.settings_path = tmp_path / "practice.ini"
        self.store = PracticeSettingsStore(
            QSettings(str(self.settings_path), QSettings.Format.IniFormat))
        self.sounds: list[bool] = []
        self.panel = PracticePanel(
            self.demo, self.journal.count, self.exercise if exercise else None,
            store=self.store, clock=self.clock, now=self.now, tz=BERLIN,
            sound=lambda: self.sounds.append(True),
        )
        qtbot.addWidget(self.panel)
        self.ended: list[EntryData] = []
        self.panel.sessionEnded.connect(self.ended.append)

    def w(self, kind: type, name: str):
        return find_named(self.panel, kind, name)

    def text(self, name: str) -> str:
        return self.w(QLabel, name).text()

    def click(self, name: str) -> None:
        button = self.w(QPushButton, name)
        assert button.isEnabled(), name
        button.click()

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.now.set(self.now.moment + __import__("datetime").timedelta(seconds=seconds))
        self.panel.tick()

    def choose_parts(self, *parts: str) -> None:
        for number in (1, 2, 3):
            self.w(QCheckBox, f"practicePart{number}").setChecked(f"part{number}" in parts)


@pytest.fixture
def rig(qtbot, tmp_path: Path, data_dir: Path):
    rig = Rig(qtbot, tmp_path, data_dir)
    yield rig
    rig.journal.close()


def test_object_names_and_accessible_names(rig: Rig) -> None:
    for name in OBJECT_NAMES:
        assert find_named(rig.panel, QWidget, name).accessibleName(), name
    assert isinstance(rig.w(QGroupBox, "practiceParts"), QGroupBox)
    assert rig.w(QDoubleSpinBox, "paceSeconds").value() == 8.0  # the exercise's pace
    font_px = rig.w(QLabel, "timerDisplay").fontInfo().pixelSize()
    assert font_px >= 72  # readable from the rug, about 2 m away
    assert rig.w(QLabel, "rollCountdown").fontInfo().pixelSize() >= 72


def test_idle_panel_offers_start_only(rig: Rig) -> None:
    assert rig.w(QPushButton, "startSession").isEnabled()
    for name in ("pauseSession", "finishSession", "hurtStop", "skipRoll", "backRoll"):
        assert not rig.w(QPushButton, name).isEnabled(), name
    assert rig.text("timerDisplay") == "00:00" and not rig.panel.is_running()
    rig.choose_parts()
    assert not rig.w(QPushButton, "startSession").isEnabled()  # nothing to practise


def test_elapsed_time_after_start_pause_resume_is_exact(rig: Rig) -> None:
    rig.click("startSession")
    assert rig.panel.is_running() and rig.text("timerDisplay") == "00:00"
    rig.advance(7.9)
    assert rig.panel.elapsed() == pytest.approx(7.9) and rig.text("timerDisplay") == "00:07"
    rig.click("pauseSession")
    assert rig.w(QPushButton, "pauseSession").text() == "Resume" and rig.panel.is_paused()
    rig.advance(300.0)
    assert rig.panel.elapsed() == pytest.approx(7.9) and rig.text("timerDisplay") == "00:07"
    rig.click("pauseSession")
    assert rig.w(QPushButton, "pauseSession").text() == "Pause"
    rig.advance(4.6)
    assert rig.panel.elapsed() == pytest.approx(12.5) and rig.text("timerDisplay") == "00:12"


def test_guided_practice_walks_the_seed_steps_with_the_demo_in_sync(rig: Rig) -> None:
    rig.choose_parts("part1", "part2")
    rig.click("startSession")
    assert not rig.demo.is_interactive()
    assert rig.text("rollCaption") == "Get ready" and rig.text("rollCountdown") == "10"
    seen: list[str] = []
    while rig.panel.session is not None and not rig.panel.session.complete:
        rig.advance(0.5)
        current = rig.panel.session.current
        if current is not None and current.is_roll:
            # the demonstration is on the same roll, playing, at the practice's pace
            assert rig.demo.current_target() == current.step_id
            assert rig.demo.is_playing()
            assert rig.text("rollCaption") == current.cue
            assert rig.text("rollDetail") == rig.exercise.step(current.step_id).caption
            if not seen or seen[-1] != current.step_id:
                seen.append(current.step_id)
    expected = [f"part1.{i}" for i in range(1, 5)] + [f"part2.{i}" for i in range(1, 5)]
    assert seen == expected and rig.demo.played() == expected
    assert not rig.demo.is_playing()
    assert rig.text("rollProgress") == "Practice done"
    assert not rig.w(QPushButton, "pauseSession").isEnabled()
    assert rig.w(QPushButton, "finishSession").isEnabled()


def test_caption_countdown_and_cue_for_each_roll(rig: Rig) -> None:
    rig.choose_parts("part1")
    rig.w(QCheckBox, "cueSound").setChecked(True)
    rig.click("startSession")
    rig.advance(LEAD_IN)
    assert rig.text("rollCaption") == (
        "Right knee over the left leg, right hip leads, roll left to face down")
    assert rig.text("rollProgress") == "Part 1 · roll 1 of 4"
    assert rig.text("rollCountdown") == "9"  # 8.5 s, shown rounded up
    assert rig.text("rollNext") == "Next: Head leads, roll right back to the centre, face up"
    assert rig.w(QWidget, "guideFrame").property("flash") is True  # the visual cue
    assert rig.sounds == [True]  # and the sound, where there is one
    rig.advance(3.0)
    assert rig.text("rollCountdown") == "6"
    rig.panel._set_flash(False)
    rig.advance(5.5)
    assert rig.text("rollProgress") == "Part 1 · roll 2 of 4"
    assert rig.text("rollCountdown") == "8"
    assert rig.w(QWidget, "guideFrame").property("flash") is True and len(rig.sounds) == 2


def test_no_sound_setting_or_platform_means_a_flash_only(qtbot, rig: Rig) -> None:
    rig.store.update(cue_sound=False)
    rig.click("startSession")
    rig.advance(LEAD_IN)
    assert rig.sounds == [] and rig.w(QWidget, "guideFrame").property("flash") is True
    silent = PracticePanel(rig.demo, rig.journal.count, rig.exercise, store=rig.store,
                           clock=rig.clock, now=rig.now, tz=BERLIN)  # headless: no sound
    qtbot.addWidget(silent)
    cue_box = silent.findChild(QCheckBox, "cueSound")
    assert not cue_box.isEnabled() and not cue_box.isChecked()


def test_skip_and_back_buttons_move_by_one_roll(rig: Rig) -> None:
    rig.choose_parts("part1", "part2")
    rig.click("startSession")
    rig.click("skipRoll")
    assert rig.panel.session.current.step_id == "part1.1"
    rig.click("skipRoll")
    rig.click("skipRoll")
    assert rig.panel.session.current.step_id == "part1.3"
    assert rig.demo.current_target() == "part1.3"
    rig.click("backRoll")
    assert rig.panel.session.current.step_id == "part1.2"
    assert rig.demo.current_target() == "part1.2" and rig.demo.is_playing()
    assert rig.text("rollCountdown") == "8"


def test_hurt_button_stops_timer_and_demo_and_prefills_stopped_hurt(rig: Rig) -> None:
    rig.choose_parts("part1", "part2")
    rig.click("startSession")
    rig.advance(LEAD_IN + 8.5 + 8 + 8.5 + 8 + 10 + 3)  # Part 1 done, 3 s into Part 2
    assert rig.demo.is_playing()
    rig.click("hurtStop")
    assert not rig.panel.is_running() and not rig.demo.is_playing()
    assert rig.demo.is_interactive()
    rig.advance(60.0)
    assert rig.text("timerDisplay") == "00:56"  # stopped at once
    [prefill] = rig.ended
    assert prefill.stopped_hurt is True
    assert prefill.duration_s == 56
    assert prefill.parts == frozenset({"part1"})
    assert prefill.started_at == local(2026, 11, 25, 9, 0).astimezone(UTC)
    assert validate(prefill) == []  # the form can save it as it is
    # the seed's advice, in the big caption
    assert rig.text("rollCaption") == HURT_ADVICE
    assert HURT_ADVICE == (
        "If the movement hurts, don't do it yet. Focus on other exercises instead.")
    assert rig.w(QWidget, "guideFrame").property("state") == "hurt"
    assert not rig.w(QPushButton, "hurtStop").isEnabled()
    assert rig.journal.count() == 0  # nothing is saved without the person's Save


def test_escape_is_the_hurt_button(qtbot, rig: Rig) -> None:
    from PySide6.QtTest import QTest

    rig.panel.show()
    rig.panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is rig.panel, timeout=2000)
    QTest.keyClick(rig.panel, Qt.Key.Key_Escape)
    assert rig.ended == []  # Escape does nothing before a session starts
    rig.click("startSession")
    rig.advance(1.0)
    QTest.keyClick(rig.panel, Qt.Key.Key_Escape)
    assert len(rig.ended) == 1 and rig.ended[0].stopped_hurt
    assert rig.ended[0].duration_s == 1 and rig.ended[0].parts == frozenset()
    assert validate(rig.ended[0]) == []


def test_finish_prefills_completed_parts_and_duration(rig: Rig) -> None:
    rig.choose_parts("part1", "part2")
    rig.click("startSession")
    rig.advance(LEAD_IN + 8.5 + 8 + 8.5 + 8 + 10 + 2)  # all of Part 1, the rest, 2 s more
    assert rig.panel.session.current.step_id == "part2.1"
    rig.click("skipRoll")  # part2.1 skipped: Part 2 cannot count
    rig.advance(20.4)
    rig.click("finishSession")
    [prefill] = rig.ended
    assert prefill == EntryData(started_at=local(2026, 11, 25, 9).astimezone(UTC),
                                duration_s=75, parts=frozenset({"part1"}), stopped_hurt=False)
    assert not rig.panel.is_running() and rig.journal.count() == 0
    assert rig.w(QPushButton, "startSession").isEnabled()


def test_finish_after_the_whole_plan_gives_the_plan_length(rig: Rig) -> None:
    rig.choose_parts("part2", "part3")
    rig.click("startSession")
    rig.advance(10_000.0)  # a very late tick: the plan is over, the clock stopped at its end
    total = rig.panel.session.plan.total_s
    rig.click("finishSession")
    assert rig.ended[0].parts == frozenset({"part2", "part3"})
    assert rig.ended[0].duration_s == round(total)


def test_pause_stops_the_demo_and_resume_replays_the_roll(rig: Rig) -> None:
    rig.choose_parts("part1")
    rig.click("startSession")
    rig.advance(LEAD_IN + 4.0)
    rig.click("pauseSession")
    assert not rig.demo.is_playing()
    assert "paused" in rig.text("rollProgress")
    rig.advance(100)
    rig.click("pauseSession")
    assert rig.demo.is_playing() and rig.demo.current_target() == "part1.1"
    assert rig.text("rollCountdown") == "9"


def test_counts_today_and_this_week_in_local_time(rig: Rig) -> None:
    def add(when: datetime) -> None:
        rig.journal.add(EntryData(started_at=when, duration_s=300, parts=frozenset({"part1"})))

    assert rig.text("todayCount") == "0 of 2 today"
    assert rig.text("weekCount") == "0 of 14 this week"
    add(local(2026, 11, 22, 23, 30))  # Sunday: last week
    add(local(2026, 11, 23, 0, 5))  # Monday
    add(local(2026, 11, 24, 23, 59))  # yesterday, just before midnight
    add(local(2026, 11, 25, 0, 1))  # today, just after midnight (still 24 Nov in UTC)
    rig.panel.refresh_counts()
    assert rig.text("todayCount") == "1 of 2 today"
    assert rig.text("weekCount") == "3 of 14 this week"
    add(local(2026, 11, 25, 8, 0))
    rig.panel.refresh_counts()
    assert rig.text("todayCount") == "2 of 2 today ✓"
    rig.store.update(daily_target=3)  # the target is a setting
    assert rig.text("todayCount") == "2 of 3 today" and rig.text("weekCount") == "4 of 21 this week"
    rig.now.set(local(2026, 11, 26, 0, 0, 30))  # past midnight with the app open
    rig.panel._check_new_day()
    assert rig.text("todayCount") == "0 of 3 today"


def test_counts_survive_a_journal_error(qtbot, rig: Rig) -> None:
    def broken(_since: datetime, _until: datetime) -> int:
        raise RuntimeError("journal not open")

    panel = PracticePanel(rig.demo, broken, rig.exercise, store=rig.store, clock=rig.clock,
                          now=rig.now, tz=BERLIN)
    qtbot.addWidget(panel)
    assert panel.findChild(QLabel, "todayCount").text() == "– of 2 today"


@pytest.mark.parametrize(
    ("choice", "closes", "running_after", "ended"),
    [
        (CloseChoice.FINISH, False, False, 1),
        (CloseChoice.PAUSE, False, True, 0),
        (CloseChoice.DISCARD, True, False, 0),
        (CloseChoice.CANCEL, False, True, 0),
    ],
)
def test_closing_mid_session_asks(rig: Rig, choice, closes, running_after, ended) -> None:
    asked: list[bool] = []
    rig.panel.close_prompt = lambda _parent: asked.append(True) or choice
    assert rig.panel.ask_before_close() is True and asked == []  # idle: close freely
    rig.click("startSession")
    rig.advance(5.0)
    assert rig.panel.ask_before_close() is closes and asked == [True]
    assert rig.panel.is_running() is running_after
    assert len(rig.ended) == ended
    if choice is CloseChoice.PAUSE:
        assert rig.panel.is_paused()
    if choice is CloseChoice.CANCEL:
        assert not rig.panel.is_paused()
    assert rig.journal.count() == 0


def test_the_real_close_dialog(qtbot, rig: Rig) -> None:
    rig.click("startSession")
    rig.advance(3.0)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "closeWhilePractising"
        box.findChild(QPushButton, "closePause").click()

    QTimer.singleShot(0, answer)
    assert rig.panel.ask_before_close() is False
    assert rig.panel.is_paused()


def test_choices_persist_in_settings(qtbot, rig: Rig) -> None:
    rig.choose_parts("part1", "part3")
    rig.w(QDoubleSpinBox, "paceSeconds").setValue(11.0)
    again = PracticeSettingsStore(QSettings(str(rig.settings_path), QSettings.Format.IniFormat))
    assert again.settings.parts == frozenset({"part1", "part3"})
    assert again.settings.pace_s == 11.0
    panel = PracticePanel(rig.demo, rig.journal.count, rig.exercise, store=again,
                          clock=rig.clock, now=rig.now, tz=BERLIN)
    qtbot.addWidget(panel)
    assert panel.findChild(QDoubleSpinBox, "paceSeconds").value() == 11.0
    assert panel.chosen_parts() == frozenset({"part1", "part3"})
    # the chosen pace drives the demonstration
    panel.start()
    panel.skip()
    assert rig.demo.calls[-1] == ("play_step", "part1.1", pytest.approx(8.5 * 11 / 8))
    panel.discard()
    # back to the exercise's own pace: stored as "no override"
    rig.w(QDoubleSpinBox, "paceSeconds").setValue(8.0)
    assert rig.store.settings.pace_s is None


def test_discard_forgets_the_session(rig: Rig) -> None:
    rig.click("startSession")
    rig.advance(20)
    rig.panel.discard()
    assert not rig.panel.is_running() and rig.ended == [] and rig.demo.is_interactive()


def test_without_an_exercise_the_panel_is_a_plain_timer(qtbot, tmp_path, data_dir) -> None:
    rig = Rig(qtbot, tmp_path, data_dir, exercise=False)
    try:
        assert not rig.w(QGroupBox, "practiceParts").isEnabled()
        rig.click("startSession")
        rig.advance(65)
        assert rig.text("timerDisplay") == "01:05"
        assert not rig.w(QPushButton, "skipRoll").isEnabled()
        assert rig.demo.is_interactive()  # nothing to guide: the demo stays usable
        rig.click("finishSession")
        assert rig.ended[0].duration_s == 65 and rig.ended[0].parts == frozenset()
    finally:
        rig.journal.close()


def test_settings_button_opens_the_settings_dialog(qtbot, rig: Rig) -> None:
    from PySide6.QtWidgets import QSpinBox

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "practiceSettingsDialog"
        dialog.findChild(QSpinBox, "dailyTarget").setValue(4)
        dialog.accept()

    QTimer.singleShot(0, answer)
    rig.click("practiceSettings")
    assert rig.store.settings.daily_target == 4
    assert rig.text("todayCount") == "0 of 4 today"
