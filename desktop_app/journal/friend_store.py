"""A friend's checks of each roll (friend mode), stored beside their entry.

Written in the same transaction as the entry itself (the repository calls these with
its connection), so an entry never exists with half of its checks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
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


def insert_with_rolls(
    conn: sa.Connection, rows: Iterable[tuple[dict[str, object], Sequence[FriendRoll]]]
) -> None:
    """Insert entry rows; those with checks one by one (their new id is needed)."""
    plain: list[dict[str, object]] = []
    for row, rolls in rows:
        if not rolls:
            plain.append(row)
            continue
        result = conn.execute(sa.insert(_ENTRIES).values(**row))
        (entry_id,) = result.inserted_primary_key or (None,)
        assert entry_id is not None
        write_rolls(conn, int(entry_id), rolls)
    if plain:
        conn.execute(sa.insert(_ENTRIES), plain)
