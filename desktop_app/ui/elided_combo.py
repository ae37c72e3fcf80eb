"""A combo box that may be narrower than its longest choice: the shown text is cut with an
ellipsis and the whole of it is in the tooltip; the list still shows every choice in full."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidedComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None, *, min_chars: int = 8) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min_chars)
        self.currentIndexChanged.connect(self._update_tooltip)
        self.model().rowsInserted.connect(self._update_tooltip)
        self.model().modelReset.connect(self._update_tooltip)

    def is_elided(self) -> bool:
        """True when the current choice is wider than the box shows."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField,
            self)
        return self.fontMetrics().horizontalAdvance(self.currentText()) > field.width() - 2

    def _update_tooltip(self, *_args: object) -> None:
        self.setToolTip(self.currentText())

    def showPopup(self) -> None:
        # The list is as wide as its longest choice, even when the box itself is not.
        view = self.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, 900))
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.toolTip() != self.currentText():
            # Also when the choice was set with signals blocked.
            self._update_tooltip()
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField,
            self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(field.width() - 2, 0))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
