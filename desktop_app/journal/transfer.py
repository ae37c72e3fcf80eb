"""CSV and JSON export and import of the whole journal: the names the window, the
command line and the tests use. The work is done in `importer` (streamed, strict,
all or nothing) and `export`; the journal service adds the backups and the lock.

Besides the entries (with a friend's checks of each roll), a file holds the practice
schedule: pauses and the daily target's history (`schedule_records` says how).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.journal.backups import BEFORE_IMPORT, backup_database
from desktop_app.journal.convert import ROW_WIDTH, StoredRow, friend_rolls_of
from desktop_app.journal.entry import PARTS, EntryData
from desktop_app.journal.export import ExportResult, entries_to_csv, entries_to_json, write_export
from desktop_app.journal.importer import (
    Format,
    ImportRejected,
    ImportResult,
    RowProblem,
    format_for,
    import_path,
    read_rows,
)
from desktop_app.journal.json_reader import JSON_FORMAT_VERSION, JSON_READABLE_VERSIONS
from desktop_app.journal.schedule import Pause, TargetChange
from desktop_app.journal.schedule_records import SCHEDULE_COLUMNS, FoundSchedule

if TYPE_CHECKING:
    from desktop_app.journal.repository import Journal

__all__ = [
    "JSON_FORMAT_VERSION",
    "JSON_READABLE_VERSIONS",
    "SCHEDULE_COLUMNS",
    "ExportResult",
    "Format",
    "ImportRejected",
    "ImportResult",
    "JournalContents",
    "RowProblem",
    "entries_to_csv",
    "entries_to_json",
    "export_journal",
    "format_for",
    "import_file",
    "parse_csv",
    "parse_csv_contents",
    "parse_json",
    "parse_json_contents",
    "read_contents",
    "read_entries",
]


@dataclass(frozen=True)
class JournalContents:
    """Everything an export file holds."""

    entries: list[EntryData]
    pauses: list[Pause]
    targets: list[TargetChange]


def entry_of(row: StoredRow) -> EntryData:
    """The entry a stored row describes (the inverse of convert.stored_row)."""
    from datetime import UTC, datetime

    (_uuid, started, duration, p1, p2, p3, before, after, hurt, smooth, led, friend,
     remark, notes) = row[:ROW_WIDTH]
    return EntryData(
        started_at=datetime.fromisoformat(started).replace(tzinfo=UTC),
        duration_s=duration,
        parts=frozenset(p for p, on in zip(PARTS, (p1, p2, p3), strict=True) if on),
        pain_before=before,
        pain_after=after,
        stopped_hurt=bool(hurt),
        smoothness=smooth,
        right_part_led=led,
        friend_checked=bool(friend),
        friend_remark=remark,
        notes=notes,
        friend_rolls=friend_rolls_of(row),
    )


def _parse(text: str, path: Path, fmt: Format) -> JournalContents:
    schedule = FoundSchedule()
    rows = read_rows(io.StringIO(text, newline=""), path, fmt, schedule=schedule)
    return JournalContents([entry_of(row) for row in rows], schedule.pauses, schedule.targets)


def parse_csv_contents(text: str, path: Path) -> JournalContents:
    """Entries, pauses and target changes of a CSV text, validated; ImportRejected if
    anything is wrong."""
    return _parse(text.removeprefix("\ufeff"), path, "csv")


def parse_json_contents(text: str, path: Path) -> JournalContents:
    return _parse(text, path, "json")


def parse_csv(text: str, path: Path) -> list[EntryData]:
    """Every entry of a CSV text, validated; ImportRejected if anything is wrong."""
    return parse_csv_contents(text, path).entries


def parse_json(text: str, path: Path) -> list[EntryData]:
    return parse_json_contents(text, path).entries


def read_contents(path: Path, fmt: Format | None = None) -> JournalContents:
    """Entries, pauses and target changes in the file, validated; ImportRejected if
    anything is wrong."""
    fmt = fmt or format_for(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(
            path, [RowProblem(0, "file", f"cannot be read ({exc.strerror or exc})")]
        ) from None
    text = raw.decode("utf-8-sig", errors="surrogateescape")
    return _parse(text, path, fmt)


def read_entries(path: Path, fmt: Format | None = None) -> list[EntryData]:
    """Every entry in the file, validated; ImportRejected if anything is wrong."""
    return read_contents(path, fmt).entries


def import_file(journal: Journal, path: Path, fmt: Format | None = None) -> ImportResult:
    """Import `path` into an open journal: backed up first (once a row is known good),
    then every new entry, pause and target change at once, or nothing."""
    return import_path(
        journal.path, path, fmt,
        before_write=lambda: backup_database(journal.path, BEFORE_IMPORT),
    )


def export_journal(journal: Journal, path: Path, fmt: Format | None = None) -> int:
    return write_export(journal, path, fmt).count
