"""Everything the charts show for a range of weeks, from one read of the journal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol

import numpy as np

from desktop_app.journal.columns import Columns
from desktop_app.journal.schedule import PracticeSchedule
from desktop_app.localtime import local_zone, monday_of, today_in
from desktop_app.stats.calendar import DayGrid, week_grid
from desktop_app.stats.schedule_days import day_plan
from desktop_app.stats.strength import daily_strength
from desktop_app.stats.trend import PainTrend, pain_trend
from desktop_app.stats.weekly import WeeklyTable, weekly_table, weeks_back


class SessionSource(Protocol):
    """What the statistics read: the journal (`Journal`), or anything answering alike."""

    def session_columns(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Columns: ...

    def has_sessions(self) -> bool: ...

    def session_times(self, *, until: datetime | None = None) -> np.ndarray: ...

    def practice_schedule(self, default_per_day: int = 2) -> PracticeSchedule: ...


def load_range(
    source: SessionSource, *, weeks: int | None, tz: tzinfo, today: date, history_weeks: int = 0
) -> tuple[Columns, DayGrid]:
    """The live sessions of the last `weeks` ISO weeks up to today's (None: since the
    first session), and the grid of their local days. One SQL query.

    `history_weeks`: also load the sessions of that many weeks before the range (for
    rolling means); they fall outside the grid, so the grid's statistics ignore them.
    """
    if weeks is not None and weeks < 1:
        raise ValueError(f"weeks must be at least 1, not {weeks}")
    this_monday = monday_of(today)
    if weeks is not None:
        grid = week_grid(weeks_back(today, weeks), weeks, tz)
        since = week_grid(grid.first_day - timedelta(weeks=history_weeks), 1, tz).since
        return source.session_columns(since=since, until=grid.until), grid
    end = week_grid(this_monday, 1, tz).until
    columns = source.session_columns(until=end)
    if len(columns) == 0:
        return columns, week_grid(this_monday, 0, tz)
    first = monday_of(datetime.fromtimestamp(int(columns.t[0]), tz).date())
    count = (this_monday - first).days // 7 + 1
    return columns, week_grid(first, count, tz)


@dataclass(frozen=True)
class Strength:
    """Practice strength (0-100 %) on each day of a range, up to today."""

    day_t: np.ndarray  # UTC epoch of the middle of each day, up to today
    value: np.ndarray  # percent at the end of that day, NaN before the first session
    weekly: np.ndarray  # percent at each week's end (today for this week), NaN before
    current: float | None  # today's


def strength_in(
    times: np.ndarray, grid: DayGrid, schedule: PracticeSchedule, today: date
) -> Strength:
    """The strength over `grid`, from every session since the first (`times`: all of
    them, UTC epochs, sorted)."""
    last = min((today - grid.first_day).days, grid.days - 1)
    if times.size == 0 or grid.days == 0 or last < 0:
        empty = np.full(grid.weeks, np.nan)
        return Strength(np.empty(0), np.empty(0), empty, None)
    first_day = datetime.fromtimestamp(int(times[0]), grid.tz).date()
    start = min(monday_of(first_day), grid.first_day)
    end = max(grid.first_day + timedelta(days=grid.days), today + timedelta(days=1))
    history = week_grid(start, -(-(end - start).days // 7), grid.tz)
    day = history.day_index(times)
    known = (day >= 0) & (day < history.days)
    sessions = np.bincount(day[known], minlength=history.days)[:history.days]
    targets, paused = day_plan(schedule, start, history.days)
    index = np.arange(history.days)
    today_index = (today - start).days
    first_index = (first_day - start).days
    counts = ~paused & (index >= first_index) & (index <= today_index)
    if 0 <= today_index < history.days and sessions[today_index] == 0:
        counts[today_index] = False  # today is not over: no session yet is not a miss
    score = daily_strength(sessions, targets, counts) * 100.0
    score[index < first_index] = np.nan
    offset = (grid.first_day - start).days
    in_grid = score[offset:offset + grid.days]
    ends = np.minimum(np.arange(grid.weeks) * 7 + 6, last)
    weekly = np.where(np.arange(grid.weeks) * 7 <= last, in_grid[ends], np.nan)
    value = in_grid[:last + 1]
    current_value = float(value[-1]) if value.size and not np.isnan(value[-1]) else None
    return Strength(grid.day_middles()[:last + 1], value, weekly, current_value)


@dataclass(frozen=True)
class Progress:
    columns: Columns  # the range's sessions and those of the week before it
    grid: DayGrid
    weekly: WeeklyTable
    trend: PainTrend
    today: date
    journal_empty: bool  # no live session at all (not just none in this range)

    sessions: int  # live sessions in the range
    schedule: PracticeSchedule = field(default_factory=PracticeSchedule)
    strength: Strength | None = None


def progress(
    source: SessionSource,
    *,
    weeks: int | None = None,
    tz: tzinfo | None = None,
    sessions_per_day: int = 2,
    today: date | None = None,
    schedule: PracticeSchedule | None = None,
) -> Progress:
    """Weekly table, pain trend and practice strength of the last `weeks` weeks (None: all).

    `schedule`: the targets' history and the pauses; None reads the journal's, with
    `sessions_per_day` for the days before its first recorded target.
    """
    tz = tz or local_zone()
    today = today or today_in(tz)
    if schedule is None:
        schedule = source.practice_schedule(default_per_day=sessions_per_day)
    columns, grid = load_range(source, weeks=weeks, tz=tz, today=today, history_weeks=1)
    empty = len(columns) == 0 and not source.has_sessions()
    last_day = (today - grid.first_day).days
    day = grid.day_index(columns.t)
    # With every week shown, the columns already hold the whole history.
    times = columns.t if weeks is None else source.session_times(until=grid.until)
    strength = strength_in(times, grid, schedule, today)
    return Progress(
        columns=columns,
        grid=grid,
        weekly=weekly_table(columns, grid, sessions_per_day=sessions_per_day, today=today,
                            schedule=schedule, strength=strength.weekly),
        trend=pain_trend(columns, grid, last_day=last_day),
        today=today,
        journal_empty=empty,
        sessions=int(np.count_nonzero((day >= 0) & (day < grid.days))),
        schedule=schedule,
        strength=strength,
    )


