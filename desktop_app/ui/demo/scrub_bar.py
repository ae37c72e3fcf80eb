"""The scrub bar: where each part leads, as coloured bands, with every hand-over marked.

Clicking the groove jumps there (a plain slider only pages towards the click).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QStylePainter, QToolTip, QWidget

# A colour per kind of leader: the head, a knee, a hip.
LEAD_COLORS = {
    "head": QColor(240, 160, 0),
    "knee": QColor(132, 84, 196),
    "hip": QColor(30, 128, 178),
}
HANDOVER = QColor(30, 30, 36)
SLOW = QColor(120, 120, 130, 90)


def lead_color(part: str) -> QColor:
    return LEAD_COLORS.get(part.split("_")[-1], QColor(150, 150, 150))


@dataclass(frozen=True)
class Band:
    """A stretch of the bar, as fractions 0..1 of the timeline, where `part` leads."""

    start: float
    end: float
    part: str
    label: str


class LeadScrubBar(QSlider):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("scrub")
        self.setAccessibleName(self.tr("Position in the roll"))
        self.setMinimumHeight(26)
        self._bands: list[Band] = []
        self._handovers: list[float] = []
        self._slow: list[tuple[float, float]] = []
        self._show_slow = False
        # The groove's ends, by what they depend on: `follow` asks every frame while playing.
        self._groove_cache: tuple[tuple[object, ...], tuple[float, float, QRectF]] | None = None

    def set_reading(
        self,
        bands: list[Band],
        handovers: list[float],
        slow_windows: list[tuple[float, float]],
    ) -> None:
        self._bands, self._handovers, self._slow = bands, handovers, slow_windows
        parts = [band.label for band in bands]
        if handovers:
            parts.append(self.tr("hand-over marked at {count} point(s)").format(
                count=len(handovers)))
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def bands(self) -> list[Band]:
        return list(self._bands)

    def handovers(self) -> list[float]:
        return list(self._handovers)

    def follow(self, fraction: float) -> None:
        """Move the handle to `fraction` of the way, but only once it would move by a pixel:
        playing at 60 frames a second, most frames would repaint the bar for nothing."""
        value = round(self.minimum() + fraction * (self.maximum() - self.minimum()))
        x0, x1, _groove = self._groove()
        per_pixel = (self.maximum() - self.minimum()) / max(x1 - x0, 1.0)
        if abs(value - self.value()) >= per_pixel or value in (self.minimum(), self.maximum()):
            self.setValue(value)

    def set_slow_shown(self, shown: bool) -> None:
        self._show_slow = shown
        self.update()

    # --- geometry ----------------------------------------------------------------------------

    def _option(self) -> QStyleOptionSlider:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return option

    def _groove(self) -> tuple[float, float, QRectF]:
        """(x of value 0, x of the maximum, the groove) in widget pixels: where the handle's
        centre runs."""
        key = (self.size(), self.minimum(), self.maximum(), self.style(), self.isEnabled())
        cached = self._groove_cache
        if cached is not None and cached[0] == key:
            x0, x1, rect = cached[1]
            return x0, x1, QRectF(rect)
        option = self._option()
        style = self.style()
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self)
        half = handle.width() / 2.0
        found = (groove.left() + half, groove.right() - half, QRectF(groove))
        self._groove_cache = (key, found)
        return found[0], found[1], QRectF(found[2])

    def fraction_at(self, x: float) -> float:
        x0, x1, _groove = self._groove()
        return min(max((x - x0) / max(x1 - x0, 1.0), 0.0), 1.0)

    def x_of(self, fraction: float) -> float:
        x0, x1, _groove = self._groove()
        return x0 + fraction * (x1 - x0)

    # --- events ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        option = self._option()
        hit = self.style().hitTestComplexControl(
            QStyle.ComplexControl.CC_Slider, option, event.position().toPoint(), self)
        if event.button() == Qt.MouseButton.LeftButton and hit != QStyle.SubControl.SC_SliderHandle:
            # Jump there, then let the slider take the press on its handle (so a drag follows).
            fraction = self.fraction_at(event.position().x())
            self.setValue(round(self.minimum() + fraction * (self.maximum() - self.minimum())))
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # A new style, style sheet or font may move the groove.
        self._groove_cache = None
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            fraction = self.fraction_at(event.pos().x())
            band = next((b for b in self._bands if b.start <= fraction <= b.end), None)
            if band is not None:
                QToolTip.showText(event.globalPos(), band.label, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        option.subControls = QStyle.SubControl.SC_SliderGroove
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)
        x0, x1, groove = self._groove()
        span = x1 - x0
        mid = groove.center().y()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._show_slow:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SLOW)
            for start, end in self._slow:
                painter.drawRoundedRect(
                    QRectF(x0 + start * span, mid - 7.0, (end - start) * span, 14.0), 3, 3)
        for band in self._bands:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(lead_color(band.part))
            rect = QRectF(x0 + band.start * span, mid - 3.0, max((band.end - band.start) * span,
                                                                  1.0), 6.0)
            painter.drawRoundedRect(rect, 2.5, 2.5)
        for fraction in self._handovers:
            x = x0 + fraction * span
            painter.setPen(QPen(QColor("white"), 1.0))
            painter.setBrush(HANDOVER)
            painter.drawPolygon(QPolygonF([
                QPointF(x - 4.5, mid - 11.0), QPointF(x + 4.5, mid - 11.0), QPointF(x, mid - 4.0)
            ]))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        option = self._option()
        option.subControls = QStyle.SubControl.SC_SliderHandle
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)
        painter.end()
