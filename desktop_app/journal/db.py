"""Opening the journal database: pragmas, schema revision check and migrations.

Alembic is imported only when the file's schema revision differs from the code's,
so a normal start pays nothing for it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlalchemy as sa

from desktop_app.journal.backups import backup_database
from desktop_app.journal.errors import JournalError

DB_FILENAME = "journal.sqlite"
# The newest migration in migrations/versions; tests/test_migrations.py keeps them in step.
SCHEMA_REVISION = "0002_live_entries_index"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def ensure_data_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalError(
            f"Cannot create the journal folder {data_dir}: {exc.strerror or exc}. "
            "Choose another folder with --data-dir."
        ) from exc
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise JournalError(
            f"The journal folder {data_dir} is not writable. "
            "Check its permissions or choose another folder with --data-dir."
        )


def stored_revision(db_path: Path) -> str | None:
    """The schema revision recorded in the file, or None for a new or empty file."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise JournalError(f"The journal file {db_path} cannot be opened: {exc}") from exc
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
    except sqlite3.DatabaseError as exc:
        raise JournalError(
            f"The journal file {db_path} is unreadable ({exc}); it was left untouched."
        ) from exc
    finally:
        conn.close()


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit survives power loss; measured 0.6 ms per commit here.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_journal_engine(db_path: Path) -> sa.Engine:
    engine = sa.create_engine(f"sqlite:///{db_path}")
    sa.event.listen(engine, "connect", _set_pragmas)
    return engine


def known_revisions() -> list[str]:
    """Revision ids shipped with this code, read from the file names (no Alembic import)."""
    return sorted(p.stem for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def open_database(data_dir: Path) -> sa.Engine:
    """An engine on the journal in `data_dir`, created or upgraded to SCHEMA_REVISION."""
    ensure_data_dir(data_dir)
    db_path = database_path(data_dir)
    revision = stored_revision(db_path)
    if revision is not None and revision not in known_revisions():
        raise JournalError(
            f"This journal ({db_path}) was written by a newer version of Rolling Journal "
            f"(schema {revision}). Update the app to open it; the file was left untouched."
        )
    is_new = not db_path.exists()
    engine = create_journal_engine(db_path)
    try:
        if revision != SCHEMA_REVISION:
            if revision is not None:
                backup_database(db_path, f"before-{SCHEMA_REVISION}")
            upgrade(engine, SCHEMA_REVISION)
        if is_new:
            db_path.chmod(0o600)
    except sa.exc.SQLAlchemyError as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise JournalError(f"The journal {db_path} could not be prepared: {reason}") from exc
    return engine


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to `revision` in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
