"""A fixed oblique camera above the floor, beyond the feet on the person's right."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.motion.timeline import Vec

YAW_DEG = 75.0
ELEVATION_DEG = 42.0
PERSPECTIVE_DISTANCE_M = 4.0

# What must be in the picture beyond the body centre's travel: hands overhead, feet, the
# floor arrow and its label. The rug is larger and may run off the picture.
VIEW_MARGIN_X = 0.4
VIEW_Y = (-1.5, 1.3)
VIEW_TOP_Z = 0.45
RUG_MARGIN_X = 1.4
RUG_Y = (-2.2, 2.0)


@dataclass(frozen=True, slots=True)
class Camera:
    """World (x across, y towards the head, z up) to pixels; weak perspective.

    `mirror` flips the picture left-right, as when following a video of someone facing you.
    """

    cx: float
    cy: float
    scale: float
    yaw_deg: float = YAW_DEG
    elevation_deg: float = ELEVATION_DEG
    mirror: bool = False
    width: int = 0
    height: int = 0
    # Distance of the weak perspective: a camera following the body across the floor looks from
    # further away, so the body does not shrink as it travels away from the picture's centre.
    distance_m: float = PERSPECTIVE_DISTANCE_M
    # Trigonometry of the fixed angles, computed once: project() runs ~200 times a frame.
    _trig: tuple[float, float, float, float] = field(
        init=False, repr=False, compare=False, default=(1.0, 0.0, 1.0, 0.0)
    )

    def __post_init__(self) -> None:
        yaw, el = math.radians(self.yaw_deg), math.radians(self.elevation_deg)
        trig = (math.cos(yaw), math.sin(yaw), math.cos(el), math.sin(el))
        object.__setattr__(self, "_trig", trig)

    def _rotated(self, p: Vec) -> tuple[float, float, float]:
        cy, sy, ce, se = self._trig
        x, y, z = p
        yr = x * sy + y * cy
        return x * cy - y * sy, yr * se + z * ce, yr * ce - z * se

    def project(self, p: Vec) -> tuple[float, float, float]:
        """(px, py, depth): depth grows away from the camera."""
        cy, sy, ce, se = self._trig
        x, y, z = p
        yr = x * sy + y * cy
        depth = yr * ce - z * se
        d = self.distance_m
        k = self.scale * d / (d + depth)
        xr = x * cy - y * sy
        px = self.cx - k * xr if self.mirror else self.cx + k * xr
        return px, self.cy - k * (yr * se + z * ce), depth

    def pixels_per_m(self, p: Vec) -> float:
        depth = self._rotated(p)[2]
        return self.scale * self.distance_m / (self.distance_m + depth)

    def toward_camera(self) -> Vec:
        """Unit vector from the scene towards the camera (for front/back facing)."""
        yaw, el = math.radians(self.yaw_deg), math.radians(self.elevation_deg)
        return (
            -math.sin(yaw) * math.cos(el),
            -math.cos(yaw) * math.cos(el),
            math.sin(el),
        )


def _span(lateral_range: tuple[float, float]) -> tuple[float, float]:
    # Parts 1 and 2 share one framing, so stepping through them never moves the camera.
    return min(lateral_range[0], -0.42), max(lateral_range[1], 0.42)


def floor_bounds(lateral_range: tuple[float, float]) -> tuple[float, float, float, float]:
    """(x0, x1, y0, y1) of the rug under a step's motion."""
    lo, hi = _span(lateral_range)
    return lo - RUG_MARGIN_X, hi + RUG_MARGIN_X, RUG_Y[0], RUG_Y[1]


def view_bounds(lateral_range: tuple[float, float]) -> tuple[float, float, float, float]:
    """(x0, x1, y0, y1) of the floor that must stay in the picture."""
    lo, hi = _span(lateral_range)
    return lo - VIEW_MARGIN_X, hi + VIEW_MARGIN_X, VIEW_Y[0], VIEW_Y[1]


def fit_camera(
    width: int,
    height: int,
    lateral_range: tuple[float, float] = (0.0, 0.0),
    *,
    mirror: bool = False,
    top_px: float = 64.0,
    bottom_px: float = 36.0,
    side_px: float = 16.0,
    yaw_deg: float = YAW_DEG,
    elevation_deg: float = ELEVATION_DEG,
) -> Camera:
    """The camera that fits the step's floor area into the picture, leaving room for labels."""
    x0, x1, y0, y1 = view_bounds(lateral_range)
    corners = [(x, y, z) for x in (x0, x1) for y in (y0, y1) for z in (0.0, VIEW_TOP_Z)]
    probe = Camera(0.0, 0.0, 1.0, yaw_deg=yaw_deg, elevation_deg=elevation_deg, mirror=mirror)
    pts = [probe.project(c) for c in corners]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    room_x = max(width - 2 * side_px, 10.0)
    room_y = max(height - top_px - bottom_px, 10.0)
    scale = min(room_x / span_x, room_y / span_y)
    mid_x = (max(xs) + min(xs)) / 2.0 * scale
    mid_y = (max(ys) + min(ys)) / 2.0 * scale
    return Camera(
        cx=width / 2.0 - mid_x,
        cy=top_px + room_y / 2.0 - mid_y,
        scale=scale,
        yaw_deg=yaw_deg,
        elevation_deg=elevation_deg,
        mirror=mirror,
        width=width,
        height=height,
    )
