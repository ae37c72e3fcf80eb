"""File > Restore backup: pick one of the journal's backups, newest first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.dates import local_text

if TYPE_CHECKING:
    from desktop_app.journal.backups import BackupInfo

translate = QCoreApplication.translate

REASONS = {
    "daily": QT_TRANSLATE_NOOP("BackupDialog", "daily copy"),
    "before-import": QT_TRANSLATE_NOOP("BackupDialog", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupDialog", "before a restore"),
}


def describe(info: BackupInfo) -> str:
    when = local_text(info.created, translate("BackupDialog", "ddd dd MMM yyyy, HH:mm"))
    if info.reason in REASONS:
        reason = translate("BackupDialog", REASONS[info.reason])
    elif info.reason.startswith("before-0"):
        reason = translate("BackupDialog", "before an update of the app")
    else:
        reason = info.reason
    entries = (translate("BackupDialog", "unreadable") if info.entries is None
               else translate("BackupDialog", "{count} entries").format(count=info.entries))
    return f"{when}  ·  {entries}  ·  {reason}"


class RestoreBackupDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setObjectName("restoreBackupDialog")
        self.resize(560, 360)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        for info in backups:
            item = QListWidgetItem(describe(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            if info.entries is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        explain = QLabel(
            self.tr("The journal will be replaced by the copy you choose. The current journal "
                    "is backed up first, so this can be undone by restoring that copy.")
            if backups
            else self.tr("There are no backups yet. A copy is made every day the app starts, "
                         "and before every import or update.")
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Restore…"))
        self.ok_button.setObjectName("restoreBackup")
        self.ok_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.ok_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.ok_button.setEnabled(row >= 0))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
