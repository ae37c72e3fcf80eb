"""The Charts tab: sessions per week, the pain trend, smoothness and leading.

All numbers come from `desktop_app.stats` (one query per refresh); this module only
draws them. The plot items are created once and updated with `setData`/`setOpts`
on every `refresh()`.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.journal.errors import JournalError
from desktop_app.localtime import local_zone, today_in
from desktop_app.stats.progress import Progress, progress
from desktop_app.stats.trend import IMPROVED, TOO_LITTLE, WORSENED, PainTrend
from desktop_app.stats.weekly import WeeklyTable, write_csv
from desktop_app.ui.charts.pain_change import PainChangeChart
from desktop_app.ui.charts.plots import (
    LIGHT_CHARTS,
    ChartColors,
    chart_colors,
    make_legend,
    make_plot,
    style_plot,
)
from desktop_app.ui.charts.points import PointsItem
from desktop_app.ui.charts.strength import StrengthPanel

# The choices of the range selector: label and number of weeks (None: everything).
RANGES: tuple[tuple[str, int | None], ...] = (
    ("Last 4 weeks", 4),
    ("Last 12 weeks", 12),
    ("Last year", 52),
    ("All", None),
)
DEFAULT_RANGE = 1  # Last 12 weeks

# Okabe-Ito colours: distinct for the common kinds of colour blindness.
UNDER_TARGET = "#56B4E9"
MET_TARGET = "#009E73"
THIS_WEEK = (86, 180, 233, 90)
THIS_WEEK_EDGE = "#0072B2"
STOPPED_HURT = "#D55E00"
TARGET_LINE = "#444444"
PAUSED = "#6b6b6b"
PAIN_BEFORE = "#E69F00"
PAIN_BEFORE_LINE = "#A66A00"
PAIN_AFTER = "#0072B2"
PAIN_AFTER_LINE = "#004C77"
WEEKLY_MEAN = "#222222"
SMOOTHNESS = "#CC79A7"
LEAD = "#0072B2"
VERDICT_COLOURS = {IMPROVED: MET_TARGET, WORSENED: STOPPED_HURT}
NEUTRAL = "#777777"
# Darker shades for the sentence under the chart, readable as text on white (WCAG AA), and
# lighter ones for a dark background.
TEXT_COLOURS = {IMPROVED: "#006B4E", WORSENED: "#A84400"}
DARK_TEXT_COLOURS = {IMPROVED: "#5fd3aa", WORSENED: "#ff9d5c"}
# Near-black series and text on a light chart, and what they become on a dark one.
ON_DARK = {TARGET_LINE: "#cfcfcf", WEEKLY_MEAN: "#e4e4e4", PAUSED: "#a0a0a0",
           "#444444": "#c8c8c8", "#ffffff": "#1d2124"}

BAR_GAP_S = 0.6 * 86400  # space between the bars of two weeks
# Above this many points a series is thinned to one point per value and ~pixel column:
# the ratings are whole numbers, so the picture is the same and setData stays fast.
MAX_POINTS = 2500
THIN_COLUMNS = 500
LINE_COLUMNS = 1000  # the daily rolling means are averaged down to about this many points

EMPTY_TEXT = (
    "<p style='font-size:16pt'><b>Your progress will appear here</b></p>"
    "<p>Log your first rolling session and this tab will chart it: how many sessions "
    "you do each week against the aim of {aim}, and how your pain before and "
    "after practice changes over the weeks.</p>"
)

ERROR_TEXT = (
    "<p style='font-size:14pt'><b>The charts could not read the journal</b></p>"
    "<p>{reason}</p><p>Your entries are not affected. The charts will try again after "
    "the next change, or when you choose another range.</p>"
)

JournalSource = Any  # a Journal, or a callable returning one


_legend = make_legend


class ChartsTab(QWidget):
    """Weekly progress charts of the journal, refreshed by `refresh()`."""

    def __init__(
        self,
        journal: JournalSource,
        sessions_per_day: int = 2,
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartsTab")
        self.setAccessibleName("Charts")
        if sessions_per_day < 1:
            raise ValueError("sessions per day must be at least 1")
        self._journal_source = journal
        self._sessions_per_day = sessions_per_day
        self._tz = tz or local_zone()
        self._today = today or (lambda: today_in(self._tz))
        self._progress: Progress | None = None
        self._custom_weeks: int | None = None  # set_weeks: a range the selector lacks
        self._headroom = 1.25  # the weekly chart's top, over its highest bar or target
        self._weekly_highest = 0.0
        self._x_range: tuple[float, float] | None = None
        self._y_top: float | None = None
        self._print = False
        self._colors = chart_colors()
        self._build()
        self.apply_colors(chart_colors(self.palette()))
        self.refresh()

    # --- public ------------------------------------------------------------------------

    @property
    def weeks(self) -> int | None:
        """The number of weeks shown (None: all)."""
        if self._custom_weeks is not None:
            return self._custom_weeks
        return RANGES[self.range_selector.currentIndex()][1]

    def set_weeks(self, weeks: int) -> None:
        """Show the last `weeks` weeks, any number (the report's range)."""
        if weeks < 1:
            raise ValueError(f"weeks must be at least 1, not {weeks}")
        self._custom_weeks = weeks
        self.refresh()

    def use_print_style(self) -> None:
        """Patterns and dashes where the screen relies on colour alone, so that the
        charts read printed in greyscale (the report)."""
        self._print = True
        self.apply_colors(LIGHT_CHARTS)  # paper is white whatever the screen's palette
        cross = pg.mkBrush("#000000")
        cross.setStyle(Qt.BrushStyle.DiagCrossPattern)
        self.hurt_bars.setOpts(brush=cross, pen=pg.mkPen("#000000", width=1))
        self.partial_bars.setOpts(brush=pg.mkBrush("#dddddd"),
                                  pen=pg.mkPen("#000000", width=1.2, style=Qt.PenStyle.DashLine))
        self.met_bars.setOpts(brush=pg.mkBrush("#1b6e55"))
        self.after_rolling.setPen(pg.mkPen(PAIN_AFTER_LINE, width=2.5,
                                           style=Qt.PenStyle.DashLine))
        self.before_rolling.setPen(pg.mkPen(PAIN_BEFORE_LINE, width=2.5))
        # A narrow page: the weekly legend in two rows, with room above the bars for it.
        self.weekly_legend.setColumnCount(3)
        self._headroom = 1.55
        self._y_top = None

    def colors(self) -> ChartColors:
        return self._colors

    def _shade(self, colour: str) -> str:
        return ON_DARK.get(colour, colour) if self._colors.dark else colour

    def apply_colors(self, colors: ChartColors) -> None:
        """The charts on a light or a dark background: their chrome, the near-black series,
        and the texts under them."""
        self._colors = colors
        for chart in (self.weekly_chart, self.pain_chart, self.pain_change_chart,
                      self.smoothness_chart, self.lead_chart, self.strength_chart):
            style_plot(chart, colors)
        self.target_line.setPen(pg.mkPen(self._shade(TARGET_LINE), width=2,
                                         style=Qt.PenStyle.DashLine))
        self.before_weekly.setPen(pg.mkPen(self._shade(WEEKLY_MEAN), width=1.5))
        hatch = pg.mkBrush(self._shade(PAUSED))
        hatch.setStyle(Qt.BrushStyle.BDiagPattern)
        self.paused_bars.setOpts(brush=hatch, pen=pg.mkPen(self._shade(PAUSED), width=0.8))
        self.no_sessions_note.setColor(self._shade("#444444"))
        edge = pg.mkPen(self._shade("#ffffff"), width=0.5)
        for bars in (self.under_bars, self.met_bars, self.hurt_bars, self.lead_bars):
            bars.setOpts(pen=edge)
        self.charts_area.setStyleSheet(f"#chartsArea {{ background: {colors.background}; }}")
        muted = "#c2c8cc" if colors.dark else "#444444"
        self.trend_detail.setStyleSheet(f"color: {muted};")
        self.pain_change.set_dark(colors.dark)
        self.strength_panel.set_dark(colors.dark)
        if self._progress is not None:
            self._draw_pain(self._progress.trend)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._print:
            colors = chart_colors(self.palette())
            if colors != self._colors:
                self.apply_colors(colors)

    @property
    def progress(self) -> Progress | None:
        """The numbers currently drawn."""
        return self._progress

    def set_sessions_per_day(self, sessions_per_day: int) -> None:
        if sessions_per_day < 1:
            raise ValueError("sessions per day must be at least 1")
        self._sessions_per_day = sessions_per_day
        self.refresh()

    def set_range(self, weeks: int | None) -> None:
        """Select the range showing `weeks` weeks (4, 12, 52 or None for all)."""
        for index, (_, choice) in enumerate(RANGES):
            if choice == weeks:
                self._custom_weeks = None
                self.range_selector.setCurrentIndex(index)
                return
        raise ValueError(f"no range of {weeks} weeks; choose one of {[w for _, w in RANGES]}")

    def refresh(self) -> None:
        """Re-read the journal and redraw (call after every save, edit, delete, import)."""
        try:
            data = progress(
                self._journal(),
                weeks=self.weeks,
                tz=self._tz,
                sessions_per_day=self._sessions_per_day,
                today=self._today(),
            )
        except JournalError as exc:
            # Keep the tab usable: say what went wrong instead of raising into the app.
            self._progress = None
            self.empty_label.setText(ERROR_TEXT.format(reason=html.escape(str(exc))))
            self.stack.setCurrentWidget(self.empty_state)
            self.export_png_button.setEnabled(False)
            self.export_csv_button.setEnabled(False)
            return
        self._progress = data
        empty = data.journal_empty
        self.empty_label.setText(EMPTY_TEXT.format(aim=_aim(self._sessions_per_day)))
        self.stack.setCurrentWidget(self.empty_state if empty else self.charts_area)
        self.export_png_button.setEnabled(not empty)
        self.export_csv_button.setEnabled(not empty)
        if empty:
            return
        self._set_x_range(data)
        self._draw_weekly(data.weekly)
        self._draw_pain(data.trend)
        self.pain_change.draw(data.trend)
        self._draw_quality(data.weekly)
        self.strength_panel.draw(data.strength)

    def export_png(self, path: Path | str) -> Path:
        """Save the charts as a PNG image at `path` (what the Export PNG button writes)."""
        target = Path(path)
        image = self.charts_area.grab() if self.stack.currentWidget() is self.charts_area \
            else self.stack.grab()
        if not image.save(str(target), "PNG"):
            raise OSError(f"Could not write the image {target}")
        return target

    def export_csv(self, path: Path | str) -> Path:
        """Save the weekly table of the shown range as CSV at `path`."""
        target = Path(path)
        rows = self._progress.weekly.rows() if self._progress is not None else []
        write_csv(rows, target)
        return target

    def week_tooltip(self, index: int) -> str:
        """The hover text of week `index` (0 = the first week shown)."""
        assert self._progress is not None
        row = self._progress.weekly.row(index)
        end = row.week_start + timedelta(days=6)
        lines = [f"{row.week}  ({row.week_start:%d %b} – {end:%d %b %Y})"]
        verdict = "target met" if row.met_target else f"target {row.target}"
        so_far = " so far" if row.partial else ""
        lines.append(f"{row.sessions} sessions{so_far} ({verdict})")
        if row.paused_days:
            lines.append(self.tr("Paused {days} of 7 days (left out of the target)").format(
                days=row.paused_days))
        if row.strength is not None:
            lines.append(self.tr("Practice strength: {value} %").format(
                value=round(row.strength)))
        if row.stopped_hurt:
            lines.append(f"{row.stopped_hurt} stopped because it hurt")
        lines.append(f"Pain before: {_num(row.pain_before_mean)}, "
                     f"after: {_num(row.pain_after_mean)}")
        lines.append(f"Smoothness: {_num(row.smoothness_mean)} of 5")
        share = row.right_part_led_share
        lines.append("Right part led: " + ("–" if share is None else f"{share:.0%}"))
        return "\n".join(lines)

    def week_at(self, x: float) -> int | None:
        """The index of the week whose column contains the time `x` (epoch s)."""
        if self._progress is None:
            return None
        bounds = self._progress.weekly.week_bounds
        index = int(np.searchsorted(bounds, x, side="right")) - 1
        return index if 0 <= index < self._progress.weekly.weeks else None

    # --- building ----------------------------------------------------------------------

    def _journal(self) -> Any:
        source = self._journal_source
        if hasattr(source, "engine"):
            return source
        if callable(source):
            return source()
        return source

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        bar = QHBoxLayout()
        show = QLabel("&Show:")
        self.range_selector = QComboBox()
        self.range_selector.setObjectName("rangeSelector")
        self.range_selector.setAccessibleName("Range of weeks shown")
        self.range_selector.setToolTip("Which weeks the charts show")
        for label, _ in RANGES:
            self.range_selector.addItem(label)
        self.range_selector.setCurrentIndex(DEFAULT_RANGE)
        self.range_selector.currentIndexChanged.connect(self._range_chosen)
        show.setBuddy(self.range_selector)
        self.export_png_button = QPushButton("Export PNG…")
        self.export_png_button.setObjectName("exportPngButton")
        self.export_png_button.setAccessibleName("Export the charts as a PNG image")
        self.export_png_button.clicked.connect(self._ask_export_png)
        self.export_csv_button = QPushButton("Export CSV…")
        self.export_csv_button.setObjectName("exportCsvButton")
        self.export_csv_button.setAccessibleName("Export the weekly table as CSV")
        self.export_csv_button.clicked.connect(self._ask_export_csv)
        bar.addWidget(show)
        bar.addWidget(self.range_selector)
        bar.addStretch(1)
        bar.addWidget(self.export_png_button)
        bar.addWidget(self.export_csv_button)
        layout.addLayout(bar)

        self.stack = QStackedWidget()
        # The page shown instead of the charts when there is nothing (or no way) to chart.
        self.empty_state = QWidget()
        self.empty_state.setObjectName("chartsEmptyState")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("chartsEmptyMessage")
        self.empty_label.setAccessibleName("No sessions yet")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setMaximumWidth(620)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_label, 4)
        row.addStretch(1)
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(2)
        empty_layout.addLayout(row)
        empty_layout.addStretch(3)
        self.stack.addWidget(self.empty_state)
        self.charts_area = QWidget()
        self.charts_area.setObjectName("chartsArea")
        self.charts_area.setAutoFillBackground(True)
        self.charts_area.setStyleSheet("#chartsArea { background: white; }")
        self.stack.addWidget(self.charts_area)
        layout.addWidget(self.stack, 1)

        area = QVBoxLayout(self.charts_area)
        area.setContentsMargins(4, 4, 4, 4)
        area.setSpacing(2)
        self.weekly_chart = self._plot("weeklyChart", "Sessions per week",
                                       "Bar chart of sessions per week against the target")
        self.pain_chart = self._plot("painChart", "Pain before and after practice (0–10)",
                                     "Pain ratings over time with rolling and weekly means")
        self.smoothness_chart = self._plot("smoothnessChart", "Smoothness (weekly mean, 1–5)",
                                           "Weekly mean smoothness of the roll")
        self.lead_chart = self._plot("leadChart", "Right part led (share of sessions)",
                                     "Weekly share of sessions where the right part led")
        self.trend_summary = QLabel()
        self.trend_summary.setObjectName("trendSummary")
        self.trend_summary.setAccessibleName("Pain trend summary")
        self.trend_summary.setWordWrap(True)
        font = QFont(self.trend_summary.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.trend_summary.setFont(font)
        self.trend_detail = QLabel()
        self.trend_detail.setObjectName("trendDetail")
        self.trend_detail.setAccessibleName("How the pain trend was worked out")
        self.trend_detail.setWordWrap(True)
        for trend_label in (self.trend_summary, self.trend_detail):
            trend_label.setContentsMargins(12, 0, 12, 0)
            trend_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pain_change = PainChangeChart()
        self.pain_change_chart = self.pain_change.widget
        self.strength_panel = StrengthPanel()
        self.strength_chart = self.strength_panel.chart
        self.strength_value = self.strength_panel.value_label
        bottom = QHBoxLayout()
        bottom.addWidget(self.smoothness_chart)
        bottom.addWidget(self.lead_chart)
        bottom.addWidget(self.strength_panel)
        area.addWidget(self.weekly_chart, 4)
        area.addWidget(self.pain_chart, 5)
        area.addWidget(self.pain_change_chart, 2)
        area.addWidget(self.trend_summary)
        area.addWidget(self.trend_detail)
        area.addLayout(bottom, 3)

        self._build_weekly_items()
        self.weekly_chart.getPlotItem().getViewBox().sigResized.connect(self._fit_weekly_top)
        self._build_pain_items()
        self._build_quality_items()
        for chart in (self.weekly_chart, self.smoothness_chart, self.lead_chart):
            chart.scene().sigMouseMoved.connect(
                lambda pos, chart=chart: self._hover_week(chart, pos))

    def _range_chosen(self, _index: int) -> None:
        self._custom_weeks = None
        self.refresh()

    def _plot(self, name: str, title: str, description: str) -> pg.PlotWidget:
        return make_plot(name, title, description)

    def _build_weekly_items(self) -> None:
        plot = self.weekly_chart.getPlotItem()
        self.weekly_legend = _legend(plot, columns=6)

        def bars(name: str, brush: Any, pen: Any) -> pg.BarGraphItem:
            item = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], brush=brush, pen=pen, name=name)
            plot.addItem(item)
            return item

        edge = pg.mkPen("#ffffff", width=0.5)
        # Paused days: a hatched band over those days, behind the bars (greyscale-safe).
        hatch = pg.mkBrush(PAUSED)
        hatch.setStyle(Qt.BrushStyle.BDiagPattern)
        self.paused_bars = bars("Paused days", hatch, pg.mkPen(PAUSED, width=0.8))
        self.paused_bars.setZValue(-5)
        self.under_bars = bars("Below target", pg.mkBrush(UNDER_TARGET), edge)
        self.met_bars = bars("Target met", pg.mkBrush(MET_TARGET), edge)
        self.partial_bars = bars("This week so far", pg.mkBrush(*THIS_WEEK),
                                 pg.mkPen(THIS_WEEK_EDGE, width=1.5, style=Qt.PenStyle.DashLine))
        self.hurt_bars = bars("Stopped: it hurt", pg.mkBrush(STOPPED_HURT), edge)
        self.no_sessions_note = pg.TextItem("No sessions in these weeks", color="#444444",
                                            anchor=(0.5, 0.5))
        self.no_sessions_note.setZValue(10)
        plot.addItem(self.no_sessions_note)
        self.no_sessions_note.hide()
        self.target_line = pg.PlotDataItem(
            [], [], pen=pg.mkPen(TARGET_LINE, width=2, style=Qt.PenStyle.DashLine),
            name="Target")
        plot.addItem(self.target_line)
        plot.setLabel("left", "sessions")

    def _build_pain_items(self) -> None:
        plot = self.pain_chart.getPlotItem()
        legend = _legend(plot, columns=4)
        self.before_points = PointsItem(PAIN_BEFORE, alpha=170, size=5,
                                        tip=self._pain_tip("Pain before practice"))
        self.after_points = PointsItem(PAIN_AFTER, alpha=150, size=5,
                                       tip=self._pain_tip("Pain after practice"))
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
        for item, label in ((self.before_points, "Pain before"),
                            (self.after_points, "Pain after"),
                            (self.before_rolling, "Before, 7-day mean"),
                            (self.after_rolling, "After, 7-day mean"),
                            (self.before_weekly, "Before, weekly mean"),
                            (self.change_marker, "First vs last 2 weeks"),
                            (self.improvement_level, "Meaningful improvement")):
            legend.addItem(item, label)
        plot.setYRange(-0.5, 12.9, padding=0)  # room above 10 for the legend
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        plot.setLabel("left", "pain")
        self.pain_chart.scene().sigMouseMoved.connect(self._hover_pain)

    def _build_quality_items(self) -> None:
        smooth = self.smoothness_chart.getPlotItem()
        self.smoothness_line = pg.PlotDataItem(
            [], [], pen=pg.mkPen(SMOOTHNESS, width=2), connect="finite")
        self.smoothness_points = PointsItem(SMOOTHNESS, size=6)
        smooth.addItem(self.smoothness_line)
        smooth.addItem(self.smoothness_points)
        smooth.setYRange(0.5, 5.5, padding=0)
        smooth.getAxis("left").setTicks([[(v, str(v)) for v in range(1, 6)]])
        lead = self.lead_chart.getPlotItem()
        self.lead_bars = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[],
                                         brush=pg.mkBrush(LEAD), pen=pg.mkPen("#ffffff", width=0.5))
        lead.addItem(self.lead_bars)
        lead.setYRange(0, 105, padding=0)
        lead.getAxis("left").setTicks([[(v, f"{v}%") for v in (0, 25, 50, 75, 100)]])

    # --- drawing -----------------------------------------------------------------------

    def _set_x_range(self, data: Progress) -> None:
        bounds = data.weekly.week_bounds
        offset = self._tz.utcoffset(datetime.combine(data.today, datetime.min.time()))
        west = -int(offset.total_seconds()) if offset is not None else None
        for chart in self._time_charts():
            chart.getPlotItem().getAxis("bottom").utcOffset = west
        if bounds.size < 2:
            return
        lo, hi = float(bounds[0]), float(bounds[-1])
        pad = (hi - lo) * 0.01
        # The same time range on every chart (not linked: pyqtgraph links side-by-side
        # views by screen position, which would cut the half-width charts).
        x_range = (lo - pad, hi + pad)
        if x_range == self._x_range:
            return  # unchanged: leave the axes (and their cached pictures) alone
        self._x_range = x_range
        for chart in self._time_charts():
            chart.getPlotItem().setXRange(*x_range, padding=0)

    def _time_charts(self) -> tuple[pg.PlotWidget, ...]:
        return (self.weekly_chart, self.pain_chart, self.pain_change_chart,
                self.smoothness_chart, self.lead_chart, self.strength_chart)

    def _draw_weekly(self, weekly: WeeklyTable) -> None:
        bounds = weekly.week_bounds.astype(np.float64)
        x0, x1 = bounds[:-1] + BAR_GAP_S / 2, bounds[1:] - BAR_GAP_S / 2
        sessions = weekly.sessions.astype(np.float64)
        hurt = weekly.stopped_hurt.astype(np.float64)
        done = sessions - hurt
        partial = weekly.partial
        targets = weekly.targets if weekly.targets is not None else \
            np.full(weekly.weeks, weekly.target)
        met = (weekly.sessions >= targets) & ~partial
        under = ~met & ~partial
        for item, mask in ((self.under_bars, under), (self.met_bars, met),
                           (self.partial_bars, partial)):
            item.setOpts(x0=x0[mask], x1=x1[mask], y0=np.zeros(int(mask.sum())),
                         height=done[mask])
        has_hurt = hurt > 0
        self.hurt_bars.setOpts(x0=x0[has_hurt], x1=x1[has_hurt], y0=done[has_hurt],
                               height=hurt[has_hurt])
        target = float(weekly.target)
        steady = targets.size == 0 or bool((targets == targets[0]).all())
        if bounds.size >= 2 and steady:
            level = float(targets[0]) if targets.size else target
            self.target_line.setData([bounds[0], bounds[-1]], [level, level])
        elif bounds.size >= 2:
            # Each week against the target it had (history, paused days left out).
            xs = np.column_stack((bounds[:-1], bounds[1:])).ravel()
            self.target_line.setData(xs, np.repeat(targets.astype(np.float64), 2))
        else:
            self.target_line.setData([], [])
        highest = max(target, float(targets.max(initial=0)), float(sessions.max(initial=0)))
        self._weekly_highest = highest
        top = self._weekly_top(highest)
        self._draw_paused(weekly, top)
        empty = not weekly.sessions.any()
        self.no_sessions_note.setVisible(empty and bounds.size >= 2)
        if empty and bounds.size >= 2:
            self.no_sessions_note.setPos((bounds[0] + bounds[-1]) / 2, target / 2)
        if top != self._y_top:
            self._y_top = top
            self.weekly_chart.getPlotItem().setYRange(0, top, padding=0)
        label = self.weekly_legend.getLabel(self.target_line)
        text = f"Target: {int(targets[0]) if targets.size else weekly.target} a week" \
            if steady else "Target of each week"
        if label is not None and label.text != text:
            label.setText(text)

    def _weekly_top(self, highest: float) -> int:
        """The weekly chart's top: room above the highest bar or target for the legend
        (whose height in sessions depends on the chart's height), rounded up to 5 so one
        more session rarely moves it."""
        box = self.weekly_chart.getPlotItem().getViewBox()
        legend = self.weekly_legend.pos().y() + self.weekly_legend.boundingRect().height() + 8
        free = 1.0 - legend / box.height() if box.height() > 2 * legend else 0.5
        need = max(highest * self._headroom, highest / max(free, 0.3)) + 1
        return math.ceil(need / 5) * 5

    def _fit_weekly_top(self, *_args: object) -> None:
        # The legend keeps its size in pixels: keep it clear of the bars and the target
        # whatever the chart's height.
        if self._progress is not None and not self._progress.journal_empty:
            top = self._weekly_top(self._weekly_highest)
            if top != self._y_top:
                self._y_top = top
                self.weekly_chart.getPlotItem().setYRange(0, top, padding=0)
                self._draw_paused(self._progress.weekly, top)

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

    def _draw_pain(self, trend: PainTrend) -> None:
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
        change = trend.change
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
        self.trend_summary.setText(trend.summary)
        # Not the colour of good news while practice itself makes the pain worse.
        worse = trend.effect.mean_change is not None and round(trend.effect.mean_change, 1) > 0
        texts = DARK_TEXT_COLOURS if self._colors.dark else TEXT_COLOURS
        plain = "#e0e0e0" if self._colors.dark else "#333333"
        colour = texts[WORSENED] if worse else texts.get(change.verdict, plain)
        self.trend_summary.setStyleSheet(f"color: {colour};")
        detail = change.detail
        if change.verdict == TOO_LITTLE and self.weeks is not None and self.weeks < 5:
            detail = "Choose “Last 12 weeks” or more to compare two fortnights."
        self.trend_detail.setText(detail)
        self.trend_detail.setVisible(bool(detail))

    def _draw_quality(self, weekly: WeeklyTable) -> None:
        bounds = weekly.week_bounds.astype(np.float64)
        middles = (bounds[:-1] + bounds[1:]) / 2
        self.smoothness_line.setData(middles, weekly.smoothness_mean)
        self.smoothness_points.setData(middles, weekly.smoothness_mean)
        share = weekly.right_part_led_share
        known = ~np.isnan(share)
        x0, x1 = bounds[:-1] + BAR_GAP_S / 2, bounds[1:] - BAR_GAP_S / 2
        self.lead_bars.setOpts(x0=x0[known], x1=x1[known], y0=np.zeros(int(known.sum())),
                               height=share[known] * 100)

    # --- hover -------------------------------------------------------------------------

    def _pain_tip(self, what: str) -> Callable[..., str]:
        def tip(x: float, y: float, data: Any = None) -> str:
            when = datetime.fromtimestamp(x, UTC).astimezone(self._tz)
            text = f"{when:%a %d %b %Y, %H:%M}\n{what}: {y:g}"
            if data is not None and data > 1:
                text += f"\n(and {int(data) - 1} more sessions rated {y:g} around then)"
            return text

        return tip

    def _hover_week(self, chart: pg.PlotWidget, scene_pos: QPointF) -> None:
        text = self.hover_text(chart, scene_pos)
        if text:
            view = chart
            QToolTip.showText(view.mapToGlobal(view.mapFromScene(scene_pos)), text, view)
        else:
            QToolTip.hideText()

    def _hover_pain(self, scene_pos: QPointF) -> None:
        text = self.hover_text(self.pain_chart, scene_pos)
        if text:
            view = self.pain_chart
            QToolTip.showText(view.mapToGlobal(view.mapFromScene(scene_pos)), text, view)
        else:
            QToolTip.hideText()

    def hover_text(self, chart: pg.PlotWidget, scene_pos: QPointF) -> str:
        """The tooltip for the mouse at `scene_pos` over `chart` ('' outside the weeks)."""
        box = chart.getPlotItem().getViewBox()
        if self._progress is None or not box.sceneBoundingRect().contains(scene_pos):
            return ""
        point = box.mapSceneToView(scene_pos)
        if chart is self.pain_chart:
            pixel = box.viewPixelSize()
            for item in (self.before_points, self.after_points):
                index = item.nearest(point.x(), point.y(), pixel[0], pixel[1])
                if index is not None:
                    return item.tip_at(index)
            return ""
        index = self.week_at(point.x())
        return "" if index is None else self.week_tooltip(index)

    # --- export dialogs ----------------------------------------------------------------

    def _default_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"rolling-journal-{self._today():%Y-%m-%d}.{suffix}")

    def _ask_export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the charts as PNG", self._default_path("png"), "PNG image (*.png)")
        if path:
            self._export(self.export_png, _with_suffix(path, ".png"))

    def _ask_export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the weekly table as CSV", self._default_path("csv"),
            "CSV table (*.csv)")
        if path:
            self._export(self.export_csv, _with_suffix(path, ".csv"))

    def _export(self, write: Callable[[Path], Path], path: Path) -> None:
        try:
            write(path)
        except OSError as exc:
            QMessageBox.warning(self, "Export failed",
                                f"Could not save {path}:\n{exc.strerror or exc}")


def block_mean(
    x: np.ndarray, y: np.ndarray, columns: int = LINE_COLUMNS
) -> tuple[np.ndarray, np.ndarray]:
    """`x`, `y` with runs of k consecutive values averaged, so that at most about
    `columns` points remain (a run with no value stays a gap)."""
    k = math.ceil(x.size / columns) if x.size > columns else 1
    if k == 1:
        return x, y
    n = x.size // k * k
    xs = x[:n].reshape(-1, k).mean(axis=1)
    block = y[:n].reshape(-1, k)
    known = ~np.isnan(block)
    counts = known.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        ys = np.where(counts > 0, np.where(known, block, 0.0).sum(axis=1) / counts, np.nan)
    if n < x.size:  # the last, shorter run
        xs = np.append(xs, x[n:].mean())
        rest = y[n:]
        ys = np.append(ys, np.nanmean(rest) if (~np.isnan(rest)).any() else np.nan)
    return xs, ys


def thin_points(
    t: np.ndarray, values: np.ndarray, span: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """At most one point per rating value in each of THIN_COLUMNS time columns of `span`,
    when there are more than MAX_POINTS; returns x, y and how many sessions each point
    stands for (None when nothing was thinned). Each point keeps its first session's time.
    """
    if t.size <= MAX_POINTS:
        return t, values, None
    width = max((span[1] - span[0]) / THIN_COLUMNS, 1.0)
    column = np.floor((t - span[0]) / width).astype(np.int64)
    key = column * 16 + values.astype(np.int64)
    _, first, counts = np.unique(key, return_index=True, return_counts=True)
    return t[first], values[first], counts


def _aim(per_day: int) -> str:
    return {1: "once a day", 2: "twice a day"}.get(per_day, f"{per_day} times a day")


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _with_suffix(path: str, suffix: str) -> Path:
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)
