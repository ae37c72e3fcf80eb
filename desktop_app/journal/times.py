"""When every live session started, as numpy epochs: what the strength score needs from
the whole history (not just the weeks shown), in one light query."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import numpy as np
import sqlalchemy as sa

_STAMP = len("2026-11-25 08:00:00.000000")


def _engine(source: Any) -> sa.Engine:
    engine = getattr(source, "engine", source)
    if not isinstance(engine, sa.Engine):
        raise TypeError(f"expected a Journal or an SQLAlchemy Engine, not {type(source).__name__}")
    return engine


def session_times(source: Any, until: datetime | None = None) -> np.ndarray:
    """UTC epoch seconds (int64, sorted) of the live sessions started before `until`."""
    sql = "SELECT group_concat(started_at, ',') FROM entry WHERE deleted_at IS NULL"
    params: list[str] = []
    if until is not None:
        sql += " AND started_at < ?"
        params.append(until.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"))
    connection = _engine(source).raw_connection()
    try:
        cursor = connection.cursor()
        try:
            cursor.execute(sql, params)
            row = cursor.fetchone()
            text = row[0] if row else None
        finally:
            cursor.close()
    finally:
        connection.close()
    if not text:
        return np.empty(0, dtype=np.int64)
    count = text.count(",") + 1
    if len(text) == count * (_STAMP + 1) - 1:
        # All in SQLAlchemy's fixed-width form: read the text as fixed-width records.
        records = np.frombuffer((text + ",").encode("ascii"),
                                dtype=[("stamp", f"S{_STAMP}"), ("comma", "S1")])
        parsed = records["stamp"].astype("datetime64[us]")
    else:
        parsed = np.array(text.split(","), dtype="datetime64[us]")
    return np.sort(parsed.astype("datetime64[s]").astype(np.int64))
