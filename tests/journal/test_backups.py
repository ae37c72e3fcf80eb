"""Backups, restore and damaged files: the journal is never lost."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.journal import backups, db
from desktop_app.journal.errors import JournalCorrupt, JournalError
from desktop_app.journal.repository import Journal
from tests.helpers.builders import numbered_session


def _journal_with(data_dir: Path, count: int) -> Journal:
    journal = Journal.open(data_dir)
    journal.import_entries([numbered_session(i) for i in range(count)])
    return journal


def test_backup_is_a_consistent_copy_of_a_live_wal_journal(data_dir: Path) -> None:
    journal = _journal_with(data_dir, 7)
    # The connection stays open, so recent commits may still sit in the -wal file.
    with journal.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
        copy = backups.backup_database(journal.path, "manual")
    assert backups.count_entries(copy) == 7
    assert backups.is_intact(copy)
    assert copy.stat().st_mode & 0o777 == 0o600
    journal.close()


def test_daily_backup_at_start_only_when_the_newest_is_a_day_old(data_dir: Path) -> None:
    _journal_with(data_dir, 3).close()
    assert backups.list_backups(data_dir) == []  # a brand-new journal has nothing to keep
    Journal.open(data_dir).close()
    first = backups.list_backups(data_dir)
    assert [b.reason for b in first] == ["daily"]
    assert first[0].entries == 3
    Journal.open(data_dir).close()
    assert len(backups.list_backups(data_dir)) == 1
    assert not backups.backup_due(data_dir, datetime.now(UTC) + timedelta(hours=23))
    assert backups.backup_due(data_dir, datetime.now(UTC) + timedelta(hours=25))


def test_rotation_keeps_10_daily_and_4_weekly(data_dir: Path) -> None:
    journal = _journal_with(data_dir, 1)
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    made = [
        backups.backup_database(journal.path, "daily", now=start + timedelta(days=d, hours=h))
        for d in range(60)
        for h in (0, 6)
    ]
    kept = {b.path for b in backups.list_backups(data_dir)}
    # Independently: the later copy of each day; days and weeks counted from the newest.
    newest_per_day = [made[i] for i in range(len(made) - 1, 0, -2)]
    days = [start + timedelta(days=d, hours=6) for d in range(59, -1, -1)]
    newest_per_week: dict[tuple[int, int], Path] = {}
    for moment, path in zip(days, newest_per_day, strict=True):
        newest_per_week.setdefault(moment.isocalendar()[:2], path)
    expected = set(newest_per_day[:10]) | set(list(newest_per_week.values())[:4])
    assert kept == expected
    assert len(kept) == 12  # 10 days span two weeks; two more weekly copies
    journal.close()


def test_restore_backs_up_the_current_file_first(data_dir: Path) -> None:
    journal = _journal_with(data_dir, 4)
    copy = backups.backup_database(journal.path, "manual")
    journal.add(numbered_session(20))
    journal.close()
    db.restore_backup(data_dir, copy)
    restored = Journal.open(data_dir)
    assert restored.count() == 4
    restored.close()
    before = [b for b in backups.list_backups(data_dir) if b.reason == "before-restore"]
    assert len(before) == 1 and before[0].entries == 5


def test_a_damaged_backup_is_not_restored(data_dir: Path, tmp_path: Path) -> None:
    _journal_with(data_dir, 2).close()
    bad = tmp_path / "journal-20260101T000000000000Z-daily.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(JournalError, match="Could not restore"):
        db.restore_backup(data_dir, bad)
    assert Journal.open(data_dir).count() == 2


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    raw = bytearray(path.read_bytes())
    # Scribble over the table's pages, keeping the header so SQLite still opens it.
    for offset in range(page_size * 2, len(raw), 7):
        raw[offset] = 0xA5
    path.write_bytes(bytes(raw))


def test_a_corrupt_journal_is_set_aside_and_the_newest_backup_offered(data_dir: Path) -> None:
    journal = _journal_with(data_dir, 30)
    backups.backup_database(journal.path, "daily")
    journal.close()
    _damage(db.database_path(data_dir))
    damaged = db.database_path(data_dir).read_bytes()
    with pytest.raises(JournalCorrupt) as caught:
        Journal.open(data_dir)
    problem = caught.value
    assert problem.moved_to.read_bytes() == damaged
    assert problem.backup is not None and problem.backup.entries == 30
    assert "30 entries" in str(problem)
    db.restore_backup(data_dir, problem.backup.path)
    assert Journal.open(data_dir).count() == 30


def test_event_backups_are_kept_apart_from_the_daily_rotation(data_dir: Path) -> None:
    journal = _journal_with(data_dir, 1)
    start = datetime(2026, 3, 1, tzinfo=UTC)
    for i in range(12):
        backups.backup_database(journal.path, "before-import", now=start + timedelta(minutes=i))
    backups.backup_database(journal.path, "daily", now=start + timedelta(hours=1))
    reasons = [b.reason for b in backups.list_backups(data_dir)]
    assert reasons.count("before-import") == 10
    assert reasons.count("daily") == 1
    journal.close()
