"""The twist gauge over the demonstration: shoulders and pelvis seen from the feet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop_app.ui.demo.insets import paint_twist_gauge

if TYPE_CHECKING:
    from desktop_app.motion import Pose


class TwistGauge(QWidget):
    """Shows the middle back's twist of the pose the demonstration last drew."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("twistGauge")
        self.setAccessibleName(self.tr("Twist gauge"))
        self.setToolTip(
            self.tr(
                "The twist of the middle back: the shoulders and the pelvis seen from the "
                "feet, and the angle between them. It grows as the wave travels down the "
                "body and is back to 0° at the end."
            )
        )
        self._pose: Pose | None = None
        self._mirror = False
        self._shown_degrees: int | None = None

    def set_pose(self, pose: Pose | None, *, mirror: bool = False) -> None:
        """The pose to show; repainted with the view it sits on."""
        self._pose, self._mirror = pose, mirror
        degrees = None if pose is None else round(abs(pose.twist_deg))
        if degrees != self._shown_degrees:
            self._shown_degrees = degrees
            self.setAccessibleDescription(
                "" if degrees is None
                else self.tr("Twist {degrees}° between shoulders and pelvis").format(
                    degrees=degrees)
            )

    def differs(self, pose: Pose, tolerance_deg: float = 0.25) -> bool:
        """Whether `pose` would draw a visibly different gauge from the one shown."""
        shown = self._pose
        if shown is None:
            return True
        return any(
            abs(pose.rotation_deg[part] - shown.rotation_deg[part]) > tolerance_deg
            for part in ("shoulders", "pelvis")
        )

    def twist_degrees(self) -> int | None:
        """The whole degrees the gauge shows (None before any pose)."""
        return self._shown_degrees

    def paintEvent(self, event: QPaintEvent) -> None:
        pose = self._pose
        if pose is None:
            return
        painter = QPainter(self)
        try:
            paint_twist_gauge(
                painter,
                QRectF(0, 0, self.width(), self.height()),
                pose.rotation_deg["shoulders"],
                pose.rotation_deg["pelvis"],
                mirror=self._mirror,
            )
        finally:
            painter.end()
