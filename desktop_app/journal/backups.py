"""Consistent copies of the journal through SQLite's online backup API, kept in
`backups/` beside it: the last 10 daily and the last 4 weekly copies.

A plain file copy of a live WAL database can miss committed pages still in the
-wal file; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

BACKUP_DIR = "backups"
KEEP_DAILY = 10
KEEP_WEEKLY = 4
KEEP_EVENTS = 10
DAILY_INTERVAL = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # aware UTC
    reason: str
    entries: int | None  # live entries, None when the copy cannot be read


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def copy_database(source: Path, target: Path) -> None:
    """Copy `source` to `target` with the backup API (consistent even while in use)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def backup_database(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy `db_path` to backups/journal-<time>-<reason>.sqlite, prune old copies."""
    when = now or datetime.now(UTC)
    folder = backup_dir(db_path.parent)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"journal-{when.strftime(_STAMP)}-{reason}.sqlite"
    partial = target.with_name(target.name + ".partial")
    try:
        copy_database(db_path, partial)
        partial.chmod(0o600)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    prune_backups(db_path.parent)
    return target


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    parts = path.stem.split("-", 2)
    if len(parts) != 3 or parts[0] != "journal":
        return None
    try:
        created = datetime.strptime(parts[1], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return created, parts[2]


def _backup_files(data_dir: Path) -> list[tuple[datetime, str, Path]]:
    found = []
    for path in backup_dir(data_dir).glob("journal-*.sqlite"):
        parsed = _parse_name(path)
        if parsed is not None:
            found.append((*parsed, path))
    return sorted(found, reverse=True)  # newest first


def count_entries(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(
                conn.execute("SELECT count(*) FROM entry WHERE deleted_at IS NULL").fetchone()[0]
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup, newest first, with how many entries it holds."""
    return [
        BackupInfo(path, created, reason, count_entries(path))
        for created, reason, path in _backup_files(data_dir)
    ]


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    for info in list_backups(data_dir):
        if info.entries is not None and is_intact(info.path):
            return info
    return None


def is_intact(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def backup_due(data_dir: Path, now: datetime | None = None) -> bool:
    files = _backup_files(data_dir)
    return not files or (now or datetime.now(UTC)) - files[0][0] >= DAILY_INTERVAL


def prune_backups(data_dir: Path) -> list[Path]:
    """Daily copies: keep the newest of each of the last 10 days and of the last 4 ISO
    weeks. Copies taken before a migration, import or restore: keep the last 10."""
    files = _backup_files(data_dir)
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for created, _reason, path in (f for f in files if f[1] == "daily"):
        days.setdefault(created.date(), path)
        weeks.setdefault(created.isocalendar()[:2], path)
    events = [path for _created, reason, path in files if reason != "daily"]
    keep = (
        set(list(days.values())[:KEEP_DAILY])
        | set(list(weeks.values())[:KEEP_WEEKLY])
        | set(events[:KEEP_EVENTS])
    )
    removed = []
    for _created, _reason, path in files:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
