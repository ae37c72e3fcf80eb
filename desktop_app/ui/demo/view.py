"""The canvas: draws the current frame of a timeline; it keeps no motion logic of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.ui.demo.renderer import DemoRenderer, draw_message

if TYPE_CHECKING:
    from desktop_app.motion import Scene, Timeline


class DemoView(QWidget):
    """Shows one moment of a roll; the panel sets the timeline and the time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoView")
        self.setAccessibleName("Demonstration of the roll")
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._timeline: Timeline | None = None
        self._title = ""
        self._mirror = False
        self._t = 0.0
        self._message = "Loading exercises…"
        self._renderer: DemoRenderer | None = None
        self.last_scene: Scene | None = None

    def sizeHint(self) -> QSize:
        return QSize(900, 560)

    @property
    def renderer(self) -> DemoRenderer | None:
        """The renderer for the current size (its camera gives the projected points)."""
        if self._timeline is None:
            return None
        w, h = max(self.width(), 1), max(self.height(), 1)
        r = self._renderer
        if r is None or (r.width, r.height) != (w, h):
            r = self._renderer = DemoRenderer(
                self._timeline, w, h, mirror=self._mirror, title=self._title
            )
        return r

    def set_timeline(self, tl: Timeline | None, title: str = "") -> None:
        self._timeline, self._title = tl, title
        self._renderer = None
        self._t = 0.0
        self.update()

    def set_message(self, text: str) -> None:
        """Shown instead of the figure while there is no timeline (loading, errors)."""
        self._message = text
        self.update()

    def set_mirror(self, mirror: bool) -> None:
        if mirror != self._mirror:
            self._mirror = mirror
            self._renderer = None
            self.update()

    def is_mirrored(self) -> bool:
        return self._mirror

    def set_time(self, t: float) -> None:
        self._t = t
        self.update()

    def time(self) -> float:
        return self._t

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._renderer = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            renderer = self.renderer
            if renderer is None:
                draw_message(painter, self.width(), self.height(), self._message)
            else:
                self.last_scene = renderer.paint(painter, self._t)
        finally:
            painter.end()
