"""Body proportions and the joints of a lying body whose spine nodes each have a roll angle.

World axes: x across the floor (positive = the person's left at the start), y along the body
(towards the head), z up. Body-local axes at each spine node: u towards the person's own left,
v out of the front (anterior), w towards the head. A node rolled by theta (0 face up, 180 face
down, positive turning left) rests on its elliptical cross-section, which rolls along the floor
without slipping, so its axis travels ROLL_RADIUS * theta sideways.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Vec = tuple[float, float, float]

HEIGHT_M = 1.70
# Ellipse perimeter / 2pi of the trunk's cross-section: about 0.42 m of travel per half roll.
ROLL_RADIUS_M = 0.133
MIN_JOINT_Z = 0.03

# Spine nodes, from head to pelvis: distance from hip level along the body and the
# cross-section's half-width (along u) and half-depth (along v).
SPINE: tuple[str, ...] = ("head", "shoulders", "mid_back", "lower_back", "pelvis")
NODE_S: dict[str, float] = {
    "head": 0.405 * HEIGHT_M,
    "shoulders": 0.288 * HEIGHT_M,
    "mid_back": 0.19 * HEIGHT_M,
    "lower_back": 0.10 * HEIGHT_M,
    "pelvis": 0.0,
}
NODE_HALF_WIDTH: dict[str, float] = {
    "head": 0.075,
    "shoulders": 0.16,
    "mid_back": 0.145,
    "lower_back": 0.138,
    "pelvis": 0.15,
}
NODE_HALF_DEPTH: dict[str, float] = {
    "head": 0.10,
    "shoulders": 0.10,
    "mid_back": 0.105,
    "lower_back": 0.095,
    "pelvis": 0.10,
}
HEAD_RADIUS_M = 0.065 * HEIGHT_M
SHOULDER_HALF_SPAN = 0.11 * HEIGHT_M
HIP_HALF_SPAN = 0.055 * HEIGHT_M
NECK_W = 0.35 * HEIGHT_M - NODE_S["shoulders"]
UPPER_ARM = 0.186 * HEIGHT_M
FOREARM = 0.146 * HEIGHT_M
HAND = 0.108 * HEIGHT_M * 0.8
THIGH = 0.245 * HEIGHT_M
SHANK = 0.246 * HEIGHT_M
FOOT = 0.152 * HEIGHT_M * 0.6

# Arms rest overhead on the floor (nothing to trap while rolling), slightly apart.
UPPER_ARM_DIR: Vec = (0.26, -0.06, 0.964)
FOREARM_DIR: Vec = (0.16, -0.08, 0.984)

# Knee lead: the crossing thigh's flexion, adduction and the knee's flexion at full lift.
KNEE_LIFT_HIP_FLEXION_DEG = 60.0
KNEE_LIFT_ADDUCTION_DEG = 28.0
KNEE_LIFT_KNEE_FLEXION_DEG = 110.0

JOINT_NAMES: tuple[str, ...] = (
    "head",
    "neck",
    "shoulders",
    "left_shoulder",
    "right_shoulder",
    "left_elbow",
    "right_elbow",
    "left_wrist",
    "right_wrist",
    "left_hand",
    "right_hand",
    "mid_back",
    "lower_back",
    "pelvis",
    "left_hip",
    "right_hip",
    "left_knee",
    "right_knee",
    "left_ankle",
    "right_ankle",
    "left_foot",
    "right_foot",
)


@dataclass(frozen=True, slots=True)
class Frame:
    """A spine node's placement: origin and body-local axes in world coordinates."""

    origin: Vec
    u: Vec
    v: Vec
    w: Vec

    def point(self, u: float, v: float, w: float) -> Vec:
        ox, oy, oz = self.origin
        return (
            ox + u * self.u[0] + v * self.v[0] + w * self.w[0],
            oy + u * self.u[1] + v * self.v[1] + w * self.w[1],
            oz + u * self.u[2] + v * self.v[2] + w * self.w[2],
        )

    def direction(self, u: float, v: float, w: float) -> Vec:
        return (
            u * self.u[0] + v * self.v[0] + w * self.w[0],
            u * self.u[1] + v * self.v[1] + w * self.w[1],
            u * self.u[2] + v * self.v[2] + w * self.w[2],
        )


def axis_height(node: str, theta_deg: float) -> float:
    """Height of a node's axis above the floor while it rests on its cross-section."""
    th = math.radians(theta_deg)
    a, b = NODE_HALF_WIDTH[node], NODE_HALF_DEPTH[node]
    return math.hypot(a * math.sin(th), b * math.cos(th))


def node_frame(node: str, theta_deg: float, pitch_deg: float = 0.0) -> Frame:
    """The node's frame; pitch tips the front towards the feet (head flexion) when positive."""
    th = math.radians(theta_deg)
    c, s = math.cos(th), math.sin(th)
    origin = (ROLL_RADIUS_M * th, NODE_S[node], axis_height(node, theta_deg))
    u = (c, 0.0, -s)
    v = (s, 0.0, c)
    w = (0.0, 1.0, 0.0)
    if pitch_deg:
        p = math.radians(pitch_deg)
        cp, sp = math.cos(p), math.sin(p)
        v, w = (
            (v[0] * cp - w[0] * sp, v[1] * cp - w[1] * sp, v[2] * cp - w[2] * sp),
            (w[0] * cp + v[0] * sp, w[1] * cp + v[1] * sp, w[2] * cp + v[2] * sp),
        )
    return Frame(origin, u, v, w)


def _add(p: Vec, d: Vec, length: float) -> Vec:
    return (p[0] + d[0] * length, p[1] + d[1] * length, p[2] + d[2] * length)


def _lift(p: Vec) -> Vec:
    return p if p[2] >= MIN_JOINT_Z else (p[0], p[1], MIN_JOINT_Z)


def joints_for(
    angles: dict[str, float],
    *,
    head_pitch_deg: float = 0.0,
    crossing: str | None = None,
    lift: float = 0.0,
) -> tuple[dict[str, Vec], dict[str, Frame]]:
    """Joint positions (m) for the spine nodes' roll angles (deg).

    `crossing` is "right" or "left" for a knee lead; `lift` (0..1) is how far that knee has
    lifted and crossed the other leg.
    """
    frames = {node: node_frame(node, angles[node]) for node in SPINE}
    frames["head"] = node_frame("head", angles["head"], head_pitch_deg)
    sh, pel = frames["shoulders"], frames["pelvis"]
    joints: dict[str, Vec] = {
        "head": frames["head"].origin,
        "neck": sh.point(0.0, 0.0, NECK_W),
        "shoulders": sh.origin,
        "mid_back": frames["mid_back"].origin,
        "lower_back": frames["lower_back"].origin,
        "pelvis": pel.origin,
    }
    for side, sign in (("left", 1.0), ("right", -1.0)):
        shoulder = sh.point(sign * SHOULDER_HALF_SPAN, 0.0, 0.0)
        elbow = _add(shoulder, sh.direction(sign * UPPER_ARM_DIR[0], *UPPER_ARM_DIR[1:]), UPPER_ARM)
        fore = sh.direction(sign * FOREARM_DIR[0], *FOREARM_DIR[1:])
        wrist = _add(elbow, fore, FOREARM)
        joints[f"{side}_shoulder"] = shoulder
        joints[f"{side}_elbow"] = elbow
        joints[f"{side}_wrist"] = wrist
        joints[f"{side}_hand"] = _add(wrist, fore, HAND)

        hip = pel.point(sign * HIP_HALF_SPAN, 0.0, 0.0)
        if side == crossing and lift > 0.0:
            # The crossing thigh flexes and adducts towards the other side (-sign is towards
            # the midline for this leg); the shank hangs from the bent knee.
            f = math.radians(KNEE_LIFT_HIP_FLEXION_DEG * lift)
            a = math.radians(KNEE_LIFT_ADDUCTION_DEG * lift)
            b = f - math.radians(KNEE_LIFT_KNEE_FLEXION_DEG * lift)
            toward = -sign
            thigh = pel.direction(
                toward * math.sin(a), math.sin(f) * math.cos(a), -math.cos(f) * math.cos(a)
            )
            shank = pel.direction(
                toward * math.sin(a) * 0.6, math.sin(b) * math.cos(a), -math.cos(b) * math.cos(a)
            )
            foot = pel.direction(0.0, math.cos(b), math.sin(b))
        else:
            thigh = pel.direction(sign * 0.03, 0.0, -1.0)
            shank = thigh
            foot = pel.direction(0.0, 1.0, 0.0)
        knee = _add(hip, thigh, THIGH)
        ankle = _add(knee, shank, SHANK)
        joints[f"{side}_hip"] = hip
        joints[f"{side}_knee"] = knee
        joints[f"{side}_ankle"] = ankle
        joints[f"{side}_foot"] = _add(ankle, foot, FOOT)
    return {name: _lift(joints[name]) for name in JOINT_NAMES}, frames
