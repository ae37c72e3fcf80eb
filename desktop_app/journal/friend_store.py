"""A friend's checks of each roll (friend mode), stored beside their entry.

Written in the same transaction as the entry itself (the repository calls these with
its connection, the importer with its sqlite3 one), so an entry never exists with half
of its checks.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime

import sqlalchemy as sa

from desktop_app.journal.entry import FriendRoll
from desktop_app.journal.models import Entry, FriendCheck

_CHECKS = FriendCheck.__table__  # type: ignore[attr-defined]
_ENTRIES = Entry.__table__  # type: ignore[attr-defined]


def write_rolls(conn: sa.Connection, entry_id: int, rolls: Sequence[FriendRoll]) -> None:
    """Replace the checks of entry `entry_id` with `rolls` (in roll order)."""
    conn.execute(sa.delete(_CHECKS).where(_CHECKS.c.entry_id == entry_id))
    if rolls:
        conn.execute(sa.insert(_CHECKS), [
            {"entry_id": entry_id, "position": i, "step_id": r.step_id, "led": r.led}
            for i, r in enumerate(rolls)
        ])


def rolls_of(conn: sa.Connection, entry_id: int) -> tuple[FriendRoll, ...]:
    query = sa.select(_CHECKS.c.step_id, _CHECKS.c.led) \
        .where(_CHECKS.c.entry_id == entry_id).order_by(_CHECKS.c.position)
    return tuple(FriendRoll(row.step_id, row.led) for row in conn.execute(query))


def rolls_by_entry(
    conn: sa.Connection, since: datetime | None = None, until: datetime | None = None
) -> dict[int, tuple[FriendRoll, ...]]:
    """The checks of every entry started in [since, until), by entry id."""
    query = sa.select(_CHECKS.c.entry_id, _CHECKS.c.step_id, _CHECKS.c.led) \
        .join(_ENTRIES, _ENTRIES.c.id == _CHECKS.c.entry_id)
    if since is not None:
        query = query.where(_ENTRIES.c.started_at >= since)
    if until is not None:
        query = query.where(_ENTRIES.c.started_at < until)
    found: dict[int, list[FriendRoll]] = defaultdict(list)
    for row in conn.execute(query.order_by(_CHECKS.c.entry_id, _CHECKS.c.position)):
        found[row.entry_id].append(FriendRoll(row.step_id, row.led))
    return {entry_id: tuple(rolls) for entry_id, rolls in found.items()}


def rolls_for(
    conn: sa.Connection, entry_ids: Collection[int]
) -> dict[int, tuple[FriendRoll, ...]]:
    """The checks of the entries `entry_ids` (a batch: at most a few thousand ids)."""
    if not entry_ids:
        return {}
    query = sa.select(_CHECKS.c.entry_id, _CHECKS.c.step_id, _CHECKS.c.led) \
        .where(_CHECKS.c.entry_id.in_(list(entry_ids))) \
        .order_by(_CHECKS.c.entry_id, _CHECKS.c.position)
    found: dict[int, list[FriendRoll]] = defaultdict(list)
    for row in conn.execute(query):
        found[row.entry_id].append(FriendRoll(row.step_id, row.led))
    return {entry_id: tuple(rolls) for entry_id, rolls in found.items()}


def insert_rolls_raw(
    conn: sqlite3.Connection, checks: Iterable[tuple[int, Sequence[FriendRoll]]]
) -> None:
    """The checks of new entries (entry id, its rolls), on the importer's sqlite3
    connection, in its transaction."""
    conn.executemany(
        "INSERT INTO friend_check (entry_id, position, step_id, led) VALUES (?, ?, ?, ?)",
        [(entry_id, i, r.step_id, r.led) for entry_id, rolls in checks
         for i, r in enumerate(rolls)],
    )
