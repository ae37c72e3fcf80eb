"""When every live session started, as numpy epochs: what the strength score needs from
the whole history (not just the weeks shown), in one light query. Read through
`Journal.session_times`."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import sqlalchemy as sa

from desktop_app.journal import dialect
from desktop_app.journal.columns import time_range


def read_times(
    conn: sa.Connection, *, until: datetime | None = None,
    excluded: frozenset[int] = frozenset(),
) -> np.ndarray:
    """UTC epoch seconds (int64, sorted) of the live sessions started before `until`
    (unreadable rows, `excluded`, left out)."""
    name = dialect.name_of(conn)
    where, params = time_range(conn, None, until, excluded)
    joined = conn.execute(sa.text(dialect.times_sql(name).format(where=where)), params).scalar()
    if not joined:
        return np.empty(0, dtype=np.int64)
    return np.sort(dialect.start_times(name, joined) // 1_000_000)
