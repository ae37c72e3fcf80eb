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
from tests.journal_helpers import session


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
    journal.add(session(1))
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
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(JournalError, match="newer version"):
        Journal.open(data_dir)
    assert path.read_bytes() == before
