"""What to do when the journal could not be opened: the problem in words, and the
choices that fit it (restore the newest good backup, choose another, start an empty
journal, try again, or quit). Never decides anything itself."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.journal.problems import JournalProblem, ProblemKind

if TYPE_CHECKING:
    from desktop_app.journal.backups import BackupInfo


RETRY_S = 5  # how often an unreachable server is tried again


class RecoveryChoice(Enum):
    RESTORE_NEWEST = "restore-newest"
    CHOOSE_BACKUP = "choose-backup"
    START_EMPTY = "start-empty"
    RETRY = "retry"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    """Shows one JournalProblem; `choice` is set when a button is pressed."""

    def __init__(
        self, problem: JournalProblem, *, has_backups: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self._title(problem.kind))
        self.setModal(True)
        self.problem = problem
        self.choice = RecoveryChoice.QUIT

        icon = QLabel()
        kind = QStyle.StandardPixmap.SP_MessageBoxWarning if problem.needs_choice \
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        icon.setPixmap(self.style().standardIcon(kind).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self.windowTitle())
        self.heading.setObjectName("recoveryHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel(problem.message)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(460)
        self.advice = QLabel(self._advice(problem, has_backups))
        self.advice.setObjectName("recoveryAdvice")
        self.advice.setWordWrap(True)

        self.buttons: dict[RecoveryChoice, QPushButton] = {}
        row = self._buttons_row(problem, has_backups=has_backups)
        first = next(iter(self.buttons.values()))
        first.setDefault(True)
        first.setFocus()
        if problem.kind is ProblemKind.UNREACHABLE:
            # A server that is restarting comes back by itself: try again on our own.
            self.retry_timer = QTimer(self)
            self.retry_timer.setObjectName("serverRetryTimer")
            self.retry_timer.setSingleShot(True)
            self.retry_timer.timeout.connect(lambda: self._choose(RecoveryChoice.RETRY))
            self.retry_timer.start(RETRY_S * 1000)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.message)
        text.addWidget(self.advice)
        body = QHBoxLayout()
        body.addWidget(icon)
        body.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addSpacing(8)
        layout.addLayout(row)

    def _buttons_row(self, problem: JournalProblem, *, has_backups: bool) -> QHBoxLayout:
        """The choices the problem leaves: restore, choose, start empty, retry; Quit always."""
        row = QHBoxLayout()
        row.addStretch(1)
        newest = problem.newest_backup
        if problem.needs_choice:
            if newest is not None:
                self._button(row, RecoveryChoice.RESTORE_NEWEST, "restoreNewestBackup",
                             self.tr("Restore the newest backup"),
                             self.tr("Restore the backup of {when}").format(when=_when(newest)))
            if has_backups:
                self._button(row, RecoveryChoice.CHOOSE_BACKUP, "chooseBackup",
                             self.tr("Choose a backup…"), self.tr("Choose a backup to restore"))
            self._button(row, RecoveryChoice.START_EMPTY, "startEmptyJournal",
                         self.tr("Start an empty journal"),
                         self.tr("Start an empty journal; the old file and the backups stay"))
        elif problem.may_pass:
            self._button(row, RecoveryChoice.RETRY, "retryOpenJournal", self.tr("Try again"),
                         self.tr("Try to open the journal again"))
        self._button(row, RecoveryChoice.QUIT, "quitRecovery", self.tr("Quit"),
                     self.tr("Quit Rolling Journal, leaving every file as it is"))
        return row

    def _button(self, row: QHBoxLayout, choice: RecoveryChoice, name: str, label: str,
                accessible: str) -> None:
        button = QPushButton(label)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        row.addWidget(button)
        self.buttons[choice] = button

    def _choose(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        self.accept()

    def ask(self) -> RecoveryChoice:
        self.exec()
        return self.choice

    def _title(self, kind: ProblemKind) -> str:
        titles = {
            ProblemKind.DAMAGED: self.tr("The journal was damaged"),
            ProblemKind.SET_ASIDE: self.tr("The journal is missing"),
            ProblemKind.IN_USE: self.tr("The journal is in use"),
            ProblemKind.UNREADABLE: self.tr("The journal cannot be read"),
            ProblemKind.FOLDER: self.tr("The journal folder cannot be used"),
            ProblemKind.NEWER: self.tr("The journal is from a newer version"),
            ProblemKind.FOREIGN: self.tr("This is not a Rolling Journal journal"),
            ProblemKind.UPGRADE_BLOCKED: self.tr("The journal cannot be updated"),
            ProblemKind.UNREACHABLE: self.tr("The journal server cannot be reached"),
        }
        return titles.get(kind, self.tr("The journal could not be opened"))

    def _advice(self, problem: JournalProblem, has_backups: bool) -> str:
        if problem.needs_choice:
            if problem.newest_backup is not None:
                return self.tr("Restoring the newest backup brings back what it holds. "
                               "Starting an empty journal keeps every file as it is, so you "
                               "can still restore a backup later (File > Restore backup).")
            if has_backups:
                return self.tr("No backup passed every check; you can still choose one, or "
                               "start an empty journal. Every file stays where it is.")
            return self.tr("There is no backup. Starting an empty journal keeps the old file "
                           "where it is.")
        if problem.kind is ProblemKind.UNREACHABLE:
            return self.tr("Nothing was changed. Rolling Journal tries again every {seconds} "
                           "seconds; press Try again once the server is back, or Quit.") \
                .format(seconds=RETRY_S)
        if problem.may_pass:
            return self.tr("Nothing was changed. Try again once the other program is closed "
                           "or the permissions are fixed.")
        return self.tr("Nothing was changed.")


def _when(info: BackupInfo) -> str:
    return info.created.astimezone().strftime("%a %d %b %Y, %H:%M")
