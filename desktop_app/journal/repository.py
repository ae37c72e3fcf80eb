"""The journal's named operations: one transaction per user action.

The UI, the statistics and the command line go through `Journal`; no other code
outside desktop_app.journal talks to the database. Every database error leaves here
as a JournalError in plain words. Rows that cannot be read (listed when the journal
opened) are kept out of every read and never deleted; `keep_aside` moves them into
a table of their own as text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session

from desktop_app.journal.entry import (
    PARTS,
    EntryData,
    FriendRoll,
    checked,
    friend_rolls_text,
    to_record,
)
from desktop_app.journal.errors import EntryConflict, EntryNotFound, JournalError
from desktop_app.journal.friend_store import rolls_by_entry, rolls_for, rolls_of, write_rolls
from desktop_app.journal.health import UnreadableRow, describe_error, find_unreadable
from desktop_app.journal.ids import new_uuid
from desktop_app.journal.models import Entry, KeptAside, utc_now
from desktop_app.journal.schedule import Pause, TargetChange, check_pause, check_target

if TYPE_CHECKING:
    # numpy (the columns) and the importer load when first used, not when the journal
    # opens: the window shows the history before either is needed.
    import numpy as np

    from desktop_app.journal.columns import Columns
    from desktop_app.journal.importer import ImportResult
    from desktop_app.journal.schedule import PracticeSchedule
    from desktop_app.journal.server import ServerAddress

__all__ = ["CONFLICT_MESSAGE", "Journal", "JournalEntry", "KeptRow", "entry_columns"]

CONFLICT_MESSAGE = "This entry was changed on another computer"


@dataclass(frozen=True)
class JournalEntry:
    """A saved entry: what was recorded plus its bookkeeping."""

    id: int
    data: EntryData
    created_at: datetime
    updated_at: datetime
    uuid: str = ""
    version: int = 1  # what an edit or delete names: refused if it changed meanwhile


@dataclass(frozen=True)
class KeptRow:
    """A row that could not be read, as text: kept aside by a repair, or still in
    the entry table (kept_at is None) until one."""

    entry_id: int
    problem: str
    raw: dict[str, Any]
    kept_at: datetime | None


def entry_columns(data: EntryData) -> dict[str, object]:
    """The `entry` table's columns for `data` (bookkeeping columns aside)."""
    return {
        "started_at": data.started_at,
        "duration_s": data.duration_s,
        **{part: part in data.parts for part in PARTS},
        "pain_before": data.pain_before,
        "pain_after": data.pain_after,
        "stopped_hurt": data.stopped_hurt,
        "smoothness": data.smoothness,
        "right_part_led": data.right_part_led,
        "friend_checked": data.friend_checked,
        "friend_remark": data.friend_remark,
        "notes": data.notes,
    }


def _to_data(row: Any, friend_rolls: tuple[FriendRoll, ...] = ()) -> EntryData:
    return EntryData(
        started_at=row.started_at,
        duration_s=row.duration_s,
        parts=frozenset(p for p in PARTS if getattr(row, p)),
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        stopped_hurt=row.stopped_hurt,
        smoothness=row.smoothness,
        right_part_led=row.right_part_led,
        friend_checked=row.friend_checked,
        friend_remark=row.friend_remark,
        notes=row.notes,
        friend_rolls=friend_rolls,
    )


def _to_entry(
    row: Entry | sa.Row[Any], friend_rolls: tuple[FriendRoll, ...] = ()
) -> JournalEntry:
    """From an ORM object or a Core row (both have the columns as attributes)."""
    assert row.id is not None
    return JournalEntry(row.id, _to_data(row, friend_rolls), row.created_at, row.updated_at,
                        row.uuid, getattr(row, "version", 1) or 1)


def _storage_error(action: str, exc: BaseException,
                   server: ServerAddress | None = None) -> JournalError:
    """The journal's own error for a failed write: ServerUnreachable (which server, and
    why) when a server journal could not be reached."""
    if server is not None:
        from desktop_app.journal.server import connection_failure, unreachable

        if connection_failure(exc):
            return unreachable(server, exc)
    return JournalError(f"Could not {action}: {describe_error(exc)}. Nothing was changed.")


_READ_ERRORS = (sa.exc.SQLAlchemyError, sqlite3.Error, ValueError, OverflowError)


class Journal:
    """The person's journal: one SQLite file, or a database on a PostgreSQL server
    (`server`; then `path` is only where the data folder's file would be, never opened)."""

    def __init__(
        self, engine: sa.Engine, path: Path, unreadable: Sequence[UnreadableRow] = (),
        *, server: ServerAddress | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        self.server = server
        self._unreadable = list(unreadable)
        self._skip = frozenset(row.entry_id for row in self._unreadable)
        self._close_hooks: list[Any] = []

    @classmethod
    def open(cls, data_dir: Path) -> Journal:
        """Open the journal in `data_dir` as the command line does: JournalUnavailable
        (JournalCorrupt for a damaged file, set aside) when it cannot be used."""
        from desktop_app.journal.service import JournalService

        return JournalService(data_dir).open_or_raise()

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @property
    def is_server(self) -> bool:
        return self.server is not None

    def describe(self) -> str:
        """Where the journal is, for messages: its file, or its server (no password)."""
        return str(self.path) if self.server is None else f"the server {self.server.describe()}"

    @property
    def unreadable(self) -> list[UnreadableRow]:
        """Rows the journal could not read when it was opened (kept, never shown)."""
        return list(self._unreadable)

    def on_close(self, hook: Any) -> None:
        self._close_hooks.append(hook)

    def close(self) -> None:
        self.engine.dispose()
        hooks, self._close_hooks = self._close_hooks, []
        for hook in hooks:
            hook()

    @contextmanager
    def _reading(self, what: str) -> Iterator[None]:
        try:
            yield
        except JournalError:
            raise
        except _READ_ERRORS as exc:
            if self.server is not None:
                from desktop_app.journal.server import connection_failure, unreachable

                if connection_failure(exc):
                    raise unreachable(self.server, exc) from None
            raise JournalError(f"Could not read {what} from the journal: "
                               f"{describe_error(exc)}.") from exc

    def _live(self, table: Any) -> Any:
        condition = table.c.deleted_at.is_(None)
        if self._skip:
            condition = sa.and_(condition, table.c.id.not_in(self._skip))
        return condition

    # --- one entry at a time -----------------------------------------------------------

    def add(self, data: EntryData) -> JournalEntry:
        checked(data)
        row = Entry(uuid=new_uuid(), **entry_columns(data))  # type: ignore[arg-type]
        try:
            with Session(self.engine) as session, session.begin():
                session.add(row)
                session.flush()
                assert row.id is not None
                if data.friend_rolls:  # (a new entry has no checks to replace)
                    write_rolls(session.connection(), row.id, data.friend_rolls)
                saved = _to_entry(row, data.friend_rolls)
        except sa.exc.SQLAlchemyError as exc:
            raise _storage_error("save the entry", exc, self.server) from exc
        return saved

    def update(self, entry_id: int, data: EntryData, *, version: int | None = None
               ) -> JournalEntry:
        """Change what was recorded; the entry keeps its id and UUID.

        `version`: the version the change was made on (JournalEntry.version, as shown).
        When the entry changed since (on another computer), nothing is written and
        EntryConflict carries the entry as it is now. The check is part of the UPDATE
        itself, so two computers saving at the same moment cannot both pass it."""
        checked(data)
        table = Entry.__table__  # type: ignore[attr-defined]
        try:
            with self.engine.begin() as conn:
                query = sa.update(table).where(table.c.id == entry_id,
                                               table.c.deleted_at.is_(None))
                if entry_id in self._skip:
                    raise EntryNotFound(f"Entry {entry_id} cannot be read; it is kept as it is.")
                if version is not None:
                    query = query.where(table.c.version == version)
                changed = conn.execute(query.values(
                    **entry_columns(data), updated_at=utc_now(),
                    version=table.c.version + 1)).rowcount
                if changed != 1:
                    self._refuse(conn, entry_id, version)
                write_rolls(conn, entry_id, data.friend_rolls)
                row = conn.execute(sa.select(table).where(table.c.id == entry_id)).one()
                saved = _to_entry(row, data.friend_rolls)
        except sa.exc.SQLAlchemyError as exc:
            raise _storage_error("save the changes", exc, self.server) from exc
        return saved

    def delete(self, entry_id: int, *, version: int | None = None) -> None:
        """Soft delete: the row stays so that `restore` (Undo) can bring it back.
        `version` as for update: refused (EntryConflict) when it changed meanwhile."""
        self._set_deleted(entry_id, utc_now(), "delete the entry", version)

    def restore(self, entry_id: int) -> None:
        self._set_deleted(entry_id, None, "restore the entry", None)

    def _refuse(self, conn: sa.Connection, entry_id: int, version: int | None) -> None:
        """The UPDATE changed nothing: say whether the entry is gone or was changed."""
        table = Entry.__table__  # type: ignore[attr-defined]
        row = conn.execute(sa.select(table).where(table.c.id == entry_id)).first()
        if row is None or row.deleted_at is not None or version is None:
            if row is not None and row.deleted_at is not None and version is not None:
                raise EntryConflict(CONFLICT_MESSAGE + " (it was deleted there).", None)
            raise EntryNotFound(f"Entry {entry_id} is not in the journal (it may be deleted).")
        raise EntryConflict(
            CONFLICT_MESSAGE + ". Nothing was saved; its new version is shown.",
            _to_entry(row, rolls_of(conn, entry_id)))

    def get(self, entry_id: int) -> JournalEntry:
        with self._reading(f"entry {entry_id}"), Session(self.engine) as session:
            row = self._live_row(session, entry_id)
            return _to_entry(row, rolls_of(session.connection(), entry_id))

    # --- many entries ------------------------------------------------------------------

    def entries(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[JournalEntry]:
        """Live entries, newest first; `since` inclusive, `until` exclusive.

        Core rows, not ORM objects: the history reloads after every save, and for ten
        years of entries (7,300) this takes 95 ms instead of 135 ms.
        """
        table = Entry.__table__  # type: ignore[attr-defined]
        query = sa.select(table).where(self._live(table))
        if since is not None:
            query = query.where(table.c.started_at >= since)
        if until is not None:
            query = query.where(table.c.started_at < until)
        query = query.order_by(table.c.started_at.desc(), table.c.id.desc())
        with self._reading("the entries"), self.engine.connect() as conn:
            rolls = rolls_by_entry(conn, since, until)
            return [_to_entry(row, rolls.get(row.id, ())) for row in conn.execute(query)]

    def count(self, since: datetime | None = None, until: datetime | None = None) -> int:
        """Live entries started in [since, until)."""
        table = Entry.__table__  # type: ignore[attr-defined]
        query = sa.select(sa.func.count()).select_from(table).where(self._live(table))
        if since is not None:
            query = query.where(table.c.started_at >= since)
        if until is not None:
            query = query.where(table.c.started_at < until)
        with self._reading("the number of entries"), self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def export_records(self, batch: int = 2000) -> Iterator[dict[str, Any]]:
        """Every live entry as an export record (uuid included), oldest first, read in
        batches so that a long journal is never all in memory."""
        table = Entry.__table__  # type: ignore[attr-defined]
        # Not `version`: the snapshot taken before migration 0005 adds it reads this too.
        columns = [column for column in table.c if column.name != "version"]
        query = (sa.select(*columns).where(self._live(table))
                 .order_by(table.c.started_at, table.c.id))
        with self._reading("the entries"), self.engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(query)
            for rows in result.partitions():
                # A friend's checks of each roll, for the sessions of this batch only.
                checks = rolls_for(conn, [row.id for row in rows if row.friend_checked])
                for row in rows:
                    data = _to_data(row, checks.get(row.id, ()))
                    yield {**to_record(data), "uuid": row.uuid}

    # --- the practice schedule: pauses and the daily target's history ----------------------

    def pauses(self) -> tuple[Pause, ...]:
        """The practice pauses, earliest first."""
        from desktop_app.journal.schedule_store import read_pauses

        with self._reading("the practice pauses"):
            return read_pauses(self)

    def target_changes(self) -> tuple[TargetChange, ...]:
        """The daily target's history, earliest change first."""
        from desktop_app.journal.schedule_store import read_targets

        with self._reading("the daily target's history"):
            return read_targets(self)

    def pause_practice(self, first_day: date, days: int | None) -> Pause:
        """Pause practice from `first_day` for `days` days (None: until resumed)."""
        from desktop_app.journal.schedule_store import pause_practice

        return pause_practice(self, first_day, days)

    def resume_practice(self, today: date) -> Pause | None:
        from desktop_app.journal.schedule_store import resume_practice

        return resume_practice(self, today)

    def set_daily_target(self, per_day: int, from_day: date, previous: int) -> None:
        """From `from_day` on the daily target is `per_day` (earlier days keep theirs)."""
        from desktop_app.journal.schedule_store import set_daily_target

        set_daily_target(self, per_day, from_day, previous)

    # --- what the statistics read --------------------------------------------------------

    def session_columns(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Columns:
        """Live sessions started in [since, until) as numpy columns, in one query."""
        from desktop_app.journal.columns import read_columns

        with self._reading("the sessions"), self.engine.connect() as conn:
            return read_columns(conn, since=since, until=until, excluded=self._skip)

    def session_times(self, *, until: datetime | None = None) -> np.ndarray:
        """UTC epoch seconds (int64, sorted) of every live session started before
        `until`: what the practice strength needs from the whole history, in one light
        query."""
        from desktop_app.journal.times import read_times

        with self._reading("the sessions"), self.engine.connect() as conn:
            return read_times(conn, until=until, excluded=self._skip)

    def practice_schedule(self, default_per_day: int = 2) -> PracticeSchedule:
        """The daily target's history and the pauses (`default_per_day`: the target of
        the days before the first recorded change)."""
        from desktop_app.journal.schedule_store import read_schedule

        with self._reading("the practice schedule"):
            return read_schedule(self, default_per_day=default_per_day)

    def has_sessions(self) -> bool:
        from desktop_app.journal.columns import has_live

        with self._reading("the sessions"), self.engine.connect() as conn:
            return has_live(conn, self._skip)

    def first_session_start(self) -> datetime | None:
        from desktop_app.journal.columns import first_start

        with self._reading("the sessions"), self.engine.connect() as conn:
            return first_start(conn, self._skip)

    @contextmanager
    def _cursor(self) -> Iterator[Any]:
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
        finally:
            connection.close()

    # --- unreadable rows ---------------------------------------------------------------------

    def find_unreadable(self) -> list[UnreadableRow]:
        """Scan again for rows that cannot be read (they are then kept out of reads).
        PostgreSQL checks every value's type as it is written: nothing to find there."""
        if self.server is not None:
            return []
        with self._reading("the entries"), self._cursor() as cursor:
            found = find_unreadable(cursor.connection, with_uuid=True)  # its sqlite3 connection
        self._unreadable = found
        self._skip = frozenset(row.entry_id for row in found)
        return list(found)

    def keep_aside(self) -> int:
        """Move every unreadable row into the kept-aside table (as text), in one
        transaction; the number moved. Nothing is deleted that is not kept."""
        rows = self.find_unreadable()
        if not rows:
            return 0
        now = utc_now()
        kept = KeptAside.__table__  # type: ignore[attr-defined]
        entries = Entry.__table__  # type: ignore[attr-defined]
        try:
            with self.engine.begin() as conn:
                # Deleting the row takes its friend's checks with it (ON DELETE CASCADE):
                # they are kept in the text too.
                checks = rolls_for(conn, [row.entry_id for row in rows])
                for row in rows:
                    raw = row.raw_json()
                    if checks.get(row.entry_id):
                        raw = json.dumps({**row.raw, "friend_rolls": friend_rolls_text(
                            checks[row.entry_id])}, ensure_ascii=False, sort_keys=True)
                    conn.execute(sa.insert(kept).values(
                        entry_id=row.entry_id, kept_at=now,
                        problem=", ".join(row.fields), raw=raw))
                    conn.execute(sa.delete(entries).where(entries.c.id == row.entry_id))
        except sa.exc.SQLAlchemyError as exc:
            raise _storage_error("keep the unreadable rows aside", exc, self.server) from exc
        self._unreadable = []
        self._skip = frozenset()
        return len(rows)

    def kept_aside(self, *, include_unreadable: bool = False) -> list[KeptRow]:
        """The rows kept aside by a repair; with `include_unreadable`, also those still
        unreadable in the entry table (what an export writes out as text)."""
        kept = KeptAside.__table__  # type: ignore[attr-defined]
        with self._reading("the rows kept aside"), self.engine.connect() as conn:
            rows = [
                KeptRow(row.entry_id, row.problem, json.loads(row.raw), row.kept_at)
                for row in conn.execute(sa.select(kept).order_by(kept.c.id))
            ]
        if include_unreadable:
            rows += [KeptRow(row.entry_id, ", ".join(row.fields), row.raw, None)
                     for row in self._unreadable]
        return rows

    # --- import --------------------------------------------------------------------------

    def import_entries(
        self,
        entries: Sequence[EntryData],
        *,
        pauses: Sequence[Pause] = (),
        targets: Sequence[TargetChange] = (),
    ) -> ImportResult:
        """Add every entry not in the journal yet (same fields as a live entry), with
        its friend's checks, and the pauses and target changes it does not have (same
        first day), all or nothing, in one transaction."""
        from desktop_app.journal.convert import stored_row
        from desktop_app.journal.importer import ImportResult, write_rows
        from desktop_app.journal.schedule_records import FoundSchedule

        rows = [stored_row(checked(data)) for data in entries]
        for pause in pauses:
            check_pause(pause)
        for change in targets:
            check_target(change.per_day)
        written = write_rows(self.import_target(), [rows], server=self.server,
                             schedule=FoundSchedule(list(pauses), list(targets)))
        return ImportResult(added=written.added, skipped=written.seen - written.added,
                            pauses_added=written.pauses_added,
                            targets_added=written.targets_added)

    def import_target(self) -> Path | sa.Engine:
        """What the importer writes to: the SQLite file (its own fast connection), or
        the server's engine."""
        return self.engine if self.server is not None else self.path

    # --- internals ---------------------------------------------------------------------

    def _live_row(self, session: Session, entry_id: int) -> Entry:
        if entry_id in self._skip:
            raise EntryNotFound(f"Entry {entry_id} cannot be read; it is kept as it is.")
        row = session.get(Entry, entry_id)
        if row is None or row.deleted_at is not None:
            raise EntryNotFound(f"Entry {entry_id} is not in the journal (it may be deleted).")
        return row

    def _set_deleted(self, entry_id: int, when: datetime | None, action: str,
                     version: int | None) -> None:
        table = Entry.__table__  # type: ignore[attr-defined]
        try:
            with self.engine.begin() as conn:
                if entry_id in self._skip:
                    raise EntryNotFound(f"Entry {entry_id} cannot be read; it is kept as it is.")
                query = sa.update(table).where(table.c.id == entry_id)
                if version is not None:
                    query = query.where(table.c.version == version,
                                        table.c.deleted_at.is_(None))
                changed = conn.execute(query.values(
                    deleted_at=when, updated_at=utc_now(),
                    version=table.c.version + 1)).rowcount
                if changed != 1:
                    if version is None:
                        raise EntryNotFound(f"Entry {entry_id} is not in the journal.")
                    self._refuse(conn, entry_id, version)
        except sa.exc.SQLAlchemyError as exc:
            raise _storage_error(action, exc, self.server) from exc

