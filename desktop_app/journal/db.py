"""The journal database file: its engine and pragmas, schema revisions and migrations,
and setting a damaged file aside.

Alembic is imported only when the file's schema revision differs from the code's,
so a normal start pays nothing for it. What to do when a file cannot be opened is
decided by the journal service (service.py), not here.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from desktop_app.journal.errors import JournalError
from desktop_app.journal.files import FILE_MODE
from desktop_app.journal.schema import (
    DB_FILENAME,
    MIGRATIONS_DIR,
    SCHEMA_REVISION,
    known_revisions,
)

SET_ASIDE_PREFIX = "journal-corrupt-"
BUSY_TIMEOUT_MS = 5000

__all__ = [
    "DB_FILENAME",
    "MIGRATIONS_DIR",
    "SCHEMA_REVISION",
    "connect_raw",
    "create_journal_engine",
    "database_path",
    "known_revisions",
    "restore_backup",
    "set_aside",
    "set_aside_files",
    "stored_revision",
    "upgrade",
]


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def stored_revision(db_path: Path) -> str | None:
    """The schema revision recorded in the file, or None for a new or empty file."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise JournalError(
                    f"{db_path} is an SQLite file but not a Rolling Journal journal; "
                    "it was left untouched."
                )
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit survives power loss; measured 0.6 ms per commit here.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    apply_pragmas(dbapi_conn)


def create_journal_engine(db_path: Path) -> sa.Engine:
    engine = sa.create_engine(f"sqlite:///{db_path}")
    sa.event.listen(engine, "connect", _set_pragmas)
    return engine


def connect_raw(db_path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the journal's pragmas, for bulk work (import) on
    any thread; transactions are begun explicitly (isolation_level=None)."""
    conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    try:
        apply_pragmas(conn)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def set_aside_files(data_dir: Path) -> list[Path]:
    """Journals set aside as damaged, newest name last."""
    return sorted(data_dir.glob(f"{SET_ASIDE_PREFIX}*.sqlite"))


def set_aside(db_path: Path) -> Path:
    """Rename a damaged journal (and its WAL files) out of the way; never delete it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    moved_to = db_path.with_name(f"{SET_ASIDE_PREFIX}{stamp}.sqlite")
    counter = 1
    while moved_to.exists():
        counter += 1
        moved_to = db_path.with_name(f"{SET_ASIDE_PREFIX}{stamp}-{counter}.sqlite")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            part.replace(Path(f"{moved_to}{suffix}"))
    return moved_to


def create_new(db_path: Path) -> sa.Engine:
    """A new journal at `db_path` (which must not hold one), at SCHEMA_REVISION."""
    # Create the file 0600 before SQLite does: its -wal and -shm take this mode.
    with open(db_path, "ab"):
        pass
    db_path.chmod(FILE_MODE)
    engine = create_journal_engine(db_path)
    try:
        upgrade(engine, SCHEMA_REVISION)
    except BaseException:
        engine.dispose()
        raise
    return engine


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to `revision` in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    from desktop_app.journal.dialect import serialize_migrations

    with engine.begin() as connection:
        serialize_migrations(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def restore_backup(data_dir: Path, backup: Path) -> None:
    """Replace the journal with a checked backup copy (see restore.restore_file)."""
    from desktop_app.journal.restore import restore_file

    restore_file(data_dir, backup)
