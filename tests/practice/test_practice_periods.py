"""Today and this week in local time, across midnight, week and DST boundaries (no Qt)."""

from __future__ import annotations

import os
import time as systime
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.practice.periods import (
    Progress,
    at_local,
    day_bounds,
    progress,
    week_bounds,
)
from tests.helpers.examples import examples
from tests.helpers.fakes import counter

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def local(*args: int, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime(*args, tzinfo=tz)


def hours(span: tuple[datetime, datetime]) -> float:
    return (span[1] - span[0]).total_seconds() / 3600


def test_day_is_cut_at_local_midnight() -> None:
    start, end = day_bounds(local(2026, 11, 25, 0, 30), BERLIN)
    assert start == local(2026, 11, 25) and end == local(2026, 11, 26)
    assert start.tzinfo is UTC and start == datetime(2026, 11, 24, 23, 0, tzinfo=UTC)


def test_days_with_a_dst_change_are_23_and_25_hours_long() -> None:
    assert hours(day_bounds(local(2026, 3, 29, 12), BERLIN)) == 23
    assert hours(day_bounds(local(2026, 10, 25, 12), BERLIN)) == 25
    assert hours(day_bounds(local(2026, 10, 26, 12), BERLIN)) == 24


def test_week_runs_monday_to_sunday_local() -> None:
    sunday_late = local(2026, 11, 29, 23, 59, 59)
    start, end = week_bounds(sunday_late, BERLIN)
    assert start == local(2026, 11, 23) and end == local(2026, 11, 30)
    assert start.astimezone(BERLIN).weekday() == 0
    assert week_bounds(local(2026, 11, 30, 0, 0), BERLIN)[0] == local(2026, 11, 30)
    # the week of the autumn DST change has one hour more
    assert hours(week_bounds(local(2026, 10, 21), BERLIN)) == 7 * 24 + 1
    assert hours(week_bounds(local(2026, 3, 25), BERLIN)) == 7 * 24 - 1


def test_counts_across_midnight_and_the_week_boundary() -> None:
    sessions = [
        local(2026, 11, 22, 20, 0),  # Sunday evening: last week
        local(2026, 11, 23, 0, 0),  # Monday 00:00: this week
        local(2026, 11, 24, 8, 0),
        local(2026, 11, 24, 23, 59, 59),  # Tuesday, one second before midnight
        local(2026, 11, 25, 0, 0),  # Wednesday 00:00: today
        local(2026, 11, 25, 7, 45),
        local(2026, 11, 30, 0, 0),  # next Monday
    ]
    count = counter(sessions)
    assert progress(count, local(2026, 11, 25, 9, 0), 2, BERLIN) == Progress(2, 5, 2)
    tuesday = progress(count, local(2026, 11, 24, 23, 59, 59), 2, BERLIN)
    assert (tuesday.today, tuesday.week) == (2, 5)  # the week is the whole Monday-Sunday
    monday = progress(count, local(2026, 11, 30, 0, 0), 2, BERLIN)
    assert (monday.today, monday.week) == (1, 1)


def test_counts_across_the_dst_change_in_berlin() -> None:
    # 2026-03-29: clocks go from 02:00 to 03:00. A session at 23:30 on Saturday is UTC
    # 22:30, and one at 00:30 Sunday is UTC 23:30: both must land on their own local day.
    sessions = [
        local(2026, 3, 28, 23, 30),
        local(2026, 3, 29, 0, 30),
        local(2026, 3, 29, 3, 30),  # just after the jump
        local(2026, 3, 29, 23, 30),  # Sunday 23:30 CEST = 21:30 UTC, still Sunday
        local(2026, 3, 30, 0, 15),  # Monday: a new week
    ]
    count = counter(sessions)
    sunday = progress(count, local(2026, 3, 29, 22, 0), 2, BERLIN)
    assert (sunday.today, sunday.week) == (3, 4)
    monday = progress(count, local(2026, 3, 30, 8, 0), 2, BERLIN)
    assert (monday.today, monday.week) == (1, 1)
    # autumn: 02:00-03:00 happens twice on 2026-10-25
    autumn = [local(2026, 10, 25, 2, 30), local(2026, 10, 25, 2, 30).replace(fold=1),
              local(2026, 10, 25, 23, 59)]
    assert progress(counter(autumn), local(2026, 10, 25, 12), 2, BERLIN).today == 3


def test_the_same_instant_is_a_different_day_in_another_zone() -> None:
    instant = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)  # 04:00 Berlin, 22:00 New York
    assert day_bounds(instant, BERLIN)[0] == local(2026, 11, 25)
    assert day_bounds(instant, NEW_YORK)[0] == local(2026, 11, 24, tz=NEW_YORK)


def test_progress_texts() -> None:
    p = Progress(today=1, week=9, daily_target=2)
    assert (p.today_text, p.week_text, p.today_met) == ("1 of 2 today", "9 of 14 this week",
                                                        False)
    assert Progress(3, 3, 3).today_met and Progress(3, 3, 3).weekly_target == 21


def test_system_local_zone_is_used_with_its_dst_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(systime, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "Europe/Berlin")
    systime.tzset()
    try:
        for day in (datetime(2026, 3, 29), datetime(2026, 7, 1), datetime(2026, 10, 25)):
            assert at_local(day.date(), time(0), None) == at_local(day.date(), time(0), BERLIN)
        assert hours(day_bounds(local(2026, 3, 29, 12), None)) == 23
    finally:
        monkeypatch.undo()
        systime.tzset()
    assert "TZ" not in os.environ or os.environ["TZ"] != "Europe/Berlin"


@settings(max_examples=examples(150), deadline=None)
@given(
    st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2060, 1, 1)),
    st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("UTC")]),
)
def test_bounds_contain_now_and_start_at_local_midnight(naive: datetime, tz: ZoneInfo) -> None:
    now = naive.replace(tzinfo=UTC)
    day = day_bounds(now, tz)
    week = week_bounds(now, tz)
    assert day[0] <= now < day[1] and week[0] <= now < week[1]
    assert week[0] <= day[0] and day[1] <= week[1]
    start_local = day[0].astimezone(tz)
    assert start_local.date() == now.astimezone(tz).date()
    assert (day[0] - timedelta(microseconds=1)).astimezone(tz).date() < start_local.date()
    assert week[0].astimezone(tz).weekday() == 0
    assert 22 <= hours(day) <= 26
