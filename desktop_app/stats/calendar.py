"""Local days and ISO weeks as UTC epoch boundaries, DST-correct.

A session belongs to the local calendar day (and so the ISO week, Monday to Sunday)
in which it started, in the person's time zone. Rather than converting every session,
the local midnights of every day in a range are computed once (with the time zone's
real rules, so a 23- or 25-hour day is right) and the sessions' UTC epochs are
`np.searchsorted` into them.
"""

from __future__ import annotations

import os
import time as _time
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path

import numpy as np


def local_zone() -> tzinfo:
    """The computer's time zone with its daylight-saving rules (not a fixed offset)."""
    return _local_zone_cached(os.environ.get("TZ"))


@lru_cache(maxsize=4)
def _local_zone_cached(tz_env: str | None) -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if tz_env:
        try:
            return ZoneInfo(tz_env.lstrip(":"))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return SystemLocalTime()
    localtime = Path("/etc/localtime")
    try:
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
        with localtime.open("rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return SystemLocalTime()


class SystemLocalTime(tzinfo):
    """The C library's local time (DST-aware), for systems without an IANA zone name."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            dt = datetime.now()
        stamp = _time.mktime((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                              dt.weekday(), 0, -1))
        return timedelta(seconds=_time.localtime(stamp).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return "local"

    def fromutc(self, dt: datetime) -> datetime:
        stamp = (dt.replace(tzinfo=None) - datetime(1970, 1, 1)).total_seconds()
        offset = _time.localtime(stamp).tm_gmtoff
        return (dt + timedelta(seconds=offset)).replace(tzinfo=self)


def today_in(tz: tzinfo) -> date:
    return datetime.now(tz).date()


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def iso_week_label(monday: date) -> str:
    """'2026-W48': the ISO year and week of the week starting on `monday`."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def local_midnight(day: date, tz: tzinfo) -> datetime:
    """The first instant of `day` in `tz`, as aware UTC (right across DST changes)."""
    naive = datetime.combine(day, time(0))
    # fold=0 on a skipped midnight gives the instant the day really starts; on a
    # repeated midnight it gives the first of the two.
    return naive.replace(tzinfo=tz).astimezone(UTC)


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
