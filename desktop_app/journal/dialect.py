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

def _stamp(dialect: str, column: str) -> str:
    """`column` as SQLAlchemy's naive-UTC text, 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    if dialect == POSTGRES:
        return f"to_char({column}, 'YYYY-MM-DD HH24:MI:SS.US')"
    return column  # SQLite stores exactly that text


def _flag(dialect: str, column: str) -> str:
    return f"CAST({column} AS INTEGER)" if dialect == POSTGRES else column


def _joined(dialect: str, expression: str) -> str:
    if dialect == POSTGRES:
        return f"string_agg(CAST({expression} AS TEXT), ',' ORDER BY started_at, id)"
    return f"group_concat({expression}, ',')"


def columns_sql(dialect: str) -> str:
    """One row: the start times as one comma-separated text, and the small fields packed
    into one integer per session (see columns.py). `{where}` takes the conditions."""
    packed = (f"coalesce(pain_before, 15) * 65536 + coalesce(pain_after, 15) * 4096 "
              f"+ {_flag(dialect, 'stopped_hurt')} * 2048 + coalesce(smoothness, 7) * 128 "
              "+ CASE right_part_led WHEN 'yes' THEN 1 WHEN 'partly' THEN 2 "
              "WHEN 'no' THEN 2 ELSE 3 END")
    return (f"SELECT {_joined(dialect, _stamp(dialect, 'started_at'))}, "
            f"{_joined(dialect, packed)} FROM entry WHERE deleted_at IS NULL{{where}}")


def times_sql(dialect: str) -> str:
    return (f"SELECT {_joined(dialect, _stamp(dialect, 'started_at'))} FROM entry "
            "WHERE deleted_at IS NULL{where}")


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
