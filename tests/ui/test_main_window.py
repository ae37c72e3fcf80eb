"""The journal window, driven as a person would: by object name, clicks and keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from desktop_app.app import create_window
from desktop_app.journal.repository import Journal
from tests.helpers.widgets import find_named


@pytest.fixture
def window(window):
    """The shared window (which opens on Watch & practise), on its Journal tab: these tests
    type into the form and click in the history."""
    window.tabs.setCurrentWidget(window.journal_page)
    return window


def find(window: QWidget, cls: type, name: str):
    widget = find_named(window, cls, name)
    assert widget.accessibleName(), f"{name} has no accessible name"
    return widget


def fill(window, *, minutes: int = 12, parts=("part1",), pain_before=5, notes="") -> None:
    find(window, QLineEdit, "duration").setTime(QTime(0, minutes, 0))
    for part in ("part1", "part2", "part3"):
        find(window, QCheckBox, part).setChecked(part in parts)
    find(window, QLineEdit, "painBefore").setValue(pain_before)
    find(window, QPlainTextEdit, "notes").setPlainText(notes)


def table_texts(window, column: int = 9) -> list[str]:
    table = find(window, QTableView, "historyTable")
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_every_form_widget_is_named(window) -> None:
    names = {
        # Pain, duration and start are text fields: they keep what was typed (issue 10).
        "journalForm": QWidget, "startedAt": QLineEdit, "duration": QLineEdit,
        "part1": QCheckBox, "part2": QCheckBox, "part3": QCheckBox, "painBefore": QLineEdit,
        "painAfter": QLineEdit, "stoppedHurt": QCheckBox, "smoothness": QSpinBox,
        "rightPartLed": QComboBox, "friendChecked": QCheckBox, "friendRemark": QLineEdit,
        "notes": QPlainTextEdit, "saveEntry": QPushButton, "newEntry": QPushButton,
        "historyTable": QTableView,
    }
    for name, cls in names.items():
        find(window, cls, name)


def test_save_adds_to_history_at_once(qtbot, window, data_dir: Path) -> None:
    fill(window, notes="smooth today")
    find(window, QComboBox, "rightPartLed").setCurrentIndex(1)
    qtbot.mouseClick(find(window, QPushButton, "saveEntry"), Qt.MouseButton.LeftButton)
    assert table_texts(window) == ["smooth today"]
    saved = Journal.open(data_dir).entries()
    assert len(saved) == 1
    assert saved[0].data.duration_s == 12 * 60
    assert saved[0].data.pain_before == 5
    assert saved[0].data.right_part_led == "yes"
    assert saved[0].data.pain_after is None


def test_invalid_fields_are_marked_and_nothing_is_saved(qtbot, window) -> None:
    fill(window, minutes=0, parts=(), notes="x" * 2001)
    friend = find(window, QLineEdit, "friendRemark")
    friend.setText("the knee sneaked in")
    qtbot.mouseClick(find(window, QPushButton, "saveEntry"), Qt.MouseButton.LeftButton)
    form = window.form
    assert "between 1 second and 4 hours" in form.error_text("duration_s")
    assert "at least one part" in form.error_text("parts")
    assert "2000" in form.error_text("notes")
    assert "friend" in form.error_text("friend_remark")
    assert form.error_text("pain_before") == ""
    assert window.journal.count() == 0
    assert friend.text() == "the knee sneaked in"  # nothing typed is lost
    # Fixing the fields clears the marks and saves.
    fill(window, minutes=3, parts=("part2",))
    find(window, QCheckBox, "friendChecked").setChecked(True)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.journal.count() == 1
    assert form.error_text("duration_s") == ""


def test_stopped_because_it_hurt_needs_no_part(qtbot, window) -> None:
    fill(window, minutes=1, parts=())
    find(window, QCheckBox, "stoppedHurt").setChecked(True)
    assert window.save_entry()
    assert window.journal.entries()[0].data.stopped_hurt


def test_select_row_loads_it_for_editing_and_saves_changes(qtbot, window) -> None:
    fill(window, notes="first")
    window.save_entry()
    find(window, QLineEdit, "startedAt").setDateTime(
        QDateTime.currentDateTime().addSecs(-3600)
    )
    fill(window, notes="second", pain_before=2)
    window.save_entry()
    assert table_texts(window) == ["first", "second"]  # "second" started an hour earlier
    table = find(window, QTableView, "historyTable")
    table.selectRow(0)
    assert find(window, QPlainTextEdit, "notes").toPlainText() == "first"
    assert find(window, QLineEdit, "painBefore").value() == 5
    find(window, QLineEdit, "painAfter").setValue(1)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.journal.count() == 2
    edited = next(e for e in window.journal.entries() if e.data.notes == "first")
    assert edited.data.pain_after == 1


def test_delete_then_undo_with_ctrl_z_and_status_button(qtbot, window) -> None:
    fill(window, notes="keep me")
    window.save_entry()
    table = find(window, QTableView, "historyTable")
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table_texts(window) == []
    assert window.journal.count() == 0
    undo = window.findChild(QWidget, "undoDelete")
    assert undo.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table_texts(window) == ["keep me"]
    window.undo_stack.redo()
    assert table_texts(window) == []
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert table_texts(window) == ["keep me"]


def test_ctrl_n_starts_a_new_entry(qtbot, window) -> None:
    fill(window, notes="saved")
    window.save_entry()
    find(window, QTableView, "historyTable").selectRow(0)
    assert window.form.editing_id is not None
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.form.editing_id is None
    assert find(window, QPlainTextEdit, "notes").toPlainText() == ""


def test_unsaved_changes_are_not_dropped_when_switching(qtbot, window, monkeypatch) -> None:
    fill(window, notes="saved")
    window.save_entry()
    find(window, QPlainTextEdit, "notes").setPlainText("typed, not saved")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel
    )
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert find(window, QPlainTextEdit, "notes").toPlainText() == "typed, not saved"


def test_data_survives_closing_and_reopening(qtbot, data_dir: Path) -> None:
    first = create_window(data_dir)
    qtbot.addWidget(first)
    fill(first, notes="still here")
    first.save_entry()
    first.close()
    second = create_window(data_dir)
    qtbot.addWidget(second)
    assert table_texts(second) == ["still here"]


def test_history_sorts_by_any_column_and_filters_by_date(qtbot, window) -> None:
    now = datetime.now(UTC)
    for days, pain in ((0, 3), (10, 7), (40, 5)):
        find(window, QLineEdit, "startedAt").setDateTime(
            QDateTime((now - timedelta(days=days)).astimezone().replace(tzinfo=None))
        )
        fill(window, pain_before=pain, notes=f"{days} days ago")
        assert window.save_entry()
    assert table_texts(window) == ["0 days ago", "10 days ago", "40 days ago"]
    table = find(window, QTableView, "historyTable")
    table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert table_texts(window, 3) == ["3", "5", "7"]
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    today = datetime.now().date()
    window.history.set_range(today - timedelta(days=15), today)
    assert table_texts(window) == ["0 days ago", "10 days ago"]
    assert "2 of 3" in window.history.summary.text()
    window.history.set_range(None, None)
    assert len(table_texts(window)) == 3


def test_a_failed_save_keeps_the_form_and_the_journal(qtbot, window, monkeypatch) -> None:
    from desktop_app.journal.errors import JournalError

    fill(window, notes="precious words")
    window.save_entry()
    fill(window, notes="more precious words")

    def refuse(*_args: object) -> None:
        raise JournalError("Could not save the entry: the disk is full. Nothing was changed.")

    monkeypatch.setattr(window.journal, "add", refuse)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert not window.save_entry()
    assert "disk is full" in shown[0]
    assert find(window, QPlainTextEdit, "notes").toPlainText() == "more precious words"
    assert table_texts(window) == ["precious words"]


def test_import_and_export_from_the_window(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    fill(window, notes="exported")
    window.save_entry()
    out = tmp_path / "journal.json"
    window.export_file("json", out)
    assert "exported" in out.read_text()
    bad = tmp_path / "bad.csv"
    bad.write_text("started_at,duration_s,parts\n2026-01-01T08:00:00+00:00,99999,part1\n")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.import_file(bad)
    assert "row 2, duration_s" in shown[0]
    assert window.journal.count() == 1


def test_unsaved_entry_survives_closing_the_window(qtbot, data_dir: Path) -> None:
    first = create_window(data_dir)
    qtbot.addWidget(first)
    fill(first, minutes=7, notes="half-written thought")
    first.close()
    second = create_window(data_dir)
    qtbot.addWidget(second)
    assert find(second, QPlainTextEdit, "notes").toPlainText() == "half-written thought"
    assert find(second, QLineEdit, "duration").time() == QTime(0, 7, 0)
    assert "Restored" in second.form.form_message.text()
    assert second.save_entry()
    second.close()
    third = create_window(data_dir)
    qtbot.addWidget(third)
    assert find(third, QPlainTextEdit, "notes").toPlainText() == ""


def test_draft_is_written_while_typing_for_crash_safety(qtbot, window, data_dir: Path) -> None:
    from desktop_app.journal.draft import load_draft

    find(window, QPlainTextEdit, "notes").setPlainText("typing before a crash")
    qtbot.waitUntil(lambda: load_draft(data_dir) is not None, timeout=3000)
    assert load_draft(data_dir).data.notes == "typing before a crash"


def test_duration_reads_and_sets_whole_seconds(window) -> None:
    duration = find(window, QLineEdit, "duration")
    duration.setValue(754)
    assert duration.time() == QTime(0, 12, 34)
    assert duration.value() == 754
    assert window.form.entry_data().duration_s == 754
    duration.setValue(5 * 3600)  # beyond the 4 h the journal takes: held at 4 h
    assert duration.value() == 4 * 3600
