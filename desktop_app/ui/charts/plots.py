"""One look for every chart: a white plot with a date axis, a title, and a legend above
the data. Shared by the Progress tab and the physiotherapist report."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy


def make_plot(name: str, title: str, description: str) -> pg.PlotWidget:
    """A chart with a date axis at the bottom; no dragging or wheel zoom (the range
    selector is the way to move in time)."""
    axis = pg.DateAxisItem(orientation="bottom")
    plot = pg.PlotWidget(background="w", axisItems={"bottom": axis})
    plot.setObjectName(name)
    plot.setAccessibleName(title)
    plot.setAccessibleDescription(description)
    plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    plot.setMinimumHeight(120)
    item = plot.getPlotItem()
    item.setTitle(title, color="#222222", size="11pt")
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=False, y=True, alpha=0.15)
    for side in ("left", "bottom"):
        ax = item.getAxis(side)
        ax.setPen(pg.mkPen("#555555"))
        ax.setTextPen(pg.mkPen("#222222"))
    item.getAxis("left").setWidth(44)
    # Axes and the title change only with the range: paint them from a pixmap cache,
    # so a refresh repaints just the data (text drawing is the costly part).
    for part in (item.getAxis("left"), item.getAxis("bottom"), item.titleLabel):
        part.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return plot


def make_legend(plot: pg.PlotItem, columns: int) -> pg.LegendItem:
    """A legend above the data, drawn once and cached (its text is costly to redraw)."""
    legend = plot.addLegend(offset=(8, 4), colCount=columns,
                            brush=pg.mkBrush(255, 255, 255, 212), labelTextColor="#222222")
    legend.setZValue(20)
    legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return legend
