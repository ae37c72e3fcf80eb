"""The canvas: draws the current frame of a timeline; it keeps no motion logic of its own.

Drag to orbit the camera, turn the wheel to zoom, double-click to go back to the preset. The twist
gauge and the wave strip sit on it as small widgets, where the frame renderer would draw them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.motion.views import ViewAdjust
from desktop_app.ui.demo.insets import inset_layout
from desktop_app.ui.demo.renderer import DemoRenderer, draw_message
from desktop_app.ui.demo.twist_gauge import TwistGauge
from desktop_app.ui.demo.wave_strip import WaveStrip
from desktop_app.ui.first_frame import paint_poster

if TYPE_CHECKING:
    from desktop_app.motion import Scene, Timeline
    from desktop_app.motion.reading import Reading, WavePart
    from desktop_app.motion.views import CameraPreset

# Degrees of orbit per pixel dragged, and zoom per wheel notch.
ORBIT_DEG_PER_PX = 0.35
TILT_DEG_PER_PX = 0.25
ZOOM_PER_NOTCH = 1.12


class DemoView(QWidget):
    """Shows one moment of a roll; the panel sets the timeline and the time."""

    viewAdjusted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoView")
        self.setAccessibleName(self.tr("Demonstration of the roll"))
        self.setToolTip(
            self.tr("Drag to turn the camera, scroll to zoom, double-click to reset the view.")
        )
        self.setMinimumSize(300, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Every paint covers the whole canvas (floor, poster or message), so the panels under
        # it need not be painted first: at 60 frames a second that is most of a frame's work
        # outside the figure.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._timeline: Timeline | None = None
        self._title = ""
        self._mirror = False
        self._preset: CameraPreset = "auto"
        self._adjust = ViewAdjust()
        self._t = 0.0
        self._message = self.tr("Loading exercises…")
        self._renderer: DemoRenderer | None = None
        self._drag_from: QPointF | None = None
        self._poster: QImage | None = None
        self.last_scene: Scene | None = None
        # The strip's wave at a time, of a reading: the tick and the paint both ask for it.
        self._wave: tuple[Reading, float, list[WavePart]] | None = None
        self.gauge = TwistGauge(self)
        self.strip = WaveStrip(self)
        self._place_insets()
        self._show_insets(False)

    def sizeHint(self) -> QSize:
        return QSize(900, 560)

    @property
    def renderer(self) -> DemoRenderer | None:
        """The renderer for the current size and camera (its plan says where things are)."""
        if self._timeline is None:
            return None
        w, h = max(self.width(), 1), max(self.height(), 1)
        r = self._renderer
        if r is None or (r.width, r.height) != (w, h):
            r = self._renderer = DemoRenderer(
                self._timeline,
                w,
                h,
                mirror=self._mirror,
                title=self._title,
                camera=self._preset,
                adjust=self._adjust,
            )
        return r

    def set_poster(self, image: QImage | None) -> None:
        """The saved first frame, shown while the opening step is still being prepared."""
        self._poster = image
        self.update()

    def set_timeline(self, tl: Timeline | None, title: str = "") -> None:
        if tl is not None:
            self._poster = None  # the real thing from now on
        self._timeline, self._title = tl, title
        self._renderer = None
        self._t = 0.0
        self._show_insets(tl is not None)
        self.update()

    def timeline(self) -> Timeline | None:
        return self._timeline

    def set_message(self, text: str) -> None:
        """Shown instead of the figure while there is no timeline (loading, errors)."""
        self._message = text
        self.update()

    def message(self) -> str:
        return self._message

    def set_mirror(self, mirror: bool) -> None:
        if mirror != self._mirror:
            self._mirror = mirror
            self._renderer = None
            self.update()

    def is_mirrored(self) -> bool:
        return self._mirror

    def set_camera(self, preset: CameraPreset) -> None:
        """Choose a camera preset; the person's own orbit and zoom start afresh."""
        if preset != self._preset or not self._adjust.is_identity:
            self._preset = preset
            self._adjust = ViewAdjust()
            self._renderer = None
            self.update()

    def camera_preset(self) -> CameraPreset:
        return self._preset

    def adjust(self) -> ViewAdjust:
        return self._adjust

    def set_adjust(self, adjust: ViewAdjust) -> None:
        if adjust != self._adjust:
            self._adjust = adjust
            self._renderer = None
            self.update()
            self.viewAdjusted.emit()

    def reset_view(self) -> None:
        self.set_adjust(ViewAdjust())

    def set_time(self, t: float) -> None:
        r = self._renderer
        if t == self._t and r is not None and (r.width, r.height) == (self.width(), self.height()):
            # The frame on screen is this moment's already (a paused playhead asked again, a
            # scrub that lands where it was): building and painting it again shows nothing
            # new. Anything else that changes the picture (timeline, camera, mirror, size,
            # view) drops the renderer and asks for its own repaint.
            return
        before, self._t = self._t, t
        renderer = self.renderer if self._timeline is not None else None
        area = None if renderer is None else renderer.changed_area(t, before)
        if area is None:
            self.update()
            return
        # Only around the body: the floor, the legend and the chips that did not change stay;
        # the insets only when what they show has changed. One region for the canvas, so the
        # insets (see-through cards on it) repaint in the same pass as the figure, not in a
        # second one that would draw the canvas under them again.
        assert renderer is not None
        region = QRegion(area.toAlignedRect())
        pose = renderer.last_pose
        if pose is not None and self.gauge.differs(pose, mirror=self._mirror):
            region += self.gauge.geometry()
        if self.strip.differs(self._wave_at(renderer, t)):
            region += self.strip.geometry()
        self.update(region)

    def _wave_at(self, renderer: DemoRenderer, t: float) -> list[WavePart]:
        """The wave strip's state at t, read once per frame."""
        cached = self._wave
        if cached is None or cached[0] is not renderer.reading or cached[1] != t:
            cached = self._wave = (renderer.reading, t, renderer.reading.wave_at(t))
        return cached[2]

    def time(self) -> float:
        return self._t

    # --- orbit and zoom --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._timeline is not None:
            self._drag_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            super().mouseMoveEvent(event)
            return
        delta = event.position() - self._drag_from
        self._drag_from = event.position()
        # Drag right: the camera swings round to the right, as if walking round the rug.
        sign = -1.0 if self._mirror else 1.0
        self.set_adjust(
            self._adjust.orbit(sign * delta.x() * ORBIT_DEG_PER_PX, delta.y() * TILT_DEG_PER_PX)
        )
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self._drag_from = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120.0
        if self._timeline is None or notches == 0:
            super().wheelEvent(event)
            return
        self.set_adjust(self._adjust.zoomed(ZOOM_PER_NOTCH**notches))
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.reset_view()
        event.accept()

    # --- painting --------------------------------------------------------------------------

    def _show_insets(self, shown: bool) -> None:
        self.gauge.setVisible(shown)
        self.strip.setVisible(shown)

    def _place_insets(self) -> None:
        layout = inset_layout(max(self.width(), 1), max(self.height(), 1))
        self.gauge.setGeometry(layout.gauge.toAlignedRect())
        self.strip.setGeometry(layout.strip.toAlignedRect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._renderer = None
        self._place_insets()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            renderer = self.renderer
            if renderer is None and self._poster is not None:
                paint_poster(painter, self.width(), self.height(), self._poster)
            elif renderer is None:
                draw_message(painter, self.width(), self.height(), self._message)
            else:
                self.last_scene = renderer.paint(painter, self._t, insets=False)
                # The insets are widgets on this canvas, painted right after it.
                self.gauge.set_pose(renderer.last_pose, mirror=self._mirror)
                self.strip.set_wave(self._wave_at(renderer, self._t))
        finally:
            painter.end()
