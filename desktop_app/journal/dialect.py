"""What differs between SQLite and PostgreSQL, in one place: the few SQL pieces that are
not the same in both, how a time is bound, and PostgreSQL's change notifications
(NOTIFY after every write, LISTEN in each window).

Everything else in the journal is SQLAlchemy that runs on both.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import sqlalchemy as sa

if TYPE_CHECKING:
    from desktop_app.journal.server import ServerAddress

POSTGRES = "postgresql"
SQLITE = "sqlite"
# The channel every journal write is announced on, and this process's name in it (a
# window does not reload for its own saves: it already did).
CHANNEL = "rolling_journal"
SOURCE = uuid.uuid4().hex
_log = logging.getLogger(__name__)


def name_of(bind: sa.Engine | sa.Connection) -> str:
    return str(bind.dialect.name)


def is_postgres(bind: sa.Engine | sa.Connection) -> bool:
    return name_of(bind) == POSTGRES


# --- the statistics' one-row queries ------------------------------------------------------
# A range's sessions come back as one row whose columns each join every session's value
# (see columns.py): fetching 100,000 rows of Python objects would cost far more. How
# a column is joined differs:
# - SQLite: comma-separated text (group_concat), the start times as stored.
# - PostgreSQL: the values' binary send form (big-endian) run together by string_agg,
#   read with np.frombuffer. Formatting every time as text in the server (to_char) cost
#   more than the rest of the query, and an ORDER BY inside the aggregate a sort that
#   spills to disk: the rows come in any order with their ids, and numpy orders them.

# timestamp_send: microseconds since PostgreSQL's epoch, 2000-01-01 00:00 (naive UTC).
_PG_EPOCH_US = 946_684_800 * 1_000_000
# PostgreSQL sends id * 2^21 + packed fields in one int8 (one aggregate less); the
# packed fields stay below 2^20 (columns.py).
_ID_SHIFT = 21
_STAMP = len("2026-11-25 08:00:00.000000")

Joined = tuple[np.ndarray, np.ndarray | None, np.ndarray]


def _packed(dialect: str) -> str:
    """The small fields of a session in one integer (the layout is in columns.py)."""
    hurt = "CAST(stopped_hurt AS INTEGER)" if dialect == POSTGRES else "stopped_hurt"
    return (f"coalesce(pain_before, 15) * 65536 + coalesce(pain_after, 15) * 4096 "
            f"+ {hurt} * 2048 + coalesce(smoothness, 7) * 128 "
            "+ CASE right_part_led WHEN 'yes' THEN 1 WHEN 'partly' THEN 2 "
            "WHEN 'no' THEN 2 ELSE 3 END")


def _joined_starts(dialect: str) -> str:
    if dialect == POSTGRES:
        return "string_agg(timestamp_send(started_at), '')"
    return "group_concat(started_at, ',')"


def columns_sql(dialect: str) -> str:
    """One row of two joined columns, the start times and the packed small fields
    (with the ids on PostgreSQL): decode it with `columns_of`. `{where}` takes the
    conditions."""
    if dialect == POSTGRES:
        key = f"CAST(id AS BIGINT) * {2 ** _ID_SHIFT} + {_packed(dialect)}"
        fields = f"string_agg(int8send({key}), '')"
    else:
        fields = f"group_concat({_packed(dialect)}, ',')"
    return (f"SELECT {_joined_starts(dialect)}, {fields} "
            "FROM entry WHERE deleted_at IS NULL{where}")


def columns_of(dialect: str, starts: str | bytes, fields: str | bytes) -> Joined:
    """The row of `columns_sql` as numpy: start times (UTC epoch microseconds), the ids
    (None on SQLite) and the packed fields, all int64 and in the order the rows came.

    SQLite needs no ids: its rows come in the order of an index on started_at, or of
    the table, and either breaks ties of started_at by id."""
    if dialect == POSTGRES:
        assert not isinstance(fields, str)
        keys = np.frombuffer(fields, dtype=">i8").astype(np.int64)
        return (start_times(dialect, starts), keys >> _ID_SHIFT,
                keys & (2 ** _ID_SHIFT - 1))
    assert isinstance(fields, str)
    return start_times(dialect, starts), None, np.fromstring(fields, dtype=np.int64, sep=",")


def times_sql(dialect: str) -> str:
    """One row, one column: the start times of the range, joined (see start_times)."""
    return f"SELECT {_joined_starts(dialect)} FROM entry WHERE deleted_at IS NULL{{where}}"


def start_times(dialect: str, joined: str | bytes) -> np.ndarray:
    """UTC epoch microseconds (int64) of a joined column of start times, in its order."""
    if dialect == POSTGRES:
        assert not isinstance(joined, str)
        return np.frombuffer(joined, dtype=">i8").astype(np.int64) + _PG_EPOCH_US
    assert isinstance(joined, str)
    return _parse_stamps(joined)


def _parse_stamps(times: str) -> np.ndarray:
    """UTC epoch microseconds of SQLite's comma-separated naive-UTC timestamps."""
    count = times.count(",") + 1
    if len(times) == count * (_STAMP + 1) - 1:
        # All in SQLAlchemy's fixed-width form: view the text as fixed-width records
        # instead of splitting it into Python strings.
        records = np.frombuffer((times + ",").encode("ascii"),
                                dtype=[("stamp", f"S{_STAMP}"), ("comma", "S1")])
        parsed = records["stamp"].astype("datetime64[us]")
    else:
        parsed = np.array(times.split(","), dtype="datetime64[us]")
    return parsed.astype(np.int64)


def first_start_sql(dialect: str) -> str:
    if dialect == POSTGRES:
        epoch = "CAST(floor(extract(epoch FROM min(started_at))) AS BIGINT)"
    else:
        epoch = "CAST(strftime('%s', min(started_at)) AS INTEGER)"
    return f"SELECT {epoch} FROM entry WHERE deleted_at IS NULL{{where}}"


def bound_time(dialect: str, moment: datetime) -> object:
    """A bound parameter compared with a stored time: SQLite compares the stored text,
    PostgreSQL a timestamp (naive UTC)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime refused: pass an aware time")
    utc = moment.astimezone(UTC)
    if dialect == POSTGRES:
        return utc.replace(tzinfo=None)
    return utc.strftime("%Y-%m-%d %H:%M:%S.%f")


def serialize_migrations(conn: sa.Connection) -> None:
    """Two computers opening a new server journal at once take turns creating it (the
    lock ends with the transaction); SQLite's writer lock already does this."""
    if is_postgres(conn):
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727361)")


# --- change notifications (PostgreSQL) ------------------------------------------------------

_WRITES = ("insert", "update", "delete")


def watch_writes(engine: sa.Engine) -> None:
    """Announce every committed write on CHANNEL, inside the writing transaction (so it
    is delivered exactly when the write is visible, and never for a rollback)."""

    @sa.event.listens_for(engine, "after_cursor_execute")
    def _seen(conn: sa.Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip()[:6].lower() in _WRITES:
            conn.info["wrote"] = True

    @sa.event.listens_for(engine, "commit")
    def _announce(conn: sa.Connection) -> None:
        if conn.info.pop("wrote", False):
            raw = conn.connection.dbapi_connection
            assert raw is not None
            cursor = raw.cursor()
            try:
                cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, SOURCE))
            finally:
                cursor.close()

    @sa.event.listens_for(engine, "rollback")
    def _forget(conn: sa.Connection) -> None:
        conn.info.pop("wrote", None)


class ChangeListener:
    """LISTEN on a server journal's channel, on a thread of its own with a connection
    of its own; `changed()` (on that thread) when another process wrote, and once after
    a lost connection comes back (writes may have happened meanwhile). Not a poll of
    the table: the server pushes each notification."""

    def __init__(self, address: ServerAddress, changed: Callable[[], None],
                 *, wait_s: float = 0.25) -> None:
        self.address = address
        self._changed = changed
        self._wait_s = wait_s
        self._stop = threading.Event()
        self.listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="journal-listener",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        from desktop_app.journal.server import connect_raw

        lost = False
        while not self._stop.is_set():
            conn: Any = None
            try:
                conn = connect_raw(self.address, autocommit=True)
                conn.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                if lost:
                    self._changed()
                    lost = False
                while not self._stop.is_set():
                    for note in conn.notifies(timeout=self._wait_s):
                        if note.payload != SOURCE:
                            self._changed()
            except Exception as exc:  # the server went away: try again shortly
                _log.info("Listening for changes on %s stopped (%s); retrying",
                          self.address.describe(), type(exc).__name__)
                self.listening.clear()
                lost = True
                self._stop.wait(1.0)
            finally:
                if conn is not None:
                    try:
                        conn.close()
                    except Exception:
                        _log.debug("closing the listener's connection failed", exc_info=True)
