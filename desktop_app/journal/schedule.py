"""The practice schedule: the daily target's history and the days practice is paused.

Pure Python (no SQLAlchemy): the weekly statistics, the practice counts and the
reminders all read a day's target and whether it is paused from here. The journal
stores both (`journal.schedule_store`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

# Practice kept before any target change was recorded had the target the settings had
# then; it is recorded as starting on this day (no entry can be older, see entry.py).
EARLIEST_DAY = date(2000, 1, 1)
TARGET_MIN, TARGET_MAX = 1, 12
PAUSE_DAYS_MAX = 365


@dataclass(frozen=True)
class Pause:
    """Practice paused from `first_day` to `last_day` (both included); `last_day` None:
    until the person resumes."""

    first_day: date
    last_day: date | None = None

    def covers(self, day: date) -> bool:
        return self.first_day <= day and (self.last_day is None or day <= self.last_day)

    @property
    def open_ended(self) -> bool:
        return self.last_day is None


@dataclass(frozen=True)
class TargetChange:
    """The daily target is `per_day` from `effective_from` on (until the next change)."""

    effective_from: date
    per_day: int


def check_target(per_day: object) -> int:
    if not isinstance(per_day, int) or isinstance(per_day, bool) \
            or not TARGET_MIN <= per_day <= TARGET_MAX:
        raise ValueError(f"the daily target must be a whole number from {TARGET_MIN} to "
                         f"{TARGET_MAX}, not {per_day!r}")
    return per_day


def check_pause(pause: Pause) -> Pause:
    if pause.first_day < EARLIEST_DAY:
        raise ValueError(f"a pause cannot start before {EARLIEST_DAY:%Y-%m-%d}")
    if pause.last_day is not None:
        if pause.last_day < pause.first_day:
            raise ValueError(f"the pause ends ({pause.last_day:%Y-%m-%d}) before it starts "
                             f"({pause.first_day:%Y-%m-%d})")
        if (pause.last_day - pause.first_day).days >= PAUSE_DAYS_MAX:
            raise ValueError(f"a pause can be at most {PAUSE_DAYS_MAX} days long")
    return pause


@dataclass(frozen=True)
class PracticeSchedule:
    """What the target was on each day and which days were paused.

    `default_per_day` is the target of the days before the first recorded change (the
    settings' target, for a journal whose target never changed).
    """

    targets: tuple[TargetChange, ...] = ()
    pauses: tuple[Pause, ...] = ()
    default_per_day: int = 2
    _starts: tuple[date, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.targets, key=lambda t: t.effective_from))
        object.__setattr__(self, "targets", ordered)
        object.__setattr__(self, "pauses", tuple(sorted(self.pauses, key=lambda p: p.first_day)))
        object.__setattr__(self, "_starts", tuple(t.effective_from for t in ordered))

    def per_day_on(self, day: date) -> int:
        index = bisect_right(self._starts, day) - 1
        return self.targets[index].per_day if index >= 0 else self.default_per_day

    def pause_on(self, day: date) -> Pause | None:
        """The pause covering `day`, if any."""
        for pause in self.pauses:
            if pause.first_day > day:
                break
            if pause.covers(day):
                return pause
        return None

    def paused(self, day: date) -> bool:
        return self.pause_on(day) is not None

    def target_on(self, day: date) -> int:
        """Sessions expected on `day`: its daily target, or 0 when paused."""
        return 0 if self.paused(day) else self.per_day_on(day)

    def target_between(self, first: date, last: date) -> int:
        """Sessions expected from `first` to `last`, both included (paused days: none)."""
        return sum(self.target_on(first + timedelta(days=i))
                   for i in range((last - first).days + 1))

    def paused_days_between(self, first: date, last: date) -> int:
        return sum(self.paused(first + timedelta(days=i)) for i in range((last - first).days + 1))
