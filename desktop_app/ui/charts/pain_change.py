"""The after − before change of each session: what practice itself does to the pain.

A bar per session from 0 up (pain after was higher: practice made it worse) or down
(it eased). Bars at or above +2 count towards the pain warning and are drawn darker
and hatched, so the chart reads in greyscale too.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.stats.progress import Progress
from desktop_app.stats.safety import RISE_POINTS
from desktop_app.stats.trend import PainTrend
from desktop_app.ui.charts.plots import ChartColors, make_plot, style_plot

WORSE = "#D55E00"
MUCH_WORSE = "#8A3B00"
EASED = "#0072B2"
BAR_WIDTH_S = 0.35 * 86400
# Above this many sessions the bars are thinned to the highest and the lowest change in
# each of THIN_COLUMNS time columns: the same picture (no worse session is hidden), and
# a redraw after a save stays fast for years of practice.
MAX_BARS = 1200
THIN_COLUMNS = 600


translate = QCoreApplication.translate


class PainChangeChart:
    """The plot (`widget`) and its items; `draw(trend)` after every refresh."""

    def set_dark(self, dark: bool) -> None:
        """The zero line in the chart's text colour, light on a dark background."""
        self.zero.setPen(pg.mkPen("#d0d0d0" if dark else "#333333", width=1))

    def __init__(self) -> None:
        # The key is in the title: a legend box would hide the tallest bars of a short chart.
        self.widget = self.plot = make_plot(
            "painChangeChart",
            translate(
                "PainChangeChart",
                "Pain after − before practice, each session: below 0 eased (blue), above 0 "
                "worse (orange), hatched 2 or more points worse",
            ),
            translate(
                "PainChangeChart", "Bars above zero: pain after practice was higher than before"
            ),
        )
        self.widget.setMinimumHeight(110)
        plot = self.widget.getPlotItem()
        self.eased = pg.BarGraphItem(
            x0=[], x1=[], y0=[], height=[], brush=pg.mkBrush(EASED), pen=pg.mkPen(EASED, width=0.5)
        )
        self.worse = pg.BarGraphItem(
            x0=[], x1=[], y0=[], height=[], brush=pg.mkBrush(WORSE), pen=pg.mkPen(WORSE, width=0.5)
        )
        hatch = pg.mkBrush(MUCH_WORSE)
        hatch.setStyle(Qt.BrushStyle.BDiagPattern)
        self.much_worse = pg.BarGraphItem(
            x0=[], x1=[], y0=[], height=[], brush=hatch, pen=pg.mkPen(MUCH_WORSE, width=1.2)
        )
        self.zero = pg.InfiniteLine(pos=0, angle=0)
        self.threshold = pg.InfiniteLine(
            pos=RISE_POINTS, angle=0, pen=pg.mkPen(MUCH_WORSE, width=1, style=Qt.PenStyle.DashLine)
        )
        self.set_dark(False)
        for item in (self.eased, self.worse, self.much_worse, self.zero, self.threshold):
            plot.addItem(item)
        plot.setYRange(-6.5, 7.5, padding=0)
        plot.getAxis("left").setTicks([[(v, f"{v:+d}" if v else "0") for v in range(-6, 8, 3)]])
        plot.setLabel("left", translate("PainChangeChart", "after − before"))

    def update(self, progress: Progress) -> None:
        """The tab's charts all redraw with `update(progress)`."""
        self.draw(progress.trend)

    def set_colors(self, colors: ChartColors) -> None:
        style_plot(self.widget, colors)
        self.set_dark(colors.dark)

    def draw(self, trend: PainTrend) -> None:
        t, change = thin_changes(trend.change_t, trend.after_minus_before)
        width = BAR_WIDTH_S if t.size <= 1 else max(BAR_WIDTH_S, float(np.median(np.diff(t))))
        x0, x1 = t - width / 2, t + width / 2
        for item, mask in (
            (self.eased, change < 0),
            (self.worse, (change > 0) & (change < 2)),
            (self.much_worse, change >= RISE_POINTS),
        ):
            item.setOpts(
                x0=x0[mask], x1=x1[mask], y0=np.zeros(int(mask.sum())), height=change[mask]
            )


def thin_changes(t: np.ndarray, change: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """At most two bars per time column (the largest rise and the largest fall) when there
    are more than MAX_BARS sessions; else the sessions as they are."""
    if t.size <= MAX_BARS:
        return t, change
    span = max(float(t[-1] - t[0]), 1.0)
    column = np.minimum(((t - t[0]) / span * THIN_COLUMNS).astype(np.int64), THIN_COLUMNS - 1)
    middles = t[0] + (np.arange(THIN_COLUMNS) + 0.5) * span / THIN_COLUMNS
    rise = np.full(THIN_COLUMNS, -np.inf)
    fall = np.full(THIN_COLUMNS, np.inf)
    np.maximum.at(rise, column, change)
    np.minimum.at(fall, column, change)
    ups = np.isfinite(rise) & (rise > 0)
    downs = np.isfinite(fall) & (fall < 0)
    xs = np.concatenate((middles[ups], middles[downs]))
    ys = np.concatenate((rise[ups], fall[downs]))
    order = np.argsort(xs, kind="stable")
    return xs[order], ys[order]
