"""Smoothness of the roll, the weekly mean (1 jerky to 5 smooth)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from desktop_app.stats.progress import Progress
from desktop_app.ui.charts.plots import ChartColors, make_plot, style_plot
from desktop_app.ui.charts.points import PointsItem
from desktop_app.ui.charts.series import SMOOTHNESS

translate = QCoreApplication.translate



class SmoothnessChart:
    """The plot (`widget`, `smoothnessChart`): a line and a point per week."""

    def __init__(self) -> None:
        self.plot = make_plot(
            "smoothnessChart", translate("SmoothnessChart", "Smoothness (weekly mean, 1–5)"),
            translate("SmoothnessChart", "Weekly mean smoothness of the roll"))
        self.widget = self.plot
        plot = self.widget.getPlotItem()
        self.line = pg.PlotDataItem(
            [], [], pen=pg.mkPen(SMOOTHNESS, width=2), connect="finite")
        self.points = PointsItem(SMOOTHNESS, size=6)
        plot.addItem(self.line)
        plot.addItem(self.points)
        plot.setYRange(0.5, 5.5, padding=0)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(1, 6)]])

    def set_colors(self, colors: ChartColors) -> None:
        style_plot(self.widget, colors)

    def update(self, progress: Progress) -> None:
        weekly = progress.weekly
        bounds = weekly.week_bounds.astype(np.float64)
        middles = (bounds[:-1] + bounds[1:]) / 2
        self.line.setData(middles, weekly.smoothness_mean)
        self.points.setData(middles, weekly.smoothness_mean)
