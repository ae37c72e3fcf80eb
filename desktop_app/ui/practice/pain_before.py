"""The quick "pain now?" choice at Start: 0 to 10 in big buttons, or Skip.

Shown at Start, before the first roll; the choice goes into the journal form as pain
before practice. Skipping (or not choosing before the first roll) records nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.journal.entry import PAIN_MAX, PAIN_MIN
from desktop_app.ui.stylesheet import stylesheet


class PainBeforePicker(QFrame):
    """`chosen(value)`: a number 0-10, or None for Skip."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painBeforeAtStart")
        self.setAccessibleName(self.tr("Pain before practice, 0 to 10 (optional)"))
        self.setStyleSheet(stylesheet("pain_before"))
        self._value: int | None = None
        question = QLabel(self.tr("Pain now, before you start?"))
        low = QLabel(self.tr("0 = no pain"))
        high = QLabel(self.tr("10 = worst imaginable"))
        for end in (low, high):
            end.setStyleSheet("font-size: 13px; font-weight: normal; color: #3a4a50;")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for value in range(PAIN_MIN, PAIN_MAX + 1):
            button = QPushButton(str(value))
            button.setObjectName(f"painBeforeAtStart{value}")
            button.setAccessibleName(self.tr("Pain before: {value}").format(value=value))
            button.setCheckable(True)
            self.group.addButton(button, value)
            row.addWidget(button)
            self.buttons.append(button)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("painBeforeSkip")
        self.skip_button.setAccessibleName(self.tr("Skip the pain question"))
        self.group.idClicked.connect(self._picked)
        self.skip_button.clicked.connect(self._skipped)
        top = QHBoxLayout()
        top.addWidget(question, 1)
        top.addWidget(self.skip_button)
        ends = QHBoxLayout()
        ends.addWidget(low)
        ends.addStretch(1)
        ends.addWidget(high)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addLayout(ends)
        self.hide()

    def value(self) -> int | None:
        return self._value

    def ask(self) -> None:
        """Show it afresh (no value chosen)."""
        self.reset()
        self.show()

    def reset(self) -> None:
        self._value = None
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)

    def _picked(self, value: int) -> None:
        self._value = value
        self.chosen.emit(value)
        self.hide()

    def _skipped(self) -> None:
        self.reset()
        self.chosen.emit(None)
        self.hide()
