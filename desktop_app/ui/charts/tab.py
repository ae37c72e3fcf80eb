"""The Charts tab: sessions per week, the pain trend, smoothness and leading.

All numbers come from `desktop_app.stats` (one query per refresh); the tab composes one
class per chart (weekly.py, pain.py, pain_change.py, smoothness.py, lead.py,
strength.py), each drawing its part of the numbers in `update(progress)`. The plot items
are created once and updated with `setData`/`setOpts` on every `refresh()`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QStandardPaths, Qt
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
from desktop_app.stats.weekly import write_csv
from desktop_app.ui.charts.chart import Chart
from desktop_app.ui.charts.lead import LeadChart
from desktop_app.ui.charts.pain import PainChart
from desktop_app.ui.charts.pain_change import PainChangeChart
from desktop_app.ui.charts.plots import LIGHT_CHARTS, ChartColors, chart_colors
from desktop_app.ui.charts.smoothness import SmoothnessChart
from desktop_app.ui.charts.strength import StrengthChart
from desktop_app.ui.charts.trend_text import TrendText
from desktop_app.ui.charts.weekly import WeeklyChart

# The choices of the range selector: label and number of weeks (None: everything).
# (Marked for the translators; the selector shows them translated.)
RANGES: tuple[tuple[str, int | None], ...] = (
    (str(QT_TRANSLATE_NOOP("ChartsTab", "Last 4 weeks")), 4),
    (str(QT_TRANSLATE_NOOP("ChartsTab", "Last 12 weeks")), 12),
    (str(QT_TRANSLATE_NOOP("ChartsTab", "Last year")), 52),
    (str(QT_TRANSLATE_NOOP("ChartsTab", "All")), None),
)
DEFAULT_RANGE = 1  # Last 12 weeks

JournalSource = Any  # a Journal, or a callable returning one


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
        self.setAccessibleName(self.tr("Charts"))
        if sessions_per_day < 1:
            raise ValueError("sessions per day must be at least 1")
        self._journal_source = journal
        self._sessions_per_day = sessions_per_day
        self._tz = tz or local_zone()
        self._today = today or (lambda: today_in(self._tz))
        self._progress: Progress | None = None
        self._custom_weeks: int | None = None  # set_weeks: a range the selector lacks
        self._x_range: tuple[float, float] | None = None
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
        self.weekly.use_print_style()
        self.pain.use_print_style()

    def colors(self) -> ChartColors:
        return self._colors

    def apply_colors(self, colors: ChartColors) -> None:
        """The charts on a light or a dark background: their chrome, the near-black series,
        and the texts under them."""
        self._colors = colors
        for chart in self._charts():
            chart.set_colors(colors)
        self.trend.set_colors(colors)
        self.charts_area.setStyleSheet(f"#chartsArea {{ background: {colors.background}; }}")

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
            self.weekly.clear()
            self.empty_label.setText(self._error_text(str(exc)))
            self.stack.setCurrentWidget(self.empty_state)
            self.export_png_button.setEnabled(False)
            self.export_csv_button.setEnabled(False)
            return
        self._progress = data
        empty = data.journal_empty
        self.empty_label.setText(self._empty_text())
        self.stack.setCurrentWidget(self.empty_state if empty else self.charts_area)
        self.export_png_button.setEnabled(not empty)
        self.export_csv_button.setEnabled(not empty)
        if empty:
            self.weekly.clear()
            return
        self._set_x_range(data)
        for chart in self._charts():
            chart.update(data)
        self.trend.update(data)

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
        verdict = self.tr("target met") if row.met_target else \
            self.tr("target {target}").format(target=row.target)
        sessions = (self.tr("%n session(s) so far ({verdict})", "", row.sessions)
                    if row.partial else self.tr("%n session(s) ({verdict})", "", row.sessions))
        lines.append(sessions.format(verdict=verdict))
        if row.paused_days:
            lines.append(self.tr("Paused {days} of 7 days (left out of the target)").format(
                days=row.paused_days))
        if row.strength is not None:
            lines.append(self.tr("Practice strength: {value} %").format(
                value=round(row.strength)))
        if row.stopped_hurt:
            lines.append(self.tr("{count} stopped because it hurt").format(
                count=row.stopped_hurt))
        lines.append(self.tr("Pain before: {before}, after: {after}").format(
            before=_num(row.pain_before_mean), after=_num(row.pain_after_mean)))
        lines.append(self.tr("Smoothness: {value} of 5").format(
            value=_num(row.smoothness_mean)))
        share = row.right_part_led_share
        lines.append(self.tr("Right part led: {share}").format(
            share="–" if share is None else f"{share:.0%}"))
        return "\n".join(lines)

    def week_at(self, x: float) -> int | None:
        """The index of the week whose column contains the time `x` (epoch s)."""
        if self._progress is None:
            return None
        bounds = self._progress.weekly.week_bounds
        index = int(np.searchsorted(bounds, x, side="right")) - 1
        return index if 0 <= index < self._progress.weekly.weeks else None

    def _empty_text(self) -> str:
        return self.tr(
            "<p style='font-size:16pt'><b>Your progress will appear here</b></p>"
            "<p>Log your first rolling session and this tab will chart it: how many sessions "
            "you do each week against the aim of {aim}, and how your pain before and "
            "after practice changes over the weeks.</p>"
        ).format(aim=self._aim(self._sessions_per_day))

    def _error_text(self, reason: str) -> str:
        return self.tr(
            "<p style='font-size:14pt'><b>The charts could not read the journal</b></p>"
            "<p>{reason}</p><p>Your entries are not affected. The charts will try again after "
            "the next change, or when you choose another range.</p>"
        ).format(reason=html.escape(reason))

    def _aim(self, per_day: int) -> str:
        if per_day == 1:
            return self.tr("once a day")
        if per_day == 2:
            return self.tr("twice a day")
        return self.tr("{count} times a day").format(count=per_day)

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
        layout.addLayout(self._build_bar())
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty_state())
        self.charts_area = QWidget()
        self.charts_area.setObjectName("chartsArea")
        self.charts_area.setAutoFillBackground(True)
        self.charts_area.setStyleSheet("#chartsArea { background: white; }")
        self.stack.addWidget(self.charts_area)
        layout.addWidget(self.stack, 1)
        self._build_charts()

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        self.range_selector = QComboBox()
        self.range_selector.setObjectName("rangeSelector")
        self.range_selector.setAccessibleName(self.tr("Range of weeks shown"))
        self.range_selector.setToolTip(self.tr("Which weeks the charts show"))
        for label, _ in RANGES:
            self.range_selector.addItem(self.tr(label))
        self.range_selector.setCurrentIndex(DEFAULT_RANGE)
        self.range_selector.currentIndexChanged.connect(self._range_chosen)
        show.setBuddy(self.range_selector)
        self.export_png_button = QPushButton(self.tr("Export PNG…"))
        self.export_png_button.setObjectName("exportPngButton")
        self.export_png_button.setAccessibleName(self.tr("Export the charts as a PNG image"))
        self.export_png_button.clicked.connect(self._ask_export_png)
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_csv_button.setObjectName("exportCsvButton")
        self.export_csv_button.setAccessibleName(self.tr("Export the weekly table as CSV"))
        self.export_csv_button.clicked.connect(self._ask_export_csv)
        bar.addWidget(show)
        bar.addWidget(self.range_selector)
        bar.addStretch(1)
        bar.addWidget(self.export_png_button)
        bar.addWidget(self.export_csv_button)
        return bar

    def _build_empty_state(self) -> QWidget:
        # The page shown instead of the charts when there is nothing (or no way) to chart.
        self.empty_state = QWidget()
        self.empty_state.setObjectName("chartsEmptyState")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("chartsEmptyMessage")
        self.empty_label.setAccessibleName(self.tr("No sessions yet"))
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
        return self.empty_state

    def _build_charts(self) -> None:
        self.weekly = WeeklyChart()
        self.pain = PainChart(self._tz)
        self.pain_change = PainChangeChart()
        self.smoothness = SmoothnessChart()
        self.lead = LeadChart()
        self.strength = StrengthChart()
        self.trend = TrendText(lambda: self.weeks)
        area = QVBoxLayout(self.charts_area)
        area.setContentsMargins(4, 4, 4, 4)
        area.setSpacing(2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.smoothness.widget)
        bottom.addWidget(self.lead.widget)
        bottom.addWidget(self.strength.widget)
        area.addWidget(self.weekly.widget, 4)
        area.addWidget(self.pain.widget, 5)
        area.addWidget(self.pain_change.widget, 2)
        area.addWidget(self.trend.summary)
        area.addWidget(self.trend.detail)
        area.addLayout(bottom, 3)
        self.pain.plot.scene().sigMouseMoved.connect(
            lambda pos: self._hover(self.pain.plot, pos))
        for chart in (self.weekly.plot, self.smoothness.plot, self.lead.plot):
            chart.scene().sigMouseMoved.connect(
                lambda pos, chart=chart: self._hover(chart, pos))
        self._expose_items()

    def _expose_items(self) -> None:
        """The charts' plots and items under the names the report, the smoke test and the
        tests have always used."""
        self.weekly_chart = self.weekly.plot
        self.pain_chart = self.pain.plot
        self.pain_change_chart = self.pain_change.plot
        self.smoothness_chart = self.smoothness.plot
        self.lead_chart = self.lead.plot
        self.strength_panel = self.strength.panel
        self.strength_chart = self.strength.plot
        self.strength_value = self.strength.panel.value_label
        self.weekly_legend = self.weekly.legend
        for name in ("paused_bars", "under_bars", "met_bars", "partial_bars", "hurt_bars",
                     "no_sessions_note", "target_line"):
            setattr(self, name, getattr(self.weekly, name))
        for name in ("before_points", "after_points", "before_rolling", "after_rolling",
                     "before_weekly", "change_marker", "improvement_level"):
            setattr(self, name, getattr(self.pain, name))
        self.trend_summary = self.trend.summary
        self.trend_detail = self.trend.detail
        self.lead_bars = self.lead.bars

    def _charts(self) -> tuple[Chart, ...]:
        return (self.weekly, self.pain, self.pain_change, self.smoothness, self.lead,
                self.strength)

    def _range_chosen(self, _index: int) -> None:
        self._custom_weeks = None
        self.refresh()

    # --- drawing -----------------------------------------------------------------------

    def _set_x_range(self, data: Progress) -> None:
        bounds = data.weekly.week_bounds
        offset = self._tz.utcoffset(datetime.combine(data.today, datetime.min.time()))
        west = -int(offset.total_seconds()) if offset is not None else None
        for chart in self._charts():
            chart.plot.getPlotItem().getAxis("bottom").utcOffset = west
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
        for chart in self._charts():
            chart.plot.getPlotItem().setXRange(*x_range, padding=0)

    # --- hover -------------------------------------------------------------------------

    def _hover(self, chart: pg.PlotWidget, scene_pos: QPointF) -> None:
        text = self.hover_text(chart, scene_pos)
        if text:
            QToolTip.showText(chart.mapToGlobal(chart.mapFromScene(scene_pos)), text, chart)
        else:
            QToolTip.hideText()

    def hover_text(self, chart: pg.PlotWidget, scene_pos: QPointF) -> str:
        """The tooltip for the mouse at `scene_pos` over `chart` ('' outside the weeks)."""
        box = chart.getPlotItem().getViewBox()
        if self._progress is None or not box.sceneBoundingRect().contains(scene_pos):
            return ""
        point = box.mapSceneToView(scene_pos)
        if chart is self.pain.plot:
            pixel = box.viewPixelSize()
            return self.pain.hover_text(point.x(), point.y(), (pixel[0], pixel[1]))
        index = self.week_at(point.x())
        return "" if index is None else self.week_tooltip(index)

    # --- export dialogs ----------------------------------------------------------------

    def _default_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"rolling-journal-{self._today():%Y-%m-%d}.{suffix}")

    def _ask_export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the charts as PNG"), self._default_path("png"),
            self.tr("PNG image (*.png)"))
        if path:
            self._export(self.export_png, _with_suffix(path, ".png"))

    def _ask_export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the weekly table as CSV"), self._default_path("csv"),
            self.tr("CSV table (*.csv)"))
        if path:
            self._export(self.export_csv, _with_suffix(path, ".csv"))

    def _export(self, write: Callable[[Path], Path], path: Path) -> None:
        try:
            write(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Could not save {path}:\n{reason}").format(
                                    path=path, reason=exc.strerror or exc))


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _with_suffix(path: str, suffix: str) -> Path:
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)
