"""The message shown when an edit or delete is refused because another computer
changed the entry since it was shown: the form then shows the new version, and what
the person had typed is in the details (nothing typed silently disappears)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConflictMessage(QMessageBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryConflictMessage")
        self.setAccessibleName(self.tr("This entry was changed on another computer"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Not saved"))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    def show_conflict(self, when: str, yours: str, deleted: bool) -> None:
        self.setText(self.tr("This entry was changed on another computer"))
        if deleted:
            info = self.tr("The session of {when} was deleted there since you opened it. "
                           "Your changes were not saved.").format(when=when)
        else:
            info = self.tr("The session of {when} was saved there since you opened it. "
                           "Its new version is shown now; your changes were not saved. "
                           "Make them again on the new version if they still apply.") \
                .format(when=when)
        self.setInformativeText(info)
        self.setDetailedText(self.tr("What you had typed:\n{yours}").format(yours=yours))
        self.open()  # window-modal, without blocking the event loop
