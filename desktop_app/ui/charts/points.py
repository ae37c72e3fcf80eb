"""A light scatter item: many same-looking round dots, drawn in one call.

pyqtgraph's ScatterPlotItem does per-point Python work in `setData` (about 2 µs a
point), too slow for redrawing thousands of ratings after every save. Here one dot
is pre-rendered (antialiased) and stamped at every point with
`QPainter.drawPixmapFragments`, the fragments being filled from numpy; the hover
search is a numpy distance test in pixels.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap


class PointsItem(pg.GraphicsObject):
    """Round points of one colour and size at (x, y), with a tooltip function."""

    def __init__(
        self,
        colour: str | QColor,
        *,
        alpha: int = 255,
        size: float = 6.0,
        name: str | None = None,
        tip: Callable[..., str] | None = None,
        legend_symbol: str = "o",
    ) -> None:
        super().__init__()
        color = QColor(colour)
        color.setAlpha(alpha)
        # LegendItem draws a sample from these opts (symbol, size, pen, brush).
        self.opts: dict[str, Any] = {
            "pen": None,
            "symbol": legend_symbol,
            "size": size + 2,
            "brush": color,
            "name": name,
            "tip": tip,
            "antialias": True,
        }
        self._color = color
        self._size = size
        self._sprite: QPixmap | None = None
        self._sprite_dpr = 0.0
        self._fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._data: np.ndarray | None = None
        self._bounds = QRectF()

    def name(self) -> str | None:
        return self.opts["name"]

    def setData(self, x: Any, y: Any, data: np.ndarray | None = None) -> None:
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        known = np.isfinite(x) & np.isfinite(y)
        if not known.all():
            x, y = x[known], y[known]
            data = None if data is None else data[known]
        self._x, self._y, self._data = x, y, data
        self.prepareGeometryChange()
        if x.size:
            span_x = max(float(x.max() - x.min()), 1.0)
            span_y = max(float(y.max() - y.min()), 1.0)
            self._bounds = QRectF(float(x.min()) - span_x * 0.02, float(y.min()) - span_y * 0.1,
                                  span_x * 1.04, span_y * 1.2)
        else:
            self._bounds = QRectF()
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x, self._y

    def boundingRect(self) -> QRectF:
        return self._bounds

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange: Any = None) -> tuple:
        values = self._x if ax == 0 else self._y
        if values.size == 0:
            return (None, None)
        return (float(values.min()), float(values.max()))

    def paint(self, painter: QPainter, option: Any = None, widget: Any = None) -> None:
        if self._x.size == 0:
            return
        t = painter.transform()
        # Item to device pixels (the views here only scale and translate).
        px = np.clip(t.m11() * self._x + t.m21() * self._y + t.dx(), -2**30, 2**30)
        py = np.clip(t.m12() * self._x + t.m22() * self._y + t.dy(), -2**30, 2**30)
        device = widget if widget is not None else painter.device()
        dpr = device.devicePixelRatioF()
        sprite = self._sprite_for(dpr)
        self._fragments.resize(self._x.size)
        fragments = self._fragments.ndarray()
        fragments[:, 0] = px
        fragments[:, 1] = py
        fragments[:, 2:6] = (0.0, 0.0, sprite.width(), sprite.height())
        fragments[:, 6:10] = (1 / dpr, 1 / dpr, 0.0, 1.0)
        painter.resetTransform()
        # (The PySide6 stubs lack this overload: fragments array, count, pixmap.)
        painter.drawPixmapFragments(*self._fragments.drawargs(), sprite)  # type: ignore[call-arg]

    def _sprite_for(self, dpr: float) -> QPixmap:
        """One dot, rendered at the screen's pixel ratio (cached)."""
        if self._sprite is None or self._sprite_dpr != dpr:
            side = math.ceil(self._size * dpr) + 2
            sprite = QPixmap(side, side)
            sprite.fill(Qt.GlobalColor.transparent)
            dot = QPainter(sprite)
            dot.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            dot.setPen(Qt.PenStyle.NoPen)
            dot.setBrush(self._color)
            diameter = self._size * dpr
            dot.drawEllipse(QRectF((side - diameter) / 2, (side - diameter) / 2,
                                   diameter, diameter))
            dot.end()
            self._sprite, self._sprite_dpr = sprite, dpr
        return self._sprite

    def nearest(self, x: float, y: float, pixel_x: float, pixel_y: float,
                radius_px: float = 6.0) -> int | None:
        """Index of the point nearest to (x, y) within `radius_px` pixels, given the size
        of a pixel in data units; None when there is none that close."""
        if self._x.size == 0 or not self.isVisible() or pixel_x <= 0 or pixel_y <= 0:
            return None
        dx = (self._x - x) / pixel_x
        dy = (self._y - y) / pixel_y
        distance = dx * dx + dy * dy
        index = int(np.argmin(distance))
        return index if distance[index] <= radius_px * radius_px else None

    def tip_at(self, index: int) -> str:
        """The tooltip of point `index`."""
        tip = self.opts["tip"]
        data = None if self._data is None else self._data[index]
        x, y = float(self._x[index]), float(self._y[index])
        return tip(x=x, y=y, data=data) if tip else f"{x:g}, {y:g}"
