"""The live journal entries of a time range as numpy columns, in one SQL query.

Every statistic (weekly table, pain trend, charts) is computed from these arrays, so a
charts refresh reads the database once. Missing values are NaN. The query runs here,
in the journal, behind `Journal.session_columns`; `desktop_app.stats` only computes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
import sqlalchemy as sa

from desktop_app.journal import dialect

# One row for the whole range: the start times joined into one value, and the small
# fields packed into one integer per session (also joined). Building those values in
# the database and decoding them with numpy is ~4x faster than fetching 100,000 rows of
# Python objects; how each dialect joins them is in dialect.py. The packing (values are
# validated on the way in):
#   pain_before * 2^16 + pain_after * 2^12 + stopped_hurt * 2^11 + smoothness * 2^7 + led
# with 15 for a missing pain, 7 for a missing smoothness, and led 1 = "yes",
# 2 = "partly" or "no", 3 = not answered.


@dataclass(frozen=True)
class Columns:
    """One element per live session, in start-time order."""

    t: np.ndarray  # int64 UTC epoch seconds of started_at
    pain_before: np.ndarray  # float64, NaN when not recorded
    pain_after: np.ndarray  # float64, NaN when not recorded
    stopped_hurt: np.ndarray  # bool
    smoothness: np.ndarray  # float64 1..5, NaN when not recorded
    right_part_led: np.ndarray  # float64 1 = yes, 0 = partly or no, NaN when not answered

    def __len__(self) -> int:
        return int(self.t.size)

    @classmethod
    def from_rows(cls, rows: list[tuple[Any, ...]] | np.ndarray) -> Columns:
        """From (epoch, pain_before, pain_after, stopped_hurt, smoothness, led) rows."""
        table = np.asarray(rows, dtype=np.float64).reshape(-1, 6)
        return cls(
            t=table[:, 0].astype(np.int64),
            pain_before=np.ascontiguousarray(table[:, 1]),
            pain_after=np.ascontiguousarray(table[:, 2]),
            stopped_hurt=table[:, 3] > 0,
            smoothness=np.ascontiguousarray(table[:, 4]),
            right_part_led=np.ascontiguousarray(table[:, 5]),
        )

    @classmethod
    def empty(cls) -> Columns:
        return cls.from_rows([])


def stored_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime refused: pass an aware time")
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def excluded_ids(ids: frozenset[int]) -> str:
    # Unreadable rows (listed by the journal when it opened) stay out of every read.
    return f" AND id NOT IN ({', '.join(str(int(i)) for i in sorted(ids))})" if ids else ""


def time_range(
    conn: sa.Connection, since: datetime | None, until: datetime | None,
    excluded: frozenset[int],
) -> tuple[str, dict[str, object]]:
    """The WHERE conditions (after `deleted_at IS NULL`) and their parameters."""
    name = dialect.name_of(conn)
    where = excluded_ids(excluded)
    params: dict[str, object] = {}
    if since is not None:
        where += " AND started_at >= :since"
        params["since"] = dialect.bound_time(name, since)
    if until is not None:
        where += " AND started_at < :until"
        params["until"] = dialect.bound_time(name, until)
    return where, params


def read_columns(
    conn: sa.Connection,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    excluded: frozenset[int] = frozenset(),
) -> Columns:
    """Live sessions started in [since, until) (either may be None) as numpy columns."""
    name = dialect.name_of(conn)
    where, params = time_range(conn, since, until, excluded)
    sql = dialect.columns_sql(name).format(where=where)
    starts, fields = conn.execute(sa.text(sql), params).one()
    if not starts:
        return Columns.empty()
    return _unpack(*dialect.columns_of(name, starts, fields))


def has_live(conn: sa.Connection, excluded: frozenset[int] = frozenset()) -> bool:
    sql = f"SELECT EXISTS (SELECT 1 FROM entry WHERE deleted_at IS NULL{excluded_ids(excluded)})"
    return bool(conn.execute(sa.text(sql)).scalar())


def first_start(conn: sa.Connection, excluded: frozenset[int] = frozenset()) -> datetime | None:
    sql = dialect.first_start_sql(dialect.name_of(conn)).format(where=excluded_ids(excluded))
    value = conn.execute(sa.text(sql)).scalar()
    return None if value is None else datetime.fromtimestamp(int(value), UTC)


def start_order(starts: np.ndarray, ids: np.ndarray | None) -> np.ndarray | None:
    """The permutation that puts sessions in (started_at, id) order; None when they
    already are. `starts`: epoch microseconds; `ids`: None when rows with equal start
    times already come in id order (SQLite's, see dialect.columns_sql)."""
    if starts.size < 2:
        return None
    step = np.diff(starts)
    if ids is None:
        return None if bool(np.all(step >= 0)) else np.argsort(starts, kind="stable")
    if bool(np.all((step > 0) | ((step == 0) & (np.diff(ids) > 0)))):
        return None
    # Mostly in order (the table's physical order): the stable sort finds the runs;
    # only equal start times in the wrong id order need the full two-key sort.
    order = np.argsort(starts, kind="stable")
    sorted_starts, sorted_ids = starts[order], ids[order]
    tied = sorted_starts[1:] == sorted_starts[:-1]
    if bool(np.any(tied & (sorted_ids[1:] < sorted_ids[:-1]))):
        order = np.lexsort((ids, starts))
    return order


def _unpack(starts: np.ndarray, ids: np.ndarray | None, fields: np.ndarray) -> Columns:
    if fields.size != starts.size or (ids is not None and ids.size != starts.size):
        raise ValueError("the journal's columns came back with different lengths")
    order = start_order(starts, ids)
    if order is not None:
        starts, fields = starts[order], fields[order]
    t = starts // 1_000_000  # whole seconds, floored

    def small(shift: int, mask: int, missing: int) -> np.ndarray:
        values = ((fields >> shift) & mask).astype(np.float64)
        values[values == missing] = np.nan
        return values

    led = (fields & 3).astype(np.float64)
    return Columns(
        t=t,
        pain_before=small(16, 15, 15),
        pain_after=small(12, 15, 15),
        stopped_hurt=((fields >> 11) & 1).astype(bool),
        smoothness=small(7, 15, 7),
        right_part_led=np.where(led == 1, 1.0, np.where(led == 2, 0.0, np.nan)),
    )
