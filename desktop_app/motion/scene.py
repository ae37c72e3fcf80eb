"""What to draw for a pose: projected, depth-sorted 2D shapes with colours, and no Qt.

The Qt view only strokes and fills these; all geometry (projection, facing, hulls) is here so
it can be tested without a display.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from desktop_app.motion.camera import Camera, floor_bounds, view_bounds
from desktop_app.motion.profile import smoothstep
from desktop_app.motion.skeleton import (
    HEAD_RADIUS_M,
    NODE_HALF_DEPTH,
    NODE_HALF_WIDTH,
    Frame,
    Vec,
    node_frame,
)
from desktop_app.motion.timeline import Pose, leader_label

RGBA = tuple[int, int, int, int]
Point = tuple[float, float]

FRONT: RGBA = (244, 199, 161, 255)
BACK: RGBA = (74, 111, 165, 255)
HAIR: RGBA = (52, 62, 88, 255)
RIGHT: RGBA = (214, 84, 76, 255)
LEFT: RGBA = (36, 150, 136, 255)
GLOW: RGBA = (255, 176, 0, 255)
GAZE: RGBA = (230, 120, 20, 255)
INK: RGBA = (40, 40, 48, 255)
NECK: RGBA = (120, 100, 90, 255)
RUG: RGBA = (239, 228, 209, 255)
RUG_EDGE: RGBA = (196, 170, 132, 255)
GRID: RGBA = (120, 96, 60, 34)
SHADOW: RGBA = (70, 55, 40, 72)
BACKDROP: RGBA = (236, 240, 244, 255)

ARM_WIDTH_M = 0.065
LEG_WIDTH_M = 0.085
ARROW_Y = -1.25
TRUNK_NODES = ("shoulders", "mid_back", "lower_back", "pelvis")
_ARC = 6


@dataclass(slots=True)
class Shape:
    """A filled polygon ("poly"), a round-capped polyline ("line") or a disc ("disc")."""

    kind: str
    points: list[Point]
    depth: float = 0.0
    fill: RGBA | None = None
    stroke: RGBA | None = None
    width: float = 0.0
    dashed: bool = False
    radius: float = 0.0


@dataclass(slots=True)
class Label:
    x: float
    y: float
    text: str
    color: RGBA
    size: float = 13.0
    bold: bool = False
    alpha: float = 1.0
    boxed: bool = False


@dataclass(slots=True)
class Glow:
    x: float
    y: float
    radius: float
    strength: float
    part: str
    weight: float = 1.0


@dataclass(slots=True)
class Scene:
    floor_key: tuple[object, ...]
    shadows: list[Shape] = field(default_factory=list)
    body: list[Shape] = field(default_factory=list)
    glows: list[Glow] = field(default_factory=list)
    floor_labels: list[Label] = field(default_factory=list)
    # The floor arrow changes only from roll to roll, so a renderer may cache it with the rug.
    arrow: list[Shape] = field(default_factory=list)
    arrow_key: tuple[object, ...] = ()
    lead_labels: list[tuple[str, float]] = field(default_factory=list)
    status: str = ""
    direction_text: str = ""
    direction: str = "left"


def _sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _unit(a: Vec) -> Vec:
    n = math.sqrt(_dot(a, a)) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def _combo(c: Vec, *terms: tuple[float, Vec]) -> Vec:
    x, y, z = c
    for k, d in terms:
        x, y, z = x + k * d[0], y + k * d[1], z + k * d[2]
    return (x, y, z)


def convex_hull(points: list[Point]) -> list[Point]:
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def half(seq: list[Point]) -> list[Point]:
        out: list[Point] = []
        for p in seq:
            while len(out) >= 2:
                (ax, ay), (bx, by) = out[-2], out[-1]
                if (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax) > 0:
                    break
                out.pop()
            out.append(p)
        return out

    lower, upper = half(pts), half(pts[::-1])
    return lower[:-1] + upper[:-1]


def side_color(name: str) -> RGBA:
    return LEFT if name.startswith("left") else RIGHT


def floor_shapes(
    camera: Camera, lateral_range: tuple[float, float]
) -> tuple[list[Shape], list[Label]]:
    """The rug, its grid and the start line: fixed for a camera."""
    x0, x1, y0, y1 = floor_bounds(lateral_range)

    def flat(x: float, y: float) -> Point:
        px, py, _ = camera.project((x, y, 0.0))
        return (px, py)

    shapes = [
        Shape(
            "poly",
            [flat(x0, y0), flat(x1, y0), flat(x1, y1), flat(x0, y1)],
            fill=RUG,
            stroke=RUG_EDGE,
            width=2.0,
        ),
    ]
    inset = 0.07
    shapes.append(
        Shape(
            "line",
            [
                flat(x0 + inset, y0 + inset),
                flat(x1 - inset, y0 + inset),
                flat(x1 - inset, y1 - inset),
                flat(x0 + inset, y1 - inset),
                flat(x0 + inset, y0 + inset),
            ],
            stroke=GRID,
            width=1.5,
        )
    )
    step = 0.25
    gx = math.ceil((x0 + inset) / step) * step
    while gx < x1 - inset:
        if abs(gx) > 1e-6:
            shapes.append(
                Shape("line", [flat(gx, y0 + inset), flat(gx, y1 - inset)], stroke=GRID, width=1.0)
            )
        gx += step
    gy = math.ceil((y0 + inset) / step) * step
    while gy < y1 - inset:
        shapes.append(
            Shape("line", [flat(x0 + inset, gy), flat(x1 - inset, gy)], stroke=GRID, width=1.0)
        )
        gy += step
    shapes.append(
        Shape(
            "line",
            [flat(0.0, y0 + inset), flat(0.0, y1 - inset)],
            stroke=(120, 96, 60, 110),
            width=1.5,
            dashed=True,
        )
    )
    _vx0, _vx1, _vy0, vy1 = view_bounds(lateral_range)
    labels = [
        Label(*flat(0.0, vy1 - 0.05), "start", (110, 88, 56, 255), size=11.0),
    ]
    return shapes, labels


class SceneBuilder:
    """Builds scenes for one camera; keeps the camera-only vectors between frames."""

    def __init__(self, camera: Camera, lateral_range: tuple[float, float]) -> None:
        self.camera = camera
        self.lateral_range = lateral_range
        self.to_cam = camera.toward_camera()
        e1 = _unit(_cross(self.to_cam, (0.0, 0.0, 1.0)))
        self._silhouette_axes = (e1, _cross(self.to_cam, e1))
        self.floor_key = (camera, lateral_range)
        self.arcs = [
            (math.cos(math.pi * i / (_ARC - 1)), math.sin(math.pi * i / (_ARC - 1)))
            for i in range(_ARC)
        ]

    def _p(self, p: Vec) -> tuple[float, float, float]:
        return self.camera.project(p)

    def build(self, pose: Pose, *, pulse_t: float | None = None) -> Scene:
        cam = self.camera
        scene = Scene(floor_key=self.floor_key)
        joints = pose.joints
        proj = {name: cam.project(p) for name, p in joints.items()}
        ppm = cam.pixels_per_m(joints["mid_back"])
        frames = {n: node_frame(n, pose.rotation_deg[n]) for n in TRUNK_NODES}
        head_frame = node_frame("head", pose.rotation_deg["head"], pose.head_pitch_deg)

        self._shadows(scene, joints, ppm)
        self._trunk(scene, frames, pose)
        self._limbs(scene, proj, ppm, pose)
        self._head(scene, head_frame, proj, ppm, pose)
        scene.body.sort(key=lambda s: -s.depth)

        pulse = 1.0 if pulse_t is None else 0.82 + 0.18 * math.sin(2.0 * math.pi * pulse_t)
        for part, weight in pose.highlight.items():
            if weight <= 0.01:
                continue
            px, py, _ = proj[part]
            scene.glows.append(Glow(px, py, 0.26 * ppm, weight * pulse, part, weight))
            scene.lead_labels.append((leader_label(part), weight))
        self._arrow(scene, pose, ppm)
        scene.status = pose.status
        return scene

    def _shadows(self, scene: Scene, joints: dict[str, Vec], ppm: float) -> None:
        def flat(name: str) -> Point:
            x, y, _ = joints[name]
            px, py, _ = self.camera.project((x, y, 0.0))
            return (px, py)

        chains = (
            (("shoulders", "mid_back", "lower_back", "pelvis"), 0.30),
            (("left_hand", "left_wrist", "left_elbow", "left_shoulder"), 0.09),
            (("right_hand", "right_wrist", "right_elbow", "right_shoulder"), 0.09),
            (("left_hip", "left_knee", "left_ankle"), 0.12),
            (("right_hip", "right_knee", "right_ankle"), 0.12),
            (("neck", "head"), 0.22),
        )
        for names, width in chains:
            pts = [flat(n) for n in names]
            scene.shadows.append(Shape("line", pts, stroke=SHADOW, width=width * ppm * 1.2))

    def _trunk(self, scene: Scene, frames: dict[str, Frame], pose: Pose) -> None:
        lead_hip = next((p for p in pose.highlight if p.endswith("hip")), None)
        for upper, lower in itertools.pairwise(TRUNK_NODES):
            for sign, color in ((1.0, FRONT), (-1.0, BACK)):
                ring = []
                for node in (upper, lower):
                    f = frames[node]
                    a, b = NODE_HALF_WIDTH[node], NODE_HALF_DEPTH[node]
                    # Each piece reaches a little past the next node so no seam shows between.
                    w = 0.0 if node == upper else -0.03
                    arc = [self._p(f.point(a * c, sign * b * s, w)) for c, s in self.arcs]
                    ring.append(arc if node == upper else arc[::-1])
                pts = ring[0] + ring[1]
                depth = sum(p[2] for p in pts) / len(pts)
                hull = convex_hull([(p[0], p[1]) for p in pts])
                scene.body.append(Shape("poly", hull, depth=depth, fill=color))
        if lead_hip:
            # A hip lead is the pelvis's own side: mark that side's edge of the pelvis.
            f = frames["pelvis"]
            side = 1.0 if lead_hip.startswith("left") else -1.0
            a = NODE_HALF_WIDTH["pelvis"]
            p0 = self._p(f.point(side * a, 0.0, 0.1))
            p1 = self._p(f.point(side * a, 0.0, -0.06))
            weight = pose.highlight[lead_hip]
            scene.body.append(
                Shape(
                    "line",
                    [(p0[0], p0[1]), (p1[0], p1[1])],
                    depth=min(p0[2], p1[2]) - 0.2,
                    stroke=(*GLOW[:3], int(230 * weight)),
                    width=0.07 * self._ppm(f.origin),
                )
            )

    def _ppm(self, p: Vec) -> float:
        return self.camera.pixels_per_m(p)

    def _limbs(
        self, scene: Scene, proj: dict[str, tuple[float, float, float]], ppm: float, pose: Pose
    ) -> None:
        chains = []
        for side in ("left", "right"):
            chains += [
                ((f"{side}_shoulder", f"{side}_elbow"), ARM_WIDTH_M),
                ((f"{side}_elbow", f"{side}_wrist"), ARM_WIDTH_M * 0.9),
                ((f"{side}_wrist", f"{side}_hand"), ARM_WIDTH_M * 0.8),
                ((f"{side}_hip", f"{side}_knee"), LEG_WIDTH_M),
                ((f"{side}_knee", f"{side}_ankle"), LEG_WIDTH_M * 0.85),
                ((f"{side}_ankle", f"{side}_foot"), LEG_WIDTH_M * 0.7),
            ]
        lead_knee = next((p for p in pose.highlight if p.endswith("knee")), None)
        for (a, b), width in chains:
            pa, pb = proj[a], proj[b]
            depth = (pa[2] + pb[2]) / 2.0
            color = side_color(a)
            if (
                lead_knee
                and a.startswith(lead_knee.split("_")[0])
                and (a.endswith("hip") or a.endswith("knee"))
            ):
                weight = pose.highlight[lead_knee]
                scene.body.append(
                    Shape(
                        "line",
                        [(pa[0], pa[1]), (pb[0], pb[1])],
                        depth=depth + 1e-4,
                        stroke=(*GLOW[:3], int(255 * weight)),
                        width=width * ppm * 1.7,
                    )
                )
            scene.body.append(
                Shape(
                    "line",
                    [(pa[0], pa[1]), (pb[0], pb[1])],
                    depth=depth,
                    stroke=color,
                    width=width * ppm,
                )
            )
        # Neck, under the head.
        pn, ph = proj["neck"], proj["head"]
        scene.body.append(
            Shape(
                "line",
                [(pn[0], pn[1]), (ph[0], ph[1])],
                depth=(pn[2] + ph[2]) / 2 + 0.05,
                stroke=NECK,
                width=0.07 * ppm,
            )
        )

    def _head(
        self,
        scene: Scene,
        f: Frame,
        proj: dict[str, tuple[float, float, float]],
        ppm: float,
        pose: Pose,
    ) -> None:
        c = f.origin
        r = HEAD_RADIUS_M
        cx, cy, depth = proj["head"]
        e1, e2 = self._silhouette_axes
        facing = _dot(f.v, self.to_cam)
        great = [
            self._p(_combo(c, (r * math.cos(a), f.u), (r * math.sin(a), f.w)))
            for a in (2.0 * math.pi * i / 18 for i in range(18))
        ]
        rim_face: list[Point] = []
        rim_back: list[Point] = []
        for i in range(24):
            a = 2.0 * math.pi * i / 24
            d = _combo((0.0, 0.0, 0.0), (math.cos(a), e1), (math.sin(a), e2))
            px, py, _ = self._p(_combo(c, (r, d)))
            (rim_face if _dot(d, f.v) >= 0 else rim_back).append((px, py))
        great2 = [(p[0], p[1]) for p in great]
        face = convex_hull(great2 + rim_face)
        back = convex_hull(great2 + rim_back)
        near = depth - 0.25
        order = [(back, HAIR), (face, FRONT)] if facing >= 0 else [(face, FRONT), (back, HAIR)]
        lead = pose.highlight.get("head", 0.0)
        outline = (*GLOW[:3], int(255 * lead)) if lead > 0.01 else (*INK[:3], 140)
        shapes = [
            Shape(
                "disc",
                [(cx, cy)],
                fill=None,
                stroke=outline,
                width=max(1.5, (0.035 if lead > 0.01 else 0.012) * ppm),
                radius=r * ppm,
            ),
            Shape("poly", order[0][0], fill=order[0][1]),
            Shape("poly", order[1][0], fill=order[1][1]),
        ]
        # Face: eyes, nose and mouth where they face the camera; a gaze ray from the nose.
        vis = smoothstep(facing / 0.35 + 0.3)
        if vis > 0.02:
            ink = (*INK[:3], int(255 * vis))
            for side in (1.0, -1.0):
                d = _unit(_combo((0.0, 0.0, 0.0), (0.8, f.v), (0.32, f.w), (0.36 * side, f.u)))
                ex, ey, _ = self._p(_combo(c, (r, d)))
                shapes.append(Shape("disc", [(ex, ey)], fill=ink, radius=max(1.2, 0.011 * ppm)))
            m0 = self._p(_combo(c, (r * 0.86, f.v), (-r * 0.45, f.w), (r * 0.2, f.u)))
            m1 = self._p(_combo(c, (r * 0.86, f.v), (-r * 0.45, f.w), (-r * 0.2, f.u)))
            shapes.append(Shape("line", [m0[:2], m1[:2]], stroke=ink, width=max(1.0, 0.008 * ppm)))
        ahead = math.radians(pose.gaze_ahead_deg)
        look = _combo((0.0, 0.0, 0.0), (math.cos(ahead), f.v), (math.sin(ahead), f.u))
        g0 = self._p(_combo(c, (r, look)))
        g1 = self._p(_combo(c, (r + 0.2, look)))
        gaze_away = _dot(look, self.to_cam) < 0
        gaze = Shape(
            "line", [g0[:2], g1[:2]], stroke=GAZE, width=max(1.5, 0.014 * ppm), dashed=gaze_away
        )
        if gaze_away:
            shapes.insert(0, gaze)
        else:
            shapes.append(gaze)
        for i, shape in enumerate(shapes):
            shape.depth = near - 1e-6 * i
            scene.body.append(shape)

    def _arrow(self, scene: Scene, pose: Pose, ppm: float) -> None:
        start, end = pose.travel_m
        sign = 1.0 if pose.direction == "left" else -1.0
        mid = (start + end) / 2.0
        half = max(abs(end - start) / 2.0, 0.3)
        a, b = mid - sign * half, mid + sign * half
        head = 0.16
        w, hw = 0.035, 0.11
        tip = b
        base = b - sign * head
        pts3 = [
            (a, ARROW_Y - w),
            (base, ARROW_Y - w),
            (base, ARROW_Y - hw),
            (tip, ARROW_Y),
            (base, ARROW_Y + hw),
            (base, ARROW_Y + w),
            (a, ARROW_Y + w),
        ]
        pts = [self._p((x, y, 0.0))[:2] for x, y in pts3]
        color = LEFT if pose.direction == "left" else RIGHT
        scene.arrow.append(
            Shape("poly", pts, depth=1e9, fill=color, stroke=(255, 255, 255, 200), width=1.5)
        )
        scene.arrow_key = (pose.travel_m, pose.direction)
        # The label goes beside the arrow on the side away from the body, kept in the picture.
        way = pose.direction.upper()
        text = f"to the person's {way}"
        scene.direction = pose.direction
        scene.direction_text = f"Rolling to the person's {way}"
        xs = [x for x, _ in pts]
        ys = [y for _, y in pts]
        half_w = 4.6 * len(text) + 8.0
        ly = (min(ys) + max(ys)) / 2.0
        if self.camera.mirror:
            lx = min(xs) - 10.0 - half_w
            fits = lx >= half_w + 4.0
        else:
            lx = max(xs) + 10.0 + half_w
            fits = not self.camera.width or lx <= self.camera.width - half_w - 4.0
        if not fits:
            # No room beside the arrow: put the label under it, on the side nearer the camera.
            low = max(pts, key=lambda p: p[1])
            lx, ly = low[0], low[1] + 14.0
        scene.floor_labels.append(Label(lx, ly, text, color, 14.0, True, boxed=True))
