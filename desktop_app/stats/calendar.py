"""Local days and ISO weeks as UTC epoch boundaries, DST-correct.

A session belongs to the local calendar day (and so the ISO week, Monday to Sunday)
in which it started, in the person's time zone. Rather than converting every session,
the local midnights of every day in a range are computed once (with the time zone's
real rules, so a 23- or 25-hour day is right) and the sessions' UTC epochs are
`np.searchsorted` into them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

import numpy as np

# The local-time rules live in desktop_app.localtime, shared with the practice counts.
from desktop_app.localtime import local_midnight


def iso_week_label(monday: date) -> str:
    """'2026-W48': the ISO year and week of the week starting on `monday`."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class DayGrid:
    """Local days `first_day` .. `first_day + days - 1` (first_day is a Monday).

    `bounds[i]` is the UTC epoch second at which local day i starts; `bounds[days]`
    is where the last one ends.
    """

    first_day: date
    days: int
    bounds: np.ndarray  # int64, length days + 1
    tz: tzinfo

    @property
    def weeks(self) -> int:
        return self.days // 7

    @property
    def since(self) -> datetime:
        return datetime.fromtimestamp(int(self.bounds[0]), UTC)

    @property
    def until(self) -> datetime:
        return datetime.fromtimestamp(int(self.bounds[-1]), UTC)

    def day_index(self, epochs: np.ndarray) -> np.ndarray:
        """The local day number of each UTC epoch (-1 before, `days` after the grid)."""
        if epochs.size > 4 * self.bounds.size and bool(np.all(epochs[1:] >= epochs[:-1])):
            # Sorted (the journal's columns are) and many more sessions than days: look
            # up each day's first session instead (4x faster for 100,000 sessions), and
            # number the sessions by how many days began at or before each.
            firsts = np.searchsorted(epochs, self.bounds, side="left")
            return np.cumsum(np.bincount(firsts, minlength=epochs.size + 1)[:epochs.size]) - 1
        return np.searchsorted(self.bounds, epochs, side="right") - 1

    def week_starts(self) -> list[date]:
        return [self.first_day + timedelta(days=7 * w) for w in range(self.weeks)]

    def week_bounds(self) -> np.ndarray:
        """UTC epochs of each week's start, and of the end of the last (weeks + 1)."""
        return self.bounds[::7]

    def day_middles(self) -> np.ndarray:
        """UTC epoch of the middle of each local day (float, for plotting)."""
        return (self.bounds[:-1] + self.bounds[1:]) / 2.0


def week_grid(first_monday: date, weeks: int, tz: tzinfo) -> DayGrid:
    """The DayGrid of `weeks` whole ISO weeks starting on `first_monday`."""
    if first_monday.weekday() != 0:
        raise ValueError(f"{first_monday} is not a Monday")
    return _week_grid_cached(first_monday, max(weeks, 0), tz)


@lru_cache(maxsize=32)
def _week_grid_cached(first_monday: date, weeks: int, tz: tzinfo) -> DayGrid:
    days = 7 * weeks
    bounds = np.fromiter(
        (local_midnight(first_monday + timedelta(days=i), tz).timestamp() for i in range(days + 1)),
        dtype=np.float64,
        count=days + 1,
    ).astype(np.int64)
    bounds.flags.writeable = False
    return DayGrid(first_monday, days, bounds, tz)
