"""Pain before and after practice (0–10): every rating as a point, the 7-day means as
lines, the weekly mean of pain before, and the first and last fortnights compared."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.stats.progress import Progress
from desktop_app.ui.charts.plots import ChartColors, make_legend, make_plot, style_plot
from desktop_app.ui.charts.points import PointsItem
from desktop_app.ui.charts.series import (
    MET_TARGET,
    NEUTRAL,
    PAIN_AFTER,
    PAIN_AFTER_LINE,
    PAIN_BEFORE,
    PAIN_BEFORE_LINE,
    VERDICT_COLOURS,
    WEEKLY_MEAN,
    shade,
)
from desktop_app.ui.charts.thinning import block_mean, thin_points

translate = QCoreApplication.translate



class PainChart:
    """The plot (`widget`, `painChart`) and its items; `update(progress)` redraws."""

    def __init__(self, tz: tzinfo) -> None:
        self.plot = make_plot(
            "painChart", translate("PainChart", "Pain before and after practice (0–10)"),
            translate("PainChart", "Pain ratings over time with rolling and weekly means"))
        self.widget = self.plot
        self._tz = tz
        self._build_items()

    def _build_items(self) -> None:
        plot = self.widget.getPlotItem()
        legend = make_legend(plot, columns=4)
        before = translate("PainChart", "Pain before practice")
        after = translate("PainChart", "Pain after practice")
        self.before_points = PointsItem(PAIN_BEFORE, alpha=170, size=5, tip=self._tip(before))
        self.after_points = PointsItem(PAIN_AFTER, alpha=150, size=5, tip=self._tip(after))
        self.before_rolling = pg.PlotDataItem(
            [], [], pen=pg.mkPen(PAIN_BEFORE_LINE, width=2), connect="finite")
        self.after_rolling = pg.PlotDataItem(
            [], [], pen=pg.mkPen(PAIN_AFTER_LINE, width=2), connect="finite")
        # Solid, not dashed: a dash pattern over a thousand steps is slow to draw.
        self.before_weekly = pg.PlotDataItem(
            [], [], pen=pg.mkPen(WEEKLY_MEAN, width=1.5), connect="finite")
        self.change_marker = pg.PlotDataItem(
            [], [], pen=pg.mkPen(NEUTRAL, width=6), connect="finite")
        self.improvement_level = pg.PlotDataItem(
            [], [], pen=pg.mkPen(MET_TARGET, width=2, style=Qt.PenStyle.DotLine))
        for item in (self.before_points, self.after_points, self.before_weekly,
                     self.before_rolling, self.after_rolling, self.improvement_level,
                     self.change_marker):
            plot.addItem(item)
        for item, label in ((self.before_points, translate("PainChart", "Pain before")),
                            (self.after_points, translate("PainChart", "Pain after")),
                            (self.before_rolling, translate("PainChart", "Before, 7-day mean")),
                            (self.after_rolling, translate("PainChart", "After, 7-day mean")),
                            (self.before_weekly, translate("PainChart", "Before, weekly mean")),
                            (self.change_marker, translate("PainChart", "First vs last 2 weeks")),
                            (self.improvement_level,
                             translate("PainChart", "Meaningful improvement"))):
            legend.addItem(item, label)
        plot.setYRange(-0.5, 12.9, padding=0)  # room above 10 for the legend
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        plot.setLabel("left", translate("PainChart", "pain"))

    def _tip(self, what: str) -> Callable[..., str]:
        def tip(x: float, y: float, data: Any = None) -> str:
            when = datetime.fromtimestamp(x, UTC).astimezone(self._tz)
            text = f"{when:%a %d %b %Y, %H:%M}\n{what}: {y:g}"
            if data is not None and data > 1:
                more = int(data) - 1
                # (No %n: lupdate reads plurals from tr() only; "more sessions" reads for 1.)
                text += "\n" + translate(
                    "PainChart", "(and {count} more sessions rated {value} around then)"
                ).format(count=more, value=f"{y:g}")
            return text

        return tip

    def set_colors(self, colors: ChartColors) -> None:
        style_plot(self.widget, colors)
        self.before_weekly.setPen(pg.mkPen(shade(WEEKLY_MEAN, colors), width=1.5))

    def use_print_style(self) -> None:
        """The after line dashed, so before and after part on greyscale paper."""
        self.after_rolling.setPen(pg.mkPen(PAIN_AFTER_LINE, width=2.5,
                                           style=Qt.PenStyle.DashLine))
        self.before_rolling.setPen(pg.mkPen(PAIN_BEFORE_LINE, width=2.5))

    def update(self, progress: Progress) -> None:
        trend = progress.trend
        span = (float(trend.week_bounds[0]), float(trend.week_bounds[-1])) \
            if trend.week_bounds.size >= 2 else (0.0, 1.0)
        for item, t, values in ((self.before_points, trend.before_t, trend.before),
                                (self.after_points, trend.after_t, trend.after)):
            x, y, counts = thin_points(t, values, span)
            item.setData(x=x, y=y, data=counts)
        # Daily values over years: averaged down to about one point per pixel column.
        self.before_rolling.setData(*block_mean(trend.day_t, trend.before_rolling))
        self.after_rolling.setData(*block_mean(trend.day_t, trend.after_rolling))
        bounds = trend.week_bounds
        means = trend.before_weekly
        if means.size:
            xs = np.column_stack((bounds[:-1], bounds[1:])).ravel()
            self.before_weekly.setData(xs, np.repeat(means, 2))
        else:
            self.before_weekly.setData([], [])
        self._draw_change(progress)

    def _draw_change(self, progress: Progress) -> None:
        change = progress.trend.change
        colour = VERDICT_COLOURS.get(change.verdict, NEUTRAL)
        if change.first_window and change.last_window and change.first_mean is not None \
                and change.last_mean is not None:
            (f0, f1), (l0, l1) = change.first_window, change.last_window
            self.change_marker.setData(
                [f0, f1, math.nan, l0, l1],
                [change.first_mean, change.first_mean, math.nan,
                 change.last_mean, change.last_mean])
            self.change_marker.setPen(pg.mkPen(colour, width=6))
            level = change.improvement_level
            self.improvement_level.setData([f0, l1], [level, level])
        else:
            self.change_marker.setData([], [])
            self.improvement_level.setData([], [])

    def hover_text(self, x: float, y: float, pixel: tuple[float, float]) -> str:
        """The tip of the rating nearest to (x, y) within a pixel or so, else ''."""
        for item in (self.before_points, self.after_points):
            index = item.nearest(x, y, pixel[0], pixel[1])
            if index is not None:
                return item.tip_at(index)
        return ""
