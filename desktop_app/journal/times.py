"""When every live session started, as numpy epochs: what the strength score needs from
the whole history (not just the weeks shown), in one light query. Read through
`Journal.session_times`."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from desktop_app.journal.columns import Cursor, excluded_ids, parse_times, stored_text


def read_times(
    cursor: Cursor, *, until: datetime | None = None, excluded: frozenset[int] = frozenset()
) -> np.ndarray:
    """UTC epoch seconds (int64, sorted) of the live sessions started before `until`
    (unreadable rows, `excluded`, left out)."""
    sql = "SELECT group_concat(started_at, ',') FROM entry WHERE deleted_at IS NULL"
    sql += excluded_ids(excluded)
    params: list[str] = []
    if until is not None:
        sql += " AND started_at < ?"
        params.append(stored_text(until))
    cursor.execute(sql, params)
    row = cursor.fetchone()
    text = row[0] if row else None
    if not text:
        return np.empty(0, dtype=np.int64)
    return np.sort(parse_times(text))
