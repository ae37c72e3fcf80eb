"""When every live session started, as numpy epochs: what the strength score needs from
the whole history (not just the weeks shown), in one light query. Read through
`Journal.session_times`."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import sqlalchemy as sa

from desktop_app.journal import dialect
from desktop_app.journal.columns import parse_times, time_range


def read_times(
    conn: sa.Connection, *, until: datetime | None = None,
    excluded: frozenset[int] = frozenset(),
) -> np.ndarray:
    """UTC epoch seconds (int64, sorted) of the live sessions started before `until`
    (unreadable rows, `excluded`, left out)."""
    where, params = time_range(conn, None, until, excluded)
    text = conn.execute(sa.text(dialect.times_sql(dialect.name_of(conn)).format(where=where)),
                        params).scalar()
    if not text:
        return np.empty(0, dtype=np.int64)
    return np.sort(parse_times(text))
