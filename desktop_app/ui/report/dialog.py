"""File > Save report…: which weeks, and whether the notes go in, then where to save."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

DEFAULT_WEEKS = 12
MAX_WEEKS = 520


class SaveReportDialog(QDialog):
    """The report's choices; `weeks()` and `include_notes()` after Accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveReportDialog")
        self.setWindowTitle(self.tr("Save a report for your physiotherapist"))
        intro = QLabel(self.tr(
            "A PDF of your practice to print or send: sessions per week against your target, "
            "pain before and after, every session stopped because it hurt, the pain warnings, "
            "a friend's checks, smoothness and how often the right part led."))
        intro.setWordWrap(True)
        self.weeks_box = QSpinBox()
        self.weeks_box.setObjectName("reportWeeks")
        self.weeks_box.setAccessibleName(self.tr("Weeks in the report"))
        self.weeks_box.setRange(1, MAX_WEEKS)
        self.weeks_box.setValue(DEFAULT_WEEKS)
        self.weeks_box.setSuffix(self.tr(" weeks"))
        self.notes_box = QCheckBox(self.tr("Include my notes"))
        self.notes_box.setObjectName("reportNotes")
        self.notes_box.setAccessibleName(self.tr("Include my notes in the report"))
        self.notes_box.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("The last:"), self.weeks_box)
        form.addRow("", self.notes_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def weeks(self) -> int:
        return self.weeks_box.value()

    def include_notes(self) -> bool:
        return self.notes_box.isChecked()
