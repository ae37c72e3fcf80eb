"""Importing a CSV or JSON file into the journal, streamed, all or nothing.

The file is read in batches and written inside one write transaction (BEGIN
IMMEDIATE: no other writer can come between the duplicate checks and the inserts).
A problem in any row, a cancel, a full disk: the transaction is rolled back and the
journal is as it was. Memory stays flat however long the file is.

Duplicates are found by the database: an entry whose UUID is already there is skipped
(a unique index), and so is one with exactly the fields of a live entry (start time,
duration, every rating and note); rows of a file without UUIDs get one made from their
fields, so a second import of the same file, even at the same moment, adds nothing.

A friend's checks of each roll go in with their entry (and are skipped with it). The
practice schedule in the file (pauses, the daily target's history; see
`schedule_records`) is added in the same transaction: a pause or target change the
journal already has (same first day) is skipped.
"""

from __future__ import annotations

import gc
import itertools
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple

from desktop_app.journal.batches import BatchWalk
from desktop_app.journal.convert import ROW_WIDTH, STORED_COLUMNS, RowConverter, StoredRow
from desktop_app.journal.csv_reader import CsvBroken, CsvRecords
from desktop_app.journal.db import connect_raw
from desktop_app.journal.errors import ImportCancelled, JournalError
from desktop_app.journal.friend_store import insert_rolls_raw
from desktop_app.journal.health import describe_error
from desktop_app.journal.json_reader import (
    JSON_FORMAT_NAME,
    JSON_READABLE_VERSIONS,
    JsonBroken,
    JsonEntries,
)
from desktop_app.journal.schedule_records import (
    SCHEDULE_COLUMNS,
    CsvSchedule,
    FoundSchedule,
    read_json_schedule,
)
from desktop_app.journal.schedule_store import write_imported_schedule

Format = Literal["csv", "json"]
BATCH = 2000
MAX_PROBLEMS_KEPT = 200
# A bulk insert touches every index page; a larger cache than the default 2 MiB keeps
# them in memory (measured: 1,000,000 rows 40% faster, 64 MiB more at the peak).
IMPORT_CACHE_KIB = 65536


@dataclass(frozen=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the CSV header is row 1; JSON entries count from 1
    field: str
    reason: str

    def __str__(self) -> str:
        if self.row:
            return f"row {self.row}, {self.field}: {self.reason}"
        return f"the file: {self.reason}" if self.field == "file" else \
            f"the file, {self.field}: {self.reason}"


class ImportRejected(JournalError):
    """Nothing was imported; `problems` says why, row by row."""

    def __init__(self, path: Path, problems: list[RowProblem], total: int | None = None) -> None:
        self.path = path
        self.problems = problems
        count = total if total is not None else len(problems)
        self.total = count
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  ... and {count - 20} more" if count > 20 else ""
        super().__init__(
            f"Nothing was imported from {path.name}: {count} problem(s).\n{shown}{more}"
        )


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    kept_aside_in_file: int = 0  # rows an export listed as kept aside: never imported
    pauses_added: int = 0
    targets_added: int = 0


@dataclass(frozen=True)
class ImportProgress:
    rows: int  # rows read so far
    fraction: float  # of the file read, 0 to 1


ProgressCallback = Callable[[ImportProgress], None]


def format_for(path: Path, explicit: str | None = None) -> Format:
    fmt = (explicit or path.suffix.lstrip(".")).lower()
    if fmt not in ("csv", "json"):
        raise ValueError(f"{path.name}: choose a .csv or .json file (or say --format csv|json)")
    return fmt  # type: ignore[return-value]


# --- reading -------------------------------------------------------------------------

class _Problems:
    def __init__(self) -> None:
        self.kept: list[RowProblem] = []
        self.total = 0

    def add(self, problem: RowProblem) -> None:
        self.total += 1
        if len(self.kept) < MAX_PROBLEMS_KEPT:
            self.kept.append(problem)

    def __bool__(self) -> bool:
        return self.total > 0

    def report(self, row: int, field: str, reason: str) -> None:
        self.add(RowProblem(row, field, reason))


def _csv_batches(
    stream: Any, problems: _Problems, now: datetime, schedule: FoundSchedule
) -> Iterator[list[StoredRow]]:
    records = CsvRecords(stream)
    for found in records.header_problems:
        problems.add(RowProblem(found.row, found.field, found.reason))
    if problems:
        return
    schedule_rows = CsvSchedule(records.header)
    convert = RowConverter(records.header, now, checked_text=True, ignored=SCHEDULE_COLUMNS)
    try:
        for numbers, rows, found_here in records.batches(BATCH):
            for found in found_here:
                problems.add(RowProblem(found.row, found.field, found.reason))
            numbers, rows = schedule_rows.entries(numbers, rows, schedule, problems.report)
            quick = convert.batch(rows) if not found_here else None
            if quick is not None:
                yield quick
                continue
            batch: list[StoredRow] = []
            for row, values in zip(numbers, rows, strict=True):
                stored = convert(values)
                if type(stored) is tuple:
                    batch.append(stored)
                else:
                    for error in stored:
                        problems.add(RowProblem(row, error.field, error.message))
            yield batch
    except CsvBroken as broken:
        for found in [*broken.earlier, broken.problem]:
            problems.add(RowProblem(found.row, found.field, found.reason))


def _json_batches(
    stream: Any, problems: _Problems, now: datetime, counts: dict[str, int],
    schedule: FoundSchedule,
) -> Iterator[list[StoredRow]]:
    entries = JsonEntries(stream)
    converters: dict[tuple[str, ...], RowConverter] = {}
    batch: list[StoredRow] = []
    try:
        for number, item in entries:
            if not isinstance(item, dict):
                problems.add(RowProblem(number, "entry", "is not an object of fields"))
                continue
            keys = tuple(item)
            convert = converters.get(keys)
            if convert is None:
                convert = converters.setdefault(keys, RowConverter(keys, now))
            stored = convert(tuple(item.values()))
            if type(stored) is tuple:
                batch.append(stored)
                if len(batch) >= BATCH:
                    yield batch
                    batch = []
            else:
                for error in stored:
                    problems.add(RowProblem(number, error.field, error.message))
    except JsonBroken as broken:
        problems.add(RowProblem(0, "file", str(broken)))
        return
    counts["kept_aside"] = entries.kept_aside
    if entries.wrapped:
        header = entries.header
        version = header.get("version")
        if header.get("format") != JSON_FORMAT_NAME or not entries.saw_entries:
            problems.add(RowProblem(0, "file", "is not a Rolling Journal export"))
        elif type(version) is not int or version not in JSON_READABLE_VERSIONS:
            problems.add(RowProblem(0, "version", f"{version!r} is not supported"))
        else:
            read_json_schedule(header, schedule, problems.report)
    if batch:
        yield batch


def read_rows(
    stream: Any, path: Path, fmt: Format, now: datetime | None = None,
    schedule: FoundSchedule | None = None,
) -> list[StoredRow]:
    """Every row of a whole (small) file, checked, without writing anything:
    ImportRejected naming every problem. The file's pauses and target changes go
    into `schedule`."""
    problems = _Problems()
    moment = now or datetime.now(UTC)
    found = schedule if schedule is not None else FoundSchedule()
    batches = (_csv_batches(stream, problems, moment, found) if fmt == "csv"
               else _json_batches(stream, problems, moment, {}, found))
    rows = [row for batch in batches for row in batch]
    if problems:
        raise ImportRejected(path, problems.kept, problems.total)
    return rows


# --- writing -------------------------------------------------------------------------

def _insert_sql(now: datetime, match_fields: bool) -> str:
    stamp = now.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    columns = ", ".join((*STORED_COLUMNS, "created_at", "updated_at"))
    values = ", ".join("?" * len(STORED_COLUMNS)) + f", '{stamp}', '{stamp}'"
    if not match_fields:
        return f"INSERT INTO entry ({columns}) VALUES ({values}) ON CONFLICT(uuid) DO NOTHING"
    same = " AND ".join(
        f"{name} IS ?" if name in ("pain_before", "pain_after", "smoothness", "right_part_led")
        else f"{name} = ?"
        for name in STORED_COLUMNS[1:]
    )
    return (
        f"INSERT INTO entry ({columns}) SELECT {values} WHERE NOT EXISTS "
        f"(SELECT 1 FROM entry WHERE deleted_at IS NULL AND {same}) ON CONFLICT(uuid) DO NOTHING"
    )


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """The import makes millions of short-lived lists and tuples and no reference
    cycles; Python's cycle collector would spend a third of the time looking at them."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Into an empty journal, insert first and index afterwards (an index built in one
    sort is several times faster than one grown row by row). Inside the import's
    transaction, so a rollback brings the indexes back. Returns how to make them again
    (empty: the UUID index is not there, so nothing was dropped)."""
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entry' "
        "AND sql IS NOT NULL").fetchall()
    if "ux_entry_uuid" not in {name for name, _sql in found}:
        return []
    for name, _sql in found:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def _rebuild_indexes(conn: sqlite3.Connection, statements: list[str]) -> int:
    """Build the indexes again; rows whose UUID came twice in the file keep the first
    of them (and the friend's checks of the others go with them: ON DELETE CASCADE).
    The number of rows dropped as duplicates."""
    dropped = 0
    for sql in statements:
        try:
            conn.execute(sql)
        except sqlite3.IntegrityError:
            if "ux_entry_uuid" not in sql:
                raise
            # rowcount: the entries deleted, not the friend's checks the cascade takes.
            dropped = conn.execute(
                "DELETE FROM entry WHERE id NOT IN (SELECT min(id) FROM entry GROUP BY uuid)"
            ).rowcount
            conn.execute(sql)
    return dropped


def _last_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT ifnull(max(id), 0) FROM entry").fetchone()[0])


def _insert(conn: sqlite3.Connection, sql: str, batch: list[StoredRow], match: bool) -> int:
    """Insert the rows of a batch in order; the number added. `match`: the statement
    also takes the fields to match a live entry by (every stored column but the UUID).

    The friend's checks of a session need its new id. When every row of the batch went
    in, the ids are the next ones after the largest, in order (SQLite gives a new row
    the largest id + 1), so the checks follow in one statement. When some were skipped
    as already there, the batch is undone and its sessions with checks go one by one."""
    if max(map(len, batch)) == ROW_WIDTH:  # the usual batch: no friend's checks
        rows = [row + row[1:] for row in batch] if match else batch
        return int(conn.executemany(sql, rows).rowcount)
    stored = [row[:ROW_WIDTH] for row in batch]
    conn.execute("SAVEPOINT checked_rolls")
    last = _last_id(conn)
    added = int(conn.executemany(sql, [r + r[1:] for r in stored] if match else stored)
                .rowcount)
    if added == len(batch) and _last_id(conn) == last + added:
        insert_rolls_raw(conn, [(last + 1 + index, row[ROW_WIDTH])
                                for index, row in enumerate(batch) if len(row) > ROW_WIDTH])
        conn.execute("RELEASE checked_rolls")
        return added
    conn.execute("ROLLBACK TO checked_rolls")
    conn.execute("RELEASE checked_rolls")
    added = 0
    for with_rolls, run in itertools.groupby(batch, key=lambda row: len(row) > ROW_WIDTH):
        if not with_rolls:
            added += _insert(conn, sql, list(run), match)
            continue
        for row in run:  # one at a time: the checks need the new entry's id
            values = row[:ROW_WIDTH]
            cursor = conn.execute(sql, values + values[1:] if match else values)
            if cursor.rowcount == 1 and cursor.lastrowid is not None:
                insert_rolls_raw(conn, [(cursor.lastrowid, row[ROW_WIDTH])])
                added += 1
    return added


class Written(NamedTuple):
    added: int  # entries
    seen: int  # entry rows read
    pauses_added: int = 0
    targets_added: int = 0


def write_rows(
    db_path: Path | Any,
    batches: Iterable[list[StoredRow]],
    *,
    problems: _Problems | None = None,
    before_write: Callable[[], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_batch: Callable[[int], None] | None = None,
    now: datetime | None = None,
    schedule: FoundSchedule | None = None,
    replace: bool = False,
    server: Any = None,
) -> Written:
    """What was added after writing every batch, then the `schedule` (which the
    batches may still be filling as they are read), in one transaction; nothing is
    written if `problems` has any once the batches are done. `db_path`: the SQLite
    file, or a server journal's engine (server_import). `replace`: the journal's
    entries, checks, pauses and targets are deleted first, in the same transaction
    (restoring a snapshot)."""
    moment = now or datetime.now(UTC)
    if not isinstance(db_path, Path):
        from desktop_app.journal.server_import import write_rows_server

        return write_rows_server(db_path, batches, server=server, problems=problems,
                                 before_write=before_write, cancelled=cancelled,
                                 on_batch=on_batch, now=moment, schedule=schedule,
                                 replace=replace)
    try:
        conn = connect_raw(db_path)
    except sqlite3.Error as exc:
        raise JournalError(f"Could not open the journal to import: {describe_error(exc)}.") \
            from exc
    try:
        return _import_in_transaction(
            conn, batches, moment, problems=problems, before_write=before_write,
            cancelled=cancelled, on_batch=on_batch, schedule=schedule, replace=replace)
    except sqlite3.Error as exc:
        _rollback(conn)
        raise JournalError(
            f"Could not import the entries: {describe_error(exc)}. Nothing was changed."
        ) from exc
    except BaseException:
        _rollback(conn)
        raise
    finally:
        conn.close()


def _import_in_transaction(
    conn: sqlite3.Connection,
    batches: Iterable[list[StoredRow]],
    moment: datetime,
    *,
    problems: _Problems | None,
    before_write: Callable[[], object] | None,
    cancelled: Callable[[], bool] | None,
    on_batch: Callable[[int], None] | None,
    schedule: FoundSchedule | None,
    replace: bool,
) -> Written:
    """`write_rows` on an open SQLite connection: one transaction, committed only when
    every batch was read without a problem (the caller rolls back on an error)."""
    conn.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    conn.execute("BEGIN IMMEDIATE")
    if replace:
        for table in ("friend_check", "entry", "practice_pause", "daily_target"):
            conn.execute(f"DELETE FROM {table}")
    has_rows, has_live = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM entry), "
        "EXISTS (SELECT 1 FROM entry WHERE deleted_at IS NULL)").fetchone()
    # Matching by fields needs a lookup per row: only when there is something to match.
    sql = _insert_sql(moment, match_fields=bool(has_live))
    with _without_cycle_collector():
        added, seen, wrote, rebuild = _write_batches(
            conn, sql, batches, empty=not has_rows, match=bool(has_live),
            problems=problems, before_write=before_write, cancelled=cancelled,
            on_batch=on_batch)
    if cancelled is not None and cancelled():
        raise ImportCancelled("The import was cancelled; nothing was imported.")
    if problems:
        conn.execute("ROLLBACK")
        return Written(0, seen)
    if rebuild:
        added -= _rebuild_indexes(conn, rebuild)
    pauses_added = targets_added = 0
    if schedule:
        if not wrote and before_write is not None:
            before_write()
        pauses_added, targets_added = write_imported_schedule(
            conn, schedule.pauses, schedule.targets, moment)
    conn.execute("COMMIT")
    return Written(added, seen, pauses_added, targets_added)


def _write_batches(
    conn: sqlite3.Connection,
    sql: str,
    batches: Iterable[list[StoredRow]],
    *,
    empty: bool,
    match: bool,
    problems: _Problems | None,
    before_write: Callable[[], object] | None,
    cancelled: Callable[[], bool] | None,
    on_batch: Callable[[int], None] | None,
) -> tuple[int, int, bool, list[str]]:
    """Insert every batch (none once `problems` has one: the rest are only read, to
    report every problem). Returns the rows added and read, whether anything was
    written, and the indexes dropped for a fast first fill of an `empty` journal."""
    rebuild: list[str] = []
    added = 0
    wrote = False
    walk = BatchWalk(batches, problems, cancelled, on_batch)
    for batch in walk:
        if not wrote:
            if before_write is not None:
                before_write()
            wrote = True
            if empty and len(batch) >= BATCH:
                rebuild = _drop_indexes(conn)
                if rebuild:
                    sql = sql.replace(" ON CONFLICT(uuid) DO NOTHING", "")
        added += _insert(conn, sql, batch, match)
    return added, walk.seen, wrote, rebuild


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # closing the connection rolls back as well


def import_path(
    db_path: Path | Any,
    source: Path,
    fmt: Format | None = None,
    *,
    before_write: Callable[[], object] | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
    replace: bool = False,
    server: Any = None,
) -> ImportResult:
    """Import every entry of `source` that is not in the journal yet, or nothing:
    ImportRejected (every problem by row and field), ImportCancelled, JournalError."""
    fmt = fmt or format_for(source)
    moment = now or datetime.now(UTC)
    try:
        handle = open(source, encoding="utf-8-sig", errors="surrogateescape", newline="")  # noqa: SIM115
        size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise ImportRejected(
            source, [RowProblem(0, "file", f"cannot be read ({exc.strerror or exc})")]
        ) from None
    problems = _Problems()
    counts: dict[str, int] = {}
    schedule = FoundSchedule()
    raw: Any = handle.buffer  # where in the file reading is, for the progress

    def report(rows: int) -> None:
        if progress is not None:
            fraction = raw.tell() / size if size else 1.0
            progress(ImportProgress(rows, min(fraction, 1.0)))

    with handle:
        try:
            batches = (_csv_batches(handle, problems, moment, schedule) if fmt == "csv"
                       else _json_batches(handle, problems, moment, counts, schedule))
            written = write_rows(
                db_path, batches, problems=problems, before_write=before_write,
                cancelled=cancelled, on_batch=report, now=moment, schedule=schedule,
                replace=replace, server=server,
            )
        except UnicodeDecodeError:  # only the BOM-sniffing first read can still raise
            raise ImportRejected(
                source, [RowProblem(0, "file", "is not UTF-8 text (save it as UTF-8)")]
            ) from None
    if problems:
        raise ImportRejected(source, problems.kept, problems.total)
    if progress is not None:
        progress(ImportProgress(written.seen, 1.0))
    return ImportResult(written.added, written.seen - written.added,
                        counts.get("kept_aside", 0), written.pauses_added,
                        written.targets_added)
