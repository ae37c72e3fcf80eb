"""The bar above the tabs while the journal's server cannot be reached: which server,
why (refused, authentication, TLS, ...), that what was typed is kept as a draft, and
that saving is tried again by itself. Hidden again once a save goes through."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ServerStatusBar(QFrame):
    """`retryRequested` when the person presses Try again."""

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverStatusBar")
        self.setAccessibleName(self.tr("Journal server status"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#serverStatusBar { background: palette(alternate-base); "
                           "border-left: 4px solid #c0392b; }")
        self.message = QLabel()
        self.message.setObjectName("serverStatusMessage")
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again now"))
        self.retry_button.setObjectName("serverRetryButton")
        self.retry_button.setAccessibleName(self.tr("Try to reach the journal server again"))
        self.retry_button.clicked.connect(self.retryRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def show_unreachable(self, message: str, retry_s: int) -> None:
        self.message.setText(self.tr(
            "{message} What you typed is kept as a draft and nothing is lost; saving is "
            "tried again every {seconds} s.").format(message=message, seconds=retry_s))
        self.show()

    def show_reachable(self) -> None:
        self.hide()
