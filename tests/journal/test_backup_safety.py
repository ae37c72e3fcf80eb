"""Backups and restore: ordered by the record, not the clock (case 3); restore checks
the copy first, backups that cannot be written stop nothing, export never lands on
the journal or a backup (case 7)."""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.journal import backups, db
from desktop_app.journal.errors import JournalError, RestoreRefused
from desktop_app.journal.problems import NoticeKind
from desktop_app.journal.repository import Journal
from desktop_app.journal.service import JournalService
from tests.helpers import ROOT
from tests.helpers.builders import edit_sqlite, journal_count, journal_with, numbered_session
from tests.helpers.processes import cli, folder_state

FUTURE = datetime(2100, 1, 1, tzinfo=UTC)



# --- case 3: order by the record; future dates; stray partial files -----------------------

def test_a_restore_with_the_clock_behind_keeps_its_own_before_restore_copy(
    data_dir: Path,
) -> None:
    path = journal_with(data_dir, 3)
    chosen = backups.list_backups(data_dir)[0].path
    # Copies made while the clock said 2100: by their dates, every later one is older.
    for minute in range(backups.KEEP_EVENTS):
        backups.backup_database(path, "before-import", now=FUTURE + timedelta(minutes=minute))
    journal = Journal.open(data_dir)
    journal.add(numbered_session(30))  # the one entry only the journal has now
    journal.close()
    outcome = JournalService(data_dir).restore(chosen)
    assert outcome.before_restore is not None and outcome.before_restore.exists()
    assert backups.count_entries(outcome.before_restore) == 4
    listed = backups.list_backups(data_dir)
    assert listed[0].path == outcome.before_restore  # the newest, whatever its date
    assert journal_count(data_dir) == 3


def test_a_newest_backup_dated_in_the_future_counts_as_due(data_dir: Path) -> None:
    path = journal_with(data_dir, 2, backup=False)
    backups.backup_database(path, "daily", now=FUTURE)
    assert backups.backup_due(data_dir)
    for _start in range(3):
        JournalService(data_dir).open().journal.close()  # type: ignore[union-attr]
    dailies = [b for b in backups.list_backups(data_dir) if b.reason == "daily"]
    assert len(dailies) == 2  # the 2100 one, and one made now (only one: it is not due again)
    assert dailies[0].created.year == datetime.now(UTC).year


def test_stray_partial_files_are_removed_at_start(data_dir: Path) -> None:
    path = journal_with(data_dir, 2)
    folder = backups.backup_dir(data_dir)
    strays = [folder / "journal-20260101T000000000000Z-n000099-daily.sqlite.partial",
              folder / "journal-20260101T000000000000Z-n000099-daily.sqlite.partial-journal",
              data_dir / ".journal.sqlite.restoring"]
    for stray in strays:
        stray.write_bytes(b"x" * 50_000)
    JournalService(data_dir).open().journal.close()  # type: ignore[union-attr]
    assert not any(stray.exists() for stray in strays)
    assert backups.count_entries(path) == 2


def test_backups_from_before_the_manifest_are_adopted_in_name_order(data_dir: Path) -> None:
    path = journal_with(data_dir, 1, backup=False)
    folder = backups.backup_dir(data_dir)
    folder.mkdir(mode=0o700)
    for stamp in ("20260101T080000000000Z", "20260102T080000000000Z"):
        backups.copy_database(path, folder / f"journal-{stamp}-daily.sqlite")
    listed = backups.list_backups(data_dir)
    assert [b.created.day for b in listed] == [2, 1]
    made = backups.backup_database(path, "before-import", now=datetime(2020, 1, 1, tzinfo=UTC))
    assert backups.list_backups(data_dir)[0].path == made
    manifest = json.loads((folder / "manifest.json").read_text())
    assert len(manifest["backups"]) == 3


# --- case 7: restore checks; unwritable backups; export targets -------------------------

def _foreign(path: Path) -> None:
    edit_sqlite(path, "CREATE TABLE recipes (name TEXT)")


def _journal_edited(path: Path, folder: str, statement: str) -> None:
    """A real two-session journal at `path`, then `statement` run on it."""
    journal_with(path.parent / folder, 2, backup=False)
    os.replace(path.parent / folder / "journal.sqlite", path)
    edit_sqlite(path, statement)


def _future_schema(path: Path) -> None:
    _journal_edited(path, "future",
                    "UPDATE alembic_version SET version_num = '0999_from_the_future'")


def _wrong_columns(path: Path) -> None:
    _journal_edited(path, "wrong", "ALTER TABLE entry DROP COLUMN pain_after")


def _unreadable_row(path: Path) -> None:
    _journal_edited(path, "bad", "UPDATE entry SET duration_s = 'long' WHERE id = 1")


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: p.write_bytes(b""), "0 bytes"),
    (_foreign, "not a Rolling Journal journal"),
    (_future_schema, "newer version"),
    (_wrong_columns, "wrong columns (pain_after missing)"),
    (_unreadable_row, "entry 1 (duration_s = 'long')"),
    (lambda p: p.write_bytes(b"garbage" * 1000), "not a Rolling Journal journal"),
])
def test_restore_refuses_a_copy_the_app_could_not_open(data_dir: Path, tmp_path: Path,
                                                       make, reason: str) -> None:
    journal_with(data_dir, 4)
    before = folder_state(data_dir)
    candidate = tmp_path / "candidate.sqlite"
    make(candidate)
    with pytest.raises(RestoreRefused, match=r"Could not restore candidate\.sqlite") as caught:
        JournalService(data_dir).restore(candidate)
    assert reason in str(caught.value)
    assert folder_state(data_dir) == before
    assert journal_count(data_dir) == 4


def test_restoring_an_older_schema_brings_it_up_to_date(data_dir: Path, tmp_path: Path) -> None:
    journal_with(data_dir, 1)
    old = tmp_path / "old"
    old.mkdir()
    engine = db.create_journal_engine(old / "journal.sqlite")
    db.upgrade(engine, "0001_initial")
    engine.dispose()
    conn = sqlite3.connect(old / "journal.sqlite")
    conn.execute("INSERT INTO entry (started_at, duration_s, part1, part2, part3, stopped_hurt,"
                 " friend_checked, friend_remark, notes, created_at, updated_at) VALUES"
                 " ('2025-01-01 08:00:00.000000', 60, 1, 0, 0, 0, 0, '', 'old',"
                 "  '2025-01-01 08:00:00.000000', '2025-01-01 08:00:00.000000')")
    conn.commit()
    conn.close()
    JournalService(data_dir).restore(old / "journal.sqlite")
    assert db.stored_revision(db.database_path(data_dir)) == db.SCHEMA_REVISION
    journal = Journal.open(data_dir)
    assert [e.data.notes for e in journal.entries()] == ["old"]
    assert journal.entries()[0].uuid
    journal.close()


def test_unwritable_backups_never_stop_the_window_and_imports_then_fail_cleanly(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import create_window

    journal_with(data_dir, 3, backup=False)
    (data_dir / "backups").write_text("a file where the folder should be")
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.history.model.rowCount() == 3
    assert window.notice_bar.isVisible()
    assert "Could not write a backup" in window.notice_bar.text.text()
    assert [n.kind for n in window.context.notices] == [NoticeKind.BACKUPS_UNWRITABLE]
    source = tmp_path / "more.json"
    source.write_text(json.dumps([{"started_at": "2026-11-20T08:00:00+00:00",
                                   "duration_s": 60, "parts": "part1"}]))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.import_file(source)
    assert "Nothing was imported" in shown[0] and "backup" in shown[0]
    assert window.journal.count() == 3


FULL_DISK = """
import resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
from desktop_app.app import main
sys.exit(main(sys.argv[3:] + ["--data-dir", sys.argv[1]]))
"""


def _on_a_full_disk(data_dir: Path, limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(data_dir), str(limit), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_a_full_disk_at_start_leaves_the_journal_usable(data_dir: Path, tmp_path: Path) -> None:
    path = journal_with(data_dir, 2000, backup=False)
    size = path.stat().st_size
    out = tmp_path / "out.csv"
    # No file may grow past half the journal: the daily copy cannot be written (the
    # -shm's 32 KiB still can).
    assert size // 2 > 64 * 1024
    done = _on_a_full_disk(data_dir, size // 2, "export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Exported 2000 session(s)" in done.stdout
    assert "Could not write a backup" in done.stderr and "Traceback" not in done.stderr
    assert not list(backups.backup_dir(data_dir).glob("*.partial*"))


def test_a_full_disk_during_an_import_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    path = journal_with(data_dir, 5)
    before = journal_count(data_dir)
    source = tmp_path / "many.csv"
    from desktop_app.journal.export import entries_to_csv

    start = datetime(2021, 1, 1, tzinfo=UTC)
    source.write_text(entries_to_csv(
        numbered_session(i, notes="n" * 1500, started_at=start + timedelta(hours=i))
        for i in range(1000)))
    limit = path.stat().st_size * 4  # room for the backup; not for a thousand long notes
    done = _on_a_full_disk(data_dir, limit, "import", str(source))
    assert done.returncode == 1
    assert "Nothing was changed" in done.stderr and "Traceback" not in done.stderr
    assert journal_count(data_dir) == before
    assert db.stored_revision(path) == db.SCHEMA_REVISION
    assert resource.getrlimit(resource.RLIMIT_FSIZE)[0] == resource.RLIM_INFINITY


@pytest.mark.parametrize("target", [
    "journal.sqlite", "journal.sqlite-wal", "journal.sqlite-shm", "backups/mine.csv",
    "backups/{newest}",
])
def test_export_never_writes_onto_the_journal_or_a_backup(data_dir: Path, target: str) -> None:
    journal_with(data_dir, 3)
    newest = backups.list_backups(data_dir)[0].path.name
    before = folder_state(data_dir)
    out = data_dir / target.format(newest=newest)
    done = cli("export", "--format", "csv", "--out", str(out), data_dir=data_dir)
    assert done.returncode == 1
    assert "Not exported" in done.stderr and "left untouched" in done.stderr
    assert folder_state(data_dir) == before


def test_export_through_a_link_onto_the_journal_is_refused(data_dir: Path, tmp_path: Path) -> None:
    path = journal_with(data_dir, 2)
    link = tmp_path / "innocent.csv"
    link.symlink_to(path)
    with pytest.raises(JournalError, match="journal's own file"):
        JournalService(data_dir).export(link, "csv")
    hard = tmp_path / "hard.csv"
    os.link(path, hard)
    with pytest.raises(JournalError, match="journal's own file"):
        JournalService(data_dir).export(hard, "csv")
    assert journal_count(data_dir) == 2
