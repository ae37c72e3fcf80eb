"""The progress of an import running on its worker thread, with Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

SCALE = 1000  # the bar counts thousandths of the file


class ImportProgressDialog(QProgressDialog):
    """Shown after half a second (a short import never flashes it); Cancel stops the
    import and writes nothing."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.setAccessibleName(self.tr("Import progress"))
        self.setWindowTitle(self.tr("Importing"))
        self._file_name = file_name
        self.setLabelText(self.tr("Reading {name}…").format(name=file_name))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelImport")
        cancel.setAccessibleName(self.tr("Cancel the import; nothing is imported"))
        self.cancel_button = cancel
        self.setCancelButton(cancel)
        self.setRange(0, SCALE)
        self.setMinimumDuration(500)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self.setValue(0)

    def show_progress(self, rows: int, fraction: float) -> None:
        self.setLabelText(
            self.tr("Reading {name}: {rows} rows so far…").format(
                name=self._file_name, rows=f"{rows:,}")
        )
        self.setValue(min(SCALE - 1, int(fraction * SCALE)))

    def cancelling(self) -> None:
        self.setLabelText(self.tr("Cancelling: nothing will be imported…"))
        self.cancel_button.setEnabled(False)
