"""The practice schedule in the journal: pauses and the daily target's history.

One transaction per action, like `repository.Journal`. Days are local calendar dates
(the person's), stored as ISO dates.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from desktop_app.journal.errors import JournalError
from desktop_app.journal.models import PracticePause, TargetChange, utc_now
from desktop_app.journal.repository import _storage_error
from desktop_app.journal.schedule import (
    EARLIEST_DAY,
    PAUSE_DAYS_MAX,
    Pause,
    PracticeSchedule,
    check_pause,
    check_target,
)
from desktop_app.journal.schedule import TargetChange as Change

_PAUSES = PracticePause.__table__  # type: ignore[attr-defined]
_TARGETS = TargetChange.__table__  # type: ignore[attr-defined]


def _engine(source: Any) -> sa.Engine:
    engine = getattr(source, "engine", source)
    if not isinstance(engine, sa.Engine):
        raise TypeError(f"expected a Journal or an SQLAlchemy Engine, not {type(source).__name__}")
    return engine


def read_pauses(source: Any) -> tuple[Pause, ...]:
    query = sa.select(_PAUSES.c.first_day, _PAUSES.c.last_day).order_by(_PAUSES.c.first_day)
    with _engine(source).connect() as conn:
        return tuple(Pause(row.first_day, row.last_day) for row in conn.execute(query))


def read_targets(source: Any) -> tuple[Change, ...]:
    query = sa.select(_TARGETS.c.effective_from, _TARGETS.c.sessions_per_day) \
        .order_by(_TARGETS.c.effective_from)
    with _engine(source).connect() as conn:
        return tuple(Change(row.effective_from, row.sessions_per_day)
                     for row in conn.execute(query))


def read_schedule(source: Any, default_per_day: int = 2) -> PracticeSchedule:
    """The journal's targets and pauses; `default_per_day` for days before any change."""
    pauses = sa.select(_PAUSES.c.first_day, _PAUSES.c.last_day).order_by(_PAUSES.c.first_day)
    targets = sa.select(_TARGETS.c.effective_from, _TARGETS.c.sessions_per_day) \
        .order_by(_TARGETS.c.effective_from)
    with _engine(source).connect() as conn:  # one connection: read after every save
        return PracticeSchedule(
            tuple(Change(r.effective_from, r.sessions_per_day) for r in conn.execute(targets)),
            tuple(Pause(r.first_day, r.last_day) for r in conn.execute(pauses)),
            default_per_day,
        )


# --- pauses ------------------------------------------------------------------------------

def pause_practice(source: Any, first_day: date, days: int | None) -> Pause:
    """Pause from `first_day` for `days` days (None: until resumed); returns the pause.

    A pause already covering `first_day` is changed to end as asked instead of a second
    one being added; later pauses the new one reaches are merged into it (and their
    further days kept).
    """
    if days is not None and not 1 <= days <= PAUSE_DAYS_MAX:
        raise ValueError(f"pause for 1 to {PAUSE_DAYS_MAX} days, not {days}")
    last_day = None if days is None else first_day + timedelta(days=days - 1)
    check_pause(Pause(first_day, last_day))
    try:
        with _engine(source).begin() as conn:
            rows = conn.execute(sa.select(_PAUSES).order_by(_PAUSES.c.first_day)).all()
            covering = next(
                (r for r in rows if Pause(r.first_day, r.last_day).covers(first_day)), None)
            start = covering.first_day if covering is not None else first_day
            end = last_day
            reached = [r for r in rows if r is not covering and r.first_day > first_day
                       and (end is None or r.first_day <= end + timedelta(days=1))]
            for row in reached:
                if end is not None and (row.last_day is None or row.last_day > end):
                    end = row.last_day
            merged = check_pause(Pause(start, end))
            if reached:
                conn.execute(sa.delete(_PAUSES).where(_PAUSES.c.id.in_([r.id for r in reached])))
            now = utc_now()
            if covering is not None:
                conn.execute(sa.update(_PAUSES).where(_PAUSES.c.id == covering.id)
                             .values(last_day=merged.last_day, updated_at=now))
            else:
                conn.execute(sa.insert(_PAUSES).values(
                    first_day=merged.first_day, last_day=merged.last_day,
                    created_at=now, updated_at=now))
    except sa.exc.SQLAlchemyError as exc:
        raise _storage_error("pause practice", exc, getattr(source, "server", None)) from exc
    return merged


def resume_practice(source: Any, today: date) -> Pause | None:
    """End the pause covering `today`: today counts again. Returns the pause as it
    stands afterwards (None when it only covered today, or there was none)."""
    try:
        with _engine(source).begin() as conn:
            rows = conn.execute(sa.select(_PAUSES)).all()
            row = next((r for r in rows if Pause(r.first_day, r.last_day).covers(today)), None)
            if row is None:
                return None
            if row.first_day >= today:
                conn.execute(sa.delete(_PAUSES).where(_PAUSES.c.id == row.id))
                return None
            ended = Pause(row.first_day, today - timedelta(days=1))
            conn.execute(sa.update(_PAUSES).where(_PAUSES.c.id == row.id)
                         .values(last_day=ended.last_day, updated_at=utc_now()))
            return ended
    except sa.exc.SQLAlchemyError as exc:
        raise _storage_error("resume practice", exc, getattr(source, "server", None)) from exc


# --- the daily target --------------------------------------------------------------------

def set_daily_target(source: Any, per_day: int, from_day: date, previous: int) -> None:
    """From `from_day` on the target is `per_day`; earlier days keep theirs.

    `previous` is the target in force so far: recorded as the target of every earlier day
    when the journal has no history yet. Later changes (none, normally) are replaced.
    """
    check_target(per_day)
    check_target(previous)
    try:
        with _engine(source).begin() as conn:
            has_history = conn.execute(sa.select(sa.func.count()).select_from(_TARGETS)).scalar()
            now = utc_now()
            if not has_history and from_day > EARLIEST_DAY:
                conn.execute(sa.insert(_TARGETS).values(
                    effective_from=EARLIEST_DAY, sessions_per_day=previous, created_at=now))
            conn.execute(sa.delete(_TARGETS).where(_TARGETS.c.effective_from >= from_day))
            conn.execute(sa.insert(_TARGETS).values(
                effective_from=from_day, sessions_per_day=per_day, created_at=now))
    except sa.exc.SQLAlchemyError as exc:
        raise _storage_error("change the daily target", exc,
                             getattr(source, "server", None)) from exc


# --- import ----------------------------------------------------------------------------------

def write_imported_schedule(
    conn: sqlite3.Connection, pauses: Iterable[Pause], targets: Iterable[Change], now: datetime
) -> tuple[int, int]:
    """Add the pauses and target changes the journal does not have yet (same first day /
    same day of change: already there), inside the importer's transaction on its
    sqlite3 connection. (pauses added, target changes added)."""
    # As SQLAlchemy stores them: ISO dates, and naive UTC times with microseconds.
    stamp = now.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    have_pauses = {row[0] for row in conn.execute("SELECT first_day FROM practice_pause")}
    have_targets = {row[0] for row in conn.execute("SELECT effective_from FROM daily_target")}
    pause_rows = []
    for pause in pauses:
        check_pause(pause)
        first = pause.first_day.isoformat()
        if first not in have_pauses:
            have_pauses.add(first)
            last = None if pause.last_day is None else pause.last_day.isoformat()
            pause_rows.append((first, last, stamp, stamp))
    target_rows = []
    for change in targets:
        check_target(change.per_day)
        first = change.effective_from.isoformat()
        if first not in have_targets:
            have_targets.add(first)
            target_rows.append((first, change.per_day, stamp))
    conn.executemany("INSERT INTO practice_pause (first_day, last_day, created_at, updated_at)"
                     " VALUES (?, ?, ?, ?)", pause_rows)
    conn.executemany("INSERT INTO daily_target (effective_from, sessions_per_day, created_at)"
                     " VALUES (?, ?, ?)", target_rows)
    return len(pause_rows), len(target_rows)


__all__ = [
    "JournalError",
    "pause_practice",
    "read_pauses",
    "read_schedule",
    "read_targets",
    "resume_practice",
    "set_daily_target",
    "write_imported_schedule",
]
