"""What to draw for a pose: projected, depth-sorted 2D shapes with colours, and no Qt.

The figure is the body model's own bones: each capsule of `resources/body/body.xml` projected
by the camera and shaded on the side facing the light. The trunk and the head show their front
(skin, the face) and back (shirt, hair) in two colours, split where the surface turns away from
the camera. The Qt view only strokes and fills these shapes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_app.motion.camera import Camera, floor_bounds, view_bounds
from desktop_app.motion.plan import leader_label
from desktop_app.motion.profile import smoothstep

if TYPE_CHECKING:
    from desktop_app.motion.body import Bone
    from desktop_app.motion.timeline import Mat, Pose, Vec

RGBA = tuple[int, int, int, int]
Point = tuple[float, float]

FRONT: RGBA = (244, 199, 161, 255)
BACK: RGBA = (74, 111, 165, 255)
HAIR: RGBA = (52, 62, 88, 255)
SKIN: RGBA = (236, 188, 150, 255)
RIGHT: RGBA = (214, 84, 76, 255)
LEFT: RGBA = (36, 150, 136, 255)
GLOW: RGBA = (255, 176, 0, 255)
GAZE: RGBA = (230, 120, 20, 255)
INK: RGBA = (40, 40, 48, 255)
RUG: RGBA = (239, 228, 209, 255)
RUG_EDGE: RGBA = (196, 170, 132, 255)
GRID: RGBA = (120, 96, 60, 34)
SHADOW: RGBA = (70, 55, 40, 72)
BACKDROP: RGBA = (236, 240, 244, 255)

ARROW_Y = -1.25
# Light from above and a little from the viewer's side: the lit edge of every capsule.
LIGHT: Vec = (0.35, -0.25, 0.9)
TRUNK_BONES = ("pelvis", "waist", "chest", "left_collarbone", "right_collarbone")
# Neighbouring transverse bones of the trunk, joined by the torso's outline, and the body whose
# front decides its colour.
TORSO_PAIRS = (
    (("pelvis",), ("waist",), "lumbar"),
    (("waist",), ("chest",), "thorax"),
    (("chest",), ("left_collarbone", "right_collarbone"), "girdle"),
)
# Which bones light up for each leading part.
LEAD_BONES = {
    "head": ("head",),
    "right_knee": ("right_thigh", "right_shank"),
    "left_knee": ("left_thigh", "left_shank"),
    "right_hip": ("pelvis",),
    "left_hip": ("pelvis",),
}
# The body whose axes give each trunk or head bone its front.
BONE_BODY = {
    "pelvis": "pelvis",
    "waist": "lumbar",
    "chest": "thorax",
    "left_collarbone": "girdle",
    "right_collarbone": "girdle",
    "neck": "neck",
    "head": "head",
}


@dataclass(slots=True)
class Shape:
    """A filled polygon ("poly"), a round-capped polyline ("line"), a disc ("disc") or a
    capsule ("capsule": two points and `radius`, drawn as a round-capped stroke)."""

    kind: str
    points: list[Point]
    depth: float = 0.0
    fill: RGBA | None = None
    stroke: RGBA | None = None
    width: float = 0.0
    dashed: bool = False
    radius: float = 0.0
    part: str = ""


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


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _unit(a: Vec) -> Vec:
    n = math.sqrt(_dot(a, a)) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def _combo(c: Vec, *terms: tuple[float, Vec]) -> Vec:
    x, y, z = c
    for k, d in terms:
        x, y, z = x + k * d[0], y + k * d[1], z + k * d[2]
    return (x, y, z)


def _mix(a: RGBA, b: RGBA, t: float) -> RGBA:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
        round(a[3] + (b[3] - a[3]) * t),
    )


def _lighter(c: RGBA, t: float) -> RGBA:
    return _mix(c, (255, 255, 255, c[3]), t)


def _darker(c: RGBA, t: float) -> RGBA:
    return _mix(c, (0, 0, 0, c[3]), t)


def convex_hull(points: list[Point]) -> list[Point]:
    """Andrew's monotone chain: the hull in order, without repeating the first point."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def half(seq: list[Point]) -> list[Point]:
        # Runs for every torso segment of every frame: locals, no repeated indexing.
        out: list[Point] = []
        pop, push = out.pop, out.append
        for p in seq:
            px, py = p
            while len(out) >= 2:
                ax, ay = out[-2]
                bx, by = out[-1]
                if (bx - ax) * (py - ay) - (by - ay) * (px - ax) > 0:
                    break
                pop()
            push(p)
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
    labels = [Label(*flat(0.0, vy1 - 0.05), "start", (110, 88, 56, 255), size=11.0)]
    return shapes, labels


class SceneBuilder:
    """Builds scenes for one camera and one set of bones; keeps camera-only vectors."""

    def __init__(
        self,
        camera: Camera,
        lateral_range: tuple[float, float],
        bones: tuple[Bone, ...],
        *,
        arrow_y: float = ARROW_Y,
        label_band: tuple[float, float] | None = None,
    ) -> None:
        """`label_band`: the band of the picture (top and bottom y) a floor label should keep
        within, clear of what the picture shows above and below the figure (chips, a note);
        None, the whole picture."""
        self.camera = camera
        # The floor arrow lies this far down the floor (y), just beyond the feet.
        self.arrow_y = arrow_y
        self.label_band = label_band
        self.lateral_range = lateral_range
        self.bones = bones
        self.to_cam = camera.toward_camera()
        self.floor_key = (camera, lateral_range)
        self.light = _unit(LIGHT)
        self._circle = [
            (math.cos(2.0 * math.pi * i / 10), math.sin(2.0 * math.pi * i / 10)) for i in range(10)
        ]

    def build(self, pose: Pose, *, pulse_t: float | None = None) -> Scene:
        cam = self.camera
        scene = Scene(floor_key=self.floor_key)
        joints = pose.joints
        proj = {name: cam.project(p) for name, p in joints.items()}
        ppm = cam.pixels_per_m(joints["mid_back"])
        lit = self._lead_weights(pose)
        self._shadows(scene, joints, ppm)
        self._torso(scene, joints, proj, pose.frames)
        for bone in self.bones:
            self._bone(scene, bone, joints, proj, pose.frames, lit.get(bone.name, 0.0))
        self._face(scene, joints, proj, pose)
        scene.body.sort(key=lambda s: -s.depth)
        pulse = 1.0 if pulse_t is None else 0.82 + 0.18 * math.sin(2.0 * math.pi * pulse_t)
        for part, weight in pose.highlight.items():
            if weight <= 0.01:
                continue
            px, py, _ = proj[part]
            scene.glows.append(Glow(px, py, 0.26 * ppm, weight * pulse, part, weight))
            scene.lead_labels.append((leader_label(part), weight))
        self._arrow(scene, pose)
        scene.status = pose.status
        return scene

    def _torso(
        self,
        scene: Scene,
        joints: dict[str, Vec],
        proj: dict[str, tuple[float, float, float]],
        frames: dict[str, Mat],
    ) -> None:
        """The body between the trunk's transverse bones: the hull of each neighbouring pair,
        drawn behind them in the colour of the side that faces the camera."""
        by_name = {bone.name: bone for bone in self.bones}
        for lower, upper, body_name in TORSO_PAIRS:
            discs = []
            for name in (*lower, *upper):
                bone = by_name[name]
                for end in (bone.start, bone.end):
                    px, py, depth = proj[end]
                    discs.append((px, py, bone.radius_m * self.camera.pixels_per_m(joints[end])))
            outline = convex_hull(
                [(x + r * c, y + r * s) for x, y, r in discs for c, s in self._circle]
            )
            facing = _dot(frames[body_name][1], self.to_cam)
            share = smoothstep((facing + 1.0) / 2.0)
            color = _darker(_mix(BACK, FRONT, share), 0.08)
            depth = max(proj[by_name[n].start][2] for n in (*lower, *upper)) + 0.02
            scene.body.append(Shape("poly", outline, depth=depth, fill=color, part="torso"))

    def _lead_weights(self, pose: Pose) -> dict[str, float]:
        lit: dict[str, float] = {}
        for part, weight in pose.highlight.items():
            for bone in LEAD_BONES.get(part, ()):
                lit[bone] = max(lit.get(bone, 0.0), weight)
        return lit

    def _shadows(self, scene: Scene, joints: dict[str, Vec], ppm: float) -> None:
        """Each bone's footprint on the floor, fainter the higher it is."""
        cam = self.camera
        for bone in self.bones:
            a, b = joints[bone.start], joints[bone.end]
            height = min(a[2], b[2]) - bone.radius_m
            if height > 0.35:
                continue
            pa = cam.project((a[0], a[1], 0.0))
            pb = cam.project((b[0], b[1], 0.0))
            width = 2.0 * bone.radius_m * ppm * (1.1 + 1.5 * max(height, 0.0))
            scene.shadows.append(
                Shape("line", [(pa[0], pa[1]), (pb[0], pb[1])], stroke=SHADOW, width=width)
            )

    def _bone(
        self,
        scene: Scene,
        bone: Bone,
        joints: dict[str, Vec],
        proj: dict[str, tuple[float, float, float]],
        frames: dict[str, Mat],
        lit: float,
    ) -> None:
        a, b = joints[bone.start], joints[bone.end]
        pa, pb = proj[bone.start], proj[bone.end]
        ppm = self.camera.pixels_per_m(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2))
        r = bone.radius_m * ppm
        depth = (pa[2] + pb[2]) / 2.0
        points = [(pa[0], pa[1]), (pb[0], pb[1])]
        if lit > 0.01:
            # The leading bone: an amber rim that follows the hand-over.
            scene.body.append(
                Shape(
                    "capsule",
                    points,
                    depth=depth + 1e-4,
                    fill=(*GLOW[:3], int(255 * lit)),
                    radius=r + max(2.5, 0.022 * ppm),
                    part=bone.name,
                )
            )
        body_name = BONE_BODY.get(bone.name)
        if body_name is not None and body_name in frames:
            self._two_sided(scene, bone, points, depth, r, frames[body_name], a, b)
        else:
            base = side_color(bone.name)
            scene.body.append(
                Shape("capsule", points, depth=depth, fill=base, radius=r, part=bone.name)
            )
            self._sheen(scene, bone, points, depth, r, base, a, b)

    def _sheen(
        self,
        scene: Scene,
        bone: Bone,
        points: list[Point],
        depth: float,
        r: float,
        base: RGBA,
        a: Vec,
        b: Vec,
    ) -> None:
        """A lighter band on the side of the capsule that faces the light."""
        axis = _unit((b[0] - a[0], b[1] - a[1], b[2] - a[2]))
        along = _dot(self.light, axis)
        toward = _unit(_combo(self.light, (-along, axis)))
        offset = self._screen_offset(a, toward, 0.45 * bone.radius_m)
        shifted = [(x + offset[0], y + offset[1]) for x, y in points]
        scene.body.append(
            Shape(
                "capsule", shifted, depth=depth - 1e-5, fill=_lighter(base, 0.28), radius=0.45 * r
            )
        )

    def _screen_offset(self, at: Vec, direction: Vec, length: float) -> Point:
        p0 = self.camera.project(at)
        p1 = self.camera.project(_combo(at, (length, direction)))
        return (p1[0] - p0[0], p1[1] - p0[1])

    def _two_sided(
        self,
        scene: Scene,
        bone: Bone,
        points: list[Point],
        depth: float,
        r: float,
        frame: Mat,
        a: Vec,
        b: Vec,
    ) -> None:
        """Back colour, then the front colour over the part of it that faces the camera.

        Seen straight on, a capsule's front half covers it; edge on, half of it; from behind,
        none. The front band is the capsule shrunk towards its front by that share.
        """
        front_color, back_color = (SKIN, HAIR) if bone.name == "head" else (FRONT, BACK)
        if bone.name == "neck":
            front_color, back_color = SKIN, _darker(SKIN, 0.12)
        front = frame[1]
        facing = _dot(front, self.to_cam)
        share = smoothstep((facing + 1.0) / 2.0)
        scene.body.append(
            Shape("capsule", points, depth=depth, fill=back_color, radius=r, part=bone.name)
        )
        if share > 0.02:
            offset = self._screen_offset(a, front, (1.0 - share) * bone.radius_m)
            shifted = [(x + offset[0], y + offset[1]) for x, y in points]
            scene.body.append(
                Shape(
                    "capsule",
                    shifted,
                    depth=depth - 1e-5,
                    fill=front_color,
                    radius=share * r,
                    part=bone.name,
                )
            )
        shade_base = front_color if share > 0.5 else back_color
        self._sheen(scene, bone, points, depth - 2e-5, r * 0.9, shade_base, a, b)

    def _face(
        self,
        scene: Scene,
        joints: dict[str, Vec],
        proj: dict[str, tuple[float, float, float]],
        pose: Pose,
    ) -> None:
        """Eyes, nose and mouth where the face looks towards the camera; a gaze ray."""
        u, v, w = pose.frames["head"]
        head = next(b for b in self.bones if b.name == "head")
        c = joints["head"]
        r = head.radius_m
        depth = proj["head"][2] - 0.25
        facing = _dot(v, self.to_cam)
        vis = smoothstep(facing / 0.35 + 0.3)
        ppm = self.camera.pixels_per_m(c)
        shapes: list[Shape] = []
        if vis > 0.02:
            ink = (*INK[:3], int(255 * vis))
            for side in (1.0, -1.0):
                d = _unit(_combo((0.0, 0.0, 0.0), (0.82, v), (0.3, w), (0.36 * side, u)))
                ex, ey, _ = self.camera.project(_combo(c, (r, d)))
                shapes.append(Shape("disc", [(ex, ey)], fill=ink, radius=max(1.2, 0.011 * ppm)))
            n0 = self.camera.project(_combo(c, (r * 0.9, v), (r * 0.05, w)))
            n1 = self.camera.project(_combo(c, (r * 1.08, v), (-r * 0.18, w)))
            shapes.append(Shape("line", [n0[:2], n1[:2]], stroke=ink, width=max(1.2, 0.012 * ppm)))
            m0 = self.camera.project(_combo(c, (r * 0.86, v), (-r * 0.5, w), (r * 0.22, u)))
            m1 = self.camera.project(_combo(c, (r * 0.86, v), (-r * 0.5, w), (-r * 0.22, u)))
            shapes.append(Shape("line", [m0[:2], m1[:2]], stroke=ink, width=max(1.0, 0.008 * ppm)))
        ahead = math.radians(pose.gaze_ahead_deg)
        look = _combo((0.0, 0.0, 0.0), (math.cos(ahead), v), (math.sin(ahead), u))
        g0 = self.camera.project(_combo(c, (r, look)))
        g1 = self.camera.project(_combo(c, (r + 0.2, look)))
        gaze_away = _dot(look, self.to_cam) < 0
        gaze = Shape(
            "line",
            [g0[:2], g1[:2]],
            stroke=GAZE,
            width=max(1.5, 0.014 * ppm),
            dashed=gaze_away,
        )
        for i, shape in enumerate(shapes):
            shape.depth = depth - 1e-6 * (i + 1)
        gaze.depth = depth + 0.5 if gaze_away else depth - 1e-3
        scene.body.extend([*shapes, gaze])

    def _arrow(self, scene: Scene, pose: Pose) -> None:
        start, end = pose.travel_m
        sign = 1.0 if pose.direction == "left" else -1.0
        mid = (start + end) / 2.0
        half = max(abs(end - start) / 2.0, 0.3)
        a, b = mid - sign * half, mid + sign * half
        head = 0.16
        w, hw = 0.035, 0.11
        tip = b
        base = b - sign * head
        y = self.arrow_y
        pts3 = [
            (a, y - w),
            (base, y - w),
            (base, y - hw),
            (tip, y),
            (base, y + hw),
            (base, y + w),
            (a, y + w),
        ]
        pts = [self.camera.project((x, y, 0.0))[:2] for x, y in pts3]
        color = LEFT if pose.direction == "left" else RIGHT
        scene.arrow.append(
            Shape("poly", pts, depth=1e9, fill=color, stroke=(255, 255, 255, 200), width=1.5)
        )
        scene.arrow_key = (pose.travel_m, pose.direction)
        way = pose.direction.upper()
        scene.direction = pose.direction
        scene.direction_text = f"Rolling to the person's {way}"
        scene.floor_labels.append(self._arrow_label(pts, f"to the person's {way}", color))

    def _arrow_label(self, pts: list[Point], text: str, color: RGBA) -> Label:
        """The arrow's label: beside the arrow, on whichever side keeps it in the picture, else
        under or over it; in the clear band between the chips and a note if it can be."""
        xs = [x for x, _ in pts]
        ys = [y for _, y in pts]
        half_w, half_h = 4.6 * len(text) + 8.0, 12.0
        width = self.camera.width or 10_000
        height = self.camera.height or 10_000
        mid_y = (min(ys) + max(ys)) / 2.0
        mid_x = (min(xs) + max(xs)) / 2.0
        # Under or over the arrow may slide sideways to stay in the picture; beside it may not.
        slid_x = min(max(mid_x, half_w + 4.0), width - half_w - 4.0)
        candidates = [
            (max(xs) + 10.0 + half_w, mid_y),
            (min(xs) - 10.0 - half_w, mid_y),
            (slid_x, max(ys) + 6.0 + half_h),
            (slid_x, min(ys) - 6.0 - half_h),
        ]
        if self.camera.mirror:
            candidates[0], candidates[1] = candidates[1], candidates[0]
        if max(ys) - min(ys) > max(xs) - min(xs):
            # An arrow upright on the picture: under or over it, clear of the body beside it.
            candidates = candidates[2:] + candidates[:2]

        def fits(c: Point, band: tuple[float, float]) -> bool:
            top, bottom = band
            return (
                half_w + 4 <= c[0] <= width - half_w - 4 and top + half_h <= c[1] <= bottom - half_h
            )

        # In the clear band if it can be, else at least in the picture.
        bands = [(0.0, height)] if self.label_band is None else [self.label_band, (0.0, height)]
        lx, ly = next((c for band in bands for c in candidates if fits(c, band)), candidates[2])
        return Label(lx, ly, text, color, 14.0, True, boxed=True)
