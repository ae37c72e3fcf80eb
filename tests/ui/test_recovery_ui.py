"""The recovery dialog, the notice strip and the import progress: the choices each
problem offers, and names for every control."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from desktop_app.journal.problems import JournalProblem, Notice, NoticeKind, ProblemKind
from desktop_app.journal.service import JournalService
from desktop_app.ui.import_progress import ImportProgressDialog
from desktop_app.ui.notice_bar import NoticeBar
from desktop_app.ui.recovery_dialog import RecoveryChoice, RecoveryDialog
from tests.helpers.builders import journal_with


def _buttons(dialog: RecoveryDialog) -> list[str]:
    return [b.objectName() for b in dialog.findChildren(QPushButton)]


def test_a_damaged_journal_offers_its_backups_an_empty_journal_and_quit(qtbot,
                                                                      data_dir: Path) -> None:
    path = journal_with(data_dir, 3)
    path.write_bytes(b"\x00" * 4096)
    problem = JournalService(data_dir).open().problem
    assert problem is not None
    dialog = RecoveryDialog(problem, has_backups=True)
    qtbot.addWidget(dialog)
    assert _buttons(dialog) == ["restoreNewestBackup", "chooseBackup", "startEmptyJournal",
                                "quitRecovery"]
    assert all(b.accessibleName() for b in dialog.findChildren(QPushButton))
    assert "3 entries" in dialog.message.text()
    dialog.buttons[RecoveryChoice.START_EMPTY].click()
    assert dialog.choice is RecoveryChoice.START_EMPTY


@pytest.mark.parametrize(("kind", "names"), [
    (ProblemKind.IN_USE, ["retryOpenJournal", "quitRecovery"]),
    (ProblemKind.UNREADABLE, ["retryOpenJournal", "quitRecovery"]),
    (ProblemKind.NEWER, ["quitRecovery"]),
    (ProblemKind.FOREIGN, ["quitRecovery"]),
    (ProblemKind.SET_ASIDE, ["chooseBackup", "startEmptyJournal", "quitRecovery"]),
])
def test_each_problem_offers_what_fits(qtbot, kind: ProblemKind, names: list[str]) -> None:
    dialog = RecoveryDialog(JournalProblem(kind, "words", Path("j.sqlite")), has_backups=True)
    qtbot.addWidget(dialog)
    assert _buttons(dialog) == names
    assert dialog.windowTitle()


def test_the_notice_strip_shows_one_notice_at_a_time(qtbot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    unreadable = Notice(NoticeKind.UNREADABLE_ROWS, "1 entry cannot be read")
    bar.show_notices([Notice(NoticeKind.BACKUPS_UNWRITABLE, "no backups"), unreadable])
    assert not bar.isHidden() and "no backups" in bar.text.text() and "1 more" in bar.text.text()
    assert bar.keep_aside.isHidden()
    with qtbot.waitSignal(bar.dismissed) as dismissed:
        bar.close_button.click()
    assert dismissed.args[0].kind is NoticeKind.BACKUPS_UNWRITABLE
    bar.show_notices([unreadable])
    assert not bar.keep_aside.isHidden()
    for widget in (bar.keep_aside, bar.close_button):
        assert widget.objectName() and widget.accessibleName()
    bar.show_notices([])
    assert bar.isHidden()


def test_the_import_progress_names_its_cancel(qtbot) -> None:
    dialog = ImportProgressDialog("big.csv")
    qtbot.addWidget(dialog)
    dialog.show_progress(1234, 0.5)
    assert dialog.value() == 500 and "1,234" in dialog.labelText()
    assert dialog.cancel_button.objectName() == "cancelImport"
    assert dialog.cancel_button.accessibleName()


def test_dismissing_a_notice_in_the_window_removes_it(qtbot, data_dir: Path) -> None:
    from desktop_app.app import create_window

    journal_with(data_dir, 2, backup=False)
    (data_dir / "backups").write_text("not a folder")
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.notice_bar.isVisible()
    window.notice_bar.close_button.click()
    assert not window.notice_bar.isVisible() and window.context.notices == []


def test_check_the_journal_from_the_window_and_keep_rows_aside(qtbot, data_dir: Path,
                                                                monkeypatch) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import create_window

    path = journal_with(data_dir, 3)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE entry SET smoothness = 9 WHERE id = 1")
    conn.commit()
    conn.close()
    window = create_window(data_dir)
    qtbot.addWidget(window)
    shown: list[str] = []

    def press_keep_aside(box: QMessageBox) -> int:
        shown.append(box.text())
        box.findChild(QPushButton, "checkKeepAside").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_keep_aside)
    window.check_journal()
    assert "entry 1 (smoothness = '9')" in shown[0]
    assert "Kept 1 unreadable row aside" in window.statusBar().currentMessage()
    assert window.journal.kept_aside()[0].raw["smoothness"] == "9"
    assert window.history.model.rowCount() == 2
    assert not window.notice_bar.isVisible()
