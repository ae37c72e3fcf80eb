"""Consistent copies of the journal through SQLite's online backup API.

A plain file copy of a live WAL database can miss committed pages still in the
-wal file; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

BACKUP_DIR = "backups"


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def backup_database(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy `db_path` to backups/journal-<time>-<reason>.sqlite and return the copy's path."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    folder = backup_dir(db_path.parent)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"journal-{stamp}-{reason}.sqlite"
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    target.chmod(0o600)
    return target
