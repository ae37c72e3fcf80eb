"""The journal's storage, on real SQLite files."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.journal.entry import EntryInvalid
from desktop_app.journal.errors import EntryNotFound, JournalCorrupt, JournalError
from desktop_app.journal.repository import Journal
from tests.helpers.builders import BASE, edit_sqlite, numbered_session


def test_new_journal_uses_wal_full_sync_and_private_files(data_dir: Path, journal) -> None:
    with journal.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600


def test_add_then_read_back_exactly(journal) -> None:
    saved = journal.add(numbered_session(3))
    assert journal.get(saved.id).data == numbered_session(3)
    assert saved.data.started_at.tzinfo is not None
    assert journal.count() == 1


def test_entries_newest_first_with_range(journal) -> None:
    for i in range(6):
        journal.add(numbered_session(i))
    starts = [e.data.started_at for e in journal.entries()]
    assert starts == sorted(starts, reverse=True)
    since = BASE + timedelta(hours=24)
    until = BASE + timedelta(hours=48)
    assert [e.data for e in journal.entries(since, until)] == [numbered_session(3),
                                                               numbered_session(2)]
    assert journal.count(since, until) == 2


def test_update_changes_only_that_entry(journal) -> None:
    first = journal.add(numbered_session(1))
    second = journal.add(numbered_session(2))
    updated = journal.update(first.id, numbered_session(1, notes="edited", pain_after=0))
    assert updated.data.notes == "edited"
    assert updated.updated_at >= first.updated_at
    assert journal.get(second.id).data == numbered_session(2)


def test_delete_hides_and_restore_brings_back(journal) -> None:
    saved = journal.add(numbered_session(1))
    journal.delete(saved.id)
    assert journal.count() == 0
    with pytest.raises(EntryNotFound):
        journal.get(saved.id)
    journal.restore(saved.id)
    assert journal.get(saved.id).data == numbered_session(1)


def test_invalid_entry_is_refused_and_nothing_written(journal) -> None:
    with pytest.raises(EntryInvalid):
        journal.add(numbered_session(1, duration_s=0))
    with pytest.raises(EntryInvalid):
        journal.update(journal.add(numbered_session(2)).id, numbered_session(2, pain_before=12))
    assert [e.data for e in journal.entries()] == [numbered_session(2)]


def test_entries_survive_reopening(data_dir: Path) -> None:
    first = Journal.open(data_dir)
    first.add(numbered_session(4))
    first.close()
    again = Journal.open(data_dir)
    assert [e.data for e in again.entries()] == [numbered_session(4)]
    again.close()


def test_times_are_stored_as_utc(journal) -> None:
    local = datetime(2026, 6, 1, 9, 15, tzinfo=UTC).astimezone(
        __import__("zoneinfo").ZoneInfo("Asia/Tokyo")
    )
    saved = journal.add(numbered_session(0, started_at=local))
    raw = sqlite3.connect(journal.path).execute(
        "SELECT started_at FROM entry WHERE id=?", (saved.id,)
    ).fetchone()[0]
    assert raw.startswith("2026-06-01 09:15:00")
    assert journal.get(saved.id).data.started_at == local
    assert journal.get(saved.id).data.started_at.tzinfo == UTC


def test_read_only_file_gives_a_clear_error_and_keeps_data(data_dir: Path, journal) -> None:
    journal.add(numbered_session(1))
    journal.close()
    # Read-only through SQLite itself: works the same for root, which ignores file modes.
    uri = f"sqlite:///file:{journal.path}?mode=ro&uri=true"
    import sqlalchemy as sa

    read_only = Journal(sa.create_engine(uri), journal.path)
    with pytest.raises(JournalError, match=r"read-only.*Nothing was changed"):
        read_only.add(numbered_session(2))
    read_only.close()
    assert [e.data for e in Journal.open(data_dir).entries()] == [numbered_session(1)]


def test_unwritable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(JournalError, match="Cannot create the journal folder"):
        Journal.open(blocker / "journal")


def test_a_foreign_sqlite_file_is_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "journal.sqlite"
    edit_sqlite(path, "CREATE TABLE other (x)")
    before = path.read_bytes()
    with pytest.raises(JournalError, match="not a Rolling Journal journal"):
        Journal.open(data_dir)
    assert path.read_bytes() == before


def test_a_damaged_file_is_renamed_aside_never_deleted(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "journal.sqlite"
    garbage = b"this is not a database at all" * 100
    path.write_bytes(garbage)
    with pytest.raises(JournalCorrupt) as caught:
        Journal.open(data_dir)
    assert caught.value.moved_to.read_bytes() == garbage
    assert caught.value.moved_to.name.startswith("journal-corrupt-")
    assert "nothing in it was deleted" in str(caught.value)
    assert "no backup" in str(caught.value)
    assert not path.exists()
