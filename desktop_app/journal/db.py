"""Opening the journal database: pragmas, schema revision check and migrations.

Alembic is imported only when the file's schema revision differs from the code's,
so a normal start pays nothing for it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from desktop_app.journal.backups import (
    backup_database,
    backup_due,
    copy_database,
    newest_good_backup,
)
from desktop_app.journal.errors import JournalCorrupt, JournalError
from desktop_app.paths import ensure_data_dir

DB_FILENAME = "journal.sqlite"
# The newest migration in migrations/versions; tests/test_migrations.py keeps them in step.
SCHEMA_REVISION = "0003_practice_safety"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def stored_revision(db_path: Path) -> str | None:
    """The schema revision recorded in the file, or None for a new or empty file."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
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


def set_aside(db_path: Path, reason: str) -> JournalCorrupt:
    """Rename a damaged journal (and its WAL files) out of the way; never delete it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    moved_to = db_path.with_name(f"journal-corrupt-{stamp}.sqlite")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            part.replace(Path(f"{moved_to}{suffix}"))
    backup = newest_good_backup(db_path.parent)
    offer = (
        f" The newest good backup is from {backup.created.astimezone():%A %d %B %Y, %H:%M} "
        f"with {backup.entries} entries."
        if backup
        else " There is no backup to restore."
    )
    return JournalCorrupt(
        f"The journal file was damaged ({reason}). It has been kept as {moved_to.name} "
        f"and nothing in it was deleted.{offer}",
        moved_to,
        backup,
    )


def quick_check(engine: sa.Engine) -> str:
    with engine.connect() as conn:
        return str(conn.exec_driver_sql("PRAGMA quick_check").scalar())


def open_database(data_dir: Path) -> sa.Engine:
    """An engine on the journal in `data_dir`, created or upgraded to SCHEMA_REVISION.

    A damaged file is renamed aside (JournalCorrupt); a file from a newer app or
    from another program is refused untouched (JournalError).
    """
    ensure_data_dir(data_dir)
    db_path = database_path(data_dir)
    try:
        revision = stored_revision(db_path)
    except sqlite3.DatabaseError as exc:
        raise set_aside(db_path, str(exc)) from exc
    if revision is not None and revision not in known_revisions():
        raise JournalError(
            f"This journal ({db_path}) was written by a newer version of Rolling Journal "
            f"(schema {revision}). Update the app to open it; the file was left untouched."
        )
    is_new = not db_path.exists()
    engine = create_journal_engine(db_path)
    try:
        if not is_new:
            verdict = quick_check(engine)
            if verdict != "ok":
                engine.dispose()
                raise set_aside(db_path, verdict)
            if backup_due(data_dir):
                backup_database(db_path, "daily")
        if revision != SCHEMA_REVISION:
            if revision is not None:
                backup_database(db_path, f"before-{SCHEMA_REVISION}")
            upgrade(engine, SCHEMA_REVISION)
        if is_new:
            db_path.chmod(0o600)
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise set_aside(db_path, str(getattr(exc, "orig", exc))) from exc
        raise JournalError(f"The journal {db_path} could not be prepared: {exc.orig}") from exc
    except sa.exc.SQLAlchemyError as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise JournalError(f"The journal {db_path} could not be prepared: {reason}") from exc
    return engine


def restore_backup(data_dir: Path, backup: Path) -> None:
    """Replace the journal with a backup copy; the current file is backed up first.

    The journal must be closed. The copy is checked before it replaces anything.
    """
    db_path = database_path(data_dir)
    staged = db_path.with_name(f".{db_path.name}.restoring")
    try:
        # Stage the copy first: backing up the current file may prune old backups.
        copy_database(backup, staged)
        check = sqlite3.connect(staged)
        try:
            verdict = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
        if verdict != "ok":
            raise JournalError(f"The backup {backup.name} is damaged too ({verdict}).")
        if db_path.exists():
            backup_database(db_path, "before-restore")
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        staged.chmod(0o600)
        staged.replace(db_path)
    except (OSError, sqlite3.Error) as exc:
        raise JournalError(f"Could not restore {backup.name}: {exc}") from exc
    finally:
        staged.unlink(missing_ok=True)


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to `revision` in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
