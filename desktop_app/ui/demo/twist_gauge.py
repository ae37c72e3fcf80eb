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
        # What the last paint drew (shoulders, pelvis, mirror): `differs` compares with the
        # picture on screen, not with the last pose handed over, so slow changes add up.
        self._painted: tuple[float, float, bool] | None = None

    def set_pose(self, pose: Pose | None, *, mirror: bool = False) -> None:
        """The pose to show; repainted with the view it sits on, which asks `differs` first."""
        self._pose, self._mirror = pose, mirror
        degrees = None if pose is None else round(abs(pose.twist_deg))
        if degrees != self._shown_degrees:
            self._shown_degrees = degrees
            self.setAccessibleDescription(
                "" if degrees is None
                else self.tr("Twist {degrees}° between shoulders and pelvis").format(
                    degrees=degrees)
            )

    def differs(self, pose: Pose, tolerance_deg: float = 0.25, *, mirror: bool = False) -> bool:
        """Whether `pose` would draw a visibly different gauge from the one on screen."""
        shown = self._painted
        if shown is None or shown[2] != mirror:
            return True
        angles = pose.rotation_deg
        return (
            abs(angles["shoulders"] - shown[0]) > tolerance_deg
            or abs(angles["pelvis"] - shown[1]) > tolerance_deg
            or round(abs(angles["shoulders"] - angles["pelvis"])) != round(abs(shown[0] - shown[1]))
        )

    def twist_degrees(self) -> int | None:
        """The whole degrees the gauge shows (None before any pose)."""
        return self._shown_degrees

    def paintEvent(self, event: QPaintEvent) -> None:
        pose = self._pose
        if pose is None:
            return
        shoulders, pelvis = pose.rotation_deg["shoulders"], pose.rotation_deg["pelvis"]
        self._painted = (shoulders, pelvis, self._mirror)
        painter = QPainter(self)
        try:
            paint_twist_gauge(
                painter,
                QRectF(0, 0, self.width(), self.height()),
                shoulders,
                pelvis,
                mirror=self._mirror,
            )
        finally:
            painter.end()
