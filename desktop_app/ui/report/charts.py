"""The Progress tab's charts, drawn for print into images for the report.

The same ChartsTab code draws them as on screen (numbers, scales, legends), in its print
style: patterns and dashes where the screen relies on colour, so they read in greyscale.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtWidgets import QApplication, QWidget

# Logical pixels, drawn at SCALE times that for print: about the text's width at 9 pt,
# so the charts' labels come out near the size of the text around them.
CHART_WIDTH = 860
SCALE = 3.0
HEIGHTS = {"weekly": 300, "pain": 330, "change": 230, "strength": 200}


def render_widget(widget: QWidget, scale: float = SCALE) -> QImage:
    """`widget` painted into an image `scale` times its size (crisp on paper)."""
    size = widget.size()
    image = QImage(round(size.width() * scale), round(size.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A scaled painter, not a high-DPI image: pyqtgraph would scale for that again.
        painter.scale(scale, scale)
        # QWidget's render (a plot is a QGraphicsView, whose own render draws the scene
        # alone, without the axes' layout as shown).
        QWidget.render(widget, painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    finally:
        painter.end()
    return image


def chart_images(
    journal: Any,
    weeks: int,
    *,
    sessions_per_day: int,
    tz: tzinfo,
    today: Callable[[], date],
) -> dict[str, QImage]:
    """The sessions-per-week, pain, after−before and strength charts of the last `weeks`
    weeks, as images keyed by HEIGHTS' names."""
    from desktop_app.ui.charts.tab import ChartsTab

    tab = ChartsTab(journal, sessions_per_day=sessions_per_day, tz=tz, today=today)
    try:
        # Laid out and painted like a shown widget, without appearing on the screen.
        tab.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        tab.use_print_style()
        tab.set_weeks(weeks)
        charts = {"weekly": tab.weekly_chart, "pain": tab.pain_chart,
                  "change": tab.pain_change_chart, "strength": tab.strength_chart}
        for name, chart in charts.items():
            chart.setFixedSize(CHART_WIDTH, HEIGHTS[name])
        tab.show()
        QApplication.processEvents()
        tab.refresh()  # drawn at their final sizes
        QApplication.processEvents()
        return {name: render_widget(chart) for name, chart in charts.items()}
    finally:
        tab.hide()
        tab.deleteLater()
