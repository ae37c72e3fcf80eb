"""Import: strict CSV (case 4), identity by UUID or every field (case 5), clear errors
for hostile values and nesting (case 9), and the single-writer lock (case 4)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.journal.errors import JournalError
from desktop_app.journal.export import entries_to_csv
from desktop_app.journal.repository import Journal
from desktop_app.journal.transfer import ImportRejected, export_journal, import_file, read_entries
from tests.helpers import ROOT
from tests.helpers.builders import journal_with, numbered_session
from tests.helpers.processes import cli

HEADER = ("started_at,duration_s,parts,pain_before,pain_after,stopped_hurt,smoothness,"
          "right_part_led,friend_checked,friend_remark,notes")


def _row(day: int, notes: str) -> str:
    start = f"2026-0{day // 28 + 1}-{day % 28 + 1:02d}T08:00:00+00:00"
    return f"{start},600,part1,3,2,false,4,yes,false,,{notes}"



def _problems(path: Path) -> list[tuple[int, str]]:
    with pytest.raises(ImportRejected) as caught:
        read_entries(path)
    return [(p.row, p.field) for p in caught.value.problems]


# --- case 4: strict CSV ------------------------------------------------------------------

def test_an_unterminated_quote_is_an_error_not_a_merged_note(tmp_path: Path, journal) -> None:
    path = tmp_path / "quote.csv"
    path.write_text("\n".join([HEADER, _row(1, "fine"), _row(2, '"never closed'),
                               _row(3, "swallowed"), _row(4, '"another, quoted"')]) + "\n")
    with pytest.raises(ImportRejected) as caught:
        import_file(journal, path)
    problem = caught.value.problems[-1]
    assert (problem.row, problem.field) == (3, "notes")
    assert "quote" in problem.reason
    assert journal.count() == 0


def test_a_quote_left_open_to_the_end_of_the_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "open.csv"
    path.write_text("\n".join([HEADER, _row(1, "fine"), _row(2, '"open'), _row(3, "x")]) + "\n")
    with pytest.raises(ImportRejected) as caught:
        read_entries(path)
    problem = caught.value.problems[-1]
    assert (problem.row, problem.field) == (3, "notes")
    assert "never closed" in problem.reason


def test_a_duplicate_header_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(HEADER + ",notes\n" + _row(1, "real note") + ",overwrites it\n")
    assert _problems(path) == [(1, "notes")]


@pytest.mark.parametrize(("cell", "field", "words"), [
    ("a\x00b", "notes", "NUL"),
    (None, "notes", "not UTF-8"),  # bytes that are not UTF-8 (a lone surrogate, encoded)
    ("9" * 5001, "pain_before", "5001 digits"),
    ("0001-01-01T00:00:00+01:00", "started_at", "outside the years"),
    ("9999-12-31T23:30:00-01:00", "started_at", "outside the years"),
    ("9999-12-31T23:30:00+00:00", "started_at", "future"),
    ("0001-01-01T00:00:00+00:00", "started_at", "year 2000"),
])
def test_hostile_cells_are_errors_naming_row_and_field(tmp_path: Path, cell, field: str,
                                                       words: str) -> None:
    rows = list(csv.reader(io.StringIO(entries_to_csv([numbered_session(1), numbered_session(2)]))))
    header = rows[0]
    path = tmp_path / "hostile.csv"
    if cell is None:
        rows[2][header.index(field)] = "SURROGATE"
        data = "\r\n".join(",".join(f'"{c}"' for c in r) for r in rows).encode()
        path.write_bytes(data.replace(b"SURROGATE", "\ud800".encode("utf-8", "surrogatepass")))
    else:
        rows[2][header.index(field)] = cell
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
    with pytest.raises(ImportRejected) as caught:
        read_entries(path)
    found = caught.value.problems
    assert [(p.row, p.field) for p in found] == [(3, field)], found
    assert words in found[0].reason


def test_json_lone_surrogates_and_long_numbers_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    path.write_text('[{"started_at": "2026-11-01T08:00:00+00:00", "duration_s": 60, '
                    '"parts": "part1", "notes": "\\ud800"}, '
                    '{"started_at": "2026-11-01T09:00:00+00:00", "duration_s": '
                    + "7" * 5001 + ', "parts": "part1"}]')
    assert _problems(path) == [(1, "notes"), (2, "duration_s")]


def test_json_nested_100000_deep_is_an_error_naming_the_file(tmp_path: Path, capsys) -> None:
    from desktop_app.app import main

    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert main(["import", str(path), "--data-dir", str(tmp_path / "d")]) == 1
    err = capsys.readouterr().err
    assert "deep.json" in err and "nested too deeply" in err and "Traceback" not in err
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text('{"format": "rolling-journal", "version": 1, "entries": [' +
                       '{"notes": ' + "[" * 50_000 + "]" * 50_000 + "}]}")
    assert _problems(wrapped) == [(0, "file")]


def test_an_exercise_nested_5000_deep_is_an_error_and_the_others_load(tmp_path: Path) -> None:
    import shutil

    from desktop_app.choreography import load_exercises

    folder = tmp_path / "animations"
    shutil.copytree(ROOT / "animations", folder)
    (folder / "aaa_deep.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    result = load_exercises(folder)
    assert "middle_back_rolling" in result.exercises
    assert [e.file.name for e in result.errors] == ["aaa_deep.toml"]
    assert "nested too deeply" in str(result.errors[0])


def test_the_window_starts_beside_a_deep_exercise_file(qtbot, data_dir: Path, tmp_path: Path,
                                                       monkeypatch) -> None:
    import shutil

    import desktop_app.choreography.loader as loader
    from desktop_app.app import create_window

    folder = tmp_path / "animations"
    shutil.copytree(ROOT / "animations", folder)
    (folder / "deep.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    monkeypatch.setattr(loader, "default_animations_dir", lambda: folder)
    window = create_window(data_dir)
    qtbot.addWidget(window)
    assert window.demo is not None and window.practice is not None
    assert window.practice._exercise is not None


# --- case 5: identity by UUID or every field ---------------------------------------------

def test_two_sessions_at_the_same_time_both_come_back(tmp_path: Path, journal) -> None:
    when = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
    journal.add(numbered_session(1, started_at=when, notes="morning, me"))
    journal.add(numbered_session(2, started_at=when, notes="morning, my friend's count"))
    for fmt in ("csv", "json"):
        out = tmp_path / f"both.{fmt}"
        export_journal(journal, out)
        fresh = Journal.open(tmp_path / f"fresh-{fmt}")
        assert import_file(fresh, out).added == 2
        assert sorted(e.data.notes for e in fresh.entries()) == [
            "morning, me", "morning, my friend's count"]
        assert sorted(e.uuid for e in fresh.entries()) == sorted(e.uuid for e in journal.entries())
        assert import_file(fresh, out).added == 0  # the same file again adds nothing
        fresh.close()


def test_a_uuid_stays_through_edits_and_an_edited_entry_is_not_imported_twice(
    tmp_path: Path, journal
) -> None:
    saved = journal.add(numbered_session(1))
    out = tmp_path / "before.json"
    export_journal(journal, out)
    edited = journal.update(saved.id, numbered_session(1, notes="changed my mind"))
    assert edited.uuid == saved.uuid
    result = import_file(journal, out)  # the old version of the same entry
    assert (result.added, result.skipped) == (0, 1)
    assert [e.data.notes for e in journal.entries()] == ["changed my mind"]


def test_a_file_without_uuids_is_matched_by_every_field(tmp_path: Path, journal) -> None:
    journal.add(numbered_session(1))
    journal.add(numbered_session(2))
    path = tmp_path / "old.csv"
    rows = list(csv.reader(io.StringIO(entries_to_csv([numbered_session(1), numbered_session(2),
                                                       numbered_session(2, pain_after=0)]))))
    with path.open("w", newline="") as handle:
        csv.writer(handle).writerows([row[:-1] for row in rows])  # no uuid column
    result = import_file(journal, path)
    assert (result.added, result.skipped) == (1, 2)
    assert journal.count() == 3


CONCURRENT_IMPORT = """
import sys
from pathlib import Path
from desktop_app.journal.db import create_journal_engine
from desktop_app.journal.repository import Journal
from desktop_app.journal.transfer import import_file
# The raw journal, not the service: nothing but the database keeps the two apart.
path = Path(sys.argv[1]) / "journal.sqlite"
journal = Journal(create_journal_engine(path), path)
print("ready", flush=True)
sys.stdin.readline()
result = import_file(journal, Path(sys.argv[2]))
print(result.added, flush=True)
"""


@pytest.mark.parametrize("with_uuids", [True, False])
def test_concurrent_imports_from_two_processes_add_nothing_twice(data_dir: Path, tmp_path: Path,
                                                                 with_uuids: bool) -> None:
    journal_with(data_dir, 0, backup=False)
    start = datetime(2022, 1, 1, tzinfo=UTC)
    rows = list(csv.reader(io.StringIO(entries_to_csv(
        numbered_session(i, started_at=start + timedelta(hours=i)) for i in range(3000)))))
    if with_uuids:
        from desktop_app.journal.ids import new_uuid

        rows = [rows[0]] + [[*row[:-1], new_uuid()] for row in rows[1:]]
    else:
        rows = [row[:-1] for row in rows]
    source = tmp_path / "same.csv"
    with source.open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen([sys.executable, "-c", CONCURRENT_IMPORT, str(data_dir), str(source)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        for _ in range(2)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in children:  # both go at once
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    added = [int(child.communicate(timeout=120)[0].split()[-1]) for child in children]
    assert sorted(added) == [0, 3000]
    journal = Journal.open(data_dir)
    assert journal.count() == 3000
    journal.close()


HOLD_WINDOW_LOCK = """
import sys, time
from pathlib import Path
from desktop_app.journal.lock import WINDOW_ROLE, WriterLock
lock = WriterLock(Path(sys.argv[1]), WINDOW_ROLE)
assert lock.acquire() is None
print("holding", flush=True)
time.sleep(120)
"""


def test_command_line_writes_refuse_while_the_window_has_the_journal(data_dir: Path,
                                                                     tmp_path: Path) -> None:
    journal_with(data_dir, 2)
    source = tmp_path / "one.json"
    source.write_text(json.dumps([{"started_at": "2025-05-01T08:00:00+00:00",
                                   "duration_s": 60, "parts": "part1"}]))
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WINDOW_LOCK, str(data_dir)],
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        for args in (("import", str(source)), ("restore", "--newest"), ("check", "--repair")):
            done = cli(*args, data_dir=data_dir)
            assert done.returncode == 1, args
            assert f"in use by the Rolling Journal window (process {holder.pid})" in done.stderr
        reading = cli("export", "--out", str(tmp_path / "out.csv"), data_dir=data_dir)
        assert reading.returncode == 0 and "Exported 2 session(s)" in reading.stdout
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert cli("import", str(source), data_dir=data_dir).returncode == 0


# --- the window: an import runs on a worker thread, and Cancel writes nothing ------------

def test_the_window_imports_on_a_worker_thread_and_cancel_writes_nothing(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.context import BackgroundImport
    from desktop_app.ui.import_progress import ImportProgressDialog

    start = datetime(2015, 1, 1, tzinfo=UTC)
    source = tmp_path / "big.csv"
    source.write_text(entries_to_csv(
        numbered_session(i, started_at=start + timedelta(hours=3 * i), duration_s=60 + i % 900)
        for i in range(30_000)))
    threads: list[threading.Thread] = []
    real_import = type(window.context.service).import_file

    def watched(self, *args, **kwargs):
        threads.append(threading.current_thread())
        return real_import(self, *args, **kwargs)

    monkeypatch.setattr(type(window.context.service), "import_file", watched)
    dialogs: list[ImportProgressDialog] = []
    real_show = ImportProgressDialog.show_progress

    def cancel_at_first_progress(self, rows, fraction):
        real_show(self, rows, fraction)
        if not dialogs:
            dialogs.append(self)
            self.cancel_button.click()

    monkeypatch.setattr(ImportProgressDialog, "show_progress", cancel_at_first_progress)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.import_file(source)
    assert warned == []
    assert threads and threads[0] is not threading.main_thread()
    assert dialogs and dialogs[0].objectName() == "importProgress"
    assert window.journal.count() == 0
    assert "cancelled" in window.statusBar().currentMessage()
    assert isinstance(window.context.start_import(source), BackgroundImport)

    monkeypatch.setattr(ImportProgressDialog, "show_progress", real_show)
    finished: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: finished.append(text))
    window.import_file(source)
    assert warned == []
    assert window.journal.count() == 30_000
    assert "Imported 30000 sessions" in finished[0]
    assert window.history.summary.text()


def test_a_failed_import_in_the_window_explains_and_changes_nothing(qtbot, window,
                                                                    tmp_path: Path,
                                                                    monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "\n" + _row(1, '"open') + "\n")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.import_file(bad)
    assert "row 2, notes" in shown[0]
    assert window.journal.count() == 0
    with pytest.raises(JournalError):
        window.context.service.import_file(tmp_path / "missing.csv")
