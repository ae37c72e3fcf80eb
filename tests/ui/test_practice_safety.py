"""Practising safely on the practice page: the pain warning (shown, confirmed at Start,
dismissed for the day, cleared by itself), pauses, pain before at Start, friend mode,
and reminders held after a hurt stop, while paused and while the warning stands."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QSpinBox

from desktop_app.journal.entry import EntryData, FriendRoll, validate
from desktop_app.journal.repository import Journal
from desktop_app.journal.schedule import Pause
from desktop_app.journal.schedule_store import read_pauses
from desktop_app.practice.reminders import (
    HELD_HURT,
    HELD_PAUSED,
    HELD_WARNING,
    HURT_QUIET,
    ReminderTime,
    reminder_hold,
)
from desktop_app.ui.practice import PracticePanel, ReminderService
from desktop_app.ui.practice.safety import PracticeSafety
from desktop_app.ui.practice.store import PracticeSettingsStore
from tests.helpers.builders import session_at
from tests.helpers.exercises import uneven_pace_exercise
from tests.helpers.fakes import FakeClock, FakeNow, RecordingDemo
from tests.helpers.widgets import find_named

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)  # a Wednesday
LEAD_IN = 10.0
ADVICE = "If the movement hurts, don't do it yet. Focus on other exercises instead."
PHYSIO = "If the pain keeps coming back, talk to a physiotherapist or doctor."


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


class Rig:
    def __init__(self, qtbot, tmp_path: Path, data_dir: Path) -> None:
        self.exercise = uneven_pace_exercise()
        self.journal = Journal.open(data_dir)
        self.clock = FakeClock()
        self.now = FakeNow(NOW)
        self.store = PracticeSettingsStore(
            QSettings(str(tmp_path / "practice.ini"), QSettings.Format.IniFormat))
        self.safety = PracticeSafety(lambda: self.journal, self.store, now=self.now, tz=BERLIN)
        self.demo = RecordingDemo()
        self.panel = PracticePanel(self.demo, self.journal.count, self.exercise,
                                   store=self.store, clock=self.clock, now=self.now, tz=BERLIN,
                                   sound=None, safety=self.safety)
        qtbot.addWidget(self.panel)
        self.panel.show()
        self.asked: list[str] = []
        self.answer = True
        self.panel.start_prompt = lambda _parent, text: self.asked.append(text) or self.answer
        self.ended: list[EntryData] = []
        self.panel.sessionEnded.connect(self.ended.append)
        self.safety.refresh()

    def add(self, *pains: tuple[int, int], hurt: bool = False) -> None:
        """Sessions with these (before, after) pains, the last an hour ago."""
        for back, (before, after) in enumerate(reversed(pains)):
            when = self.now.moment - timedelta(hours=1 + 12 * back)
            self.journal.add(session_at(when, pain_before=before, pain_after=after,
                                        stopped_hurt=hurt))
        self.safety.refresh()

    def w(self, kind: type, name: str):
        return find_named(self.panel, kind, name)

    def text(self, name: str) -> str:
        return self.w(QLabel, name).text()

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.now.set(self.now.moment + timedelta(seconds=seconds))
        self.panel.tick()

    def warning_shown(self) -> bool:
        return self.w(QFrame, "painWarning").isVisible()


@pytest.fixture
def rig(qtbot, tmp_path: Path, data_dir: Path):
    r = Rig(qtbot, tmp_path, data_dir)
    yield r
    if r.panel.is_running():
        r.panel.discard()
    r.journal.close()


NEW_NAMES = ("painWarning", "dismissPainWarning", "pauseSpinDays", "pausePractice",
             "resumePractice", "painBeforeAtStart", "painBeforeAtStart0", "painBeforeAtStart10",
             "painBeforeSkip", "friendMode", "friendCheck", "friendLedRight", "friendLed_head")


def test_new_widgets_have_object_and_accessible_names(rig: Rig) -> None:
    from PySide6.QtWidgets import QWidget

    for name in NEW_NAMES:
        assert find_named(rig.panel, QWidget, name).accessibleName(), name


def test_the_warning_says_what_was_seen_and_the_seeds_advice(rig: Rig) -> None:
    assert not rig.warning_shown()
    rig.add((3, 5), (3, 6), (3, 3), (2, 4))
    frame = rig.w(QFrame, "painWarning")
    assert rig.warning_shown() and frame.accessibleName() == "Pain warning"
    seen = rig.panel.pain_warning.seen.text()
    assert "Pain after practice was higher than before in 3 of your last 4 sessions" in seen
    assert "by 2 points or more" in seen
    assert ADVICE in rig.panel.pain_warning.advice.text()
    assert PHYSIO in rig.panel.pain_warning.advice.text()
    # The last one rose by 2 only: the big-rise sentence is not there.
    assert "In your last session" not in seen


def test_start_asks_first_while_it_stands(rig: Rig) -> None:
    rig.add((2, 8))
    assert "In your last session, pain went from 2 before practice to 8 after." in \
        rig.panel.pain_warning.seen.text()
    rig.answer = False
    rig.w(QPushButton, "startSession").click()
    assert not rig.panel.is_running() and len(rig.asked) == 1  # "Not now"
    assert "from 2 before practice to 8 after" in rig.asked[0]
    rig.answer = True
    rig.w(QPushButton, "startSession").click()
    assert rig.panel.is_running() and len(rig.asked) == 2


def test_dismissed_for_the_day_it_returns_tomorrow_and_start_still_asks(rig: Rig) -> None:
    rig.add((3, 5), (3, 5))
    rig.w(QPushButton, "dismissPainWarning").click()
    assert not rig.warning_shown()
    rig.panel.start()
    assert rig.asked and rig.panel.is_running()  # dismissing reads it, Start still asks
    rig.panel.discard()
    rig.now.set(NOW + timedelta(days=1))
    rig.panel._check_new_day()
    assert rig.warning_shown()  # it still stands the next day


def test_a_new_finding_shows_again_the_same_day(rig: Rig) -> None:
    rig.add((3, 5), (3, 5))
    rig.w(QPushButton, "dismissPainWarning").click()
    assert not rig.warning_shown()
    rig.now.set(NOW + timedelta(hours=2))
    rig.add((1, 9))  # worse than what was dismissed
    assert rig.warning_shown()


def test_it_clears_by_itself(rig: Rig) -> None:
    rig.add((3, 5), (3, 5))
    assert rig.warning_shown()
    rig.now.set(NOW + timedelta(days=2))
    rig.add((3, 2), (3, 3))  # the two rises are still among the last 4 ...
    assert rig.warning_shown()
    rig.now.set(NOW + timedelta(days=3))
    rig.add((4, 3))  # ... and now one is not
    assert not rig.warning_shown()
    rig.panel.start()
    assert rig.asked == [] and rig.panel.is_running()  # no question once it cleared


def test_hurt_stops_clear_after_seven_days(rig: Rig) -> None:
    rig.journal.add(session_at(NOW - timedelta(days=2), stopped_hurt=True))
    rig.journal.add(session_at(NOW - timedelta(hours=3), stopped_hurt=True))
    rig.safety.refresh()
    assert rig.warning_shown()
    assert "You stopped because it hurt 2 times in the last 7 days." in \
        rig.panel.pain_warning.seen.text()
    rig.now.set(NOW + timedelta(days=5, hours=1))
    rig.safety.check()  # the minute timer does this
    assert not rig.warning_shown()


def test_pause_from_the_panel_changes_todays_count_and_the_weeks_target(rig: Rig) -> None:
    rig.journal.add(session_at(local(2026, 11, 23, 8, 0)))  # Monday
    rig.safety.refresh()
    assert rig.text("todayCount") == "0 of 2 today"
    assert rig.text("weekCount") == "1 of 14 this week"
    days = rig.w(QSpinBox, "pauseSpinDays")
    assert days.accessibleName() and rig.w(QPushButton, "pausePractice").accessibleName()
    assert not rig.w(QPushButton, "resumePractice").isEnabled()
    days.setValue(3)
    rig.w(QPushButton, "pausePractice").click()
    assert read_pauses(rig.journal) == (Pause(date(2026, 11, 25), date(2026, 11, 27)),)
    assert rig.text("todayCount") == "Paused today"
    assert rig.text("weekCount") == "1 of 8 this week"  # Wed-Fri left out
    assert "Paused until Fri 27 Nov" in rig.text("pauseStatus")
    assert rig.safety.reminder_hold() == HELD_PAUSED
    rig.w(QPushButton, "resumePractice").click()
    assert read_pauses(rig.journal) == ()  # it only covered days from today on
    assert rig.text("todayCount") == "0 of 2 today" and rig.safety.reminder_hold() is None


def test_pause_until_resumed(rig: Rig) -> None:
    rig.w(QSpinBox, "pauseSpinDays").setValue(0)
    assert rig.w(QSpinBox, "pauseSpinDays").text() == "until resumed"
    rig.w(QPushButton, "pausePractice").click()
    assert read_pauses(rig.journal) == (Pause(date(2026, 11, 25), None),)
    assert rig.text("pauseStatus") == "Paused until you resume"
    rig.now.set(NOW + timedelta(days=9))
    rig.panel._check_new_day()
    assert rig.text("todayCount") == "Paused today"
    rig.w(QPushButton, "resumePractice").click()
    assert read_pauses(rig.journal) == (Pause(date(2026, 11, 25), date(2026, 12, 3)),)


def test_pain_before_at_start_goes_into_the_form(rig: Rig) -> None:
    rig.panel.start()
    picker = rig.w(QFrame, "painBeforeAtStart")
    assert picker.isVisible() and picker.accessibleName()
    rig.w(QPushButton, "painBeforeAtStart4").click()
    assert not picker.isVisible()
    rig.advance(LEAD_IN + 20)
    rig.w(QPushButton, "finishSession").click()
    assert rig.ended[-1].pain_before == 4


def test_pain_before_can_be_skipped_or_left_until_the_first_roll(rig: Rig) -> None:
    rig.panel.start()
    rig.w(QPushButton, "painBeforeSkip").click()
    rig.panel.finish()
    assert rig.ended[-1].pain_before is None
    rig.panel.start()
    assert rig.w(QFrame, "painBeforeAtStart").isVisible()
    rig.advance(LEAD_IN + 0.5)  # the first roll began: no answer is no answer
    assert not rig.w(QFrame, "painBeforeAtStart").isVisible()
    rig.panel.finish()
    assert rig.ended[-1].pain_before is None
    rig.store.update(ask_pain_before=False)  # the setting turns the question off
    rig.panel.start()
    assert not rig.w(QFrame, "painBeforeAtStart").isVisible()


def test_friend_mode_records_what_led_each_roll(rig: Rig) -> None:
    friend = rig.w(QCheckBox, "friendMode")
    assert friend.accessibleName()
    friend.setChecked(True)
    assert rig.store.settings.friend_mode
    rig.panel.start()
    rig.w(QPushButton, "painBeforeSkip").click()
    frame = rig.w(QFrame, "friendCheck")
    rig.advance(LEAD_IN + 1)
    assert not frame.isVisible()  # nothing to check before the first roll is done
    rig.advance(8.5)  # Part 1 roll 1 (right knee, then right hip) done
    assert frame.isVisible()
    right = rig.w(QPushButton, "friendLedRight")
    assert right.text() == "✓  Right knee and hip led"
    assert not rig.w(QPushButton, "friendLed_knee").isVisible()  # the named part
    assert rig.w(QPushButton, "friendLed_head").isVisible()
    right.click()
    assert not frame.isVisible()
    rig.advance(8.0)  # roll 2, head-led
    assert rig.w(QPushButton, "friendLedRight").text() == "✓  Head led"
    rig.w(QPushButton, "friendLed_shoulders").click()
    rig.advance(8.5 + 8.0)  # rolls 3 and 4 done unanswered (a late tick): 4 is asked
    assert rig.panel.friend_check.segment.step_id == "part1.4"
    rig.w(QPushButton, "friendLedRight").click()
    rig.w(QPushButton, "finishSession").click()
    data = rig.ended[-1]
    assert data.friend_rolls == (FriendRoll("part1.1", "right"),
                                 FriendRoll("part1.2", "shoulders"),
                                 FriendRoll("part1.4", "right"))
    assert data.friend_checked and data.parts == frozenset({"part1"})
    assert validate(data) == []
    saved = rig.journal.add(data)
    assert rig.journal.get(saved.id).data.friend_rolls == data.friend_rolls


def test_finish_ticks_completed_parts_and_fills_duration_and_start(rig: Rig) -> None:
    rig.panel.start()
    rig.w(QPushButton, "painBeforeAtStart6").click()
    rig.advance(LEAD_IN + 8.5 + 8 + 8.5 + 8 + 10 + 3)  # Part 1 done, 3 s into Part 2
    rig.w(QPushButton, "finishSession").click()
    [data] = rig.ended
    assert data.parts == frozenset({"part1"}) and data.duration_s == 56
    assert data.started_at == NOW.astimezone(UTC) and data.pain_before == 6
    assert validate(data) == []  # the form can save it as it is


# --- reminders ------------------------------------------------------------------------------


def test_reminder_hold_rules() -> None:
    now = local(2026, 11, 25, 8, 0)
    assert reminder_hold(now, paused=True, warning=True, last_hurt_stop=None) == HELD_PAUSED
    assert reminder_hold(now, paused=False, warning=True, last_hurt_stop=None) == HELD_WARNING
    three_minutes = now - timedelta(minutes=3)
    assert reminder_hold(now, paused=False, warning=False, last_hurt_stop=three_minutes) \
        == HELD_HURT
    long_ago = now - HURT_QUIET - timedelta(seconds=1)
    assert reminder_hold(now, paused=False, warning=False, last_hurt_stop=long_ago) is None
    assert reminder_hold(now, paused=False, warning=False, last_hurt_stop=None) is None


def test_no_reminder_three_minutes_after_a_hurt_stop(qtbot, rig: Rig) -> None:
    rig.store.update(reminders=(ReminderTime(True, time(8, 0)), ReminderTime(True, time(18, 0))))
    rig.now.set(local(2026, 11, 25, 7, 57))
    rig.journal.add(session_at(local(2026, 11, 25, 7, 55), stopped_hurt=True, parts=frozenset()))
    rig.safety.refresh()
    service = ReminderService(rig.store, rig.journal.count, now=rig.now, tz=BERLIN,
                              use_tray=False, hold=rig.safety.reminder_hold)
    banners: list[str] = []
    skipped: list[object] = []
    service.bannerRequested.connect(banners.append)
    service.reminderSkipped.connect(skipped.append)
    rig.now.set(local(2026, 11, 25, 8, 0))  # three minutes later: the reminder is held
    rig.safety.check()
    service.check()
    assert banners == [] and len(skipped) == 1
    rig.now.set(local(2026, 11, 25, 18, 0))  # a new part of the day
    rig.safety.check()
    service.check()
    assert len(banners) == 1
    service.stop()


def test_no_reminders_while_the_warning_stands(qtbot, rig: Rig) -> None:
    rig.store.update(reminders=(ReminderTime(True, time(18, 0)), ReminderTime(False, time(8))))
    rig.add((3, 5), (3, 5))
    service = ReminderService(rig.store, lambda *_: 0, now=rig.now, tz=BERLIN, use_tray=False,
                              hold=rig.safety.reminder_hold)
    banners: list[str] = []
    service.bannerRequested.connect(banners.append)
    rig.now.set(local(2026, 11, 25, 18, 0))
    rig.safety.check()
    service.check()
    assert banners == [] and rig.safety.reminder_hold() == HELD_WARNING
    service.stop()
