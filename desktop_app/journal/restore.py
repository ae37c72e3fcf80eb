"""Restoring a backup: check the copy as the app would open it, then swap it in.

The chosen file is copied beside the journal first and that copy is opened with the
app's own loader (known schema revision, the right tables and columns, every row
readable, brought up to the current schema); only a copy that passes replaces the
journal, by one rename. A kill at any moment leaves either the old journal or the new
one, and at worst a staged copy that the next start removes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desktop_app.journal.backups import BEFORE_RESTORE, backup_database
from desktop_app.journal.db import create_journal_engine, database_path, set_aside, upgrade
from desktop_app.journal.errors import BackupFailed, JournalError, RestoreRefused
from desktop_app.journal.files import FILE_MODE, fsync_folder
from desktop_app.journal.health import FileState, inspect_journal
from desktop_app.journal.schema import SCHEMA_REVISION

STAGED_SUFFIX = ".restoring"


@dataclass(frozen=True)
class RestoreOutcome:
    restored_from: Path
    entries: int
    before_restore: Path | None  # the copy of the journal it replaced
    set_aside_as: Path | None  # the replaced journal, when it was damaged


def staged_path(data_dir: Path) -> Path:
    return data_dir / f".{database_path(data_dir).name}{STAGED_SUFFIX}"


def _refused(name: str, reason: str) -> RestoreRefused:
    return RestoreRefused(f"Could not restore {name}: {reason}. Nothing was changed.")


def check_candidate(candidate: Path, staged: Path) -> int:
    """Copy `candidate` to `staged` and open it as the app would; the number of its
    live entries. RestoreRefused, with the reason, when the app could not use it."""
    name = candidate.name
    try:
        size = candidate.stat().st_size
    except OSError as exc:
        raise _refused(name, f"it cannot be read ({exc.strerror or exc})") from exc
    if size == 0:
        raise _refused(name, "it is empty (0 bytes) and holds no journal")
    try:
        _copy(candidate, staged)
    except sqlite3.Error as exc:
        raise _refused(name, f"it is not a Rolling Journal journal ({exc})") from exc
    found = inspect_journal(staged)
    reasons = {
        FileState.FOREIGN: f"it is not a Rolling Journal journal: {found.reason}",
        FileState.NEWER: f"it was written by a newer version of Rolling Journal "
                         f"({found.reason}); update the app to restore it",
        FileState.DAMAGED: f"it is damaged ({found.reason})",
        FileState.EMPTY: f"it holds no journal ({found.reason})",
    }
    if found.state in reasons:
        raise _refused(name, reasons[found.state])
    if not found.usable:
        raise _refused(name, found.reason)
    if found.unreadable:
        count = len(found.unreadable)
        shown = "; ".join(str(row) for row in found.unreadable[:5])
        raise _refused(
            name, f"{count} of its entr{'y' if count == 1 else 'ies'} cannot be read ({shown})"
        )
    return _load_with_the_app(staged, found.revision, name)


def _copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        src.close()
    target.chmod(FILE_MODE)


def _load_with_the_app(staged: Path, revision: str | None, name: str) -> int:
    from desktop_app.journal.repository import Journal

    engine = create_journal_engine(staged)
    try:
        if revision != SCHEMA_REVISION:
            upgrade(engine, SCHEMA_REVISION)
        journal = Journal(engine, staged)
        entries = journal.entries()
        journal.kept_aside()
    except (JournalError, ValueError, sqlite3.Error, sa.exc.SQLAlchemyError) as exc:
        raise _refused(name, f"the app could not open it ({exc})") from exc
    finally:
        engine.dispose()
    # One file again (the engine left it in WAL mode): nothing may stay behind in a
    # -wal that the rename into place would not take along.
    conn = sqlite3.connect(staged)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    return len(entries)


def _checkpoint(db_path: Path) -> bool:
    """Fold the journal's -wal into it; True when nothing is left only in the -wal."""
    wal = Path(f"{db_path}-wal")
    try:
        conn = sqlite3.connect(db_path, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    return not wal.exists() or wal.stat().st_size == 0


def restore_file(data_dir: Path, backup: Path) -> RestoreOutcome:
    """Replace the journal with `backup` once it passed `check_candidate`; the current
    journal is backed up first (or, if damaged, set aside). The journal must be closed
    and the writer lock held."""
    db_path = database_path(data_dir)
    staged = staged_path(data_dir)
    before: Path | None = None
    moved: Path | None = None
    try:
        entries = check_candidate(backup, staged)
        if db_path.exists() and db_path.stat().st_size > 0:
            current = inspect_journal(db_path, rows=False)
            if current.state in (FileState.BUSY, FileState.UNREADABLE):
                raise RestoreRefused(
                    f"The journal cannot be replaced now: {current.reason}. Nothing was changed."
                )
            if current.state is FileState.OK and _checkpoint(db_path):
                try:
                    before = backup_database(db_path, BEFORE_RESTORE, keep=True)
                except BackupFailed as exc:
                    raise RestoreRefused(
                        f"{exc} A copy of the current journal must be kept before it is "
                        "replaced, so nothing was restored."
                    ) from exc
                for suffix in ("-wal", "-shm"):
                    Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            else:
                # Damaged, or with changes that could not be folded in: keep it whole.
                moved = set_aside(db_path)
        staged.replace(db_path)
        fsync_folder(data_dir)
    except OSError as exc:
        raise _refused(backup.name, str(exc.strerror or exc)) from exc
    finally:
        remove_stale_staging(data_dir)
    return RestoreOutcome(backup, entries, before, moved)


def remove_stale_staging(data_dir: Path) -> bool:
    """A staged copy left by a restore that was killed; True when one was removed."""
    staged = staged_path(data_dir)
    found = False
    # (Its own -wal and -shm from the check, or a -journal from the copy.)
    for part in (staged, *(Path(f"{staged}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
        if part.exists():
            part.unlink(missing_ok=True)
            found = True
    return found
