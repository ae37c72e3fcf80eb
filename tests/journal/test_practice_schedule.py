"""Pauses and the daily target's history: the pure schedule and its storage in the journal."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.journal import db
from desktop_app.journal.repository import Journal
from desktop_app.journal.schedule import (
    EARLIEST_DAY,
    Pause,
    PracticeSchedule,
    TargetChange,
)
from desktop_app.journal.schedule_store import (
    pause_practice,
    read_pauses,
    read_schedule,
    read_targets,
    resume_practice,
    set_daily_target,
)

DAY = date(2026, 11, 25)  # a Wednesday



def test_schedule_targets_apply_from_their_day_on() -> None:
    schedule = PracticeSchedule(
        targets=(TargetChange(DAY, 3), TargetChange(EARLIEST_DAY, 2)), default_per_day=5)
    assert schedule.per_day_on(DAY - timedelta(days=1)) == 2
    assert schedule.per_day_on(DAY) == 3 and schedule.per_day_on(DAY + timedelta(days=400)) == 3
    assert PracticeSchedule(default_per_day=4).per_day_on(DAY) == 4  # no history: the setting
    later_only = PracticeSchedule(targets=(TargetChange(DAY, 1),), default_per_day=2)
    assert later_only.per_day_on(DAY - timedelta(days=1)) == 2


def test_schedule_pauses_leave_the_target() -> None:
    schedule = PracticeSchedule(pauses=(Pause(DAY, DAY + timedelta(days=2)),
                                        Pause(DAY + timedelta(days=10))), default_per_day=2)
    monday = date(2026, 11, 23)
    assert schedule.target_between(monday, monday + timedelta(days=6)) == 2 * 4  # Wed-Fri paused
    assert schedule.paused_days_between(monday, monday + timedelta(days=6)) == 3
    assert not schedule.paused(DAY - timedelta(days=1)) and schedule.paused(DAY)
    assert schedule.paused(DAY + timedelta(days=2)) and not schedule.paused(DAY + timedelta(3))
    assert schedule.paused(DAY + timedelta(days=300))  # until resumed
    assert schedule.target_on(DAY) == 0 and schedule.target_on(DAY - timedelta(days=1)) == 2


def test_pause_for_days_and_until_resumed_are_stored(journal) -> None:
    pause = pause_practice(journal, DAY, 3)
    assert pause == Pause(DAY, DAY + timedelta(days=2))
    assert read_pauses(journal) == (pause,)
    # Pausing again while paused changes that pause rather than adding a second one.
    assert pause_practice(journal, DAY + timedelta(days=1), None) == Pause(DAY, None)
    assert read_pauses(journal) == (Pause(DAY, None),)


def test_resume_ends_the_pause_yesterday_and_keeps_past_days(journal) -> None:
    pause_practice(journal, DAY, None)
    later = DAY + timedelta(days=4)
    assert resume_practice(journal, later) == Pause(DAY, later - timedelta(days=1))
    assert read_pauses(journal) == (Pause(DAY, later - timedelta(days=1)),)
    assert resume_practice(journal, later) is None  # nothing to resume


def test_resume_on_the_first_day_removes_the_pause(journal) -> None:
    pause_practice(journal, DAY, 5)
    assert resume_practice(journal, DAY) is None
    assert read_pauses(journal) == ()


def test_a_pause_reaching_a_later_one_merges_with_it(journal) -> None:
    pause_practice(journal, DAY + timedelta(days=5), 5)  # a planned pause, days 5 to 9
    merged = pause_practice(journal, DAY, 6)  # days 0 to 5 reach it
    assert merged == Pause(DAY, DAY + timedelta(days=9))
    assert read_pauses(journal) == (merged,)
    with pytest.raises(ValueError, match="1 to 365 days"):
        pause_practice(journal, DAY, 0)


def test_changing_the_target_keeps_what_past_days_had(journal) -> None:
    set_daily_target(journal, 3, DAY, previous=2)
    assert read_targets(journal) == (TargetChange(EARLIEST_DAY, 2), TargetChange(DAY, 3))
    set_daily_target(journal, 4, DAY, previous=3)  # again the same day: replaced
    set_daily_target(journal, 1, DAY + timedelta(days=7), previous=4)
    schedule = read_schedule(journal, default_per_day=9)
    assert [schedule.per_day_on(DAY + timedelta(days=d)) for d in (-1, 0, 6, 7)] == [2, 4, 4, 1]
    with pytest.raises(ValueError, match="1 to 12"):
        set_daily_target(journal, 13, DAY, previous=2)


def test_schedule_tables_come_with_the_migration(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    engine = db.create_journal_engine(db.database_path(data_dir))
    db.upgrade(engine, "0002_live_entries_index")
    engine.dispose()
    journal = Journal.open(data_dir)  # upgrades to the current schema
    pause_practice(journal, DAY, 2)
    journal.close()
    conn = sqlite3.connect(db.database_path(data_dir))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"friend_check", "practice_pause", "daily_target"} <= tables
    assert conn.execute("SELECT first_day, last_day FROM practice_pause").fetchall() == [
        ("2026-11-25", "2026-11-26")]
    conn.close()
