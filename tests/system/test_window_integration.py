"""The pieces together: practice into the journal, charts after a save, and a start-up
that keeps the heavy libraries off the way to the first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QPushButton, QWidget

from desktop_app.journal.entry import EntryData
from tests.helpers import ROOT


def test_it_hurts_stop_saves_at_once_and_opens_the_entry_to_add_to(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.practice_page)
    qtbot.mouseClick(window.findChild(QPushButton, "startSession"), Qt.MouseButton.LeftButton)
    assert window.practice.is_running()
    qtbot.mouseClick(window.findChild(QPushButton, "skipRoll"), Qt.MouseButton.LeftButton)
    assert window.demo.is_playing()  # past "get ready": the first roll plays
    qtbot.keyClick(window.practice, Qt.Key.Key_Escape)
    assert not window.practice.is_running()
    assert not window.demo.is_playing()
    [saved] = window.journal.entries()  # saved the moment it stopped, no Save needed
    assert saved.data.stopped_hurt and saved.data.duration_s >= 1
    assert window.tabs.currentWidget() is window.journal_page
    assert window.form.editing_id == saved.id  # open as an edit, to add pain and notes
    assert window.findChild(QCheckBox, "stoppedHurt").isChecked()
    assert "hurt" in window.form.form_message.text().lower()
    assert "already saved" in window.form.form_message.text()
    assert window.findChild(QLabel, "todayCount").text().startswith("1 of 2")
    window.form.pain_after.setValue(6)
    window.form.notes.setPlainText("a twinge low on the left")
    qtbot.mouseClick(window.findChild(QPushButton, "saveEntry"), Qt.MouseButton.LeftButton)
    [edited] = window.journal.entries()
    assert edited.id == saved.id and edited.data.pain_after == 6
    window.undo_stack.undo()  # the edit is undone: the entry as it was saved at the stop
    assert window.journal.get(saved.id).data == saved.data
    window.undo_stack.undo()  # and Undo once more removes the hurt stop itself
    assert window.journal.count() == 0
    window.undo_stack.redo()
    assert window.journal.count() == 1


def test_charts_are_built_when_first_shown_and_follow_saves(qtbot, window) -> None:
    assert window.charts is None
    window.form.duration.setTime(QTime(0, 9, 0))
    window.form.part_boxes["part2"].setChecked(True)
    window.form.pain_before.setValue(6)
    assert window.save_entry()
    window.tabs.setCurrentWidget(window.charts_page)
    charts = window.findChild(QWidget, "chartsTab")
    assert charts is not None and charts is window.charts
    assert int(window.charts.progress.weekly.sessions[-1]) == 1
    window.tabs.setCurrentWidget(window.journal_page)
    window.form.duration.setTime(QTime(0, 5, 0))
    window.form.part_boxes["part1"].setChecked(True)
    assert window.save_entry()
    assert int(window.charts.progress.weekly.sessions[-1]) == 2


def test_a_new_daily_target_reaches_counts_and_charts(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.charts_page)
    window.settings_store.update(daily_target=3)
    assert window.charts.progress.weekly.target == 21
    assert "of 3 today" in window.findChild(QLabel, "todayCount").text()


FIRST_PAINT_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.app import build_parser, create_window
args = build_parser().parse_args(["--data-dir", sys.argv[1]])  # as `rolling-journal` does
window = create_window(args.data_dir, open_journal=False)
window.show()
heavy = ("sqlalchemy", "sqlmodel", "alembic", "pyqtgraph", "pydantic", "numpy")
before = sorted(m for m in heavy if m in sys.modules)
window.finish_startup()
print(json.dumps({"before": before, "tabs": window.tabs.count(),
                  "history": window.history.model.rowCount()}))
"""


def test_the_window_paints_before_the_heavy_libraries_load(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(tmp_path)],
        check=True, capture_output=True, text=True, env=env,
    ).stdout
    probe = json.loads(out.strip().splitlines()[-1])
    assert probe["before"] == []
    assert probe["tabs"] == 3 and probe["history"] == 0


def _session(minutes: int) -> EntryData:
    return EntryData(started_at=datetime.now(UTC).replace(microsecond=0),
                     duration_s=minutes * 60, parts=frozenset({"part1"}))


def test_a_session_ending_over_unsaved_typing_loses_neither(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    window.form.notes.setPlainText("typed before practising")  # no part ticked: not valid yet
    window.practice.sessionEnded.emit(_session(7))
    assert window.form.notes.toPlainText() == "typed before practising"
    assert window.journal.count() == 0
    window.form.duration.setValue(300)
    window.form.part_boxes["part2"].setChecked(True)
    assert window.save_entry()  # the typing is saved, then the waiting session fills in
    assert window.journal.count() == 1
    assert window.form.duration.value() == 7 * 60
    assert window.form.part_boxes["part1"].isChecked()
    assert window.form.editing_id is None
