"""Reminder slots (pure) and the reminder service (Qt timer, tray or banner)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings

from desktop_app.journal.entry import EntryData
from desktop_app.journal.repository import Journal
from desktop_app.practice.reminders import (
    LATE_GRACE,
    ReminderTime,
    active_times,
    current_slot,
    due_slot,
    next_reminder,
)
from desktop_app.ui.practice import ReminderBanner, ReminderService
from desktop_app.ui.practice.store import PracticeSettingsStore
from tests.helpers.fakes import FakeNow, counter

BERLIN = ZoneInfo("Europe/Berlin")
TIMES = (time(8, 0), time(18, 0))


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


# --- slots (pure) ----------------------------------------------------------------------------


def test_a_slot_runs_from_its_reminder_to_the_next() -> None:
    morning = current_slot(local(2026, 11, 25, 8, 0), TIMES, BERLIN)
    assert morning is not None
    assert (morning.at, morning.start, morning.end) == (
        time(8), local(2026, 11, 25, 8), local(2026, 11, 25, 18))
    evening = current_slot(local(2026, 11, 25, 23, 0), TIMES, BERLIN)
    assert evening.start == local(2026, 11, 25, 18) and evening.end == local(2026, 11, 26, 8)
    early = current_slot(local(2026, 11, 26, 7, 59, 59), TIMES, BERLIN)
    assert early.start == local(2026, 11, 25, 18)  # yesterday evening's slot until 08:00
    assert early.contains(local(2026, 11, 26, 7, 59)) and not early.contains(local(2026, 11, 26, 8))


def test_slots_follow_local_time_over_a_dst_night() -> None:
    slot = current_slot(local(2026, 3, 28, 20, 0), TIMES, BERLIN)
    assert slot.end - slot.start == timedelta(hours=13)  # one hour lost that night
    assert slot.end == local(2026, 3, 29, 8, 0)
    assert next_reminder(local(2026, 10, 24, 19, 0), TIMES, BERLIN) == local(2026, 10, 25, 8)


def test_single_and_duplicate_reminder_times() -> None:
    once = (time(18, 0),)
    slot = current_slot(local(2026, 11, 25, 9, 0), once, BERLIN)
    assert slot.start == local(2026, 11, 24, 18) and slot.end == local(2026, 11, 25, 18)
    assert active_times([ReminderTime(True, time(8, 0, 30)), ReminderTime(True, time(8, 0)),
                         ReminderTime(False, time(18))]) == (time(8, 0),)
    assert current_slot(local(2026, 11, 25, 9), (), BERLIN) is None


def test_a_reminder_is_due_once_and_not_when_stale() -> None:
    at_eight = local(2026, 11, 25, 8, 0)
    # a second before: still yesterday evening's slot, long past its grace
    assert due_slot(at_eight - timedelta(seconds=1), TIMES, BERLIN) is None
    due = due_slot(at_eight, TIMES, BERLIN)
    assert due is not None and due.start == at_eight
    assert due_slot(at_eight + timedelta(minutes=5), TIMES, BERLIN, fired={due.start}) is None
    assert due_slot(at_eight + LATE_GRACE + timedelta(seconds=1), TIMES, BERLIN) is None


# --- the service -------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> PracticeSettingsStore:
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = PracticeSettingsStore(qsettings)
    store.update(reminders=(ReminderTime(True, time(8, 0)), ReminderTime(True, time(18, 0))))
    return store


def make_service(qtbot, store, now, sessions=(), busy=lambda: False):
    service = ReminderService(store, counter(list(sessions)), busy=busy, now=now, tz=BERLIN,
                              use_tray=False)
    banners: list[str] = []
    fired, skipped = [], []
    service.bannerRequested.connect(banners.append)
    service.reminderFired.connect(fired.append)
    service.reminderSkipped.connect(skipped.append)
    return service, banners, fired, skipped


def test_reminder_fires_at_its_time_as_a_banner_without_a_tray(qtbot, store) -> None:
    now = FakeNow(local(2026, 11, 25, 7, 59, 59))
    service, banners, fired, skipped = make_service(qtbot, store, now)
    service.start()
    assert banners == [] and fired == [] and skipped == []
    # the timer is set for the reminder, a second away (plus a hair)
    assert 1000 <= service._timer.interval() <= 1100 and service._timer.isActive()
    now.set(local(2026, 11, 25, 8, 0, 0))
    assert service.check() is not None
    assert len(banners) == 1 and "08:00" in banners[0] and "Twice a day" in banners[0]
    assert fired[0].start == local(2026, 11, 25, 8)
    now.set(local(2026, 11, 25, 8, 0, 40))
    assert service.check() is None and len(banners) == 1  # once per slot
    # the next wait is capped at a minute so sleep or clock changes are noticed
    assert service._timer.interval() == 60_000
    now.set(local(2026, 11, 25, 18, 0, 1))
    service.check()
    assert len(banners) == 2 and fired[1].at == time(18, 0)
    service.stop()
    assert not service._timer.isActive()


def test_reminder_is_skipped_when_the_slot_already_has_a_session(qtbot, store) -> None:
    now = FakeNow(local(2026, 11, 25, 12, 0))
    sessions = [local(2026, 11, 25, 9, 15)]  # practised after the 08:00 reminder
    service, _banners, fired, _skipped = make_service(qtbot, store, now, sessions)
    service.start()
    now.set(local(2026, 11, 25, 18, 0))
    service.check()
    assert [s.start for s in fired] == [local(2026, 11, 25, 18)]  # evening slot: empty
    sessions_evening = [local(2026, 11, 25, 18, 0)]
    service2, banners2, fired2, skipped2 = make_service(qtbot, store, now, sessions_evening)
    service2.check()
    assert banners2 == [] and fired2 == [] and skipped2[0].start == local(2026, 11, 25, 18)


def test_reminder_is_skipped_during_a_practice_and_when_disabled(qtbot, store) -> None:
    now = FakeNow(local(2026, 11, 25, 8, 0))
    service, banners, _fired, skipped = make_service(qtbot, store, now, busy=lambda: True)
    service.check()
    assert banners == [] and len(skipped) == 1
    store.update(reminders=(ReminderTime(False, time(8)), ReminderTime(False, time(18))))
    quiet, banners2, fired2, skipped2 = make_service(qtbot, store, now)
    quiet.start()
    assert banners2 == fired2 == skipped2 == [] and not quiet._timer.isActive()
    assert quiet.next_time() is None


def test_a_stale_reminder_is_not_shown_when_the_app_starts_late(qtbot, store) -> None:
    now = FakeNow(local(2026, 11, 25, 8, 10))  # within the grace: shown
    service, banners, _fired, _skipped = make_service(qtbot, store, now)
    service.start()
    assert len(banners) == 1
    now.set(local(2026, 11, 25, 17, 0))  # the app opened in the afternoon
    late, banners2, _f, _s = make_service(qtbot, store, now)
    late.start()
    assert banners2 == []
    assert late.next_time() == local(2026, 11, 25, 18)


def test_changing_the_time_to_a_moment_just_past_does_not_fire_at_once(qtbot, store) -> None:
    now = FakeNow(local(2026, 11, 25, 9, 0))
    service, banners, _fired, _skipped = make_service(qtbot, store, now)
    service.start()
    store.update(reminders=(ReminderTime(True, time(8, 50)), ReminderTime(True, time(18, 0))))
    service.check()
    assert banners == []
    store.update(reminders=(ReminderTime(True, time(9, 5)), ReminderTime(True, time(18, 0))))
    assert service.next_time() == local(2026, 11, 25, 9, 5)
    now.set(local(2026, 11, 25, 9, 5))
    service.check()
    assert len(banners) == 1


def test_reminders_respect_sessions_in_the_real_journal(qtbot, store, data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    try:
        journal.add(EntryData(started_at=local(2026, 11, 25, 8, 30), duration_s=300,
                              parts=frozenset({"part1"})))
        now = FakeNow(local(2026, 11, 25, 18, 0))
        service = ReminderService(store, journal.count, now=now, tz=BERLIN, use_tray=False)
        skipped: list = []
        service.reminderSkipped.connect(skipped.append)
        now.set(local(2026, 11, 25, 8, 0))
        service.check()  # the 08:30 session is in this slot (queried up to 18:00)
        assert len(skipped) == 1
    finally:
        journal.close()


def test_with_a_tray_the_notification_goes_there_not_to_a_banner(qtbot, store) -> None:
    now = FakeNow(local(2026, 11, 25, 8, 0))
    service = ReminderService(store, counter([]), now=now, tz=BERLIN, use_tray=True)
    banners: list[str] = []
    fired: list = []
    service.bannerRequested.connect(banners.append)
    service.reminderFired.connect(fired.append)
    service.start()
    assert service.uses_tray and service.tray is not None and not service.tray.icon().isNull()
    assert len(fired) == 1 and banners == []
    opened: list[bool] = []
    service.openRequested.connect(lambda: opened.append(True))
    service.tray.messageClicked.emit()
    assert opened == [True]
    service.stop()


def test_banner_shows_and_dismisses(qtbot) -> None:
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    assert banner.isHidden()
    banner.show_message("Time for your rolls (08:00).")
    assert not banner.isHidden()
    assert banner.findChild(type(banner.message), "reminderMessage").text().startswith("Time")
    practise: list[bool] = []
    banner.practiseRequested.connect(lambda: practise.append(True))
    from PySide6.QtWidgets import QPushButton

    banner.findChild(QPushButton, "reminderPractise").click()
    assert practise == [True] and banner.isHidden()
    banner.show_message("again")
    banner.findChild(QPushButton, "reminderDismiss").click()
    assert banner.isHidden()


def test_other_setting_changes_leave_the_reminders_alone(qtbot, store) -> None:
    now = FakeNow(local(2026, 11, 25, 7, 59))
    service, banners, _fired, _skipped = make_service(qtbot, store, now)
    service.start()
    now.set(local(2026, 11, 25, 8, 0))
    store.update(pace_s=10.0, daily_target=3)  # not a reminder change
    service.check()
    assert len(banners) == 1


def test_an_unreadable_journal_still_lets_the_reminder_through(qtbot, store) -> None:
    def broken(_since: datetime, _until: datetime) -> int:
        raise RuntimeError("journal not open yet")

    now = FakeNow(local(2026, 11, 25, 8, 0))
    service = ReminderService(store, broken, now=now, tz=BERLIN, use_tray=False)
    banners: list[str] = []
    service.bannerRequested.connect(banners.append)
    service.check()
    assert len(banners) == 1
