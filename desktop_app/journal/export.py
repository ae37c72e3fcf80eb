"""Writing the journal to a CSV or JSON file, streamed, oldest entry first.

The file appears whole or not at all (a temporary file renamed over it), is private
(0600), and never lands on the journal itself, its -wal/-shm, or a backup. Rows that
could not be read are not left behind: they go out as raw text, in the JSON under
"kept_aside" and beside a CSV as `<name>.kept-aside.csv`.

Each entry carries a friend's checks of each roll (`friend_rolls`: a list in JSON,
"part1.1=right;part1.2=shoulders" in CSV). The practice schedule goes out too: JSON
(version 2) has `pauses` and `targets` lists; a CSV, when there is any, has rows of its
own after the entries, told apart by the `record` column (see `schedule_records`).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop_app import __version__
from desktop_app.journal.convert import IMPORT_FIELDS
from desktop_app.journal.csv_reader import ESCAPE, FORMULA_START
from desktop_app.journal.db import SET_ASIDE_PREFIX, database_path
from desktop_app.journal.entry import EntryData, friend_rolls_text, to_record
from desktop_app.journal.errors import ExportRefused, JournalError
from desktop_app.journal.files import private_atomic_file
from desktop_app.journal.importer import Format, format_for
from desktop_app.journal.json_reader import JSON_FORMAT_NAME, JSON_FORMAT_VERSION
from desktop_app.journal.lock import LOCK_NAME
from desktop_app.journal.schedule import Pause, TargetChange
from desktop_app.journal.schedule_records import (
    RECORD_ENTRY,
    SCHEDULE_COLUMNS,
    pause_record,
    schedule_csv_rows,
    target_record,
)

if TYPE_CHECKING:
    from desktop_app.journal.repository import Journal, KeptRow

EXPORT_FIELDS = IMPORT_FIELDS  # the journal's fields, then the entry's UUID
KEPT_ASIDE_FIELDS = ("entry_id", "problem", "raw")


@dataclass(frozen=True)
class ExportResult:
    count: int
    kept_aside: int  # rows exported as raw text (unreadable, or kept aside by a repair)
    kept_aside_file: Path | None  # for CSV: where those rows went
    pauses: int = 0
    targets: int = 0


def kept_aside_path(target: Path) -> Path:
    return target.with_name(f"{target.stem}.kept-aside.csv")


# --- where an export may not go -------------------------------------------------------

def _protected(data_dir: Path) -> list[Path]:
    db_path = database_path(data_dir)
    found = [Path(f"{db_path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]
    found += [data_dir / LOCK_NAME, *data_dir.glob(f"{SET_ASIDE_PREFIX}*")]
    return found


def refuse_unsafe_target(target: Path, data_dir: Path) -> None:
    """ExportRefused when writing `target` would replace the journal, its -wal/-shm,
    a set-aside journal, or anything in backups/ (by name, link or symlink)."""
    resolved = target.resolve()
    backups = (data_dir / "backups").resolve()
    if resolved == backups or backups in resolved.parents:
        raise ExportRefused(
            f"Not exported: {target} is inside the journal's backups folder ({backups}). "
            "Choose a file elsewhere; the backups were left untouched."
        )
    for protected in _protected(data_dir):
        same = resolved == protected.resolve()
        if not same and target.exists() and protected.exists():
            try:
                same = os.path.samefile(target, protected)
            except OSError:
                same = False
        if same:
            raise ExportRefused(
                f"Not exported: {target} is the journal's own file {protected.name}. "
                "Choose another file name; the journal was left untouched."
            )


# --- writing ---------------------------------------------------------------------------

def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):  # a friend's checks of each roll
        value = friend_rolls_text(value)
    text = str(value)
    if text.startswith((*FORMULA_START, ESCAPE)):
        return ESCAPE + text
    return text


def export_record(data: EntryData, uuid: str | None) -> dict[str, Any]:
    return {**to_record(data), "uuid": uuid or ""}


def _write_csv(
    handle: TextIO,
    records: Iterable[dict[str, Any]],
    pauses: Sequence[Pause] = (),
    targets: Sequence[TargetChange] = (),
) -> int:
    # RFC 4180 line ends; with "\n" alone, a lone "\r" in a note would go unquoted.
    writer = csv.writer(handle)
    with_schedule = bool(pauses or targets)
    writer.writerow(EXPORT_FIELDS + SCHEDULE_COLUMNS if with_schedule else EXPORT_FIELDS)
    tail = [RECORD_ENTRY, "", "", ""] if with_schedule else []
    count = 0
    for record in records:
        writer.writerow([csv_cell(record[name]) for name in EXPORT_FIELDS] + tail)
        count += 1
    writer.writerows(schedule_csv_rows(pauses, targets, len(EXPORT_FIELDS)))
    return count


def _kept_aside_records(rows: Iterable[KeptRow]) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield {"entry_id": row.entry_id, "problem": row.problem, "raw": row.raw}


def _write_json(
    handle: TextIO,
    records: Iterable[dict[str, Any]],
    kept: list[dict[str, Any]],
    pauses: Sequence[Pause] = (),
    targets: Sequence[TargetChange] = (),
) -> int:
    head = {
        "format": JSON_FORMAT_NAME,
        "version": JSON_FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(),
    }
    # Written piece by piece (one entry in memory at a time), in the same layout as
    # json.dumps(indent=2) would give.
    text = json.dumps(head, ensure_ascii=False, indent=2)
    handle.write(text[:-2] + ',\n  "entries": [')
    count = 0
    for record in records:
        item = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        handle.write(("," if count else "") + "\n    " + item)
        count += 1
    handle.write("\n  ]" if count else "]")
    for key, items in (("pauses", [pause_record(p) for p in pauses]),
                       ("targets", [target_record(t) for t in targets])):
        body = json.dumps(items, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        handle.write(f',\n  "{key}": ' + body)
    if kept:
        body = json.dumps(kept, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        handle.write(',\n  "kept_aside": ' + body)
    handle.write("\n}\n")
    return count


def write_export(journal: Journal, path: Path, fmt: Format | None = None) -> ExportResult:
    """Write the whole journal to `path`; nothing is left half-written."""
    fmt = fmt or format_for(path)
    refuse_unsafe_target(path, journal.data_dir)
    kept = list(_kept_aside_records(journal.kept_aside(include_unreadable=True)))
    pauses = journal.pauses()
    targets = journal.target_changes()
    side = kept_aside_path(path) if fmt == "csv" and kept else None
    if side is not None:
        refuse_unsafe_target(side, journal.data_dir)
    try:
        with private_atomic_file(path) as handle:
            records = journal.export_records()
            count = _write_csv(handle, records, pauses, targets) if fmt == "csv" \
                else _write_json(handle, records, kept, pauses, targets)
        if side is not None:
            with private_atomic_file(side) as handle:
                writer = csv.writer(handle)
                writer.writerow(KEPT_ASIDE_FIELDS)
                for item in kept:
                    writer.writerow([item["entry_id"], item["problem"],
                                     json.dumps(item["raw"], ensure_ascii=False)])
    except OSError as exc:
        raise JournalError(
            f"Could not write {path}: {exc.strerror or exc}. Nothing was written."
        ) from exc
    return ExportResult(count, len(kept), side, len(pauses), len(targets))


def write_snapshot(journal: Journal, path: Path) -> int:
    """The whole journal as its JSON export at `path` (a backup's .partial file: no
    check of where it goes, written in place, 0600, fsync'd by the caller)."""
    kept = list(_kept_aside_records(journal.kept_aside(include_unreadable=True)))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        return _write_json(handle, journal.export_records(), kept, journal.pauses(),
                           journal.target_changes())


# --- whole files in memory (small exports, tests) --------------------------------------

def entries_to_csv(
    entries: Iterable[EntryData],
    pauses: Sequence[Pause] = (),
    targets: Sequence[TargetChange] = (),
) -> str:
    buffer = io.StringIO()
    _write_csv(buffer, (export_record(data, None) for data in entries), pauses, targets)
    return buffer.getvalue()


def entries_to_json(
    entries: Iterable[EntryData],
    pauses: Sequence[Pause] = (),
    targets: Sequence[TargetChange] = (),
) -> str:
    buffer = io.StringIO()
    _write_json(buffer, (export_record(data, None) for data in entries), [], pauses, targets)
    return buffer.getvalue()
