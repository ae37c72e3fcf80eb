"""CSV and JSON export and import of the whole journal.

Import is all or nothing: every row is validated first, and if any is bad the
journal is not touched and each bad row is reported with its number, field and
reason. A backup is taken before anything is written.

Besides the entries (with a friend's checks of each roll), a journal holds its practice
schedule: pauses and the daily target's history. JSON carries them as `pauses` and
`targets` lists (format version 2; version 1 files still import). CSV, a table of
entries, adds them as rows of their own when there are any: a `record` column says
`entry`, `pause` (first_day to last_day, empty = until resumed) or `target`
(daily_target from first_day on).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from desktop_app import __version__
from desktop_app.journal.backups import backup_database
from desktop_app.journal.entry import (
    FIELDS,
    EntryData,
    EntryInvalid,
    friend_rolls_text,
    from_record,
    to_record,
)
from desktop_app.journal.repository import ImportResult, Journal
from desktop_app.journal.schedule import Pause, TargetChange, check_pause, check_target

Format = Literal["csv", "json"]
JSON_FORMAT_NAME = "rolling-journal"
JSON_FORMAT_VERSION = 2
JSON_READABLE_VERSIONS = (1, 2)
# The CSV columns of the schedule rows, after the entry FIELDS (only when there are any).
SCHEDULE_COLUMNS: tuple[str, ...] = ("record", "first_day", "last_day", "daily_target")
RECORD_ENTRY, RECORD_PAUSE, RECORD_TARGET = "entry", "pause", "target"
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


@dataclass(frozen=True)
class JournalContents:
    """Everything an export file holds."""

    entries: list[EntryData]
    pauses: list[Pause]
    targets: list[TargetChange]


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
    if isinstance(value, list):
        value = friend_rolls_text(value)
    text = str(value)
    if text.startswith((*_FORMULA_START, _ESCAPE)):
        return _ESCAPE + text
    return text


def entries_to_csv(
    entries: Iterable[EntryData],
    pauses: Sequence[Pause] = (),
    targets: Sequence[TargetChange] = (),
) -> str:
    buffer = io.StringIO()
    # RFC 4180 line ends; with "\n" alone, a lone "\r" in a note would go unquoted.
    writer = csv.writer(buffer)
    with_schedule = bool(pauses or targets)
    writer.writerow(FIELDS + SCHEDULE_COLUMNS if with_schedule else FIELDS)
    tail = [RECORD_ENTRY, "", "", ""] if with_schedule else []
    for data in entries:
        record = to_record(data)
        writer.writerow([_csv_cell(record[name]) for name in FIELDS] + tail)
    blank = [""] * len(FIELDS)
    for pause in pauses:
        last = "" if pause.last_day is None else pause.last_day.isoformat()
        writer.writerow([*blank, RECORD_PAUSE, pause.first_day.isoformat(), last, ""])
    for change in targets:
        writer.writerow([*blank, RECORD_TARGET, change.effective_from.isoformat(), "",
                         str(change.per_day)])
    return buffer.getvalue()


def entries_to_json(
    entries: Iterable[EntryData],
    pauses: Sequence[Pause] = (),
    targets: Sequence[TargetChange] = (),
) -> str:
    document = {
        "format": JSON_FORMAT_NAME,
        "version": JSON_FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(),
        "entries": [to_record(data) for data in entries],
        "pauses": [
            {"first_day": p.first_day.isoformat(),
             "last_day": None if p.last_day is None else p.last_day.isoformat()}
            for p in pauses
        ],
        "targets": [
            {"first_day": t.effective_from.isoformat(), "daily_target": t.per_day}
            for t in targets
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_entries(
    entries: Sequence[EntryData],
    path: Path,
    fmt: Format,
    pauses: Sequence[Pause] = (),
    targets: Sequence[TargetChange] = (),
) -> int:
    """Write `entries` oldest first (and the schedule); the file appears whole or not at all."""
    ordered = sorted(entries, key=lambda d: d.started_at)
    write = entries_to_csv if fmt == "csv" else entries_to_json
    text = write(ordered, sorted(pauses, key=lambda p: p.first_day),
                 sorted(targets, key=lambda t: t.effective_from))
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
    return parse_csv_contents(text, path).entries


def parse_csv_contents(text: str, path: Path) -> JournalContents:
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
    return parse_json_contents(text, path).entries


def parse_json_contents(text: str, path: Path) -> JournalContents:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected(
            path, [RowProblem(0, "file", f"is not valid JSON (line {exc.lineno}: {exc.msg})")]
        ) from None
    pauses: list[Pause] = []
    targets: list[TargetChange] = []
    if isinstance(document, dict):
        if document.get("format") != JSON_FORMAT_NAME or "entries" not in document:
            raise ImportRejected(
                path, [RowProblem(0, "file", "is not a Rolling Journal export")]
            )
        if document.get("version") not in JSON_READABLE_VERSIONS:
            raise ImportRejected(
                path,
                [RowProblem(0, "version", f"{document.get('version')!r} is not supported")],
            )
        pauses, targets = _json_schedule(document, path)
        document = document["entries"]
    if not isinstance(document, list):
        raise ImportRejected(path, [RowProblem(0, "file", "holds no list of entries")])
    rows = [item if isinstance(item, dict) else {"__type__": True} for item in document]
    contents = _validate_rows(rows, path, first_row=1, width=0)
    return JournalContents(contents.entries, pauses, targets)


def _json_schedule(
    document: dict[str, Any], path: Path
) -> tuple[list[Pause], list[TargetChange]]:
    problems: list[RowProblem] = []
    pauses: list[Pause] = []
    targets: list[TargetChange] = []
    for key in ("pauses", "targets"):
        items = document.get(key, [])
        if not isinstance(items, list):
            problems.append(RowProblem(0, key, "is not a list"))
            continue
        for number, item in enumerate(items, start=1):
            try:
                if not isinstance(item, dict):
                    raise ValueError("is not an object of fields")
                if key == "pauses":
                    pauses.append(_pause(item.get("first_day"), item.get("last_day"),
                                         set(item) - {"first_day", "last_day"}))
                else:
                    targets.append(_target(item.get("first_day"), item.get("daily_target"),
                                           set(item) - {"first_day", "daily_target"}))
            except ValueError as exc:
                problems.append(RowProblem(number, key[:-1], str(exc)))
    if problems:
        raise ImportRejected(path, problems)
    return pauses, targets


def _day(value: object, what: str) -> date:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} is missing (a date like 2026-11-25)")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a date like 2026-11-25") from None


def _pause(first: object, last: object, extra: set[str]) -> Pause:
    if extra:
        raise ValueError(f"{sorted(extra)[0]!r} is not a field of a pause")
    blank = last is None or (isinstance(last, str) and not last.strip())
    pause = Pause(_day(first, "first_day"), None if blank else _day(last, "last_day"))
    return check_pause(pause)


def _target(first: object, per_day: object, extra: set[str]) -> TargetChange:
    if extra:
        raise ValueError(f"{sorted(extra)[0]!r} is not a field of a target change")
    if isinstance(per_day, str) and per_day.strip().isdigit():
        per_day = int(per_day.strip())
    return TargetChange(_day(first, "first_day"), check_target(per_day))


def _validate_rows(
    rows: list[dict[str, Any]], path: Path, first_row: int, width: int
) -> JournalContents:
    problems: list[RowProblem] = []
    parsed: list[EntryData] = []
    pauses: list[Pause] = []
    targets: list[TargetChange] = []
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
        if width and any(name in row for name in SCHEDULE_COLUMNS):
            kind = str(row.get("record", "")).strip().lower() or RECORD_ENTRY
            schedule = {name: row.pop(name) for name in SCHEDULE_COLUMNS if name in row}
            if kind != RECORD_ENTRY:
                problems.extend(_schedule_row(number, kind, schedule, row, pauses, targets))
                continue
            filled = [name for name, value in schedule.items()
                      if name != "record" and str(value).strip()]
            if filled:
                problems.append(RowProblem(number, filled[0],
                                           "is only for pause and target rows"))
                continue
        try:
            parsed.append(from_record(row, now))
        except EntryInvalid as exc:
            problems.extend(RowProblem(number, e.field, e.message) for e in exc.errors)
    if problems:
        raise ImportRejected(path, problems)
    return JournalContents(parsed, pauses, targets)


def _schedule_row(
    number: int,
    kind: str,
    schedule: dict[str, Any],
    entry_cells: dict[str, Any],
    pauses: list[Pause],
    targets: list[TargetChange],
) -> list[RowProblem]:
    if kind not in (RECORD_PAUSE, RECORD_TARGET):
        return [RowProblem(number, "record",
                           f"{kind!r} is not entry, {RECORD_PAUSE} or {RECORD_TARGET}")]
    filled = [name for name, value in entry_cells.items() if str(value).strip()]
    if filled:
        return [RowProblem(number, filled[0], f"must be empty in a {kind} row")]
    try:
        if kind == RECORD_PAUSE:
            if str(schedule.get("daily_target", "")).strip():
                raise ValueError("daily_target is only for target rows")
            pauses.append(_pause(schedule.get("first_day"), schedule.get("last_day"), set()))
        else:
            if str(schedule.get("last_day", "")).strip():
                raise ValueError("last_day is only for pause rows")
            targets.append(_target(schedule.get("first_day"), schedule.get("daily_target"),
                                   set()))
    except ValueError as exc:
        return [RowProblem(number, kind, str(exc))]
    return []


def read_entries(path: Path, fmt: Format | None = None) -> list[EntryData]:
    """Every entry in the file, validated; ImportRejected if anything is wrong."""
    return read_contents(path, fmt).entries


def read_contents(path: Path, fmt: Format | None = None) -> JournalContents:
    """Entries, pauses and target changes in the file, validated; ImportRejected if
    anything is wrong."""
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
    return parse_csv_contents(text, path) if fmt == "csv" else parse_json_contents(text, path)


def import_file(journal: Journal, path: Path, fmt: Format | None = None) -> ImportResult:
    """Validate the whole file, back the journal up, then add what is new at once."""
    contents = read_contents(path, fmt)
    if contents.entries or contents.pauses or contents.targets:
        backup_database(journal.path, "before-import")
    return journal.import_entries(contents.entries, pauses=contents.pauses,
                                  targets=contents.targets)


def export_journal(journal: Journal, path: Path, fmt: Format | None = None) -> int:
    from desktop_app.journal.schedule_store import read_pauses, read_targets

    return export_entries([e.data for e in journal.entries()], path, fmt or format_for(path),
                          read_pauses(journal), read_targets(journal))
