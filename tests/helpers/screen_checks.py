"""Checks on a laid-out window, read from widget geometries and rendered pixels: no two texts
overlap, no text is cut off, and text stands out from its background (WCAG contrast)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.ui.elided_combo import ElidedComboBox
from desktop_app.ui.palette import contrast_ratio

TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip())
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    return True


def text_widgets(root: QWidget) -> list[QWidget]:
    """Every visible widget that shows text, with a part of it on screen."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, TEXT_WIDGETS) or not widget.isVisible():
            continue
        if widget.width() <= 1 or widget.height() <= 1 or not _has_text(widget):
            continue
        if widget.visibleRegion().isEmpty():
            continue  # scrolled out of sight
        # A spin box's or a combo box's own line edit is part of it.
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue
        found.append(widget)
    return found


def on_screen(widget: QWidget, root: QWidget) -> QRect:
    """The part of `widget` that is visible, in `root`'s coordinates."""
    region = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(root, region.topLeft()), region.size())


def _related(a: QWidget, b: QWidget) -> bool:
    return a.isAncestorOf(b) or b.isAncestorOf(a)


def overlapping_texts(root: QWidget) -> list[tuple[str, str, QRect]]:
    """Pairs of text widgets whose visible parts overlap (by more than a pixel's edge)."""
    widgets = text_widgets(root)
    rects = [(w, on_screen(w, root)) for w in widgets]
    clashes = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            if _related(a, b):
                continue
            inter = ra.intersected(rb)
            if inter.width() > 1 and inter.height() > 1:
                clashes.append((_name(a), _name(b), inter))
    return clashes


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()[:30]
    return f"{type(widget).__name__}#{widget.objectName() or '?'}({text!r})"


def cut_texts(root: QWidget) -> list[str]:
    """Texts that do not fit their widget: a label or button narrower than its text, a
    wrapped label shorter than its lines, a choice cut without its whole text in a tooltip."""
    problems = []
    for widget in text_widgets(root):
        if widget.visibleRegion().boundingRect().size() != widget.size():
            continue  # partly scrolled away: the rest is a scroll away, not cut
        if isinstance(widget, ElidedComboBox):
            if widget.is_elided() and widget.toolTip() != widget.currentText():
                problems.append(f"{_name(widget)} is cut without its text in a tooltip")
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 2:
                    problems.append(f"{_name(widget)} needs {need} px, has {widget.height()}")
            elif widget.sizeHint().width() > widget.width() + 2 and not widget.pixmap():
                problems.append(
                    f"{_name(widget)} needs {widget.sizeHint().width()} px wide, "
                    f"has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.sizeHint().width() > widget.width() + 2:
            problems.append(
                f"{_name(widget)} needs {widget.sizeHint().width()} px wide, has {widget.width()}")
    return problems


def text_contrast(image: QImage) -> float:
    """WCAG contrast between a picture's background (its commonest colour) and its text
    (the colour furthest from that)."""
    counts: Counter[int] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            counts[image.pixel(x, y)] += 1
    background = QColor(counts.most_common(1)[0][0])

    def distance(rgb: int) -> int:
        c = QColor(rgb)
        return (
            abs(c.red() - background.red())
            + abs(c.green() - background.green())
            + abs(c.blue() - background.blue())
        )

    text = QColor(max(counts, key=distance))
    return contrast_ratio(text, background)


def settle(app: QApplication | None = None, rounds: int = 8) -> None:
    app = app or QApplication.instance()
    for _ in range(rounds):
        app.processEvents()
