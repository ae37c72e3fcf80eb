"""Practice strength on the Progress tab: today's number, large, and its line over time.

A forgiving 0-100 % score of keeping to the target (stats.strength): a few missed days
after a long run lower it a little, a long gap a lot; paused days leave it as it is.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.stats.progress import Progress, Strength
from desktop_app.ui.charts.plots import ChartColors, make_plot, style_plot

LINE = "#009E73"


class StrengthPanel(QWidget):
    """`strengthValue` (today's score) above the chart `strengthChart`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthPanel")
        self.value_label = QLabel("–")
        self.value_label.setObjectName("strengthValue")
        self.value_label.setAccessibleName(self.tr("Practice strength today"))
        self.value_label.setToolTip(self.tr(
            "How well you keep to your target, forgivingly: each day counts a little, a few "
            "missed days after a long run lower it a little, a long gap a lot. Paused days "
            "leave it as it is."))
        caption = QLabel(self.tr("practice strength today"))
        self.caption = caption
        self.set_dark(False)
        top = QHBoxLayout()
        top.setContentsMargins(12, 0, 0, 0)
        top.addWidget(self.value_label)
        top.addWidget(caption, 1, Qt.AlignmentFlag.AlignBottom)
        self.chart = make_plot("strengthChart", self.tr("Practice strength (0–100 %)"),
                               self.tr("Practice strength over time"))
        plot = self.chart.getPlotItem()
        self.line = pg.PlotDataItem([], [], pen=pg.mkPen(LINE, width=2.5), connect="finite")
        plot.addItem(self.line)
        plot.setYRange(0, 105, padding=0)
        plot.getAxis("left").setTicks([[(v, f"{v}%") for v in (0, 25, 50, 75, 100)]])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)

    def set_dark(self, dark: bool) -> None:
        """Text colours for a light or a dark window (green and grey, lighter when dark)."""
        green, grey = ("#5fd6ad", "#c2c8cc") if dark else ("#00664a", "#444444")
        self.value_label.setStyleSheet(f"font-size: 22px; font-weight: 700; color: {green};")
        self.caption.setStyleSheet(f"color: {grey};")

    def draw(self, strength: Strength | None) -> None:
        if strength is None or strength.value.size == 0:
            self.line.setData([], [])
            self.value_label.setText("–")
            return
        self.line.setData(strength.day_t, strength.value)
        current = strength.current
        self.value_label.setText("–" if current is None or math.isnan(current)
                                 else self.tr("{value} %").format(value=round(current)))

    def values(self) -> np.ndarray:
        return np.asarray(self.line.getData()[1])


class StrengthChart:
    """The strength panel as one of the tab's charts (`update(progress)`, `set_colors`);
    a class of its own, not a method of the panel: a QWidget's `update` repaints."""

    def __init__(self) -> None:
        self.widget = self.panel = StrengthPanel()
        self.plot = self.panel.chart

    def set_colors(self, colors: ChartColors) -> None:
        style_plot(self.plot, colors)
        self.panel.set_dark(colors.dark)

    def update(self, progress: Progress) -> None:
        self.panel.draw(progress.strength)
