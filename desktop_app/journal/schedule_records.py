"""The practice schedule (pauses and the daily target's history) as an export file
carries it, read strictly.

JSON (format version 2) has `pauses` and `targets` lists beside `entries`. CSV, a table
of entries, adds them as rows of their own when there are any: the `record` column
says `entry`, `pause` (first_day to last_day, empty = until resumed) or `target`
(daily_target from first_day on). Problems are reported like the entries': by row (a
CSV row as a spreadsheet numbers it, the n-th pause or target of a JSON file) and field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.journal.schedule import Pause, TargetChange, check_pause, check_target

# The CSV columns of the schedule rows, after the entries' (only when there are any).
SCHEDULE_COLUMNS: tuple[str, ...] = ("record", "first_day", "last_day", "daily_target")
RECORD_ENTRY, RECORD_PAUSE, RECORD_TARGET = "entry", "pause", "target"

# (row, field, reason): how a problem is handed back to the importer.
Report = Callable[[int, str, str], None]


@dataclass
class FoundSchedule:
    """The pauses and target changes read from a file so far."""

    pauses: list[Pause] = field(default_factory=list)
    targets: list[TargetChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.pauses or self.targets)


def _day(value: object, what: str) -> date:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} is missing (a date like 2026-11-25)")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a date like 2026-11-25") from None


def pause_of(first: object, last: object) -> Pause:
    blank = last is None or (isinstance(last, str) and not last.strip())
    return check_pause(Pause(_day(first, "first_day"), None if blank else _day(last, "last_day")))


def target_of(first: object, per_day: object) -> TargetChange:
    if isinstance(per_day, str) and per_day.strip().isdigit() and len(per_day.strip()) < 4:
        per_day = int(per_day.strip())
    return TargetChange(_day(first, "first_day"), check_target(per_day))


# --- JSON ------------------------------------------------------------------------------

def read_json_schedule(header: Mapping[str, Any], found: FoundSchedule, report: Report) -> None:
    """The `pauses` and `targets` lists of an export's top level, into `found`."""
    for key, fields in (("pauses", {"first_day", "last_day"}),
                        ("targets", {"first_day", "daily_target"})):
        items = header.get(key, [])
        if not isinstance(items, list):
            report(0, key, "is not a list")
            continue
        what = key[:-1]
        for number, item in enumerate(items, start=1):
            try:
                if not isinstance(item, dict):
                    raise ValueError("is not an object of fields")
                extra = set(item) - fields
                if extra:
                    noun = "pause" if what == "pause" else "target change"
                    raise ValueError(f"{sorted(extra)[0]!r} is not a field of a {noun}")
                if what == "pause":
                    found.pauses.append(pause_of(item.get("first_day"), item.get("last_day")))
                else:
                    found.targets.append(target_of(item.get("first_day"),
                                                   item.get("daily_target")))
            except ValueError as exc:
                report(number, what, str(exc))


# --- CSV -------------------------------------------------------------------------------

class CsvSchedule:
    """Takes the pause and target rows out of the CSV rows of a header that has the
    schedule columns; the entry rows go on to the entries' converter."""

    def __init__(self, header: Sequence[str]) -> None:
        self.header = tuple(header)
        self._at = {name: self.header.index(name) for name in SCHEDULE_COLUMNS
                    if name in self.header}
        self.active = bool(self._at)
        self._record = self._at.get("record")
        self._days = tuple(i for name, i in self._at.items() if name != "record")
        self._entry_cells = tuple(i for i, name in enumerate(self.header)
                                  if name not in SCHEDULE_COLUMNS)

    def entries(
        self, numbers: list[int], rows: list[list[str]], found: FoundSchedule, report: Report
    ) -> tuple[list[int], list[list[str]]]:
        """The entry rows of a batch (with their numbers); schedule rows go into
        `found`, problems to `report`."""
        if not self.active:
            return numbers, rows
        record, days = self._record, self._days
        if all((record is None or row[record] == RECORD_ENTRY) and not any(row[i] for i in days)
               for row in rows):
            return numbers, rows  # the usual batch: entries only
        kept_numbers: list[int] = []
        kept: list[list[str]] = []
        for number, row in zip(numbers, rows, strict=True):
            kind = (row[record].strip().lower() if record is not None else "") or RECORD_ENTRY
            if kind != RECORD_ENTRY:
                self._schedule_row(number, kind, row, found, report)
                continue
            filled = [self.header[i] for i in days if row[i].strip()]
            if filled:
                report(number, filled[0], "is only for pause and target rows")
                continue
            kept_numbers.append(number)
            kept.append(row)
        return kept_numbers, kept

    def _schedule_row(
        self, number: int, kind: str, row: list[str], found: FoundSchedule, report: Report
    ) -> None:
        if kind not in (RECORD_PAUSE, RECORD_TARGET):
            report(number, "record",
                   f"{kind!r} is not {RECORD_ENTRY}, {RECORD_PAUSE} or {RECORD_TARGET}")
            return
        filled = [self.header[i] for i in self._entry_cells if row[i].strip()]
        if filled:
            report(number, filled[0], f"must be empty in a {kind} row")
            return

        def cell(name: str) -> str:
            index = self._at.get(name)
            return "" if index is None else row[index]

        try:
            if kind == RECORD_PAUSE:
                if cell("daily_target").strip():
                    raise ValueError("daily_target is only for target rows")
                found.pauses.append(pause_of(cell("first_day"), cell("last_day")))
            else:
                if cell("last_day").strip():
                    raise ValueError("last_day is only for pause rows")
                found.targets.append(target_of(cell("first_day"), cell("daily_target")))
        except ValueError as exc:
            report(number, kind, str(exc))


# --- writing them out ------------------------------------------------------------------

def pause_record(pause: Pause) -> dict[str, str | None]:
    return {"first_day": pause.first_day.isoformat(),
            "last_day": None if pause.last_day is None else pause.last_day.isoformat()}


def target_record(change: TargetChange) -> dict[str, object]:
    return {"first_day": change.effective_from.isoformat(), "daily_target": change.per_day}


def schedule_csv_rows(
    pauses: Sequence[Pause], targets: Sequence[TargetChange], entry_width: int
) -> list[list[str]]:
    """The CSV rows of the schedule: `entry_width` empty entry cells, then the
    schedule columns."""
    blank = [""] * entry_width
    rows = []
    for pause in pauses:
        last = "" if pause.last_day is None else pause.last_day.isoformat()
        rows.append([*blank, RECORD_PAUSE, pause.first_day.isoformat(), last, ""])
    for change in targets:
        rows.append([*blank, RECORD_TARGET, change.effective_from.isoformat(), "",
                     str(change.per_day)])
    return rows
