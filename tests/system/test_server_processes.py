"""Several computers on one server journal, played by several processes: concurrent
inserts, an edit refused because another process changed the entry, a second window
that shows the other's saves within 2 s, a server that stops in the middle of a
session, and the command line's copy both ways."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date
from pathlib import Path

import pytest

from desktop_app.journal.errors import EntryConflict
from desktop_app.journal.service import JournalService
from tests.helpers import ROOT
from tests.helpers.builders import numbered_session as session
from tests.helpers.processes import cli
from tools.postgres import remove_server, start_server
from tools.sample_journal import generate_journal

ADD_SCRIPT = """
import sys
from datetime import timedelta
from pathlib import Path
from desktop_app.journal.service import JournalService
from tests.helpers.builders import numbered_session as session
url, folder, first, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
service = JournalService(folder, database_url=url)
journal = service.open_or_raise()
for i in range(first, first + count):
    journal.add(session(i % 50, notes=f"process entry {i}"))
service.close()
"""

EDIT_SCRIPT = """
import sys
from pathlib import Path
from desktop_app.journal.service import JournalService
from tests.helpers.builders import numbered_session as session
url, folder, entry_id = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
service = JournalService(folder, database_url=url)
journal = service.open_or_raise()
shown = journal.get(entry_id)
journal.update(entry_id, session(1, notes="saved on the laptop"), version=shown.version)
service.close()
"""


def _python(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_two_processes_insert_at_once_without_loss_or_duplicates(tmp_path, postgres_url) -> None:
    JournalService(tmp_path / "setup", database_url=postgres_url).open_or_raise().close()
    runs = [_python(ADD_SCRIPT, postgres_url, str(tmp_path / f"pc{n}"), str(n * 1000), "40")
            for n in (1, 2)]
    for run in runs:
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    service = JournalService(tmp_path / "check", database_url=postgres_url)
    journal = service.open_or_raise()
    entries = journal.entries()
    assert len(entries) == 80
    assert len({e.uuid for e in entries}) == 80
    assert {e.data.notes for e in entries} == \
        {f"process entry {i}" for n in (1, 2) for i in range(n * 1000, n * 1000 + 40)}
    service.close()


def test_two_processes_importing_one_file_add_it_once(tmp_path, postgres_url) -> None:
    from desktop_app.journal.export import entries_to_json

    source = tmp_path / "sessions.json"
    source.write_text(entries_to_json([session(i) for i in range(30)]))
    JournalService(tmp_path / "setup", database_url=postgres_url).open_or_raise().close()
    runs = [subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "import", str(source), "--database-url",
         postgres_url, "--data-dir", str(tmp_path / f"pc{n}")], cwd=ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)}) for n in (1, 2)]
    for run in runs:
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    service = JournalService(tmp_path / "check", database_url=postgres_url)
    assert service.open_or_raise().count() == 30
    service.close()


def test_an_edit_changed_by_another_process_is_refused(tmp_path, postgres_url) -> None:
    service = JournalService(tmp_path / "desktop", database_url=postgres_url)
    journal = service.open_or_raise()
    shown = journal.add(session(1))
    other = _python(EDIT_SCRIPT, postgres_url, str(tmp_path / "laptop"), str(shown.id))
    _out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    with pytest.raises(EntryConflict, match="This entry was changed on another computer") as e:
        journal.update(shown.id, session(1, notes="saved on the desktop"), version=shown.version)
    assert e.value.current is not None and e.value.current.data.notes == "saved on the laptop"
    assert journal.get(shown.id).data.notes == "saved on the laptop"
    service.close()


def _window(qtbot, data_dir: Path, url: str):
    from desktop_app.app import create_window

    win = create_window(data_dir, database_url=url)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_second_window_shows_the_others_save_within_2_s(qtbot, tmp_path, postgres_url,
                                                              monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    win = _window(qtbot, tmp_path / "desktop", postgres_url)
    listener = win.context._listener
    assert listener is not None
    assert listener.listening.wait(5)
    assert win.history.model.rowCount() == 0
    other = _python(ADD_SCRIPT, postgres_url, str(tmp_path / "laptop"), "7", "1")
    _out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    qtbot.waitUntil(lambda: win.history.model.rowCount() == 1, timeout=2000)
    win.close()


def test_a_conflicting_edit_in_the_window_shows_the_message(qtbot, tmp_path, postgres_url,
                                                            monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    win = _window(qtbot, tmp_path / "desktop", postgres_url)
    saved = win.context.journal.add(session(2))
    win.journal_page.open_saved(saved.id, "")
    other = _python(EDIT_SCRIPT, postgres_url, str(tmp_path / "laptop"), str(saved.id))
    assert other.wait(60) == 0
    win.form.notes.setPlainText("typed on the desktop")
    assert not win.journal_page.save_entry()
    box = win.journal_page.conflict_message
    assert box is not None and box.isVisible()
    assert box.text() == "This entry was changed on another computer"
    assert "typed on the desktop" in box.detailedText()
    assert win.form.entry_data().notes == "saved on the laptop"  # the new version, shown
    assert win.context.journal.get(saved.id).data.notes == "saved on the laptop"
    box.close()
    win.close()


def test_the_server_stopping_mid_session_keeps_the_draft_and_saves_later(qtbot, tmp_path,
                                                                          monkeypatch) -> None:
    from desktop_app.journal.draft import load_draft

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    server = start_server()
    try:
        url = server.url(server.new_database())
        data_dir = tmp_path / "desktop"
        win = _window(qtbot, data_dir, url)
        server.stop()
        win.form.load_prefill(session(4, notes="typed while the server was away"))
        assert not win.journal_page.save_entry()
        assert win.server_status.isVisible()
        text = win.server_status.message.text()
        assert "Cannot reach the journal server postgres@127.0.0.1:" in text
        assert "kept as a draft" in text
        draft = load_draft(data_dir)
        assert draft is not None and draft.data.notes == "typed while the server was away"
        assert win.form.entry_data().notes == "typed while the server was away"
        server.start()
        win.journal_page.retry_save()  # what the timer does every 5 s
        assert not win.server_status.isVisible()
        assert [e.data.notes for e in win.context.journal.entries()] == \
            ["typed while the server was away"]
        assert load_draft(data_dir) is None
        win.close()
    finally:
        remove_server(server)


def test_the_command_line_says_why_the_server_is_unreachable(tmp_path) -> None:
    from tools.postgres import free_port

    url = f"postgresql://ann:hunter22@127.0.0.1:{free_port()}/journal"
    done = cli("export", "--out", str(tmp_path / "x.json"), "--database-url", url,
               data_dir=tmp_path / "d")
    assert done.returncode == 1
    assert "Cannot reach the journal server ann@127.0.0.1:" in done.stderr
    assert "refused" in done.stderr and "hunter22" not in done.stderr
    by_env = cli("stats", data_dir=tmp_path / "d", env={"ROLLING_JOURNAL_DATABASE_URL": url})
    assert by_env.returncode == 1 and "Cannot reach the journal server" in by_env.stderr


def _export(data_dir: Path, url: str | None, out: Path) -> dict:
    from desktop_app.journal.export import write_export

    service = JournalService(data_dir, database_url=url)
    write_export(service.open_or_raise(write=False), out)
    service.close()
    document = json.loads(out.read_text())
    document.pop("exported_at")
    return document


def test_copy_both_ways_on_a_two_year_journal_gives_identical_exports(tmp_path,
                                                                      postgres_url) -> None:
    from desktop_app.journal.copying import CopyRefused, copy_journal

    home = tmp_path / "home"
    service = JournalService(home)
    journal = service.open_or_raise()
    journal.import_entries(generate_journal(730, seed=14, end=date(2026, 11, 1), tz=UTC))
    journal.pause_practice(date(2026, 3, 1), 5)
    journal.set_daily_target(3, date(2026, 6, 1), previous=2)
    count = journal.count()
    service.close()
    assert count > 700
    done = cli("copy", "--to", postgres_url, data_dir=home)
    assert done.returncode == 0, done.stderr
    assert f"Source: {count} session(s)" in done.stdout
    assert f"Target: {count} session(s)" in done.stdout
    with pytest.raises(CopyRefused, match=r"not empty.*--merge"):
        copy_journal(JournalService(home), JournalService(home, database_url=postgres_url))
    merged = copy_journal(JournalService(home), JournalService(home, database_url=postgres_url),
                          merge=True)
    assert (merged.added, merged.source_counts.entries, merged.target_counts.entries) == \
        (0, count, count)
    laptop = tmp_path / "laptop"
    back = cli("copy", "--from", postgres_url, "--json", data_dir=laptop)
    assert back.returncode == 0, back.stderr
    report = json.loads(back.stdout)
    assert (report["source_entries"], report["target_entries"], report["identical"]) == \
        (count, count, True)
    original = _export(home, None, tmp_path / "a.json")
    on_server = _export(home, postgres_url, tmp_path / "b.json")
    copied_back = _export(laptop, None, tmp_path / "c.json")
    assert original == on_server == copied_back
    assert len(original["entries"]) == count
