"""The welcome on a first start: what the exercise is, that it must not hurt, how the timer
works, and a button to watch Part 1."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.palette import pick


class WelcomeCard(QFrame):
    watchRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeCard")
        self.setAccessibleName(self.tr("Welcome"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Welcome to Rolling Journal"))
        self.title.setObjectName("welcomeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.about = QLabel(self.tr(
            "A gentle exercise for middle back pain, on a comfortable carpet or rug: slow rolls "
            "from face up to face down and back, each led by one part of you (a knee, a hip or "
            "your head). The gentle twist helps the middle back to free up."))
        self.about.setObjectName("welcomeAbout")
        self.hurts = QLabel(self.tr("If it hurts, don't do it at all."))
        self.hurts.setObjectName("welcomeHurts")
        font = self.hurts.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.hurts.setFont(font)
        self.timer = QLabel(self.tr(
            "Watch each roll here. To practise, tick the parts on the right and press Start: "
            "the big caption says what to do and the countdown paces each roll. \"It hurts: "
            "stop\" (or Esc) stops at once; Finish writes the session in your journal."))
        self.timer.setObjectName("welcomeTimer")
        for label in (self.about, self.timer, self.hurts, self.title):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.watch_button = QPushButton(self.tr("Watch Part 1"))
        self.watch_button.setObjectName("watchPart1")
        self.watch_button.setAccessibleName(self.tr("Watch Part 1 of the exercise"))
        self.watch_button.setDefault(True)
        self.watch_button.clicked.connect(self.watchRequested)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeWelcome")
        self.close_button.setAccessibleName(self.tr("Close the welcome"))
        self.close_button.clicked.connect(self.closed)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.about)
        text.addWidget(self.hurts)
        text.addWidget(self.timer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.watch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(text)
        layout.addLayout(buttons)
        self._apply_palette()

    def _apply_palette(self) -> None:
        palette = self.palette()
        # A card a shade off the window, the warning in red (a lighter red when dark).
        sheet = (
            "#welcomeCard { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
            f"#welcomeHurts {{ color: {pick(palette, '#b0281a', '#ff8a7a')}; }}"
        )
        if sheet != self.styleSheet():  # a style sheet of its own changes no palette twice
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
