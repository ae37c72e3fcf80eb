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

# One row for the whole range: the start times as one comma-separated text, and the
# small fields packed into one integer per session (also comma-separated). Building
# those two strings in the database and parsing them with numpy is ~4x faster than
# fetching 100,000 rows of Python objects. The packing (values are validated on the way in):
#   pain_before * 2^16 + pain_after * 2^12 + stopped_hurt * 2^11 + smoothness * 2^7 + led
# with 15 for a missing pain, 7 for a missing smoothness, and led 1 = "yes",
# 2 = "partly" or "no", 3 = not answered. The SQL of each dialect is in dialect.py.


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
    where, params = time_range(conn, since, until, excluded)
    sql = dialect.columns_sql(dialect.name_of(conn)).format(where=where)
    times, packed = conn.execute(sa.text(sql), params).one()
    if not times:
        return Columns.empty()
    return _unpack(times, packed)


def has_live(conn: sa.Connection, excluded: frozenset[int] = frozenset()) -> bool:
    sql = f"SELECT EXISTS (SELECT 1 FROM entry WHERE deleted_at IS NULL{excluded_ids(excluded)})"
    return bool(conn.execute(sa.text(sql)).scalar())


def first_start(conn: sa.Connection, excluded: frozenset[int] = frozenset()) -> datetime | None:
    sql = dialect.first_start_sql(dialect.name_of(conn)).format(where=excluded_ids(excluded))
    value = conn.execute(sa.text(sql)).scalar()
    return None if value is None else datetime.fromtimestamp(int(value), UTC)


_STAMP = len("2026-11-25 08:00:00.000000")


def parse_times(times: str) -> np.ndarray:
    """UTC epoch seconds (floor) of comma-separated naive-UTC timestamps."""
    count = times.count(",") + 1
    if len(times) == count * (_STAMP + 1) - 1:
        # All in SQLAlchemy's fixed-width form: view the text as fixed-width records
        # instead of splitting it into Python strings.
        records = np.frombuffer((times + ",").encode("ascii"),
                                dtype=[("stamp", f"S{_STAMP}"), ("comma", "S1")])
        parsed = records["stamp"].astype("datetime64[us]")
    else:
        parsed = np.array(times.split(","), dtype="datetime64[us]")
    return parsed.astype("datetime64[s]").astype(np.int64)


def _unpack(times: str, packed: str) -> Columns:
    t = parse_times(times)
    fields = np.fromstring(packed, dtype=np.int64, sep=",")
    if fields.size != t.size:
        raise ValueError("the journal's columns came back with different lengths")
    if t.size > 1 and np.any(t[1:] < t[:-1]):
        order = np.argsort(t, kind="stable")
        t, fields = t[order], fields[order]

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
