"""Realistic generated journals for tests, screenshots and benchmarks (never product data).

`generate_journal` imitates a person doing the rolling exercise roughly twice a day:
a morning and an evening session, some days missed, the odd week away, pain slowly
falling with day-to-day noise, smoothness and leading slowly improving, and now and
then a session stopped because it hurt.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from desktop_app.journal.entry import EntryData


def generate_journal(
    days: int,
    seed: int,
    end: date,
    tz: tzinfo,
    *,
    per_day: float = 2.0,
    pain_start: float = 6.0,
    pain_end: float = 2.5,
) -> list[EntryData]:
    """About `per_day` sessions on each of the `days` local days ending with `end`.

    Pain before practice drifts linearly from `pain_start` to `pain_end` with noise.
    Entries are in time order, with aware UTC start times.
    """
    rng = random.Random(seed)
    first = end - timedelta(days=days - 1)
    entries: list[EntryData] = []
    away_until = first - timedelta(days=1)
    for offset in range(days):
        day = first + timedelta(days=offset)
        progress = offset / max(days - 1, 1)
        if day <= away_until:
            continue
        if rng.random() < 0.006:  # a holiday or a bad week: nothing logged for a while
            away_until = day + timedelta(days=rng.randint(3, 10))
            continue
        if rng.random() < 0.06:  # a missed day
            continue
        count = _sessions_today(rng, per_day)
        for slot in range(count):
            minute = _minute_of_day(rng, slot, count)
            local = datetime.combine(day, time(minute // 60, minute % 60, rng.randrange(60)),
                                     tzinfo=tz)
            entries.append(_session(rng, local, progress, pain_start, pain_end))
    return entries


def _sessions_today(rng: random.Random, per_day: float) -> int:
    base = math.floor(per_day)
    count = base + (1 if rng.random() < per_day - base else 0)
    roll = rng.random()
    if roll < 0.12:
        count -= 1
    elif roll > 0.96:
        count += 1
    return max(count, 0)


def _minute_of_day(rng: random.Random, slot: int, count: int) -> int:
    if count <= 2:
        centre = (7 * 60 + 30) if slot == 0 else (20 * 60 + 30)
        minute = int(rng.gauss(centre, 50))
    else:  # spread evenly over the waking day
        span = (22 * 60 - 6 * 60) / count
        minute = int(6 * 60 + span * slot + rng.uniform(0, span * 0.8))
    return min(max(minute, 0), 23 * 60 + 59)


def _session(
    rng: random.Random, local: datetime, progress: float, pain_start: float, pain_end: float
) -> EntryData:
    level = pain_start + (pain_end - pain_start) * progress
    pain_before = _clamp(round(rng.gauss(level, 1.1)), 0, 10)
    stopped = rng.random() < 0.015 + 0.012 * pain_before
    relief = 0 if stopped else rng.choice((0, 1, 1, 1, 2, 2))
    pain_after = _clamp(pain_before - relief + (1 if stopped else 0), 0, 10)
    if rng.random() < 0.08:
        pain_before = None
    if rng.random() < 0.1:
        pain_after = None
    parts = frozenset() if stopped and rng.random() < 0.5 else _parts(rng, progress)
    smoothness = None if rng.random() < 0.1 else _clamp(round(rng.gauss(2 + 2.5 * progress, 0.8)),
                                                        1, 5)
    led_roll = rng.random()
    if led_roll < 0.1:
        led = None
    elif led_roll < 0.1 + 0.35 + 0.45 * progress:
        led = "yes"
    elif led_roll < 0.85 + 0.05 * progress:
        led = "partly"
    else:
        led = "no"
    friend = rng.random() < 0.15
    return EntryData(
        started_at=local.astimezone(UTC),
        duration_s=rng.randint(4 * 60, 18 * 60),
        parts=parts,
        pain_before=pain_before,
        pain_after=pain_after,
        stopped_hurt=stopped,
        smoothness=smoothness,
        right_part_led=led,
        friend_checked=friend,
        friend_remark="the hip led nicely" if friend and rng.random() < 0.3 else "",
        notes="",
    )


def _parts(rng: random.Random, progress: float) -> frozenset[str]:
    chosen = {"part1"}
    if rng.random() < 0.5 + 0.4 * progress:
        chosen.add("part2")
    if rng.random() < 0.1 + 0.5 * progress:
        chosen.add("part3")
    return frozenset(chosen)


def _clamp(value: int, low: int, high: int) -> int:
    return min(max(value, low), high)


def practice_with_setbacks(journal: object, end: date, tz: tzinfo) -> dict[str, object]:
    """A journal for the safety features: ten weeks of practice ending on `end`, a target
    change, a 4-day pause during a flare-up, two hurt stops with notes in the last days,
    sessions where pain after was higher than before, friend-checked sessions and notes.

    Returns what was put in, for tests to check against.
    """
    from desktop_app.journal.entry import FriendRoll
    from desktop_app.journal.schedule_store import pause_practice, set_daily_target

    entries = generate_journal(70, seed=21, end=end - timedelta(days=1), tz=tz,
                               pain_start=6.5, pain_end=3.5)
    entries = [e.with_changes(stopped_hurt=False, parts=e.parts or frozenset({"part1"}),
                              friend_checked=False, friend_remark="")
               for e in entries]
    pause_first = end - timedelta(days=20)
    pause_days = 4
    paused = {pause_first + timedelta(days=i) for i in range(pause_days)}
    entries = [e for e in entries if e.started_at.astimezone(tz).date() not in paused]
    rolls = (FriendRoll("part1.1", "right"), FriendRoll("part1.2", "right"),
             FriendRoll("part1.3", "shoulders"), FriendRoll("part1.4", "right"),
             FriendRoll("part2.1", "right"), FriendRoll("part2.2", "right"),
             FriendRoll("part2.3", "right"), FriendRoll("part2.4", "right"))
    friend_days = (end - timedelta(days=30), end - timedelta(days=9))
    for index, entry in enumerate(entries):
        day = entry.started_at.astimezone(tz).date()
        if day in friend_days and entry.started_at.astimezone(tz).hour < 12:
            entries[index] = entry.with_changes(friend_checked=True, friend_rolls=rolls,
                                                parts=frozenset({"part1", "part2"}))
        elif index % 9 == 0:
            entries[index] = entry.with_changes(notes=f"Felt loose in the hips (day {index})")
    # The last sessions: practice leaves the pain worse, then two stops because it hurt.
    worse = [e for e in entries if e.started_at.astimezone(tz).date() >= end - timedelta(days=6)]
    for e in worse:
        i = entries.index(e)
        before = min(e.pain_before if e.pain_before is not None else 3, 7)
        entries[i] = e.with_changes(pain_before=before, pain_after=before + 2)
    hurts = [
        _plain_session(datetime.combine(end - timedelta(days=3), time(7, 40), tzinfo=tz),
                duration_s=95, parts=frozenset(), stopped_hurt=True, pain_before=4,
                pain_after=7, notes="Sharp on the left side at the first knee-led roll"),
        _plain_session(datetime.combine(end, time(7, 15), tzinfo=tz),
                duration_s=130, parts=frozenset({"part1"}), stopped_hurt=True, pain_before=5,
                pain_after=7, notes="Same twinge, stopped at once"),
    ]
    journal.import_entries(entries + hurts)  # type: ignore[attr-defined]
    set_daily_target(journal, 3, end - timedelta(days=45), previous=2)
    set_daily_target(journal, 2, end - timedelta(days=25), previous=3)
    pause_practice(journal, pause_first, pause_days)
    return {"entries": entries + hurts, "hurts": hurts, "pause": (pause_first, pause_days),
            "friend_rolls": rolls}


def _plain_session(when: datetime, **changes: object) -> EntryData:
    """One plain valid session at `when` (aware), with any field overridden."""
    data = EntryData(started_at=when.astimezone(UTC), duration_s=600, parts=frozenset({"part1"}))
    return data.with_changes(**changes) if changes else data
