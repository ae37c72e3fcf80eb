"""How often the right part led: the weekly share of sessions, as bars."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from desktop_app.stats.progress import Progress
from desktop_app.ui.charts.plots import ChartColors, make_plot, style_plot
from desktop_app.ui.charts.series import BAR_GAP_S, LEAD, shade

translate = QCoreApplication.translate



class LeadChart:
    """The plot (`widget`, `leadChart`): a bar per week with a known share."""

    def __init__(self) -> None:
        self.plot = make_plot(
            "leadChart", translate("LeadChart", "Right part led (share of sessions)"),
            translate("LeadChart", "Weekly share of sessions where the right part led"))
        self.widget = self.plot
        plot = self.widget.getPlotItem()
        self.bars = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[],
                                    brush=pg.mkBrush(LEAD), pen=pg.mkPen("#ffffff", width=0.5))
        plot.addItem(self.bars)
        plot.setYRange(0, 105, padding=0)
        plot.getAxis("left").setTicks([[(v, f"{v}%") for v in (0, 25, 50, 75, 100)]])

    def set_colors(self, colors: ChartColors) -> None:
        style_plot(self.widget, colors)
        self.bars.setOpts(pen=pg.mkPen(shade("#ffffff", colors), width=0.5))

    def update(self, progress: Progress) -> None:
        weekly = progress.weekly
        bounds = weekly.week_bounds.astype(np.float64)
        share = weekly.right_part_led_share
        known = ~np.isnan(share)
        x0, x1 = bounds[:-1] + BAR_GAP_S / 2, bounds[1:] - BAR_GAP_S / 2
        self.bars.setOpts(x0=x0[known], x1=x1[known], y0=np.zeros(int(known.sum())),
                          height=share[known] * 100)
