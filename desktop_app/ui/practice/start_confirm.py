"""The question at Start while the pain warning stands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.ui.practice.pain_warning import advice_lines


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartWithWarning", text)


def ask_start_despite_warning(parent: QWidget, seen: str) -> bool:
    """True when the person chooses to start anyway; "Not now" (the default, and Escape)
    keeps the practice from starting."""
    box = QMessageBox(parent)
    box.setObjectName("confirmStartWithWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Practice seems to hurt"))
    box.setText(seen)
    box.setInformativeText(" ".join([*advice_lines(), _tr("Start the practice anyway?")]))
    start = box.addButton(_tr("Start anyway"), QMessageBox.ButtonRole.AcceptRole)
    not_now = box.addButton(_tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    start.setObjectName("startAnyway")
    start.setAccessibleName(_tr("Start the practice anyway"))
    not_now.setObjectName("startNotNow")
    not_now.setAccessibleName(_tr("Do not start the practice now"))
    box.setDefaultButton(not_now)
    box.setEscapeButton(not_now)
    box.exec()
    return box.clickedButton() is start
