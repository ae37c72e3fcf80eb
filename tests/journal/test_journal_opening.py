"""Opening the journal: in use or unreadable is not damage (case 1), no silent empty
journal after a file was set aside (case 2), one unreadable row locks nobody out
(case 6). Each reproduces what the journal did before the journal service."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.journal import backups, db
from desktop_app.journal.problems import ProblemKind
from desktop_app.journal.repository import Journal
from desktop_app.journal.service import JournalService
from tests.helpers import ROOT
from tests.helpers.builders import journal_count, journal_with, numbered_session
from tests.helpers.processes import cli, folder_state, without_file_privileges

HOLD_EXCLUSIVE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode=EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE entry SET notes = notes")
print("locked", flush=True)
time.sleep(120)
"""


def _hold_exclusive(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_EXCLUSIVE, str(path)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def _stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()


# --- case 1: locked, busy or unreadable is not damage ------------------------------------

def test_a_journal_locked_by_another_connection_is_in_use_and_left_alone(data_dir: Path) -> None:
    path = journal_with(data_dir, 5)
    before = folder_state(data_dir)
    holder = _hold_exclusive(path)
    try:
        done = cli("export", "--out", str(data_dir.parent / "out.csv"), data_dir=data_dir)
        assert done.returncode == 1
        assert "in use by" in done.stderr and f"process {holder.pid}" in done.stderr
        assert "damaged" not in done.stderr
        assert "Traceback" not in done.stderr
        assert not db.set_aside_files(data_dir)
    finally:
        _stop(holder)
    assert {k: v for k, v in folder_state(data_dir).items() if "wal" not in k and "shm" not in k
            } == {k: v for k, v in before.items() if "wal" not in k and "shm" not in k}
    done = cli("export", "--out", str(data_dir.parent / "out.csv"), data_dir=data_dir)
    assert done.returncode == 0 and "Exported 5 session(s)" in done.stdout


def test_the_window_says_in_use_and_opens_once_it_is_free(qtbot, data_dir: Path,
                                                          monkeypatch) -> None:
    from desktop_app.app import create_window
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.recovery_dialog import RecoveryChoice

    path = journal_with(data_dir, 3)
    holder = _hold_exclusive(path)
    seen = []

    def retry_when_free(_window, problem):
        seen.append(problem)
        _stop(holder)
        return RecoveryChoice.RETRY

    monkeypatch.setattr(MainWindow, "ask_recovery", retry_when_free)
    try:
        window = create_window(data_dir)
    finally:
        if holder.poll() is None:
            _stop(holder)
    qtbot.addWidget(window)
    assert [p.kind for p in seen] == [ProblemKind.IN_USE]
    assert f"process {holder.pid}" in seen[0].message
    assert window.history.model.rowCount() == 3
    assert not db.set_aside_files(data_dir)


def test_an_unreadable_journal_is_left_untouched(data_dir: Path) -> None:
    prefix = without_file_privileges()
    path = journal_with(data_dir, 4)
    path.chmod(0)
    before = folder_state_as_root(data_dir)
    try:
        done = cli("export", "--out", str(data_dir.parent / "out.csv"), data_dir=data_dir,
                   prefix=prefix)
        assert done.returncode == 1, done.stdout
        assert "journal.sqlite cannot be read: permission denied" in done.stderr
        assert "Traceback" not in done.stderr
        again = cli("export", "--out", str(data_dir.parent / "out.csv"), data_dir=data_dir,
                    prefix=prefix)
        assert again.returncode == 1
    finally:
        path.chmod(0o600)
    assert not db.set_aside_files(data_dir)
    assert folder_state(data_dir) == before
    done = cli("export", "--out", str(data_dir.parent / "out.csv"), data_dir=data_dir)
    assert "Exported 4 session(s)" in done.stdout


def folder_state_as_root(folder: Path) -> dict[str, bytes]:
    modes = {}
    for part in folder.rglob("*"):
        if part.is_file():
            modes[part] = part.stat().st_mode
            part.chmod(0o600)
    try:
        return folder_state(folder)
    finally:
        for part, mode in modes.items():
            part.chmod(mode)


LEAVE_WAL = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("UPDATE entry SET notes = notes || '!'")
os._exit(0)  # as a killed `sudo rolling-journal` would: the -wal and -shm stay
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="making files of another user needs root")
def test_wal_files_left_by_a_sudo_run_are_not_damage(data_dir: Path) -> None:
    prefix = without_file_privileges()
    path = journal_with(data_dir, 3)
    subprocess.run([sys.executable, "-c", LEAVE_WAL, str(path)], check=True)
    companions = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    assert all(part.exists() for part in companions)
    for part in companions:
        os.chown(part, 65534, 65534)  # another user's (root's, for a person using sudo)
        part.chmod(0o644)
    before = folder_state(data_dir)
    done = cli("export", "--out", str(data_dir.parent / "out.csv"), data_dir=data_dir,
               prefix=prefix)
    assert done.returncode == 1
    assert "journal.sqlite-wal cannot be written: permission denied" in done.stderr
    assert "sudo" in done.stderr
    assert not db.set_aside_files(data_dir)
    assert folder_state(data_dir) == before


# --- case 2: after a set-aside, nothing silently starts empty ------------------------------

def _damage(path: Path) -> None:
    path.write_bytes(b"\x00not a database at all" * 2048)


def test_after_a_set_aside_commands_refuse_until_a_backup_is_restored(data_dir: Path) -> None:
    path = journal_with(data_dir, 7)
    newest = backups.list_backups(data_dir)[0].path.name
    _damage(path)
    out = data_dir.parent / "out.csv"
    first = cli("export", "--out", str(out), data_dir=data_dir)
    assert first.returncode == 1
    aside = db.set_aside_files(data_dir)
    assert len(aside) == 1 and aside[0].name in first.stderr
    assert newest in first.stderr and "7 entries" in first.stderr
    assert "restore --newest" in first.stderr
    for _attempt in range(2):  # every later run refuses too, and creates no journal
        later = cli("export", "--out", str(out), data_dir=data_dir)
        assert later.returncode == 1, later.stdout
        assert aside[0].name in later.stderr and newest in later.stderr
        assert not path.exists() and not out.exists()
    imported = cli("import", str(ROOT / "README.md"), "--format", "csv", data_dir=data_dir)
    assert imported.returncode == 1 and not path.exists()

    listing = cli("backups", data_dir=data_dir)
    assert listing.returncode == 0 and newest in listing.stdout and " 7 " in listing.stdout
    restored = cli("restore", "--newest", data_dir=data_dir)
    assert restored.returncode == 0, restored.stderr
    assert "7 entries" in restored.stdout
    done = cli("export", "--out", str(out), data_dir=data_dir)
    assert done.returncode == 0 and "Exported 7 session(s)" in done.stdout
    assert aside[0].exists()  # the damaged file is kept


def test_restore_by_number_or_name_and_a_refused_one(data_dir: Path, tmp_path: Path) -> None:
    journal_with(data_dir, 2)
    journal = Journal.open(data_dir)
    journal.add(numbered_session(10))
    backups.backup_database(journal.path, "before-import")
    journal.close()
    listing = json.loads(cli("backups", "--json", data_dir=data_dir).stdout)
    assert [b["entries"] for b in listing] == [3, 2]
    assert [b["number"] for b in listing] == [1, 2]
    assert cli("restore", "2", data_dir=data_dir).returncode == 0
    assert journal_count(data_dir) == 2
    assert cli("restore", listing[0]["file"], data_dir=data_dir).returncode == 0
    assert journal_count(data_dir) == 3
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    refused = cli("restore", str(empty), data_dir=data_dir)
    assert refused.returncode == 1 and "0 bytes" in refused.stderr
    assert journal_count(data_dir) == 3



def test_a_zero_byte_journal_beside_backups_is_damaged(data_dir: Path) -> None:
    path = journal_with(data_dir, 5)
    path.write_bytes(b"")
    service = JournalService(data_dir)
    result = service.open()
    assert result.problem is not None and result.problem.kind is ProblemKind.DAMAGED
    assert "0 bytes" in result.problem.message
    assert result.problem.newest_backup is not None
    assert result.problem.newest_backup.entries == 5
    assert result.problem.set_aside_as is not None and result.problem.set_aside_as.exists()
    assert not path.exists()


def test_a_zero_byte_journal_with_no_history_is_simply_new(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "journal.sqlite").write_bytes(b"")
    done = cli("export", "--out", str(data_dir.parent / "out.csv"), data_dir=data_dir)
    assert done.returncode == 0 and "Exported 0 session(s)" in done.stdout


def test_the_window_offers_the_backup_again_and_starts_empty_only_when_asked(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    from desktop_app.app import create_window
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.recovery_dialog import RecoveryChoice

    path = journal_with(data_dir, 6)
    _damage(path)
    seen = []
    answers = [RecoveryChoice.QUIT, RecoveryChoice.START_EMPTY]

    def answer(_window, problem):
        seen.append(problem)
        return answers.pop(0)

    monkeypatch.setattr(MainWindow, "ask_recovery", answer)
    first = create_window(data_dir)
    qtbot.addWidget(first)
    assert seen[0].kind is ProblemKind.DAMAGED
    assert not path.exists() and not first.context.is_open
    first.close()
    second = create_window(data_dir)
    qtbot.addWidget(second)
    assert seen[1].kind is ProblemKind.SET_ASIDE
    assert seen[1].newest_backup is not None and seen[1].newest_backup.entries == 6
    assert second.history.model.rowCount() == 0  # the empty journal, chosen
    assert path.exists() and db.set_aside_files(data_dir)
    assert backups.list_backups(data_dir)[-1].entries == 6


# --- case 6: one unreadable row never locks anyone out -----------------------------------

def _spoil(path: Path, entry_id: int, column: str, value: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE entry SET {column} = ? WHERE id = ?", (value, entry_id))
    conn.commit()
    conn.close()


def test_one_unreadable_row_is_listed_kept_and_exported(qtbot, data_dir: Path,
                                                        tmp_path: Path) -> None:
    from desktop_app.app import create_window

    path = journal_with(data_dir, 4)
    _spoil(path, 2, "started_at", "garbage")
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.history.model.rowCount() == 3
    assert window.notice_bar.isVisible()
    assert "entry 2 (started_at = 'garbage')" in window.notice_bar.text.text()
    assert window.ensure_charts() is not None
    assert window.charts.stack.currentWidget() is window.charts.charts_area
    window.close()

    out = tmp_path / "out.csv"
    exported = cli("export", "--out", str(out), data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    assert "Exported 3 session(s)" in exported.stdout and "1 unreadable row(s)" in exported.stdout
    side = tmp_path / "out.kept-aside.csv"
    assert "garbage" in side.read_text()

    checked = cli("check", data_dir=data_dir)
    assert checked.returncode == 1
    assert "entry 2 (started_at = 'garbage')" in checked.stdout
    as_data = json.loads(cli("check", "--json", data_dir=data_dir).stdout)
    assert as_data["healthy"] is False and as_data["entries"] == 3
    assert as_data["unreadable"][0]["fields"] == ["started_at"]
    repaired = cli("check", "--repair", data_dir=data_dir)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "kept 1 unreadable row(s) aside" in repaired.stdout
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 3
    raw = json.loads(conn.execute("SELECT raw FROM entry_kept_aside").fetchone()[0])
    conn.close()
    assert raw["started_at"] == "garbage" and raw["notes"] == numbered_session(1).notes
    as_json = tmp_path / "out.json"
    assert cli("export", "--out", str(as_json), data_dir=data_dir).returncode == 0
    document = json.loads(as_json.read_text())
    assert len(document["entries"]) == 3
    assert document["kept_aside"][0]["raw"]["started_at"] == "garbage"
    assert cli("check", data_dir=data_dir).returncode == 0


@pytest.mark.parametrize(("column", "value"), [
    ("duration_s", "ten minutes"), ("pain_before", 42), ("part1", "maybe"),
    ("created_at", "2026-02-30 08:00:00.000000"), ("notes", b"\x00\xff"),
])
def test_any_unreadable_value_is_named_by_entry_and_field(data_dir: Path, column: str,
                                                         value: object) -> None:
    path = journal_with(data_dir, 3, backup=False)
    _spoil(path, 3, column, value)
    result = JournalService(data_dir).open()
    assert result.journal is not None
    assert [(row.entry_id, row.fields) for row in result.journal.unreadable] == [(3, (column,))]
    assert result.journal.count() == 2
    assert len(result.journal.entries()) == 2
    assert len(result.journal.session_columns()) == 2
    result.journal.close()


def test_wrong_columns_count_as_damaged(data_dir: Path) -> None:
    path = journal_with(data_dir, 3)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE entry DROP COLUMN notes")
    conn.commit()
    conn.close()
    done = cli("export", "--out", str(data_dir.parent / "out.csv"), data_dir=data_dir)
    assert done.returncode == 1
    assert "wrong columns (notes missing)" in done.stderr
    assert "Traceback" not in done.stderr
    assert db.set_aside_files(data_dir) and "3 entries" in done.stderr
