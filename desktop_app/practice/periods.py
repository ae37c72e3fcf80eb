"""Today and this week in the person's local time, as UTC instants for journal queries.

Days are cut at local midnight and weeks run Monday to Sunday. Boundaries are made from
calendar dates, never by adding 24 hours, so a day with a DST change is 23 or 25 hours
long as it should be. `tz=None` means the system's local zone (with its DST rules).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from desktop_app.i18n import translate
from desktop_app.journal.schedule import Pause, PracticeSchedule
from desktop_app.localtime import local_midnight, local_zone, monday_of

CountSessions = Callable[[datetime, datetime], int]

DEFAULT_DAILY_TARGET = 2  # the seed's "How often? Twice a day"


def local_now(now: datetime, tz: tzinfo | None) -> datetime:
    return now.astimezone(tz or local_zone())


def at_local(day: date, clock_time: time, tz: tzinfo | None) -> datetime:
    """`clock_time` on `day` in the local zone, as an aware UTC datetime.

    A wall time skipped by a DST jump lands just after the jump (fold=0 semantics).
    """
    return datetime.combine(day, clock_time, tzinfo=tz or local_zone()).astimezone(UTC)


def day_bounds(now: datetime, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """[start, end) of the local day containing `now`."""
    zone = tz or local_zone()
    today = now.astimezone(zone).date()
    return local_midnight(today, zone), local_midnight(today + timedelta(days=1), zone)


def week_bounds(now: datetime, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """[Monday 00:00, next Monday 00:00) of the local week containing `now`."""
    zone = tz or local_zone()
    monday = monday_of(now.astimezone(zone).date())
    return local_midnight(monday, zone), local_midnight(monday + timedelta(days=7), zone)


@dataclass(frozen=True)
class Progress:
    today: int
    week: int
    daily_target: int
    week_target: int | None = None  # the week's days' targets, paused days left out
    pause: Pause | None = None  # the pause covering today

    @property
    def paused_today(self) -> bool:
        return self.pause is not None

    @property
    def weekly_target(self) -> int:
        return self.daily_target * 7 if self.week_target is None else self.week_target

    @property
    def today_text(self) -> str:
        return translate("Periods", "{done} of {target} today").format(
            done=self.today, target=self.daily_target)

    @property
    def week_text(self) -> str:
        return translate("Periods", "{done} of {target} this week").format(
            done=self.week, target=self.weekly_target)

    @property
    def today_met(self) -> bool:
        return self.today >= self.daily_target


def progress(
    count_sessions: CountSessions,
    now: datetime,
    daily_target: int = DEFAULT_DAILY_TARGET,
    tz: tzinfo | None = None,
    schedule: PracticeSchedule | None = None,
) -> Progress:
    """Today's and this week's sessions against their targets. With a `schedule`, today's
    target is the one in force today and the week's leaves out its paused days."""
    today = count_sessions(*day_bounds(now, tz))
    week = count_sessions(*week_bounds(now, tz))
    if schedule is None:
        return Progress(today=today, week=week, daily_target=daily_target)
    day = now.astimezone(tz or local_zone()).date()
    monday = monday_of(day)
    return Progress(
        today=today,
        week=week,
        daily_target=schedule.per_day_on(day),
        week_target=schedule.target_between(monday, monday + timedelta(days=6)),
        pause=schedule.pause_on(day),
    )
