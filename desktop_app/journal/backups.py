"""Consistent copies of the journal through SQLite's online backup API, kept in
`backups/` beside it: the last 10 daily and the last 4 weekly copies, and the last 10
taken before an import, a restore or an update.

A plain file copy of a live WAL database can miss committed pages still in the -wal
file; the backup API copies a consistent snapshot.

Which copy is newer is decided by `manifest.json`, a record of the order the copies
were made in (a counter), never by the clock alone: a clock set back must not make a
fresh copy look old and get it pruned, nor one set forward stop the daily copies.
The order of writes keeps the record true through a kill at any moment: the copy is
written as `.partial`, the record gains it, then it is renamed into place; pruning
drops records first, files after. `reconcile` tidies what a kill left behind.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.journal.errors import BackupFailed
from desktop_app.journal.files import FILE_MODE, fsync_folder, make_private_folder
from desktop_app.journal.lock import exclusive

BACKUP_DIR = "backups"
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "rolling-journal-backups"
PARTIAL_SUFFIX = ".partial"
KEEP_DAILY = 10
KEEP_WEEKLY = 4
KEEP_EVENTS = 10
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
BEFORE_IMPORT = "before-import"
DAILY_INTERVAL = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%S%fZ"
# journal-<UTC time>[-n<order>]-<reason>.sqlite; files from before the manifest lack -n.
# A journal on a server is kept as portable snapshots instead (the app's own JSON
# export), .json, in a folder of its own per server (snapshot_dir).
_NAME = re.compile(
    r"journal-(?P<stamp>\d{8}T\d{12}Z)(?:-n(?P<seq>\d+))?-(?P<reason>.+)\.(?:sqlite|json)")
SNAPSHOT_SUFFIX = ".json"
SERVER_BACKUPS = "server"
_in_process = threading.Lock()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # aware UTC, as the clock said when the copy was made
    reason: str
    entries: int | None  # live entries, None when the copy cannot be read
    order: int = 0  # position in the manifest: higher is newer, whatever the clock said


@dataclass(frozen=True)
class _Record:
    file: str
    order: int
    created: datetime
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "order": self.order,
                "created": self.created.isoformat(), "reason": self.reason}


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def snapshot_dir(data_dir: Path, server_key: str) -> Path:
    """The snapshots of one server journal (`server_key`: USER@HOST:PORT/DB), inside
    backups/ so that no export can overwrite them."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", server_key.replace("/", "-")).strip("_")
    return backup_dir(data_dir) / f"{SERVER_BACKUPS}-{slug}"


def _copies(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    return {p.name for pattern in ("journal-*.sqlite", f"journal-*{SNAPSHOT_SUFFIX}")
            for p in folder.glob(pattern)}


def _manifest_path(folder: Path) -> Path:
    return folder / MANIFEST_NAME


# --- the manifest --------------------------------------------------------------------

def _read_manifest(folder: Path) -> tuple[list[_Record], int]:
    """The records (any order) and the next order number; ([], 0) when unreadable."""
    try:
        document = json.loads(_manifest_path(folder).read_text(encoding="utf-8"))
        if document.get("format") != MANIFEST_FORMAT:
            return [], 0
        records = [
            _Record(str(item["file"]), int(item["order"]),
                    datetime.fromisoformat(item["created"]).astimezone(UTC), str(item["reason"]))
            for item in document["backups"]
        ]
        return records, int(document.get("next", 0))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return [], 0


def _write_manifest(folder: Path, records: Iterable[_Record], next_order: int) -> None:
    ordered = sorted(records, key=lambda r: r.order, reverse=True)
    document = {"format": MANIFEST_FORMAT, "version": 1, "next": next_order,
                "backups": [r.as_json() for r in ordered]}
    target = _manifest_path(folder)
    tmp = folder / f".{MANIFEST_NAME}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(target)
    fsync_folder(folder)


def _parse_name(name: str) -> tuple[datetime, int | None, str] | None:
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    seq = match["seq"]
    return created, int(seq) if seq is not None else None, match["reason"]


def _records(folder: Path) -> tuple[list[_Record], int, bool]:
    """The manifest's records of files that exist, plus copies it does not know (from
    before the manifest, or whose record a kill lost), placed before all it knows in
    the order of their names. Newest first; and whether the manifest needs rewriting."""
    records, next_order = _read_manifest(folder)
    present = _copies(folder)
    kept = [r for r in records if r.file in present]
    changed = len(kept) != len(records)
    known = {r.file for r in kept}
    strays = []
    for name in present - known:
        parsed = _parse_name(name)
        if parsed is not None:
            strays.append((parsed[1] if parsed[1] is not None else -1, parsed[0], name, parsed[2]))
    if strays:
        changed = True
        lowest = min((r.order for r in kept), default=0)
        strays.sort()
        for offset, (_seq, created, name, reason) in enumerate(reversed(strays), start=1):
            kept.append(_Record(name, lowest - offset, created, reason))
    next_order = max([next_order, *(r.order + 1 for r in kept)])
    kept.sort(key=lambda r: r.order, reverse=True)
    return kept, next_order, changed


# --- making, listing and pruning copies ----------------------------------------------

def copy_database(source: Path, target: Path) -> None:
    """Copy `source` to `target` with the backup API (consistent even while in use)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        os.close(fd)
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
            # A copy is a single file: no -wal of its own to lose when it is moved.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def backup_database(
    db_path: Path, reason: str, now: datetime | None = None, *, keep: bool = True
) -> Path:
    """Copy `db_path` to backups/, record it as the newest, prune old copies (never
    this one). BackupFailed, with the folder named, when it cannot be written."""
    return _make_copy(backup_dir(db_path.parent), reason, ".sqlite",
                      lambda partial: copy_database(db_path, partial), now, keep)


def backup_snapshot(
    journal: Any, reason: str, now: datetime | None = None, *, keep: bool = True
) -> Path:
    """A portable snapshot of a server journal (the JSON export, 0600) in its
    snapshot_dir, kept and pruned like the SQLite copies."""
    from desktop_app.journal.export import write_snapshot

    assert journal.server is not None
    folder = snapshot_dir(journal.data_dir, journal.server.key)
    return _make_copy(folder, reason, SNAPSHOT_SUFFIX,
                      lambda partial: write_snapshot(journal, partial), now, keep)


def _make_copy(
    folder: Path, reason: str, suffix: str, write: Any, now: datetime | None, keep: bool
) -> Path:
    from desktop_app.journal.errors import JournalError

    when = now or datetime.now(UTC)
    partial: Path | None = None
    try:
        make_private_folder(folder)
        with _in_process, exclusive(folder / ".manifest.lock"):
            records, next_order, _changed = _records(folder)
            name = f"journal-{when.strftime(_STAMP)}-n{next_order:06d}-{reason}{suffix}"
            target = folder / name
            partial = target.with_name(name + PARTIAL_SUFFIX)
            write(partial)
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            record = _Record(name, next_order, when.astimezone(UTC), reason)
            _write_manifest(folder, [record, *records], next_order + 1)
            partial.replace(target)
            partial = None
            fsync_folder(folder)
            _prune(folder, protect={name} if keep else set())
    except (OSError, sqlite3.Error, JournalError) as exc:
        if partial is not None:
            partial.unlink(missing_ok=True)
        if isinstance(exc, JournalError) and not isinstance(exc, OSError):
            from desktop_app.journal.server import ServerUnreachable

            if isinstance(exc, ServerUnreachable):
                raise
        reason_text = getattr(exc, "strerror", None) or str(exc)
        raise BackupFailed(
            f"Could not write a backup of the journal to {folder}: {reason_text}."
        ) from exc
    return target


def count_entries(path: Path) -> int | None:
    if path.suffix == SNAPSHOT_SUFFIX:
        return snapshot_entries(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(
                conn.execute("SELECT count(*) FROM entry WHERE deleted_at IS NULL").fetchone()[0]
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def snapshot_entries(path: Path) -> int | None:
    """The entries of a JSON snapshot, None when it is not one the app could read."""
    from desktop_app.journal.export import JSON_FORMAT_NAME

    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        if not isinstance(document, dict) or document.get("format") != JSON_FORMAT_NAME:
            return None
        entries = document.get("entries")
        return len(entries) if isinstance(entries, list) else None
    except (OSError, ValueError, RecursionError):
        return None


def list_backups(data_dir: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Every backup, newest first (in the order they were made), with its entries
    (`folder`: another folder of copies, a server journal's snapshots)."""
    folder = folder or backup_dir(data_dir)
    records, _next, _changed = _records(folder)
    return [
        BackupInfo(folder / r.file, r.created, r.reason, count_entries(folder / r.file), r.order)
        for r in records
    ]


def newest_good_backup(data_dir: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest copy the app could open as it is (see restore.check_candidate)."""
    from desktop_app.journal.health import inspect_journal

    for info in list_backups(data_dir, folder):
        if info.entries is None:
            continue
        if info.path.suffix == SNAPSHOT_SUFFIX:
            return info
        found = inspect_journal(info.path)
        if found.usable and not found.unreadable:
            return info
    return None


def is_intact(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def backup_due(data_dir: Path, now: datetime | None = None, folder: Path | None = None) -> bool:
    """No daily copy yet, the newest is a day old, or it is dated in the future (the
    clock was wrong when it was made, or is now: either way make a fresh one)."""
    records, _next, _changed = _records(folder or backup_dir(data_dir))
    newest = next((r for r in records if r.reason == DAILY), None)
    if newest is None:
        return True
    moment = now or datetime.now(UTC)
    return newest.created > moment or moment - newest.created >= DAILY_INTERVAL


def prune_backups(data_dir: Path, protect: Iterable[Path] = ()) -> list[Path]:
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    with _in_process, exclusive(folder / ".manifest.lock"):
        return _prune(folder, {p.name for p in protect})


def _prune(folder: Path, protect: set[str]) -> list[Path]:
    """Daily copies: the newest of each of the last 10 days and of the last 4 ISO weeks.
    Copies taken before an import, restore or update: the last 10. "Last" and "newest"
    follow the manifest's order; the days and weeks are those the copies were made on."""
    records, next_order, changed = _records(folder)
    days: dict[object, str] = {}
    weeks: dict[object, str] = {}
    for record in (r for r in records if r.reason == DAILY):
        days.setdefault(record.created.date(), record.file)
        weeks.setdefault(record.created.isocalendar()[:2], record.file)
    events = [r.file for r in records if r.reason != DAILY]
    keep = (
        set(list(days.values())[:KEEP_DAILY])
        | set(list(weeks.values())[:KEEP_WEEKLY])
        | set(events[:KEEP_EVENTS])
        | protect
    )
    removed = [r for r in records if r.file not in keep]
    if removed or changed:
        _write_manifest(folder, [r for r in records if r.file in keep], next_order)
    for record in removed:
        (folder / record.file).unlink(missing_ok=True)
    return [folder / r.file for r in removed]


def reconcile(data_dir: Path, folder: Path | None = None) -> list[Path]:
    """At start: remove what killed copies left (`.partial` files, the manifest's
    temporary file) and bring the manifest in line with the files. Returns what was
    removed. Call only while holding the journal's writer lock."""
    folder = folder or backup_dir(data_dir)
    if not folder.is_dir():
        return []
    removed = []
    with _in_process, exclusive(folder / ".manifest.lock"):
        # A copy's own rollback journal is "<name>.partial-journal": the glob has it too.
        for stray in [*folder.glob(f"*{PARTIAL_SUFFIX}*"), folder / f".{MANIFEST_NAME}.tmp"]:
            if stray.exists():
                stray.unlink(missing_ok=True)
                removed.append(stray)
        records, next_order, changed = _records(folder)
        if changed:
            _write_manifest(folder, records, next_order)
    return removed
