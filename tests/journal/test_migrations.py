"""Schema migrations: from the very first schema, with a backup first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from desktop_app.journal import db
from desktop_app.journal.errors import JournalError
from desktop_app.journal.repository import Journal
from tests.helpers.builders import edit_sqlite, numbered_session


def test_code_revision_is_the_alembic_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_current_head() == db.SCHEMA_REVISION
    assert sorted(s.revision for s in scripts.walk_revisions()) == db.known_revisions()


def _first_schema_journal(data_dir: Path, count: int) -> None:
    """A journal as the first release wrote it: schema 0001 and raw rows."""
    data_dir.mkdir(parents=True)
    engine = db.create_journal_engine(db.database_path(data_dir))
    db.upgrade(engine, "0001_initial")
    engine.dispose()
    conn = sqlite3.connect(db.database_path(data_dir))
    for i in range(count):
        conn.execute(
            "INSERT INTO entry (started_at, duration_s, part1, part2, part3, pain_before,"
            " pain_after, stopped_hurt, smoothness, right_part_led, friend_checked,"
            " friend_remark, notes, created_at, updated_at) VALUES"
            " (?, ?, 1, 0, 0, ?, NULL, 0, 3, 'yes', 0, '', ?, ?, ?)",
            (f"2025-01-{i + 1:02d} 08:00:00.000000", 300 + i, i % 11, f"old {i}",
             "2025-02-01 00:00:00.000000", "2025-02-01 00:00:00.000000"),
        )
    conn.commit()
    conn.close()


def test_upgrade_from_first_schema_keeps_every_entry_and_backs_up(data_dir: Path) -> None:
    _first_schema_journal(data_dir, 25)
    journal = Journal.open(data_dir)
    entries = journal.entries()
    assert len(entries) == 25
    assert sorted(e.data.notes for e in entries) == sorted(f"old {i}" for i in range(25))
    assert db.stored_revision(journal.path) == db.SCHEMA_REVISION
    journal.add(numbered_session(1))
    journal.close()
    backups = list((data_dir / "backups").glob(f"*before-{db.SCHEMA_REVISION}*.sqlite"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT count(*) FROM entry").fetchone()[0] == 25
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_initial"


def test_current_journal_opens_without_alembic_or_backup(data_dir: Path, monkeypatch) -> None:
    Journal.open(data_dir).close()

    def no_upgrade(*_args: object) -> None:
        raise AssertionError("migrations ran on an up-to-date journal")

    monkeypatch.setattr(db, "upgrade", no_upgrade)
    Journal.open(data_dir).close()
    assert not list((data_dir / "backups").glob("*before-*"))


def test_journal_from_a_newer_app_is_refused_untouched(data_dir: Path) -> None:
    Journal.open(data_dir).close()
    path = db.database_path(data_dir)
    edit_sqlite(path, "UPDATE alembic_version SET version_num = '0999_future'")
    before = path.read_bytes()
    with pytest.raises(JournalError, match="newer version"):
        Journal.open(data_dir)
    assert path.read_bytes() == before


def test_the_uuid_migration_keeps_friend_checks_pauses_and_targets(data_dir: Path) -> None:
    """0004 rebuilds `entry` (uuid NOT NULL); with foreign keys on, dropping the old
    table would delete every friend_check row (ON DELETE CASCADE)."""
    data_dir.mkdir(parents=True)
    path = db.database_path(data_dir)
    engine = db.create_journal_engine(path)
    db.upgrade(engine, "0003_practice_safety")
    engine.dispose()
    conn = sqlite3.connect(path)
    stamp = "2025-02-01 00:00:00.000000"
    conn.execute(
        "INSERT INTO entry (started_at, duration_s, part1, part2, part3, stopped_hurt,"
        " friend_checked, friend_remark, notes, created_at, updated_at) VALUES"
        " ('2025-01-01 08:00:00.000000', 300, 1, 0, 0, 0, 1, '', 'with a friend', ?, ?)",
        (stamp, stamp))
    conn.executemany("INSERT INTO friend_check (entry_id, position, step_id, led)"
                     " VALUES (1, ?, ?, ?)", [(0, "part1.1", "right"), (1, "part1.2", "hip")])
    conn.execute("INSERT INTO practice_pause (first_day, last_day, created_at, updated_at)"
                 " VALUES ('2025-01-03', '2025-01-05', ?, ?)", (stamp, stamp))
    conn.execute("INSERT INTO daily_target (effective_from, sessions_per_day, created_at)"
                 " VALUES ('2025-01-02', 3, ?)", (stamp,))
    conn.commit()
    conn.close()

    journal = Journal.open(data_dir)  # migrates to 0004
    assert db.stored_revision(path) == db.SCHEMA_REVISION  # 0004 and every later one
    [entry] = journal.entries()
    assert [(r.step_id, r.led) for r in entry.data.friend_rolls] == [
        ("part1.1", "right"), ("part1.2", "hip")]
    assert len(entry.uuid) == 36
    assert [(p.first_day.isoformat(), p.last_day and p.last_day.isoformat())
            for p in journal.pauses()] == [("2025-01-03", "2025-01-05")]
    assert [(t.effective_from.isoformat(), t.per_day) for t in journal.target_changes()] == [
        ("2025-01-02", 3)]
    journal.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


@pytest.mark.parametrize("table", ["friend_check", "practice_pause", "daily_target"])
def test_a_journal_missing_a_practice_table_is_damaged(data_dir: Path, table: str) -> None:
    from desktop_app.journal.health import FileState, inspect_journal

    Journal.open(data_dir).close()
    path = db.database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    found = inspect_journal(path)
    assert found.state is FileState.DAMAGED
    assert found.reason == f"the table '{table}' is missing"


def test_a_journal_at_the_practice_safety_revision_opens_and_migrates(data_dir: Path) -> None:
    from desktop_app.journal.health import FileState, inspect_journal
    from desktop_app.journal.schema import has_schedule, has_uuids, required_tables

    assert has_schedule("0003_practice_safety") and not has_uuids("0003_practice_safety")
    assert not has_schedule("0002_live_entries_index")
    assert "friend_check" in required_tables("0003_practice_safety")
    assert "entry_kept_aside" not in required_tables("0003_practice_safety")
    data_dir.mkdir(parents=True)
    engine = db.create_journal_engine(db.database_path(data_dir))
    db.upgrade(engine, "0003_practice_safety")
    engine.dispose()
    assert inspect_journal(db.database_path(data_dir)).state is FileState.OK
    Journal.open(data_dir).close()
    assert db.stored_revision(db.database_path(data_dir)) == db.SCHEMA_REVISION
