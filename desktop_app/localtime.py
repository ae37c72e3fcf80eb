"""The person's local time: their zone with its daylight-saving rules, local days and
ISO weeks (Monday to Sunday) as aware UTC instants. Shared by the practice counts and
the weekly statistics, so "today" and "this week" mean the same everywhere."""

from __future__ import annotations

import os
import time as _time
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path


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


def local_midnight(day: date, tz: tzinfo) -> datetime:
    """The first instant of `day` in `tz`, as aware UTC (right across DST changes)."""
    naive = datetime.combine(day, time(0))
    # fold=0 on a skipped midnight gives the instant the day really starts; on a
    # repeated midnight it gives the first of the two.
    return naive.replace(tzinfo=tz).astimezone(UTC)
