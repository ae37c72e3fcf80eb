"""The question asked when the window closes while a practice session is running."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

translate = QCoreApplication.translate


class CloseChoice(Enum):
    FINISH = "finish"
    PAUSE = "pause"
    DISCARD = "discard"
    CANCEL = "cancel"



def ask_close_choice(parent: QWidget) -> CloseChoice:
    """The close-while-practising question; Cancel (Escape) keeps everything as it was."""
    box = QMessageBox(parent)
    box.setObjectName("closeWhilePractising")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ClosePrompt", "A practice session is running"))
    box.setText(translate("ClosePrompt",
                          "A practice session is running. What would you like to do?"))
    box.setInformativeText(translate(
        "ClosePrompt",
        "Finish opens the journal form with this session filled in. "
        "Pause keeps the session so you can carry on. Discard forgets it and closes."
    ))
    role = QMessageBox.ButtonRole
    finish = box.addButton(translate("ClosePrompt", "Finish and write it down"), role.AcceptRole)
    pause = box.addButton(translate("ClosePrompt", "Pause"), role.ActionRole)
    discard = box.addButton(translate("ClosePrompt", "Discard and close"), role.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    finish.setObjectName("closeFinish")
    pause.setObjectName("closePause")
    discard.setObjectName("closeDiscard")
    cancel.setObjectName("closeCancel")
    box.setDefaultButton(finish)
    box.setEscapeButton(cancel)
    box.exec()
    clicked: QAbstractButton | None = box.clickedButton()
    choices: dict[QAbstractButton | None, CloseChoice] = {
        finish: CloseChoice.FINISH,
        pause: CloseChoice.PAUSE,
        discard: CloseChoice.DISCARD,
    }
    return choices.get(clicked, CloseChoice.CANCEL)
