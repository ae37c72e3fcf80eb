"""Sessions per week against the target: bars below or at the target, this week so far,
sessions stopped because it hurt on top, paused days hatched behind, the target dashed."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.stats.progress import Progress
from desktop_app.stats.weekly import WeeklyTable
from desktop_app.ui.charts.plots import (
    ChartColors,
    chart_colors,
    make_legend,
    make_plot,
    style_plot,
)
from desktop_app.ui.charts.series import (
    BAR_GAP_S,
    MET_TARGET,
    PAUSED,
    STOPPED_HURT,
    TARGET_LINE,
    THIS_WEEK,
    THIS_WEEK_EDGE,
    UNDER_TARGET,
    shade,
)

translate = QCoreApplication.translate



class WeeklyChart:
    """The plot (`widget`, `weeklyChart`) and its items; `update(progress)` redraws."""

    def __init__(self) -> None:
        self.plot = make_plot(
            "weeklyChart", translate("WeeklyChart", "Sessions per week"),
            translate("WeeklyChart", "Bar chart of sessions per week against the target"))
        self.widget = self.plot
        self._colors = chart_colors()
        self._weekly: WeeklyTable | None = None
        self._headroom = 1.25  # the top, over the highest bar or target
        self._highest = 0.0
        self._y_top: float | None = None
        self._build_items()
        self.widget.getPlotItem().getViewBox().sigResized.connect(self._fit_top)

    def _build_items(self) -> None:
        plot = self.widget.getPlotItem()
        self.legend = make_legend(plot, columns=6)

        def bars(name: str, brush: Any, pen: Any) -> pg.BarGraphItem:
            item = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], brush=brush, pen=pen, name=name)
            plot.addItem(item)
            return item

        edge = pg.mkPen("#ffffff", width=0.5)
        # Paused days: a hatched band over those days, behind the bars (greyscale-safe).
        hatch = pg.mkBrush(PAUSED)
        hatch.setStyle(Qt.BrushStyle.BDiagPattern)
        self.paused_bars = bars(translate("WeeklyChart", "Paused days"), hatch,
                                pg.mkPen(PAUSED, width=0.8))
        self.paused_bars.setZValue(-5)
        self.under_bars = bars(translate("WeeklyChart", "Below target"),
                               pg.mkBrush(UNDER_TARGET), edge)
        self.met_bars = bars(translate("WeeklyChart", "Target met"), pg.mkBrush(MET_TARGET), edge)
        self.partial_bars = bars(translate("WeeklyChart", "This week so far"),
                                 pg.mkBrush(*THIS_WEEK),
                                 pg.mkPen(THIS_WEEK_EDGE, width=1.5, style=Qt.PenStyle.DashLine))
        self.hurt_bars = bars(translate("WeeklyChart", "Stopped: it hurt"),
                              pg.mkBrush(STOPPED_HURT), edge)
        self.no_sessions_note = pg.TextItem(
            translate("WeeklyChart", "No sessions in these weeks"), color="#444444",
            anchor=(0.5, 0.5))
        self.no_sessions_note.setZValue(10)
        plot.addItem(self.no_sessions_note)
        self.no_sessions_note.hide()
        self.target_line = pg.PlotDataItem(
            [], [], pen=pg.mkPen(TARGET_LINE, width=2, style=Qt.PenStyle.DashLine),
            name=translate("WeeklyChart", "Target"))
        plot.addItem(self.target_line)
        plot.setLabel("left", translate("WeeklyChart", "sessions"))

    def set_colors(self, colors: ChartColors) -> None:
        self._colors = colors
        style_plot(self.widget, colors)
        self.target_line.setPen(pg.mkPen(shade(TARGET_LINE, colors), width=2,
                                         style=Qt.PenStyle.DashLine))
        hatch = pg.mkBrush(shade(PAUSED, colors))
        hatch.setStyle(Qt.BrushStyle.BDiagPattern)
        self.paused_bars.setOpts(brush=hatch, pen=pg.mkPen(shade(PAUSED, colors), width=0.8))
        self.no_sessions_note.setColor(shade("#444444", colors))
        edge = pg.mkPen(shade("#ffffff", colors), width=0.5)
        for bars in (self.under_bars, self.met_bars, self.hurt_bars):
            bars.setOpts(pen=edge)

    def use_print_style(self) -> None:
        """Patterns and dashes where the screen relies on colour alone (greyscale paper)."""
        cross = pg.mkBrush("#000000")
        cross.setStyle(Qt.BrushStyle.DiagCrossPattern)
        self.hurt_bars.setOpts(brush=cross, pen=pg.mkPen("#000000", width=1))
        self.partial_bars.setOpts(brush=pg.mkBrush("#dddddd"),
                                  pen=pg.mkPen("#000000", width=1.2, style=Qt.PenStyle.DashLine))
        self.met_bars.setOpts(brush=pg.mkBrush("#1b6e55"))
        # A narrow page: the legend in two rows, with room above the bars for it.
        self.legend.setColumnCount(3)
        self._headroom = 1.55
        self._y_top = None

    def update(self, progress: Progress) -> None:
        weekly = progress.weekly
        self._weekly = weekly
        bounds = weekly.week_bounds.astype(np.float64)
        targets = weekly.targets if weekly.targets is not None else \
            np.full(weekly.weeks, weekly.target)
        self._draw_bars(weekly, bounds, targets)
        steady = targets.size == 0 or bool((targets == targets[0]).all())
        self._draw_target(weekly, bounds, targets, steady)
        self._highest = max(float(weekly.target), float(targets.max(initial=0)),
                            float(weekly.sessions.max(initial=0)))
        top = self._top(self._highest)
        self._draw_paused(weekly, top)
        empty = not weekly.sessions.any()
        self.no_sessions_note.setVisible(empty and bounds.size >= 2)
        if empty and bounds.size >= 2:
            self.no_sessions_note.setPos((bounds[0] + bounds[-1]) / 2, weekly.target / 2)
        self._set_top(top)
        label = self.legend.getLabel(self.target_line)
        text = translate("WeeklyChart", "Target: {count} a week").format(
            count=int(targets[0]) if targets.size else weekly.target) \
            if steady else translate("WeeklyChart", "Target of each week")
        if label is not None and label.text != text:
            label.setText(text)

    def _draw_bars(self, weekly: WeeklyTable, bounds: np.ndarray, targets: np.ndarray) -> None:
        x0, x1 = bounds[:-1] + BAR_GAP_S / 2, bounds[1:] - BAR_GAP_S / 2
        sessions = weekly.sessions.astype(np.float64)
        hurt = weekly.stopped_hurt.astype(np.float64)
        done = sessions - hurt
        partial = weekly.partial
        met = (weekly.sessions >= targets) & ~partial
        under = ~met & ~partial
        for item, mask in ((self.under_bars, under), (self.met_bars, met),
                           (self.partial_bars, partial)):
            item.setOpts(x0=x0[mask], x1=x1[mask], y0=np.zeros(int(mask.sum())),
                         height=done[mask])
        has_hurt = hurt > 0
        self.hurt_bars.setOpts(x0=x0[has_hurt], x1=x1[has_hurt], y0=done[has_hurt],
                               height=hurt[has_hurt])

    def _draw_target(self, weekly: WeeklyTable, bounds: np.ndarray, targets: np.ndarray,
                     steady: bool) -> None:
        if bounds.size >= 2 and steady:
            level = float(targets[0]) if targets.size else float(weekly.target)
            self.target_line.setData([bounds[0], bounds[-1]], [level, level])
        elif bounds.size >= 2:
            # Each week against the target it had (history, paused days left out).
            xs = np.column_stack((bounds[:-1], bounds[1:])).ravel()
            self.target_line.setData(xs, np.repeat(targets.astype(np.float64), 2))
        else:
            self.target_line.setData([], [])

    def _top(self, highest: float) -> int:
        """The chart's top: room above the highest bar or target for the legend (whose
        height in sessions depends on the chart's height), rounded up to 5 so one more
        session rarely moves it."""
        box = self.widget.getPlotItem().getViewBox()
        legend = self.legend.pos().y() + self.legend.boundingRect().height() + 8
        free = 1.0 - legend / box.height() if box.height() > 2 * legend else 0.5
        need = max(highest * self._headroom, highest / max(free, 0.3)) + 1
        return math.ceil(need / 5) * 5

    def _set_top(self, top: int) -> bool:
        if top == self._y_top:
            return False
        self._y_top = top
        self.widget.getPlotItem().setYRange(0, top, padding=0)
        return True

    def _fit_top(self, *_args: object) -> None:
        # The legend keeps its size in pixels: keep it clear of the bars and the target
        # whatever the chart's height.
        if self._weekly is not None and self._set_top(self._top(self._highest)):
            assert self._y_top is not None
            self._draw_paused(self._weekly, self._y_top)

    def _draw_paused(self, weekly: WeeklyTable, top: float) -> None:
        paused = weekly.day_paused if weekly.day_paused is not None else np.zeros(0, bool)
        bounds = weekly.grid.bounds.astype(np.float64)
        if not paused.any():
            self.paused_bars.setOpts(x0=[], x1=[], y0=[], height=[])
            return
        # One band per run of paused days.
        edges = np.diff(np.concatenate(([0], paused.astype(np.int8), [0])))
        starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        self.paused_bars.setOpts(x0=bounds[starts], x1=bounds[ends],
                                 y0=np.zeros(starts.size), height=np.full(starts.size, top))

    def clear(self) -> None:
        """Nothing shown (an empty journal): the resize fit stops following old numbers."""
        self._weekly = None
