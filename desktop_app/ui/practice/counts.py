"""Today's and this week's sessions against the target, and the way to the settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.practice.periods import Progress


class SessionCounts(QWidget):
    """"1 of 2 today   9 of 14 this week   [Settings…]". `settingsRequested()` when the
    button is pressed."""

    settingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceCounts")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.today_count = QLabel()
        self.today_count.setObjectName("todayCount")
        self.today_count.setAccessibleName(self.tr("Sessions today"))
        self.week_count = QLabel()
        self.week_count.setObjectName("weekCount")
        self.week_count.setAccessibleName(self.tr("Sessions this week"))
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setObjectName("practiceSettings")
        self.settings_button.setAccessibleName(self.tr("Practice settings"))
        self.settings_button.clicked.connect(self.settingsRequested)
        row.addWidget(self.today_count)
        row.addSpacing(18)
        row.addWidget(self.week_count)
        row.addStretch(1)
        row.addWidget(self.settings_button)

    def show_progress(self, result: Progress) -> None:
        if result.paused_today:
            today = self.tr("Paused today") if result.today == 0 else \
                self.tr("{count} today · paused").format(count=result.today)
        else:
            today = self.tr("{count} of {target} today").format(
                count=result.today, target=result.daily_target)
            if result.today_met:
                today += " ✓"
        self.today_count.setText(today)
        self.week_count.setText(self.tr("{count} of {target} this week").format(
            count=result.week, target=result.weekly_target))

    def show_unknown(self, daily_target: int) -> None:
        """The counts could not be read: the targets alone."""
        self.today_count.setText(self.tr("– of {target} today").format(target=daily_target))
        self.week_count.setText(self.tr("– of {target} this week").format(
            target=daily_target * 7))
