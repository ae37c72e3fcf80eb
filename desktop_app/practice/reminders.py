"""Reminder slots: when a reminder is due and whether its slot already has a session.

A slot is the part of the day from one reminder time until the next reminder time
(past midnight into tomorrow for the last one). A reminder is skipped when its slot
already has a session, and not shown at all when it is more than `LATE_GRACE` late
(the computer was asleep, or the app started in the afternoon): a stale nag helps no one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from itertools import pairwise
from typing import TYPE_CHECKING

from desktop_app.practice.periods import CountSessions, at_local, local_now

if TYPE_CHECKING:
    from collections.abc import Container, Iterable

LATE_GRACE = timedelta(minutes=30)
# After a session stopped because it hurt, no reminder for the rest of that part of the
# day: none within this long of the stop (a reminder a few minutes later was the bug).
HURT_QUIET = timedelta(hours=4)

HELD_PAUSED = "paused"
HELD_WARNING = "pain warning"
HELD_HURT = "stopped because it hurt"


@dataclass(frozen=True)
class ReminderTime:
    enabled: bool
    at: time


@dataclass(frozen=True)
class Slot:
    at: time  # the reminder's wall time
    start: datetime  # aware UTC: this reminder's moment
    end: datetime  # aware UTC: the next reminder's moment

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


def active_times(reminders: Iterable[ReminderTime]) -> tuple[time, ...]:
    """The enabled reminder times, sorted, without duplicates or seconds."""
    return tuple(sorted({r.at.replace(second=0, microsecond=0) for r in reminders if r.enabled}))


def current_slot(now: datetime, times: tuple[time, ...], tz: tzinfo | None = None) -> Slot | None:
    """The slot containing `now`, or None when no reminder is enabled."""
    if not times:
        return None
    today = local_now(now, tz).date()
    # Yesterday's last slot runs into today until today's first reminder.
    moments = [
        (clock, at_local(today + timedelta(days=offset), clock, tz))
        for offset in (-1, 0, 1)
        for clock in times
    ]
    for (clock, start), (_, end) in pairwise(moments):
        if start <= now < end:
            return Slot(clock, start, end)
    return None


def next_reminder(now: datetime, times: tuple[time, ...], tz: tzinfo | None = None) -> datetime:
    """The first reminder moment strictly after `now` (aware UTC)."""
    slot = current_slot(now, times, tz)
    if slot is None:
        raise ValueError("no reminder times")
    return slot.end


def due_slot(
    now: datetime,
    times: tuple[time, ...],
    tz: tzinfo | None = None,
    *,
    fired: Container[datetime] = (),
    grace: timedelta = LATE_GRACE,
) -> Slot | None:
    """The slot whose reminder should be handled now: started, not yet handled
    (its start is not in `fired`), and at most `grace` late."""
    slot = current_slot(now, times, tz)
    if slot is None or slot.start in fired or now - slot.start > grace:
        return None
    return slot


def slot_has_session(slot: Slot, count_sessions: CountSessions) -> bool:
    return count_sessions(slot.start, slot.end) > 0


def reminder_hold(
    now: datetime, *, paused: bool, warning: bool, last_hurt_stop: datetime | None
) -> str | None:
    """Why no reminder may be shown now (None: it may): practice is paused, the pain
    warning stands, or a session stopped because it hurt less than HURT_QUIET ago."""
    if paused:
        return HELD_PAUSED
    if warning:
        return HELD_WARNING
    if last_hurt_stop is not None and timedelta(0) <= now - last_hurt_stop < HURT_QUIET:
        return HELD_HURT
    return None
