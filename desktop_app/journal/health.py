"""Is this file a readable journal? Looked at without changing anything.

`inspect_journal` tells a damaged file (not a database, malformed, wrong tables or
columns) from one that is merely in use or not readable by this user: only the first
may ever be set aside. `ROW_CHECKS` are SQL tests of each stored value, so that one
unreadable value is found, named and kept out of the reads instead of failing them.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_app.journal.schema import (
    ENTRY_TABLE,
    has_uuids,
    known_revisions,
    required_tables,
)

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_AUTH = 23
SQLITE_NOTADB = 26

INSPECT_BUSY_TIMEOUT_S = 2.0


class FileState(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"  # 0 bytes, or an SQLite file without any table
    OK = "ok"
    BUSY = "busy"
    UNREADABLE = "unreadable"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    NEWER = "newer"


class ErrorKind(StrEnum):
    BUSY = "busy"
    ACCESS = "access"
    DAMAGE = "damage"
    FULL = "full"
    OTHER = "other"


def classify(exc: BaseException) -> ErrorKind:
    """What an sqlite3 (or SQLAlchemy-wrapped) error means for the file."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    text = str(orig).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return ErrorKind.BUSY
    if primary in (SQLITE_NOTADB, SQLITE_CORRUPT) or "malformed" in text \
            or "not a database" in text:
        return ErrorKind.DAMAGE
    if primary == SQLITE_FULL or "disk is full" in text:
        return ErrorKind.FULL
    if primary in (SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH, SQLITE_IOERR) \
            or "readonly" in text or "unable to open" in text:
        return ErrorKind.ACCESS
    return ErrorKind.OTHER


def describe_error(exc: BaseException) -> str:
    """A short reason in plain words for a storage error."""
    kind = classify(exc)
    orig = getattr(exc, "orig", None) or exc
    if kind is ErrorKind.FULL:
        return "the disk is full"
    if kind is ErrorKind.BUSY:
        return "another program is holding the journal"
    if kind is ErrorKind.ACCESS and ("readonly" in str(orig) or "read-only" in str(orig)):
        return "the journal file is read-only"
    if isinstance(orig, OSError) and orig.strerror:
        return orig.strerror.lower()
    return str(orig)


# --- one test per stored value ------------------------------------------------------------

# Each test is NULL-safe (true or false, never NULL) so that `WHERE NOT (all of them)`
# finds every bad row; and cheap (about 3 µs a row for all of them): they run whenever the
# journal opens. SQLite's column affinities already turn '1' into 1 in an INTEGER or
# BOOLEAN column, so what is left as text there is not a number.
_STAMP = "'[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]." \
         "[0-9][0-9][0-9][0-9][0-9][0-9]'"


def _time(column: str) -> str:
    # The form SQLAlchemy writes ("2026-11-25 08:00:00.000000"), and a real date and time:
    # datetime() with a modifier normalises 31 April to 1 May (and gives NULL for 25
    # o'clock), so it must come back unchanged.
    return (f"({column} GLOB {_STAMP} AND "
            f"coalesce(datetime({column}, '+0 days'), '') = substr({column}, 1, 19))")


def _int(column: str, low: int, high: int, *, optional: bool = False) -> str:
    test = f"(typeof({column}) = 'integer' AND {column} BETWEEN {low} AND {high})"
    return f"({column} IS NULL OR {test})" if optional else test


def _flag(column: str) -> str:
    return f"({column} IN (0, 1))"


def _text(column: str) -> str:
    return f"(typeof({column}) = 'text')"


ROW_CHECKS: dict[str, str] = {
    "started_at": _time("started_at"),
    "duration_s": _int("duration_s", 1, 4 * 60 * 60),
    "part1": _flag("part1"),
    "part2": _flag("part2"),
    "part3": _flag("part3"),
    "pain_before": _int("pain_before", 0, 10, optional=True),
    "pain_after": _int("pain_after", 0, 10, optional=True),
    "stopped_hurt": _flag("stopped_hurt"),
    "smoothness": _int("smoothness", 1, 5, optional=True),
    "right_part_led": "(right_part_led IS NULL OR right_part_led IN ('yes', 'partly', 'no'))",
    "friend_checked": _flag("friend_checked"),
    "friend_remark": _text("friend_remark"),
    "notes": _text("notes"),
    "created_at": _time("created_at"),
    "updated_at": _time("updated_at"),
    "deleted_at": f"(deleted_at IS NULL OR {_time('deleted_at')})",
    "uuid": "(typeof(uuid) = 'text' AND length(uuid) = 36)",
}


def row_checks(with_uuid: bool) -> dict[str, str]:
    return ROW_CHECKS if with_uuid else {k: v for k, v in ROW_CHECKS.items() if k != "uuid"}


@dataclass(frozen=True)
class UnreadableRow:
    """One entry the app cannot read: which fields, and every stored value as text."""

    entry_id: int
    fields: tuple[str, ...]
    raw: dict[str, str | None]

    def __str__(self) -> str:
        shown = ", ".join(f"{name} = {self.raw.get(name)!r}" for name in self.fields)
        return f"entry {self.entry_id} ({shown})"

    def raw_json(self) -> str:
        return json.dumps(self.raw, ensure_ascii=False, sort_keys=True)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return "x'" + value.hex() + "'"
    return str(value)


def find_unreadable(conn: sqlite3.Connection, with_uuid: bool) -> list[UnreadableRow]:
    """Every row of `entry` with a value the app cannot read (one full scan)."""
    checks = row_checks(with_uuid)
    flags = ", ".join(checks.values())
    every = " AND ".join(checks.values())
    bad = conn.execute(
        f"SELECT id, {flags} FROM {ENTRY_TABLE} WHERE NOT ({every}) ORDER BY id"
    ).fetchall()
    if not bad:
        return []
    names = list(checks)
    found = []
    for row in bad:
        entry_id = int(row[0])
        fields = tuple(name for name, ok in zip(names, row[1:], strict=True) if not ok)
        cursor = conn.execute(f"SELECT * FROM {ENTRY_TABLE} WHERE id = ?", (entry_id,))
        columns = [d[0] for d in cursor.description]
        values = cursor.fetchone()
        found.append(UnreadableRow(
            entry_id, fields, {c: _as_text(v) for c, v in zip(columns, values, strict=True)}
        ))
    return found


# --- the whole file -------------------------------------------------------------------------

@dataclass
class Inspection:
    state: FileState
    reason: str = ""
    revision: str | None = None
    unreadable: list[UnreadableRow] = field(default_factory=list)
    entries: int | None = None  # live entries, when the file could be read

    @property
    def usable(self) -> bool:
        return self.state is FileState.OK


def companions(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]


def _access_problem(path: Path) -> str | None:
    """A permission problem on the journal or its -wal/-shm, naming the file."""
    for part in (path, *companions(path)):
        if not part.exists():
            continue
        if not os.access(part, os.R_OK):
            return f"{part.name} cannot be read: permission denied{_owner_note(part)}"
        if not os.access(part, os.W_OK):
            return f"{part.name} cannot be written: permission denied{_owner_note(part)}"
    return None


def _owner_note(path: Path) -> str:
    getuid = getattr(os, "getuid", None)
    try:
        owner = path.stat().st_uid
    except OSError:
        return ""
    if getuid is None or owner == getuid():
        return ""
    try:
        import pwd

        name = pwd.getpwuid(owner).pw_name
    except (ImportError, KeyError):
        name = str(owner)
    return f" (it belongs to {name}; was the app once run with sudo?)"


def _table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def inspect_journal(
    path: Path, *, rows: bool = True, count: bool = False,
    busy_timeout_s: float = INSPECT_BUSY_TIMEOUT_S,
) -> Inspection:
    """What `path` is, read without writing a byte (a busy or unreadable file is left
    exactly as it is). With `rows`, also every unreadable row; with `count`, how many
    live entries it holds."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Inspection(FileState.MISSING, "the journal file does not exist")
    except OSError as exc:
        return Inspection(FileState.UNREADABLE, f"{path.name} cannot be read: {exc.strerror}")
    wal = Path(f"{path}-wal")
    if size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        return Inspection(FileState.EMPTY, "the journal file is empty (0 bytes)")
    access = _access_problem(path)
    if access:
        return Inspection(FileState.UNREADABLE, access)
    try:
        # Read-only: closing it never checkpoints or otherwise writes to the file.
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout_s,
            isolation_level=None,
        )
    except sqlite3.Error as exc:
        return _from_error(path, exc)
    try:
        return _inspect_open(conn, rows, count)
    except sqlite3.Error as exc:
        return _from_error(path, exc)
    finally:
        conn.close()


def _from_error(path: Path, exc: sqlite3.Error) -> Inspection:
    kind = classify(exc)
    if kind is ErrorKind.BUSY:
        return Inspection(FileState.BUSY, f"{path.name} is locked by another program ({exc})")
    if kind is ErrorKind.DAMAGE:
        return Inspection(FileState.DAMAGED, str(exc))
    return Inspection(FileState.UNREADABLE, f"{path.name} cannot be read: {exc}")


def _inspect_open(conn: sqlite3.Connection, rows: bool, count: bool) -> Inspection:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        if tables:
            return Inspection(FileState.FOREIGN, "it is an SQLite database of another program "
                                                 f"(tables: {', '.join(sorted(tables)[:5])})")
        return Inspection(FileState.EMPTY, "the journal file holds no tables")
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = version[0] if version else None
    if revision is None:
        return Inspection(FileState.DAMAGED, "its schema revision is missing")
    if revision not in known_revisions():
        return Inspection(FileState.NEWER, f"schema {revision}", revision)
    for table, needed in required_tables(revision).items():
        if table not in tables:
            return Inspection(FileState.DAMAGED, f"the table '{table}' is missing", revision)
        missing = needed - _table_columns(conn, table)
        if missing:
            return Inspection(
                FileState.DAMAGED,
                f"the table '{table}' has the wrong columns ({', '.join(sorted(missing))} "
                "missing)",
                revision,
            )
    verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    if verdict != "ok":
        return Inspection(FileState.DAMAGED, str(verdict), revision)
    unreadable = find_unreadable(conn, has_uuids(revision)) if rows else []
    entries = None
    if count:
        live = conn.execute(f"SELECT count(*) FROM {ENTRY_TABLE} WHERE deleted_at IS NULL")
        unreadable_live = sum(1 for row in unreadable if row.raw.get("deleted_at") is None)
        entries = live.fetchone()[0] - unreadable_live
    return Inspection(FileState.OK, "", revision, unreadable, entries)
