"""The question at Start while the pain warning stands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.ui.practice.pain_warning import advice_lines

translate = QCoreApplication.translate


def ask_start_despite_warning(parent: QWidget, seen: str) -> bool:
    """True when the person chooses to start anyway; "Not now" (the default, and Escape)
    keeps the practice from starting."""
    box = QMessageBox(parent)
    box.setObjectName("confirmStartWithWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("StartWithWarning", "Practice seems to hurt"))
    box.setText(seen)
    box.setInformativeText(
        " ".join([*advice_lines(), translate("StartWithWarning", "Start the practice anyway?")])
    )
    start = box.addButton(
        translate("StartWithWarning", "Start anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    not_now = box.addButton(
        translate("StartWithWarning", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    start.setObjectName("startAnyway")
    start.setAccessibleName(translate("StartWithWarning", "Start the practice anyway"))
    not_now.setObjectName("startNotNow")
    not_now.setAccessibleName(translate("StartWithWarning", "Do not start the practice now"))
    box.setDefaultButton(not_now)
    box.setEscapeButton(not_now)
    box.exec()
    return box.clickedButton() is start
