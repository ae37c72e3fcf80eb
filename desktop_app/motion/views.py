"""Camera presets, and cameras that frame the body: which way to look at a step, and how close.

Every preset is a direction to look from (yaw and elevation) plus a way to frame:
- a fixed camera that holds the body and all of its path for the timeline (Parts 1 and 2);
- a camera that follows the body across the floor at a fixed zoom (Part 3, which travels
  further than the picture is wide), or follows the leading part close up.
Following pans the picture without turning it, so a renderer can draw the floor once and slide
it. All of it is computed from the timeline's reading (`motion.reading`), so a frame is still a
pure function of (step, t).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np

from desktop_app.motion.camera import PERSPECTIVE_DISTANCE_M, Camera

if TYPE_CHECKING:
    from desktop_app.motion.reading import Reading

CameraPreset = Literal["auto", "side", "feet", "above", "leader"]
CAMERA_PRESETS: tuple[CameraPreset, ...] = ("auto", "side", "feet", "above", "leader")

# (yaw, elevation) in degrees. Yaw 0 looks from beyond the feet up the body; positive yaw moves
# the camera round to the person's right (-x), negative to their left.
SIDE_VIEW = (75.0, 42.0)
FEET_VIEW = (0.0, 24.0)
ABOVE_VIEW = (90.0, 82.0)
AUTO_YAW_DEG = 75.0
AUTO_ELEVATION_DEG = 40.0
LEADER_ELEVATION_DEG = 30.0
LEADER_ZOOM = 1.45
# A timeline whose path is wider than this is followed rather than framed whole.
FOLLOW_TRAVEL_M = 1.0
# The followed centre is an average over this many seconds either side: a glide, not a jerk.
FOLLOW_SMOOTH_S = 1.0
# A following camera stands further off (less perspective), so the body keeps its size as it
# travels.
FOLLOW_DISTANCE_M = 30.0
# Room left around a followed body for the smoothing to lag behind it.
FOLLOW_PAD = 1.06
ELEVATION_RANGE = (4.0, 89.0)
ZOOM_RANGE = (0.4, 4.0)
# Beyond the feet, the floor arrow showing the way of the roll (metres beyond the lowest foot).
ARROW_GAP_M = 0.3


@dataclass(frozen=True)
class Margins:
    """Pixels at the picture's edges kept free of the body (chips, legend, insets)."""

    top: float = 84.0
    bottom: float = 36.0
    left: float = 16.0
    right: float = 16.0


@dataclass(frozen=True)
class ViewAdjust:
    """The person's own turn of the camera on top of a preset: drag to orbit, wheel to zoom."""

    yaw_deg: float = 0.0
    elevation_deg: float = 0.0
    zoom: float = 1.0

    def orbit(self, d_yaw: float, d_elevation: float) -> ViewAdjust:
        return ViewAdjust(
            (self.yaw_deg + d_yaw + 180.0) % 360.0 - 180.0,
            max(-90.0, min(90.0, self.elevation_deg + d_elevation)),
            self.zoom,
        )

    def zoomed(self, factor: float) -> ViewAdjust:
        zoom = min(max(self.zoom * factor, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        return ViewAdjust(self.yaw_deg, self.elevation_deg, zoom)

    @property
    def is_identity(self) -> bool:
        return self == ViewAdjust()


@dataclass(frozen=True, eq=False)
class Shot:
    """One camera over a stretch of the timeline; a following shot pans by (dx, dy) pixels."""

    t0: float
    t1: float
    camera: Camera
    times: np.ndarray = field(default_factory=lambda: np.zeros(0))
    dx: np.ndarray = field(default_factory=lambda: np.zeros(0))
    dy: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def follows(self) -> bool:
        return len(self.times) > 0

    def offset_at(self, t: float) -> tuple[float, float]:
        if not self.follows:
            return (0.0, 0.0)
        return (
            float(np.interp(t, self.times, self.dx)),
            float(np.interp(t, self.times, self.dy)),
        )

    def pan_range(self) -> tuple[float, float, float, float]:
        """(min dx, max dx, min dy, max dy) over the shot."""
        if not self.follows:
            return (0.0, 0.0, 0.0, 0.0)
        return (
            float(self.dx.min()),
            float(self.dx.max()),
            float(self.dy.min()),
            float(self.dy.max()),
        )


@dataclass(frozen=True, eq=False)
class CameraPlan:
    """The cameras of a timeline at one picture size."""

    preset: CameraPreset
    shots: tuple[Shot, ...]
    width: int
    height: int

    def shot_at(self, t: float) -> Shot:
        for shot in self.shots:
            if t < shot.t1:
                return shot
        return self.shots[-1]

    def camera_at(self, t: float) -> Camera:
        """The camera at t with its pan folded in (for measuring; renderers slide instead)."""
        shot = self.shot_at(t)
        dx, dy = shot.offset_at(t)
        c = shot.camera
        if dx == 0.0 and dy == 0.0:
            return c
        return Camera(
            c.cx + dx,
            c.cy + dy,
            c.scale,
            c.yaw_deg,
            c.elevation_deg,
            c.mirror,
            c.width,
            c.height,
            c.distance_m,
        )

    @property
    def follows(self) -> bool:
        return any(shot.follows for shot in self.shots)


def project_many(camera: Camera, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`Camera.project` of an (..., 3) array: (px, py, pixels per metre at each point)."""
    yaw, el = math.radians(camera.yaw_deg), math.radians(camera.elevation_deg)
    cy, sy, ce, se = math.cos(yaw), math.sin(yaw), math.cos(el), math.sin(el)
    x, y, z = points[..., 0], points[..., 1], points[..., 2]
    yr = x * sy + y * cy
    depth = yr * ce - z * se
    d = camera.distance_m
    k = camera.scale * d / (d + depth)
    xr = x * cy - y * sy
    px = camera.cx - k * xr if camera.mirror else camera.cx + k * xr
    py = camera.cy - k * (yr * se + z * ce)
    return px, py, k


def preset_angles(preset: CameraPreset, face_side: int = 1) -> tuple[float, float]:
    """(yaw, elevation) of a preset; Auto and Close-up look from the side the face turns to
    (`face_side` +1: the person's left, -1: their right)."""
    if preset == "side":
        return SIDE_VIEW
    if preset == "feet":
        return FEET_VIEW
    if preset == "above":
        return ABOVE_VIEW
    elevation = LEADER_ELEVATION_DEG if preset == "leader" else AUTO_ELEVATION_DEG
    return (-AUTO_YAW_DEG if face_side > 0 else AUTO_YAW_DEG, elevation)


def _spans(reading: Reading, preset: CameraPreset) -> list[tuple[float, float, int]]:
    """(t0, t1, face side) stretches: one per step for Auto and Close-up (merged while the side
    stays), else one for the whole timeline. The cut falls in the rest before a step."""
    duration = reading.duration_s
    if preset not in ("auto", "leader") or not reading.rolls:
        return [(0.0, duration, 1)]
    steps: list[tuple[float, int]] = []
    for step_id, t0, t1 in reading.steps:
        rolls = [roll for roll in reading.rolls if roll.step_id == step_id]
        begin, end = (rolls[0].t0, rolls[-1].t1) if rolls else (t0, t1)
        side = reading.face_side(begin, end)
        cut = t0
        before = [roll for roll in reading.rolls if roll.t1 <= t0 + 1e-9]
        if before and t0 > 0.0:
            cut = (before[-1].t1 + t0) / 2.0
        steps.append((cut, side))
    spans: list[tuple[float, float, int]] = []
    for index, (cut, side) in enumerate(steps):
        start = 0.0 if index == 0 else cut
        if spans and spans[-1][2] == side:
            continue
        if spans:
            spans[-1] = (spans[-1][0], start, spans[-1][2])
        spans.append((start, duration, side))
    return spans


def _probe(yaw: float, elevation: float, mirror: bool, distance: float) -> Camera:
    return Camera(
        0.0, 0.0, 1.0, yaw_deg=yaw, elevation_deg=elevation, mirror=mirror, distance_m=distance
    )


def arrow_y(reading: Reading) -> float:
    """Where the floor arrow lies: a little beyond the lowest foot of the timeline."""
    s = reading.samples
    feet = [
        s.index(name)
        for name in ("left_foot", "right_foot", "left_heel", "right_heel")
        if name in s.joint_names
    ]
    return float(s.joints[:, feet, 1].min()) - ARROW_GAP_M if feet else -1.25


def _arrow_points(reading: Reading) -> np.ndarray:
    """The corners of the floor arrow (a fixed camera frames it with the body)."""
    y = arrow_y(reading)
    lo, hi = reading.lateral_range
    # The arrow is at least 0.6 m long and 0.22 m wide, centred on the roll's travel.
    mid, half = (lo + hi) / 2.0, max((hi - lo) / 2.0, 0.3) + 0.05
    return np.array([[mid + dx, y + dy, 0.0] for dx in (-half, half) for dy in (-0.13, 0.13)])


def _extent(
    camera: Camera, joints: np.ndarray, radii: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per sample: min and max px, min and max py of every joint with its bone's radius."""
    px, py, k = project_many(camera, joints)
    r = radii[np.newaxis, :] * k
    return (
        (px - r).min(axis=-1),
        (px + r).max(axis=-1),
        (py - r).min(axis=-1),
        (py + r).max(axis=-1),
    )


def _smooth(values: np.ndarray, times: np.ndarray, half_window: float) -> np.ndarray:
    if len(times) < 3:
        return values
    dt = float(times[1] - times[0]) or 1.0
    n = max(1, round(half_window / dt))
    padded = np.concatenate([np.full(n, values[0]), values, np.full(n, values[-1])])
    kernel = np.ones(2 * n + 1) / (2 * n + 1)
    return np.convolve(padded, kernel, mode="valid")


def follows_body(reading: Reading, preset: CameraPreset) -> bool:
    lo, hi = reading.lateral_range
    return preset == "leader" or (hi - lo) > FOLLOW_TRAVEL_M


def plan_camera(
    reading: Reading,
    width: int,
    height: int,
    preset: CameraPreset = "auto",
    *,
    mirror: bool = False,
    margins: Margins | None = None,
    adjust: ViewAdjust | None = None,
    angles: tuple[float, float] | None = None,
) -> CameraPlan:
    """The cameras for a timeline's reading at a picture size; `angles` (yaw, elevation)
    replaces the preset's direction (contact sheets look from fixed directions)."""
    margins = margins or Margins()
    adjust = adjust or ViewAdjust()
    room_w = max(width - margins.left - margins.right, 10.0)
    room_h = max(height - margins.top - margins.bottom, 10.0)
    room = (margins.left + room_w / 2.0, margins.top + room_h / 2.0)
    follow = follows_body(reading, preset)
    distance = FOLLOW_DISTANCE_M if follow else PERSPECTIVE_DISTANCE_M
    directions = _directions(reading, preset, adjust, angles)
    # One zoom for every shot of the timeline: the tightest any of them needs.
    scales = [_fit_scale(reading, _probe(yaw, elevation, mirror, distance), follow,
                         room_w, room_h)
              for _t0, _t1, yaw, elevation in directions]
    scale = min(scales) * adjust.zoom * (LEADER_ZOOM if preset == "leader" else 1.0)
    frame = (width, height, distance)
    shots = [
        _following_shot(reading, preset, t0, t1, yaw, elevation, mirror, scale, room, frame)
        if follow else
        _still_shot(reading, t0, t1, yaw, elevation, mirror, scale, room, frame)
        for t0, t1, yaw, elevation in directions
    ]
    return CameraPlan(preset, tuple(shots), width, height)


def _directions(reading: Reading, preset: CameraPreset, adjust: ViewAdjust,
                angles: tuple[float, float] | None) -> list[tuple[float, float, float, float]]:
    """(t0, t1, yaw, elevation) of each shot: the preset's view of each span, turned as
    the person dragged it."""
    spans = _spans(reading, preset) if angles is None else [(0.0, reading.duration_s, 1)]
    directions = []
    for t0, t1, side in spans:
        yaw, elevation = preset_angles(preset, side) if angles is None else angles
        elevation = min(
            max(elevation + adjust.elevation_deg, ELEVATION_RANGE[0]), ELEVATION_RANGE[1]
        )
        directions.append((t0, t1, yaw + adjust.yaw_deg, elevation))
    return directions


def _fit_scale(reading: Reading, probe: Camera, follow: bool, room_w: float,
               room_h: float) -> float:
    """The zoom at which the body (and, standing still, the arrow too) fits the room."""
    s = reading.samples
    x0, x1, y0, y1 = _extent(probe, s.joints, s.radii)
    if follow:
        span_x = float((x1 - x0).max()) * FOLLOW_PAD
        span_y = float((y1 - y0).max()) * FOLLOW_PAD
    else:
        ax, ay, _k = project_many(probe, _arrow_points(reading))
        span_x = max(float(x1.max()), float(ax.max())) - min(float(x0.min()), float(ax.min()))
        span_y = max(float(y1.max()), float(ay.max())) - min(float(y0.min()), float(ay.min()))
    return min(room_w / max(span_x, 1e-6), room_h / max(span_y, 1e-6))


def _following_shot(reading: Reading, preset: CameraPreset, t0: float, t1: float, yaw: float,
                    elevation: float, mirror: bool, scale: float, room: tuple[float, float],
                    frame: tuple[int, int, float]) -> Shot:
    """A shot that keeps the body (or, close up, the leading part) in the middle."""
    s = reading.samples
    width, height, distance = frame
    unit = _probe(yaw, elevation, mirror, distance)
    if preset == "leader":
        mid_x, mid_y, _k = project_many(unit, s.lead_point)
    else:
        x0, x1, y0, y1 = _extent(unit, s.joints, s.radii)
        mid_x, mid_y = (x0 + x1) / 2.0, (y0 + y1) / 2.0
    mid_x = _smooth(mid_x, s.times, FOLLOW_SMOOTH_S)
    mid_y = _smooth(mid_y, s.times, FOLLOW_SMOOTH_S)
    cx = room[0] - scale * mid_x
    cy = room[1] - scale * mid_y
    base = Camera(
        float(cx[0]), float(cy[0]), scale, yaw, elevation, mirror, width, height, distance
    )
    return Shot(t0, t1, base, s.times, cx - cx[0], cy - cy[0])


def _still_shot(reading: Reading, t0: float, t1: float, yaw: float, elevation: float,
                mirror: bool, scale: float, room: tuple[float, float],
                frame: tuple[int, int, float]) -> Shot:
    """A shot from one place: the body and the arrow centred in the room."""
    s = reading.samples
    width, height, distance = frame
    unit = _probe(yaw, elevation, mirror, distance)
    x0, x1, y0, y1 = _extent(unit, s.joints, s.radii)
    ax, ay, _k = project_many(unit, _arrow_points(reading))
    centre_x = (max(float(x1.max()), float(ax.max())) + min(float(x0.min()), float(ax.min())))
    centre_y = (max(float(y1.max()), float(ay.max())) + min(float(y0.min()), float(ay.min())))
    camera = Camera(
        room[0] - scale * centre_x / 2.0,
        room[1] - scale * centre_y / 2.0,
        scale, yaw, elevation, mirror, width, height, distance,
    )
    return Shot(t0, t1, camera)
