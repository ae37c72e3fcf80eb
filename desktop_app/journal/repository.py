"""The journal's named operations: one transaction per user action.

The UI and the command line go through `Journal`; nothing else writes SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from desktop_app.journal.db import database_path, open_database
from desktop_app.journal.entry import PARTS, EntryData, FriendRoll, checked
from desktop_app.journal.errors import EntryNotFound, JournalError
from desktop_app.journal.friend_store import (
    insert_with_rolls,
    rolls_by_entry,
    rolls_of,
    write_rolls,
)
from desktop_app.journal.models import Entry, utc_now
from desktop_app.journal.schedule import Pause, TargetChange


@dataclass(frozen=True)
class JournalEntry:
    """A saved entry: what was recorded plus its bookkeeping."""

    id: int
    data: EntryData
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    pauses_added: int = 0
    targets_added: int = 0


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


def _to_entry(
    row: Entry | sa.Row[Any], friend_rolls: tuple[FriendRoll, ...] = ()
) -> JournalEntry:
    """From an ORM object or a Core row (both have the columns as attributes)."""
    assert row.id is not None
    data = EntryData(
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
    return JournalEntry(row.id, data, row.created_at, row.updated_at)


def _storage_error(action: str, exc: sa.exc.SQLAlchemyError) -> JournalError:
    reason = str(getattr(exc, "orig", None) or exc)
    if "readonly" in reason or "read-only" in reason:
        hint = "the journal file is read-only"
    elif "disk" in reason and "full" in reason:
        hint = "the disk is full"
    elif "locked" in reason:
        hint = "another program is holding the journal"
    else:
        hint = reason
    return JournalError(f"Could not {action}: {hint}. Nothing was changed.")


class Journal:
    """The person's journal in one SQLite file."""

    def __init__(self, engine: sa.Engine, path: Path) -> None:
        self.engine = engine
        self.path = path

    @classmethod
    def open(cls, data_dir: Path) -> Journal:
        return cls(open_database(data_dir), database_path(data_dir))

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    def close(self) -> None:
        self.engine.dispose()

    # --- one entry at a time -----------------------------------------------------------

    def add(self, data: EntryData) -> JournalEntry:
        checked(data)
        row = Entry(**entry_columns(data))
        try:
            with Session(self.engine) as session, session.begin():
                session.add(row)
                session.flush()
                assert row.id is not None
                write_rolls(session.connection(), row.id, data.friend_rolls)
                saved = _to_entry(row, data.friend_rolls)
        except sa.exc.SQLAlchemyError as exc:
            raise _storage_error("save the entry", exc) from exc
        return saved

    def update(self, entry_id: int, data: EntryData) -> JournalEntry:
        checked(data)
        try:
            with Session(self.engine) as session, session.begin():
                row = self._live_row(session, entry_id)
                for name, value in entry_columns(data).items():
                    setattr(row, name, value)
                row.updated_at = utc_now()
                session.flush()
                write_rolls(session.connection(), entry_id, data.friend_rolls)
                saved = _to_entry(row, data.friend_rolls)
        except sa.exc.SQLAlchemyError as exc:
            raise _storage_error("save the changes", exc) from exc
        return saved

    def delete(self, entry_id: int) -> None:
        """Soft delete: the row stays so that `restore` (Undo) can bring it back."""
        self._set_deleted(entry_id, utc_now(), "delete the entry")

    def restore(self, entry_id: int) -> None:
        self._set_deleted(entry_id, None, "restore the entry")

    def get(self, entry_id: int) -> JournalEntry:
        with Session(self.engine) as session:
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
        query = sa.select(table).where(table.c.deleted_at.is_(None))
        if since is not None:
            query = query.where(table.c.started_at >= since)
        if until is not None:
            query = query.where(table.c.started_at < until)
        query = query.order_by(table.c.started_at.desc(), table.c.id.desc())
        with self.engine.connect() as conn:
            rolls = rolls_by_entry(conn, since, until)
            return [_to_entry(row, rolls.get(row.id, ())) for row in conn.execute(query)]

    def count(self, since: datetime | None = None, until: datetime | None = None) -> int:
        """Live entries started in [since, until)."""
        query = select(sa.func.count()).select_from(Entry).where(col(Entry.deleted_at).is_(None))
        if since is not None:
            query = query.where(col(Entry.started_at) >= since)
        if until is not None:
            query = query.where(col(Entry.started_at) < until)
        with Session(self.engine) as session:
            return int(session.exec(query).one())

    def import_entries(
        self,
        entries: Sequence[EntryData],
        *,
        pauses: Sequence[Pause] = (),
        targets: Sequence[TargetChange] = (),
    ) -> ImportResult:
        """Add every entry whose start time is not in the journal yet, and the pauses and
        target changes it does not have, all or nothing.

        Goes through SQLAlchemy Core in one transaction: the ORM is ~15x slower
        for a large file.
        """
        # Imported here: schedule_store builds on this module.
        from desktop_app.journal.schedule_store import import_schedule

        for data in entries:
            checked(data)
        table = Entry.__table__  # type: ignore[attr-defined]
        now = utc_now()
        try:
            with self.engine.begin() as conn:
                existing = _normalised_times(
                    conn.execute(
                        sa.select(table.c.started_at).where(table.c.deleted_at.is_(None))
                    ).scalars()
                )
                rows = []
                for data in entries:
                    key = data.started_at.astimezone(UTC)
                    if key in existing:
                        continue
                    existing.add(key)
                    rows.append(({**entry_columns(data), "created_at": now, "updated_at": now},
                                 data.friend_rolls))
                insert_with_rolls(conn, rows)
                schedule = import_schedule(conn, pauses, targets)
        except sa.exc.SQLAlchemyError as exc:
            raise _storage_error("import the entries", exc) from exc
        return ImportResult(added=len(rows), skipped=len(entries) - len(rows),
                            pauses_added=schedule.pauses_added,
                            targets_added=schedule.targets_added)

    # --- internals ---------------------------------------------------------------------

    @staticmethod
    def _live_row(session: Session, entry_id: int) -> Entry:
        row = session.get(Entry, entry_id)
        if row is None or row.deleted_at is not None:
            raise EntryNotFound(f"Entry {entry_id} is not in the journal (it may be deleted).")
        return row

    def _set_deleted(self, entry_id: int, when: datetime | None, action: str) -> None:
        try:
            with Session(self.engine) as session, session.begin():
                row = session.get(Entry, entry_id)
                if row is None:
                    raise EntryNotFound(f"Entry {entry_id} is not in the journal.")
                row.deleted_at = when
                row.updated_at = utc_now()
        except sa.exc.SQLAlchemyError as exc:
            raise _storage_error(action, exc) from exc


def _normalised_times(values: Iterable[datetime]) -> set[datetime]:
    return {v.astimezone(UTC) for v in values}
