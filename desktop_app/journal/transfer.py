"""CSV and JSON export and import of the whole journal.

Import is all or nothing: every row is validated first, and if any is bad the
journal is not touched and each bad row is reported with its number, field and
reason. A backup is taken before anything is written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from desktop_app import __version__
from desktop_app.journal.backups import backup_database
from desktop_app.journal.entry import FIELDS, EntryData, EntryInvalid, from_record, to_record
from desktop_app.journal.repository import ImportResult, Journal

Format = Literal["csv", "json"]
JSON_FORMAT_NAME = "rolling-journal"
JSON_FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 64 * 1024 * 1024
# Spreadsheets run a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ESCAPE = "'"


@dataclass(frozen=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the CSV header is row 1; JSON entries count from 1
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        return f"{where}, {self.field}: {self.reason}"


class ImportRejected(Exception):
    """Nothing was imported; `problems` says why, row by row."""

    def __init__(self, path: Path, problems: list[RowProblem]) -> None:
        self.path = path
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(
            f"Nothing was imported from {path.name}: {len(problems)} problem(s).\n{shown}{more}"
        )


def format_for(path: Path, explicit: str | None = None) -> Format:
    fmt = (explicit or path.suffix.lstrip(".")).lower()
    if fmt not in ("csv", "json"):
        raise ValueError(f"{path.name}: choose a .csv or .json file (or say --format csv|json)")
    return fmt  # type: ignore[return-value]


# --- export ----------------------------------------------------------------------------

def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if text.startswith((*_FORMULA_START, _ESCAPE)):
        return _ESCAPE + text
    return text


def entries_to_csv(entries: Iterable[EntryData]) -> str:
    buffer = io.StringIO()
    # RFC 4180 line ends; with "\n" alone, a lone "\r" in a note would go unquoted.
    writer = csv.writer(buffer)
    writer.writerow(FIELDS)
    for data in entries:
        record = to_record(data)
        writer.writerow([_csv_cell(record[name]) for name in FIELDS])
    return buffer.getvalue()


def entries_to_json(entries: Iterable[EntryData]) -> str:
    document = {
        "format": JSON_FORMAT_NAME,
        "version": JSON_FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(),
        "entries": [to_record(data) for data in entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_entries(entries: Sequence[EntryData], path: Path, fmt: Format) -> int:
    """Write `entries` oldest first; the file appears whole or not at all."""
    ordered = sorted(entries, key=lambda d: d.started_at)
    text = entries_to_csv(ordered) if fmt == "csv" else entries_to_json(ordered)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return len(ordered)


# --- import ----------------------------------------------------------------------------

def _uncsv_cell(text: str) -> str:
    return text[1:] if text.startswith(_ESCAPE) else text


def parse_csv(text: str, path: Path) -> list[EntryData]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRejected(path, [RowProblem(0, "file", "is empty")]) from None
    except csv.Error as exc:
        raise ImportRejected(path, [RowProblem(1, "file", f"is not valid CSV ({exc})")]) from None
    header = [name.strip() for name in header]
    missing = [name for name in ("started_at", "duration_s") if name not in header]
    if missing:
        raise ImportRejected(
            path,
            [RowProblem(1, name, "column is missing from the header row") for name in missing],
        )
    rows: list[dict[str, Any]] = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                rows.append({})
                continue
            if len(values) != len(header):
                rows.append({"__width__": len(values)})
                continue
            rows.append({name: _uncsv_cell(v) for name, v in zip(header, values, strict=True)})
    except csv.Error as exc:
        raise ImportRejected(
            path, [RowProblem(len(rows) + 2, "file", f"is not valid CSV ({exc})")]
        ) from None
    return _validate_rows(rows, path, first_row=2, width=len(header))


def parse_json(text: str, path: Path) -> list[EntryData]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected(
            path, [RowProblem(0, "file", f"is not valid JSON (line {exc.lineno}: {exc.msg})")]
        ) from None
    if isinstance(document, dict):
        if document.get("format") != JSON_FORMAT_NAME or "entries" not in document:
            raise ImportRejected(
                path, [RowProblem(0, "file", "is not a Rolling Journal export")]
            )
        if document.get("version") != JSON_FORMAT_VERSION:
            raise ImportRejected(
                path,
                [RowProblem(0, "version", f"{document.get('version')!r} is not supported")],
            )
        document = document["entries"]
    if not isinstance(document, list):
        raise ImportRejected(path, [RowProblem(0, "file", "holds no list of entries")])
    rows = [item if isinstance(item, dict) else {"__type__": True} for item in document]
    return _validate_rows(rows, path, first_row=1, width=0)


def _validate_rows(
    rows: list[dict[str, Any]], path: Path, first_row: int, width: int
) -> list[EntryData]:
    problems: list[RowProblem] = []
    parsed: list[EntryData] = []
    now = datetime.now(UTC)
    for number, row in enumerate(rows, start=first_row):
        if not row:
            continue  # blank line: nothing to import
        if "__width__" in row:
            problems.append(
                RowProblem(number, "row", f"has {row['__width__']} cells; the header has {width}")
            )
            continue
        if "__type__" in row:
            problems.append(RowProblem(number, "entry", "is not an object of fields"))
            continue
        try:
            parsed.append(from_record(row, now))
        except EntryInvalid as exc:
            problems.extend(RowProblem(number, e.field, e.message) for e in exc.errors)
    if problems:
        raise ImportRejected(path, problems)
    return parsed


def read_entries(path: Path, fmt: Format | None = None) -> list[EntryData]:
    """Every entry in the file, validated; ImportRejected if anything is wrong."""
    fmt = fmt or format_for(path)
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportRejected(path, [RowProblem(0, "file", f"is too large ({size} bytes)")])
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(
            path, [RowProblem(0, "file", f"cannot be read ({exc.strerror or exc})")]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(
            path, [RowProblem(0, "file", "is not UTF-8 text (save it as UTF-8 and try again)")]
        ) from None
    return parse_csv(text, path) if fmt == "csv" else parse_json(text, path)


def import_file(journal: Journal, path: Path, fmt: Format | None = None) -> ImportResult:
    """Validate the whole file, back the journal up, then add its new entries at once."""
    entries = read_entries(path, fmt)
    if entries:
        backup_database(journal.path, "before-import")
    return journal.import_entries(entries)


def export_journal(journal: Journal, path: Path, fmt: Format | None = None) -> int:
    return export_entries([e.data for e in journal.entries()], path, fmt or format_for(path))
