"""Everything the charts show for a range of weeks, from one read of the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol

import numpy as np

from desktop_app.journal.columns import Columns
from desktop_app.localtime import local_zone, monday_of, today_in
from desktop_app.stats.calendar import DayGrid, week_grid
from desktop_app.stats.trend import PainTrend, pain_trend
from desktop_app.stats.weekly import WeeklyTable, weekly_table, weeks_back


class SessionSource(Protocol):
    """What the statistics read: the journal (`Journal`), or anything answering alike."""

    def session_columns(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Columns: ...

    def has_sessions(self) -> bool: ...


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
class Progress:
    columns: Columns  # the range's sessions and those of the week before it
    grid: DayGrid
    weekly: WeeklyTable
    trend: PainTrend
    today: date
    journal_empty: bool  # no live session at all (not just none in this range)

    sessions: int  # live sessions in the range


def progress(
    source: SessionSource,
    *,
    weeks: int | None = None,
    tz: tzinfo | None = None,
    sessions_per_day: int = 2,
    today: date | None = None,
) -> Progress:
    """Weekly table and pain trend of the last `weeks` weeks (None: all)."""
    tz = tz or local_zone()
    today = today or today_in(tz)
    columns, grid = load_range(source, weeks=weeks, tz=tz, today=today, history_weeks=1)
    empty = len(columns) == 0 and not source.has_sessions()
    last_day = (today - grid.first_day).days
    day = grid.day_index(columns.t)
    return Progress(
        columns=columns,
        grid=grid,
        weekly=weekly_table(columns, grid, sessions_per_day=sessions_per_day, today=today),
        trend=pain_trend(columns, grid, last_day=last_day),
        today=today,
        journal_empty=empty,
        sessions=int(np.count_nonzero((day >= 0) & (day < grid.days))),
    )


