"""Small named controls of the demonstration's bars: every one has an objectName and an
accessible name, as the rest of the app's controls do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.ui.elided_combo import ElidedComboBox


def combo(name: str, accessible: str, *, min_chars: int = 6) -> QComboBox:
    # Long choices are cut with an ellipsis when the panel is narrow; the tooltip and the
    # open list show them whole.
    box = ElidedComboBox(min_chars=min_chars)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    return box


def check_box(name: str, text: str, accessible: str, tip: str = "") -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    if tip:
        box.setToolTip(tip)
    return box


def tool_button(name: str, text: str, accessible: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def labelled(text: str, widget: QWidget) -> QWidget:
    """A label and its control kept together on one row."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    label = QLabel(text)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget)
    return group
