"""The window at 1024x600 and at 1920x1080, read from widget geometries: no two texts overlap,
none is cut off; and under a dark palette the timer and the counts stay readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.screen_checks import (
    cut_texts,
    on_screen,
    overlapping_texts,
    settle,
    text_contrast,
)
from tools.palettes import dark_palette

SIZES = [(1024, 600), (1920, 1080)]


def _ready(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.demo.is_preparing(), timeout=120_000)
    settle()


def _check(window, where: str) -> None:
    settle()
    clashes = overlapping_texts(window)
    assert not clashes, f"{where}: texts overlap: {clashes}"
    cut = cut_texts(window)
    assert not cut, f"{where}: texts cut off: {cut}"


@pytest.mark.parametrize("size", SIZES)
def test_every_tab_fits_without_overlapping_or_cut_texts(qtbot, window, size) -> None:
    window.resize(*size)
    _ready(qtbot, window)
    assert window.size() == QSize(*size), "the window must fit the screen"
    assert window.tabs.currentWidget() is window.practice_page
    assert window.practice_page.welcome.isVisible()
    _check(window, f"{size} practice with the welcome")
    window.practice_page.close_welcome()
    _check(window, f"{size} practice")
    # The timer and the big caption fit without scrolling once the welcome is closed.
    column = window.practice_page.column
    assert column.verticalScrollBar().maximum() == 0, "the practice column should not scroll"
    window.demo.set_reduced_motion(True)
    _check(window, f"{size} reduced motion")
    window.demo.set_reduced_motion(False)
    for page in (window.journal_page, window.charts_page):
        window.tabs.setCurrentWidget(page)
        _check(window, f"{size} {page.objectName()}")


def test_the_checks_see_an_overlap_and_a_cut_text(qtbot, window) -> None:
    """The geometry checks can fail: a label moved over another is an overlap, a button made
    narrower than its text is cut."""
    window.resize(1024, 600)
    _ready(qtbot, window)
    window.practice_page.close_welcome()
    settle()
    today, week = window.practice.today_count, window.practice.week_count
    week.move(today.pos())
    assert overlapping_texts(window)
    button = window.practice.start_button
    button.setFixedWidth(12)
    settle()
    assert any("startSession" in problem for problem in cut_texts(window))


def _crop(window, widget: QWidget):
    image = window.grab().toImage()
    rect = on_screen(widget, window)
    ratio = image.devicePixelRatio()
    return image.copy(
        int(rect.x() * ratio), int(rect.y() * ratio),
        int(rect.width() * ratio), int(rect.height() * ratio))


@pytest.fixture
def dark(qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


def test_timer_and_counts_are_readable_on_a_dark_palette(qtbot, window, dark) -> None:
    window.resize(1280, 820)
    window.practice_page.close_welcome()
    settle()
    practice = window.practice
    window_color = practice.palette().color(practice.backgroundRole())
    assert window_color.lightness() < 80, "the dark palette reached the panel"
    practice.refresh_counts()
    settle()
    for widget in (practice.timer_display, practice.today_count, practice.week_count):
        ratio = text_contrast(_crop(window, widget))
        assert ratio >= 4.5, f"{widget.objectName()}: contrast {ratio:.2f} under a dark palette"


def test_timer_and_counts_are_readable_on_the_light_palette(qtbot, window) -> None:
    window.resize(1280, 820)
    window.practice_page.close_welcome()
    settle()
    for widget in (window.practice.timer_display, window.practice.today_count):
        assert text_contrast(_crop(window, widget)) >= 4.5, widget.objectName()


def test_the_contrast_check_fails_on_unreadable_text(qtbot, window, dark) -> None:
    """Dark text on the dark window (as a hard-coded colour would give) fails the check."""
    window.resize(1280, 820)
    window.practice_page.close_welcome()
    timer = window.practice.timer_display
    timer.setStyleSheet("color: #1f2a30;")
    settle()
    assert text_contrast(_crop(window, timer)) < 4.5


def test_the_charts_switch_to_a_dark_background_and_light_pens(qtbot, window, dark) -> None:
    window.tabs.setCurrentWidget(window.charts_page)
    charts = window.ensure_charts()
    settle()
    plot = charts.weekly_chart
    background = plot.backgroundBrush().color()
    axis = plot.getPlotItem().getAxis("left")
    assert background.lightness() < 80
    assert axis.textPen().color().lightness() > 180
    assert "#1d2124" in charts.charts_area.styleSheet(), "the area around the charts too"
    QApplication.instance().setPalette(QApplication.style().standardPalette())
    settle()
    assert plot.backgroundBrush().color().lightness() > 200
    assert axis.textPen().color().lightness() < 80
