"""The sentence under the pain chart (the trend, in the colour of its news) and how it
was worked out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from desktop_app.stats.progress import Progress
from desktop_app.stats.trend import TOO_LITTLE, WORSENED
from desktop_app.ui.charts.plots import LIGHT_CHARTS, ChartColors
from desktop_app.ui.charts.series import DARK_TEXT_COLOURS, TEXT_COLOURS

translate = QCoreApplication.translate



class TrendText:
    """`summary` (`trendSummary`) and `detail` (`trendDetail`); `update(progress)`.

    `weeks()` is the range shown (None: all), for the hint to choose a longer one."""

    def __init__(self, weeks: Callable[[], int | None]) -> None:
        self._weeks = weeks
        self._colors = LIGHT_CHARTS
        self._progress: Progress | None = None
        self.summary = QLabel()
        self.summary.setObjectName("trendSummary")
        self.summary.setAccessibleName(translate("TrendText", "Pain trend summary"))
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("trendDetail")
        self.detail.setAccessibleName(translate("TrendText", "How the pain trend was worked out"))
        self.detail.setWordWrap(True)
        for label in (self.summary, self.detail):
            label.setContentsMargins(12, 0, 12, 0)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_colors(self, colors: ChartColors) -> None:
        self._colors = colors
        muted = "#c2c8cc" if colors.dark else "#444444"
        self.detail.setStyleSheet(f"color: {muted};")
        if self._progress is not None:
            self.update(self._progress)

    def update(self, progress: Progress) -> None:
        self._progress = progress
        trend = progress.trend
        change = trend.change
        self.summary.setText(trend.summary)
        # Not the colour of good news while practice itself makes the pain worse.
        worse = trend.effect.mean_change is not None and round(trend.effect.mean_change, 1) > 0
        texts = DARK_TEXT_COLOURS if self._colors.dark else TEXT_COLOURS
        plain = "#e0e0e0" if self._colors.dark else "#333333"
        colour = texts[WORSENED] if worse else texts.get(change.verdict, plain)
        self.summary.setStyleSheet(f"color: {colour};")
        detail = change.detail
        weeks = self._weeks()
        if change.verdict == TOO_LITTLE and weeks is not None and weeks < 5:
            detail = translate("TrendText",
                               "Choose “Last 12 weeks” or more to compare two fortnights.")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
