"""Reading an import CSV strictly, as a stream: nothing is guessed, nothing merged.

Python's csv module, lenient by default, reads an unterminated quote as a note that
swallows every following row. Here the reader is strict, and any problem with the
file's structure (a quote never closed, a stray quote, a header naming a column twice,
a NUL byte, bytes that are not UTF-8) is reported with the row and the field.

Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from desktop_app.journal.convert import IMPORT_FIELDS
from desktop_app.journal.entry import unwritable_text
from desktop_app.journal.schedule_records import SCHEDULE_COLUMNS

REQUIRED = ("started_at", "duration_s")
# Spreadsheets run a cell starting with one of these as a formula (CSV injection);
# the export puts a ' in front, and the import takes it off again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
_KEEP_LINES = 256 * 1024  # characters of one record kept to explain a broken quote
_SEP = "\x1f"  # joins cells to check a whole batch at once (a unit separator)


@dataclass(frozen=True)
class CsvProblem:
    row: int
    field: str
    reason: str


class CsvBroken(Exception):
    """The file's structure is broken at `problem`; nothing after it can be trusted.
    `earlier`: problems found in the rows read just before."""

    def __init__(self, problem: CsvProblem, earlier: list[CsvProblem] | None = None) -> None:
        super().__init__(problem.reason)
        self.problem = problem
        self.earlier = earlier or []


def _record_lines(stream: TextIO, first: int, last: int) -> list[str]:
    """Lines `first` to `last` (1-based, as csv counts them) of the stream, read again
    from its start: only to explain a broken record, so the normal path stays at C
    speed."""
    try:
        stream.seek(0)
    except (OSError, ValueError):
        return []
    kept: list[str] = []
    size = 0
    for line in itertools.islice(stream, first - 1, last):
        kept.append(line)
        size += len(line)
        if size > _KEEP_LINES:
            break
    return kept


def _locate_quote(text: str) -> tuple[int, str]:
    """(index of the cell, what is wrong) in the raw text of a record whose quotes do
    not parse, reading it as strict CSV does."""
    cell = 0
    quoted = False
    at_start = True
    i = 0
    size = len(text)
    while i < size:
        char = text[i]
        if quoted:
            if char == '"':
                following = text[i + 1] if i + 1 < size else ""
                if following == '"':
                    i += 2
                    continue
                if following in (",", "\r", "\n", ""):
                    quoted = False
                    i += 1
                    continue
                return cell, "stray"
        elif at_start and char == '"':
            quoted = True
        elif char == ",":
            cell += 1
            at_start = True
            i += 1
            continue
        at_start = False
        i += 1
    return cell, "unterminated" if quoted else "other"


def _structure_problem(error: csv.Error, row: int, header: list[str], lines: list[str]) -> \
        CsvProblem:
    cell, kind = _locate_quote("".join(lines))
    name = header[cell] if cell < len(header) else f"cell {cell + 1}"
    spans = max(len(lines) - 1, 0)
    if kind == "unterminated":
        reason = ("opens a quote that is never closed: the cell would run on to the end of "
                  "the file (add the closing \" or remove the opening one)")
    elif kind == "stray":
        reason = ("has a quote that is not followed by a comma or the end of the line"
                  + (f", after running on over {spans} more line(s): is the closing quote "
                     "of this cell missing?" if spans else
                     " (write a quote inside a quoted cell as \"\")"))
    else:
        reason = f"is not valid CSV ({error})"
    return CsvProblem(row, name, reason)


def read_header(reader: Iterator[list[str]]) -> tuple[list[str], list[CsvProblem]]:
    try:
        header = next(reader)
    except StopIteration:
        return [], [CsvProblem(0, "file", "is empty")]
    except csv.Error as exc:
        return [], [CsvProblem(1, "file", f"is not valid CSV ({exc})")]
    names = [name.strip() for name in header]
    if names and names[0].startswith("\ufeff"):
        names[0] = names[0][1:]
    problems: list[CsvProblem] = []
    seen: set[str] = set()
    for name in names:
        reason = unwritable_text(name)
        if reason:
            problems.append(CsvProblem(1, repr(name), f"(a column name) {reason}"))
        elif name in seen:
            problems.append(CsvProblem(1, name, "appears twice in the header row"))
        elif name not in IMPORT_FIELDS and name not in SCHEDULE_COLUMNS:
            problems.append(CsvProblem(1, name, "is not a journal field (check the header row)"))
        seen.add(name)
    for name in REQUIRED:
        if name not in names:
            problems.append(CsvProblem(1, name, "column is missing from the header row"))
    return names, problems


@dataclass
class CsvRecords:
    """The data rows of a CSV stream as (row number, cells); `header` once read.

    Blank rows are skipped; a row with a different number of cells, or with a NUL byte
    or bytes that are not UTF-8 in a cell, comes as a problem instead. A broken
    quote raises CsvBroken: the rest of the file cannot be read reliably."""

    stream: TextIO

    def __post_init__(self) -> None:
        self._reader = csv.reader(self.stream, strict=True)
        self.header, self.header_problems = read_header(self._reader)

    def batches(self, size: int) -> Iterator[tuple[list[int], list[list[str]], list[CsvProblem]]]:
        """(row numbers, their cells, problems) for up to `size` rows at a time.

        The import's inner loop: a batch is read as it comes and checked as a whole
        (C-level joins and searches); only a batch where something is unusual is
        looked at row by row."""
        header = self.header
        width = len(header)
        reader = self._reader
        row = 1
        line = reader.line_num
        while True:
            chunk: list[list[str]] = []
            ends: list[int] = []  # the last line of each row, to explain a broken quote
            append, end = chunk.append, ends.append
            first_line = line
            try:
                for values in reader:
                    append(values)
                    end(reader.line_num)
                    if len(chunk) >= size:
                        break
            except csv.Error as exc:
                problems = self._row_by_row(chunk, row, ends, first_line)[2]
                broken_at = ends[-1] if ends else first_line
                lines = _record_lines(self.stream, broken_at + 1, reader.line_num)
                raise CsvBroken(
                    _structure_problem(exc, row + len(chunk) + 1, header, lines), problems
                ) from None
            if not chunk:
                return
            if self._plain(chunk, width):
                yield list(range(row + 1, row + 1 + len(chunk))), chunk, []
            else:
                yield self._row_by_row(chunk, row, ends, first_line)
            row += len(chunk)
            line = ends[-1]
            if len(chunk) < size:
                return

    @staticmethod
    def _plain(chunk: list[list[str]], width: int) -> bool:
        """True when no row needs a closer look: all as wide as the header, none blank,
        no NUL, nothing that was not UTF-8, no cell starting with the formula escape."""
        if len(set(map(len, chunk))) != 1 or len(chunk[0]) != width:
            return False
        text = _SEP + _SEP.join(map(_SEP.join, chunk)) + _SEP
        if "\x00" in text or (_SEP + ESCAPE) in text or (_SEP * (width + 1)) in text:
            return False
        return text.isascii() or unwritable_text(text) is None

    def _row_by_row(
        self, chunk: list[list[str]], row: int, ends: list[int], line: int
    ) -> tuple[list[int], list[list[str]], list[CsvProblem]]:
        width = len(self.header)
        numbers: list[int] = []
        rows: list[list[str]] = []
        problems: list[CsvProblem] = []
        for values, last_line in zip(chunk, ends, strict=True):
            row += 1
            first_line, line = line + 1, last_line
            joined = "".join(values)
            if not joined:
                continue  # a blank line, or a row of empty cells
            if "\x00" in joined or (not joined.isascii() and unwritable_text(joined)):
                problems.append(self._bad_text(row, values))
                continue
            if len(values) != width:
                problems.append(_width_problem(row, len(values), width, line - first_line))
                continue
            if ESCAPE in joined:
                values = [v[1:] if v[:1] == ESCAPE else v for v in values]
            numbers.append(row)
            rows.append(values)
        return numbers, rows, problems

    def __iter__(self) -> Iterator[tuple[int, list[str] | CsvProblem]]:
        for numbers, rows, problems in self.batches(1):
            for problem in problems:
                yield problem.row, problem
            yield from zip(numbers, rows, strict=True)

    def _bad_text(self, row: int, values: list[str]) -> CsvProblem:
        header = self.header
        for index, value in enumerate(values):
            reason = unwritable_text(value)
            if reason:
                name = header[index] if index < len(header) else f"cell {index + 1}"
                return CsvProblem(row, name, reason)
        return CsvProblem(row, "row", "contains characters that cannot be read")


def _width_problem(row: int, cells: int, width: int, extra_lines: int) -> CsvProblem:
    hint = (f" (a quoted cell runs over {extra_lines + 1} lines: is a closing quote "
            "missing?)" if extra_lines else "")
    return CsvProblem(row, "row", f"has {cells} cells; the header has {width}{hint}")
