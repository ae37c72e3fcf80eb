"""One look for every chart: a plot with a date axis, a title, and a legend above the data,
on the window's light or dark background (always light in the physiotherapist report). Shared
by the Progress tab and the report."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QGraphicsItem, QSizePolicy

from desktop_app.ui.palette import is_dark


@dataclass(frozen=True)
class ChartColors:
    """A chart's own colours: background, text, axes, the legend's box; `dark` tells series
    drawn in near-black which shade to take instead."""

    background: str
    text: str
    axis: str
    legend: tuple[int, int, int, int]
    dark: bool


LIGHT_CHARTS = ChartColors("#ffffff", "#222222", "#555555", (255, 255, 255, 212), False)
DARK_CHARTS = ChartColors("#1d2124", "#e8e8e8", "#a9b1b5", (29, 33, 36, 220), True)


def chart_colors(palette: QPalette | None = None) -> ChartColors:
    """The chart colours for a palette (the application's when None)."""
    if palette is None:
        palette = QApplication.palette()
    return DARK_CHARTS if is_dark(palette) else LIGHT_CHARTS


def style_plot(plot: pg.PlotWidget, colors: ChartColors) -> None:
    """Background, title, axes and legend in `colors` (the data keeps its own)."""
    plot.setBackground(colors.background)
    item = plot.getPlotItem()
    item.setTitle(plot.property("chartTitle") or "", color=colors.text, size="11pt")
    for side in ("left", "bottom"):
        ax = item.getAxis(side)
        ax.setPen(pg.mkPen(colors.axis))
        ax.setTextPen(pg.mkPen(colors.text))  # the axis label takes this colour too
        ax.update()
    legend = item.legend
    if legend is not None:
        legend.setBrush(pg.mkBrush(*colors.legend))
        legend.setLabelTextColor(colors.text)
        legend.update()


def make_plot(name: str, title: str, description: str) -> pg.PlotWidget:
    """A chart with a date axis at the bottom; no dragging or wheel zoom (the range
    selector is the way to move in time)."""
    axis = pg.DateAxisItem(orientation="bottom")
    plot = pg.PlotWidget(background="w", axisItems={"bottom": axis})
    plot.setObjectName(name)
    plot.setProperty("chartTitle", title)
    plot.setAccessibleName(title)
    plot.setAccessibleDescription(description)
    plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    plot.setMinimumHeight(120)
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=False, y=True, alpha=0.15)
    style_plot(plot, chart_colors())
    item.getAxis("left").setWidth(44)
    # Axes and the title change only with the range: paint them from a pixmap cache,
    # so a refresh repaints just the data (text drawing is the costly part).
    for part in (item.getAxis("left"), item.getAxis("bottom"), item.titleLabel):
        part.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return plot


def make_legend(plot: pg.PlotItem, columns: int) -> pg.LegendItem:
    """A legend above the data, drawn once and cached (its text is costly to redraw)."""
    colors = chart_colors()
    legend = plot.addLegend(offset=(8, 4), colCount=columns, brush=pg.mkBrush(*colors.legend),
                            labelTextColor=colors.text)
    legend.setZValue(20)
    legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return legend
