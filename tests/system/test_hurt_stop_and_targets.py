"""In the whole window: a hurt stop is one saved entry at once and stays after closing
without Save; the daily target keeps its history; pauses from the settings dialog."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QSpinBox

from desktop_app.app import create_window
from desktop_app.journal.draft import load_draft
from desktop_app.journal.repository import Journal
from desktop_app.journal.schedule import EARLIEST_DAY, TargetChange
from desktop_app.journal.schedule_store import read_pauses, read_targets
from desktop_app.localtime import today_in
from desktop_app.practice.reminders import HELD_HURT
from tests.helpers.builders import session_at


def hurt_stop(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.practice_page)
    qtbot.mouseClick(window.findChild(QPushButton, "startSession"), Qt.MouseButton.LeftButton)
    window.practice.tick()
    qtbot.mouseClick(window.findChild(QPushButton, "skipRoll"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "hurtStop"), Qt.MouseButton.LeftButton)


def test_one_entry_at_once_and_still_there_after_closing_without_save(
    qtbot, data_dir: Path
) -> None:
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    hurt_stop(qtbot, window)
    # Saved before anything else happens: another connection sees it (a crash now loses
    # nothing).
    other = Journal.open(data_dir)
    [saved] = other.entries()
    other.close()
    assert saved.data.stopped_hurt and saved.data.parts == frozenset()
    assert window.form.editing_id == saved.id and not window.form.dirty
    assert window.safety.reminder_hold() == HELD_HURT  # no reminder for a while
    window.form.notes.setPlainText("hurt on the left")  # typed, not saved
    window.close()
    again = Journal.open(data_dir)
    assert [e.data for e in again.entries()] == [saved.data]  # nothing lost, nothing doubled
    again.close()
    draft = load_draft(data_dir)  # the typing waits as a draft of the same entry
    assert draft is not None and draft.editing_id == saved.id
    assert draft.data.notes == "hurt on the left"


def test_discarding_the_form_keeps_the_hurt_stop(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    hurt_stop(qtbot, window)
    window.form.pain_after.setValue(7)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.journal_page.new_entry()  # "Discard" the edit
    [kept] = window.journal.entries()
    assert kept.data.stopped_hurt and kept.data.pain_after is None


def test_a_target_change_applies_from_today_and_past_weeks_keep_theirs(qtbot, window) -> None:
    today = today_in(None)
    window.journal.add(session_at(window_now() - timedelta(days=14)))
    window.tabs.setCurrentWidget(window.charts_page)
    before = [r.target for r in window.charts.progress.weekly.rows()]
    window.settings_store.update(daily_target=3)
    assert read_targets(window.journal) == (TargetChange(EARLIEST_DAY, 2),
                                            TargetChange(today, 3))
    after = [r.target for r in window.charts.progress.weekly.rows()]
    assert after[:-1] == before[:-1]  # past weeks redraw against their own target
    days_left = 7 - today.weekday()
    assert after[-1] == 2 * (7 - days_left) + 3 * days_left
    assert "of 3 today" in window.practice.today_count.text()


def test_pause_and_resume_from_the_settings_dialog(qtbot, window) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "practiceSettingsDialog"
        dialog.findChild(QSpinBox, "pauseSpinDays").setValue(2)
        dialog.findChild(QPushButton, "pausePractice").click()
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.practice.open_settings()
    [pause] = read_pauses(window.journal)
    assert pause.first_day == today_in(None) and (pause.last_day - pause.first_day).days == 1
    assert window.practice.today_count.text() == "Paused today"


def window_now():
    from datetime import UTC, datetime

    return datetime.now(UTC)
