"""Pause practice for N days (or until resumed) during a flare-up, and resume.

Used in the practice panel and in the practice settings; the owner does the pausing
(`pauseRequested`, `resumeRequested`) and then shows the result with `set_pause`.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop_app.journal.schedule import PAUSE_DAYS_MAX, Pause

UNTIL_RESUMED = 0  # the spin box's special value


class PauseControls(QWidget):
    """[N days | until resumed] [Pause practice] [Resume practice], and what stands."""

    pauseRequested = Signal(object)  # int days, or None: until resumed
    resumeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pauseControls")
        self.days = QSpinBox()
        self.days.setObjectName("pauseSpinDays")
        self.days.setAccessibleName(self.tr("Days to pause practice for"))
        self.days.setRange(UNTIL_RESUMED, PAUSE_DAYS_MAX)
        self.days.setSpecialValueText(self.tr("until resumed"))
        self.days.setValue(3)
        self.days.setToolTip(self.tr("Rest during a flare-up: paused days leave your target, "
                                     "reminders stop, and your practice strength does not "
                                     "fall."))
        self.days.valueChanged.connect(self._update_suffix)
        self.pause_button = QPushButton(self.tr("Pause practice"))
        self.pause_button.setObjectName("pausePractice")
        self.pause_button.setAccessibleName(self.tr("Pause practice from today"))
        self.pause_button.clicked.connect(self._pause_clicked)
        self.resume_button = QPushButton(self.tr("Resume practice"))
        self.resume_button.setObjectName("resumePractice")
        self.resume_button.setAccessibleName(self.tr("Resume practice today"))
        self.resume_button.clicked.connect(self.resumeRequested)
        self.status = QLabel()
        self.status.setObjectName("pauseStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.days)
        row.addWidget(self.pause_button)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._update_suffix(self.days.value())
        self.set_pause(None, date.today())

    def chosen_days(self) -> int | None:
        value = self.days.value()
        return None if value == UNTIL_RESUMED else value

    def set_pause(self, pause: Pause | None, today: date) -> None:
        """Show the pause covering today (None: practice is on)."""
        paused = pause is not None
        self.resume_button.setEnabled(paused)
        self.pause_button.setText(self.tr("Change pause") if paused else self.tr("Pause practice"))
        self.status.setVisible(paused)
        if pause is None:
            self.status.setText("")
        elif pause.last_day is None:
            self.status.setText(self.tr("Paused until you resume"))
        elif pause.last_day == today:
            self.status.setText(self.tr("Paused today; practice is back on tomorrow"))
        else:
            back = pause.last_day + timedelta(days=1)
            self.status.setText(self.tr("Paused until {day}; back on {back}").format(
                day=f"{pause.last_day:%a %d %b}", back=f"{back:%a %d %b}"))

    def _pause_clicked(self) -> None:
        self.pauseRequested.emit(self.chosen_days())

    def _update_suffix(self, value: int) -> None:
        self.days.setSuffix(self.tr(" day") if value == 1 else self.tr(" days"))
