"""Practice strength against an independent loop; pauses and target history in the weeks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from desktop_app.journal.entry import EntryData
from desktop_app.journal.repository import Journal
from desktop_app.journal.schedule_store import (
    pause_practice,
    read_schedule,
    resume_practice,
    set_daily_target,
)
from desktop_app.stats.progress import progress
from tests.helpers.builders import session_at
from tools.sample_journal import generate_journal

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)  # a Wednesday



def reference_strength(
    entries: list[EntryData], schedule, today: date, tz
) -> dict[date, float]:
    """The score at the end of each day, as a closed sum: the score after n counted days is
    (1 - m) * sum over them of m ** (days counted since) * completion."""
    m = 0.5 ** (1 / 13)
    per_day: dict[date, int] = {}
    for entry in entries:
        day = entry.started_at.astimezone(tz).date()
        per_day[day] = per_day.get(day, 0) + 1
    first = min(per_day)
    counted: list[float] = []
    scores: dict[date, float] = {}
    day = first
    while day <= today:
        target = schedule.target_on(day)
        sessions = per_day.get(day, 0)
        if target > 0 and not (day == today and sessions == 0):
            counted.append(min(1.0, sessions / target))
        n = len(counted)
        scores[day] = 100 * (1 - m) * sum(v * m ** (n - 1 - i) for i, v in enumerate(counted))
        day += timedelta(days=1)
    return scores


def add_all(journal: Journal, entries: list[EntryData]) -> None:
    journal.import_entries(entries)


def test_strength_matches_an_independent_loop(journal) -> None:
    entries = generate_journal(200, seed=8, end=TODAY, tz=TZ)
    add_all(journal, entries)
    pause_practice(journal, TODAY - timedelta(days=40), 6)
    pause_practice(journal, TODAY - timedelta(days=3), None)
    resume_practice(journal, TODAY - timedelta(days=1))
    set_daily_target(journal, 3, TODAY - timedelta(days=60), previous=2)
    schedule = read_schedule(journal, default_per_day=2)
    expected = reference_strength(entries, schedule, TODAY, TZ)

    numbers = progress(journal, weeks=None, tz=TZ, today=TODAY)
    strength = numbers.strength
    first_day = numbers.grid.first_day
    days = [first_day + timedelta(days=i) for i in range(strength.value.size)]
    got = {d: v for d, v in zip(days, strength.value.tolist(), strict=True) if not np.isnan(v)}
    assert got.keys() == expected.keys()
    assert max(abs(got[d] - expected[d]) for d in got) < 1e-9
    assert strength.current == pytest.approx(expected[TODAY])
    # The weekly number is the score on each Sunday (today for this week) ...
    rows = numbers.weekly.rows()
    assert rows[-1].strength == pytest.approx(expected[TODAY])
    assert rows[-2].strength == pytest.approx(expected[rows[-2].week_start + timedelta(days=6)])
    # A day is not missed before it is over: tomorrow, with no session yet, keeps today's.
    tomorrow = progress(journal, weeks=None, tz=TZ, today=TODAY + timedelta(days=1))
    assert tomorrow.strength.current == pytest.approx(expected[TODAY])
    # ... and a 12-week view, which loads less, gives the same numbers.
    twelve = progress(journal, weeks=12, tz=TZ, today=TODAY).weekly.rows()
    assert [r.strength for r in twelve] == pytest.approx([r.strength for r in rows[-12:]])


def daily_sessions(journal: Journal, first: date, last: date, per_day: int = 2) -> None:
    day = first
    entries = []
    while day <= last:
        for slot in range(per_day):
            entries.append(session_at(datetime.combine(day, time(8 + 10 * slot), tzinfo=TZ)))
        day += timedelta(days=1)
    journal.import_entries(entries)


def strength_on(journal: Journal, day: date) -> float:
    value = progress(journal, weeks=None, tz=TZ, today=day).strength.current
    assert value is not None
    return value


def test_a_few_missed_days_cost_a_little_a_long_gap_a_lot(journal) -> None:
    start = TODAY - timedelta(days=200)
    daily_sessions(journal, start, start + timedelta(days=119))  # 120 days at the target
    run_end = start + timedelta(days=119)
    at_run_end = strength_on(journal, run_end)
    assert at_run_end > 99
    assert 80 < strength_on(journal, run_end + timedelta(days=4)) < 90  # 3 missed days
    assert strength_on(journal, run_end + timedelta(days=31)) < 25  # 30 missed days


def test_paused_days_do_not_lower_it(journal) -> None:
    start = TODAY - timedelta(days=100)
    daily_sessions(journal, start, TODAY - timedelta(days=21))
    before_pause = strength_on(journal, TODAY - timedelta(days=21))
    pause_practice(journal, TODAY - timedelta(days=20), None)
    assert strength_on(journal, TODAY) == pytest.approx(before_pause)
    resume_practice(journal, TODAY - timedelta(days=10))  # ten of those days were not paused
    assert strength_on(journal, TODAY) < before_pause * 0.6


def test_pauses_change_this_weeks_target_but_not_past_weeks(journal) -> None:
    daily_sessions(journal, TODAY - timedelta(days=16), TODAY - timedelta(days=1))
    before = progress(journal, weeks=3, tz=TZ, today=TODAY).weekly.rows()
    assert [r.target for r in before] == [14, 14, 14]
    pause_practice(journal, TODAY, 3)  # Wednesday to Friday
    rows = progress(journal, weeks=3, tz=TZ, today=TODAY).weekly.rows()
    assert [r.target for r in rows] == [14, 14, 8]
    assert [r.paused_days for r in rows] == [0, 0, 3]
    assert [r.sessions for r in rows] == [r.sessions for r in before]
    assert [r.strength for r in rows[:2]] == [r.strength for r in before[:2]]


def test_a_target_change_applies_from_that_day_on(journal) -> None:
    daily_sessions(journal, TODAY - timedelta(days=16), TODAY - timedelta(days=1))
    set_daily_target(journal, 3, TODAY, previous=2)  # from this Wednesday
    rows = progress(journal, weeks=3, tz=TZ, today=TODAY, sessions_per_day=3).weekly.rows()
    assert [r.target for r in rows] == [14, 14, 2 * 2 + 3 * 5]
    assert rows[0].met_target and rows[1].met_target  # past weeks are judged by their target


def test_progress_shows_the_score_as_a_number_and_a_line(qtbot, journal) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop_app.localtime import today_in
    from desktop_app.ui.charts import ChartsTab

    today = today_in(TZ)
    daily_sessions(journal, today - timedelta(days=30), today - timedelta(days=1))
    tab = ChartsTab(journal, tz=TZ, today=lambda: today)
    qtbot.addWidget(tab)
    label = tab.findChild(QLabel, "strengthValue")
    assert label is not None and label.accessibleName()
    current = progress(journal, weeks=12, tz=TZ, today=today).strength.current
    assert label.text() == f"{round(current)} %"
    assert tab.strength_panel.values()[-1] == pytest.approx(current)
    assert tab.findChild(QLabel, "trendSummary") is not None
