"""Who is there and whether to practise at all: the friend mode and the practice pause,
kept visible apart from a session."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop_app.ui.blocked import Blocked
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.practice.pause_controls import PauseControls


class PracticeExtras(QWidget):
    """`friendModeToggled(bool)` for the person's change; the pause controls' own signals
    (`pause_controls.pauseRequested`, `resumeRequested`) pass through as they are."""

    friendModeToggled = Signal(bool)

    def __init__(self, *, pausing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceExtras")
        extras = FlowLayout(self, spacing=12)
        extras.setContentsMargins(0, 0, 0, 0)
        self.friend_mode = QCheckBox(self.tr("With a friend"))
        self.friend_mode.setObjectName("friendMode")
        self.friend_mode.setAccessibleName(self.tr("With a friend: they check what led "
                                                   "each roll"))
        self.friend_mode.setToolTip(self.tr("After each roll your friend taps what led it, "
                                            "in big buttons; it goes into the journal."))
        self.friend_mode.toggled.connect(self.friendModeToggled)
        self.pause_controls = PauseControls()
        self.pause_controls.setVisible(pausing)
        extras.addWidget(self.friend_mode)
        extras.addWidget(self.pause_controls)

    def show_friend_mode(self, on: bool, *, enabled: bool | None = None) -> None:
        """Tick or untick without `friendModeToggled` (the settings already say so)."""
        with Blocked(self.friend_mode):
            self.friend_mode.setChecked(on)
            if enabled is not None:
                self.friend_mode.setEnabled(enabled)
