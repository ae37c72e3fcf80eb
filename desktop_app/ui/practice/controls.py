"""Start, Pause/Resume and Finish, and the big red "It hurts: stop" below them."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class SessionControls(QWidget):
    """The session's buttons. Signals: `startRequested()`, `pauseToggled()` (Pause or
    Resume), `finishRequested()`, `hurtRequested()`."""

    startRequested = Signal()
    pauseToggled = Signal()
    finishRequested = Signal()
    hurtRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceControls")
        self.start_button = self._button("startSession", self.tr("Start"),
                                         self.tr("Start the practice"), self.startRequested)
        self.pause_button = self._button("pauseSession", self.tr("Pause"),
                                         self.tr("Pause or resume the practice"),
                                         self.pauseToggled)
        self.finish_button = self._button("finishSession", self.tr("Finish"),
                                          self.tr("Finish and write it in the journal"),
                                          self.finishRequested)
        self.hurt_button = self._button("hurtStop", self.tr("It hurts: stop  (Esc)"),
                                        self.tr("It hurts: stop now"), self.hurtRequested)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.finish_button):
            row.addWidget(button)
        column.addLayout(row)
        column.addWidget(self.hurt_button)

    def _button(self, name: str, text: str, accessible: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(signal)
        return button

    def show_state(self, *, running: bool, paused: bool, complete: bool,
                   can_start: bool) -> None:
        """Enable what the session allows now; Finish is the default once it is complete."""
        self.start_button.setEnabled(not running and can_start)
        self.pause_button.setEnabled(running and not complete)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.finish_button.setEnabled(running)
        self.finish_button.setDefault(complete)
        self.hurt_button.setEnabled(running)
