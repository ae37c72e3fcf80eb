"""Builders of entries and journals (distinct names: each builds something different)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

import sqlalchemy as sa

from desktop_app.journal.entry import EntryData

BASE = datetime(2026, 11, 2, 7, 30, tzinfo=UTC)


def numbered_session(i: int = 0, **changes: object) -> EntryData:
    """The i-th of a varied series of valid entries, `i` half-days after BASE: every field
    filled (parts, pains, smoothness, the lead, a friend's check every third, notes)."""
    data = EntryData(
        started_at=BASE + timedelta(hours=12 * i, seconds=i),
        duration_s=600 + i,
        parts=frozenset({"part1", "part2"} if i % 2 else {"part3"}),
        pain_before=(5 + i) % 11,
        pain_after=(3 + i) % 11,
        smoothness=1 + i % 5,
        right_part_led=("yes", "partly", "no", None)[i % 4],
        friend_checked=i % 3 == 0,
        friend_remark="head led nicely" if i % 3 == 0 else "",
        notes=f"session {i}\nsecond line, with a comma",
    )
    return data.with_changes(**changes)


def session_at(when: datetime, **changes: object) -> EntryData:
    """One plain valid session (Part 1, ten minutes, nothing else) at `when` (aware), with
    any field overridden."""
    data = EntryData(started_at=when.astimezone(UTC), duration_s=600, parts=frozenset({"part1"}))
    return data.with_changes(**changes) if changes else data


def journal_with(data_dir: Path, count: int, *, backup: bool = True) -> Path:
    """A journal of `count` sessions in `data_dir` (and one daily backup of it)."""
    from desktop_app.journal import backups
    from desktop_app.journal.repository import Journal

    journal = Journal.open(data_dir)
    early = datetime(2020, 1, 1, 7, 30, tzinfo=UTC)  # room for many before today
    journal.import_entries([numbered_session(i, started_at=early + timedelta(hours=12 * i,
                                                                              seconds=i))
                            for i in range(count)])
    if backup:
        backups.backup_database(journal.path, "daily")
    journal.close()
    return data_dir / "journal.sqlite"


def insert_unchecked(engine: sa.Engine, entries: Iterable[EntryData]) -> None:
    """Insert rows with SQLAlchemy Core, skipping validation.

    Only for dates the journal refuses today (more than a day in the future), e.g. the
    ISO week 53 of 2026; the rows are stored exactly as `Journal` would store them.
    """
    from desktop_app.journal.ids import new_uuid
    from desktop_app.journal.models import Entry
    from desktop_app.journal.repository import entry_columns

    now = datetime.now(UTC)
    rows = [
        {**entry_columns(data), "uuid": new_uuid(), "created_at": now, "updated_at": now}
        for data in entries
    ]
    if rows:
        with engine.begin() as conn:
            conn.execute(sa.insert(Entry.__table__), rows)  # type: ignore[attr-defined]


def local_times(entries: Sequence[EntryData], tz: tzinfo) -> list[datetime]:
    return [e.started_at.astimezone(tz) for e in entries]


def edit_sqlite(path: Path, *statements: str) -> None:
    """Run raw SQL on a journal file behind the app's back (a foreign table, a newer
    schema, a damaged row): how the tests make the files the app must refuse or survive."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def journal_count(data_dir: Path) -> int:
    """How many live sessions the journal in `data_dir` holds, opened and closed again."""
    from desktop_app.journal.repository import Journal

    journal = Journal.open(data_dir)
    try:
        return journal.count()
    finally:
        journal.close()
