"""Writing imported rows into a journal on a PostgreSQL server: the same rules as the
SQLite importer (importer.write_rows), through SQLAlchemy, in one transaction.

A row whose UUID is already there is skipped by the unique index itself (ON CONFLICT
DO NOTHING), so two computers importing the same file at once add nothing twice; a file
without UUIDs gets UUIDs from each row's content (convert.stored_row), so the same
holds for it. A live entry with the same fields also counts as already there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa

from desktop_app.journal.batches import BatchWalk
from desktop_app.journal.convert import ROW_WIDTH, STORED_COLUMNS, StoredRow
from desktop_app.journal.errors import JournalError
from desktop_app.journal.schedule import check_pause, check_target

if TYPE_CHECKING:
    from desktop_app.journal.importer import Written
    from desktop_app.journal.schedule_records import FoundSchedule
    from desktop_app.journal.server import ServerAddress

_TYPES = {
    "uuid": "varchar", "started_at": "timestamp", "duration_s": "integer",
    "part1": "boolean", "part2": "boolean", "part3": "boolean", "pain_before": "integer",
    "pain_after": "integer", "stopped_hurt": "boolean", "smoothness": "integer",
    "right_part_led": "varchar", "friend_checked": "boolean", "friend_remark": "text",
    "notes": "text",
}
_OPTIONAL = frozenset({"pain_before", "pain_after", "smoothness", "right_part_led"})
# Every table a whole-journal restore replaces, children first.
REPLACED_TABLES = ("friend_check", "entry", "practice_pause", "daily_target")


def _value(name: str) -> str:
    kind = _TYPES[name]
    if kind == "boolean":  # the stored row holds 0/1, as SQLite does
        return "CAST(CAST(%s AS integer) AS boolean)"
    return f"CAST(%s AS {kind})"


def insert_sql(match_fields: bool) -> str:
    columns = ", ".join((*STORED_COLUMNS, "created_at", "updated_at"))
    values = ", ".join(_value(name) for name in STORED_COLUMNS) + ", %s, %s"
    where = ""
    if match_fields:
        same = " AND ".join(
            f"{name} IS NOT DISTINCT FROM {_value(name)}" if name in _OPTIONAL
            else f"{name} = {_value(name)}"
            for name in STORED_COLUMNS[1:])
        where = f" WHERE NOT EXISTS (SELECT 1 FROM entry WHERE deleted_at IS NULL AND {same})"
    return (f"INSERT INTO entry ({columns}) SELECT {values}{where} "
            "ON CONFLICT (uuid) DO NOTHING")


def _params(row: StoredRow, stamp: datetime, match: bool) -> tuple[object, ...]:
    values = row[:ROW_WIDTH]
    return (*values, stamp, stamp, *values[1:]) if match else (*values, stamp, stamp)


def write_rows_server(
    engine: sa.Engine,
    batches: Iterable[list[StoredRow]],
    *,
    server: ServerAddress | None = None,
    problems: object = None,
    before_write: Callable[[], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_batch: Callable[[int], None] | None = None,
    now: datetime | None = None,
    schedule: FoundSchedule | None = None,
    replace: bool = False,
) -> Written:
    from desktop_app.journal.importer import Written

    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    seen = added = 0
    try:
        with engine.begin() as conn:
            if replace:
                for table in REPLACED_TABLES:
                    conn.exec_driver_sql(f"DELETE FROM {table}")
            match = bool(conn.exec_driver_sql(
                "SELECT EXISTS (SELECT 1 FROM entry WHERE deleted_at IS NULL)").scalar())
            sql = insert_sql(match)
            wrote = False
            walk = BatchWalk(batches, problems, cancelled, on_batch)
            for batch in walk:
                if not wrote and before_write is not None:
                    before_write()
                wrote = True
                added += _insert(conn, sql, batch, moment, match)
            walk.check_cancelled()
            seen = walk.seen
            if problems:
                conn.rollback()
                return Written(0, seen)
            pauses_added = targets_added = 0
            if schedule:
                if not wrote and before_write is not None:
                    before_write()
                pauses_added, targets_added = _schedule(conn, schedule, moment)
        return Written(added, seen, pauses_added, targets_added)
    except sa.exc.SQLAlchemyError as exc:
        from desktop_app.journal.health import describe_error

        if server is not None:
            from desktop_app.journal.server import connection_failure, unreachable

            if connection_failure(exc):
                raise unreachable(server, exc) from None
        raise JournalError(
            f"Could not import the entries: {describe_error(exc)}. Nothing was changed."
        ) from exc


def _insert(conn: sa.Connection, sql: str, batch: list[StoredRow], stamp: datetime,
            match: bool) -> int:
    plain = [_params(row, stamp, match) for row in batch if len(row) == ROW_WIDTH]
    added = 0
    if plain:
        added += int(conn.exec_driver_sql(sql, plain).rowcount)
    for row in batch:
        if len(row) == ROW_WIDTH:
            continue
        # The friend's checks need the new entry's id.
        new_id = conn.exec_driver_sql(sql + " RETURNING id", _params(row, stamp, match)).scalar()
        if new_id is None:
            continue  # already there
        added += 1
        conn.exec_driver_sql(
            "INSERT INTO friend_check (entry_id, position, step_id, led) VALUES (%s, %s, %s, %s)",
            [(new_id, i, roll.step_id, roll.led) for i, roll in enumerate(row[ROW_WIDTH])])
    return added


def _schedule(conn: sa.Connection, schedule: FoundSchedule, stamp: datetime) -> tuple[int, int]:
    pauses = targets = 0
    for pause in schedule.pauses:
        check_pause(pause)
        pauses += int(conn.exec_driver_sql(
            "INSERT INTO practice_pause (first_day, last_day, created_at, updated_at) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT (first_day) DO NOTHING",
            (pause.first_day, pause.last_day, stamp, stamp)).rowcount)
    for change in schedule.targets:
        check_target(change.per_day)
        targets += int(conn.exec_driver_sql(
            "INSERT INTO daily_target (effective_from, sessions_per_day, created_at) "
            "VALUES (%s, %s, %s) ON CONFLICT (effective_from) DO NOTHING",
            (change.effective_from, change.per_day, stamp)).rowcount)
    return pauses, targets
