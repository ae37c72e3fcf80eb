"""The after − before change of each session: what practice itself does to the pain.

A bar per session from 0 up (pain after was higher: practice made it worse) or down
(it eased). Bars at or above +2 count towards the pain warning and are drawn darker
and hatched, so the chart reads in greyscale too.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.stats.safety import RISE_POINTS
from desktop_app.stats.trend import PainTrend
from desktop_app.ui.charts.plots import make_plot

WORSE = "#D55E00"
MUCH_WORSE = "#8A3B00"
EASED = "#0072B2"
BAR_WIDTH_S = 0.35 * 86400


def _tr(text: str) -> str:
    return QCoreApplication.translate("PainChangeChart", text)


class PainChangeChart:
    """The plot (`widget`) and its items; `draw(trend)` after every refresh."""

    def __init__(self) -> None:
        # The key is in the title: a legend box would hide the tallest bars of a short chart.
        self.widget = make_plot(
            "painChangeChart",
            _tr("Pain after − before practice, each session: below 0 eased (blue), above 0 "
                "worse (orange), hatched 2 or more points worse"),
            _tr("Bars above zero: pain after practice was higher than before"))
        self.widget.setMinimumHeight(110)
        plot = self.widget.getPlotItem()
        self.eased = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], brush=pg.mkBrush(EASED),
                                     pen=pg.mkPen(EASED, width=0.5))
        self.worse = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], brush=pg.mkBrush(WORSE),
                                     pen=pg.mkPen(WORSE, width=0.5))
        hatch = pg.mkBrush(MUCH_WORSE)
        hatch.setStyle(Qt.BrushStyle.BDiagPattern)
        self.much_worse = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], brush=hatch,
                                          pen=pg.mkPen(MUCH_WORSE, width=1.2))
        self.zero = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#333333", width=1))
        self.threshold = pg.InfiniteLine(
            pos=RISE_POINTS, angle=0,
            pen=pg.mkPen(MUCH_WORSE, width=1, style=Qt.PenStyle.DashLine))
        for item in (self.eased, self.worse, self.much_worse, self.zero, self.threshold):
            plot.addItem(item)
        plot.setYRange(-6.5, 7.5, padding=0)
        plot.getAxis("left").setTicks([[(v, f"{v:+d}" if v else "0")
                                        for v in range(-6, 8, 3)]])
        plot.setLabel("left", _tr("after − before"))

    def draw(self, trend: PainTrend) -> None:
        t, change = trend.change_t, trend.after_minus_before
        x0, x1 = t - BAR_WIDTH_S / 2, t + BAR_WIDTH_S / 2
        for item, mask in ((self.eased, change < 0), (self.worse, (change > 0) & (change < 2)),
                           (self.much_worse, change >= RISE_POINTS)):
            item.setOpts(x0=x0[mask], x1=x1[mask], y0=np.zeros(int(mask.sum())),
                         height=change[mask])
