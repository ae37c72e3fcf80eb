"""Checks of a body in motion from the pose export alone: joints per frame and capsule bones.

Everything here is computed from what `rolling-journal poses` prints, so any other tool could
repeat it. Each check returns the worst value it saw and where, so a failing test says what,
when and how much.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

FPS = 30.0
# The limits.
MAX_LENGTH_CHANGE = 0.005
MAX_BELOW_FLOOR_M = 0.01
MAX_OVERLAP_M = 0.01
MAX_REST_GAP_M = 0.03
MAX_HEAD_OFF_NECK_M = 0.03
MAX_SPEED_M_S = 0.4
MAX_VELOCITY_STEP_M_S = 0.05
MAX_SLIP_M = 0.01


@dataclass(frozen=True)
class Worst:
    value: float
    where: str

    def __str__(self) -> str:
        return f"{self.value:.4f} ({self.where})"


class Motion:
    """Frames of joint positions (frames x joints x 3) and the bones between them."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        frames = document["frames"]
        self.names: list[str] = list(frames[0]["joints"])
        self.index = {name: i for i, name in enumerate(self.names)}
        self.xyz = np.array([[f["joints"][n] for n in self.names] for f in frames], dtype=float)
        self.t = np.array([f["t"] for f in frames])
        self.bones = [
            (b["name"], b["from"], b["to"], float(b["radius_m"])) for b in document["bones"]
        ]
        self.leading = [f["leading"] for f in frames]

    def joint(self, name: str) -> np.ndarray:
        return self.xyz[:, self.index[name]]

    def ends(self, bone: tuple[str, str, str, float]) -> tuple[np.ndarray, np.ndarray]:
        return self.joint(bone[1]), self.joint(bone[2])

    def when(self, frame: int) -> str:
        return f"t={self.t[min(frame, len(self.t) - 1)]:.2f}s"

    # ----- the checks -----------------------------------------------------------------
    def length_change(self) -> Worst:
        worst = Worst(0.0, "")
        for bone in self.bones:
            a, b = self.ends(bone)
            length = np.linalg.norm(a - b, axis=1)
            change = float((length.max() - length.min()) / length.mean())
            if change > worst.value:
                worst = Worst(change, bone[0])
        return worst

    def below_floor(self) -> Worst:
        worst = Worst(-1.0, "")
        for bone in self.bones:
            a, b = self.ends(bone)
            depth = bone[3] - np.minimum(a[:, 2], b[:, 2])
            frame = int(depth.argmax())
            if depth[frame] > worst.value:
                worst = Worst(float(depth[frame]), f"{bone[0]} {self.when(frame)}")
        return worst

    def overlap(self) -> Worst:
        """Deepest overlap of two capsules that share no joint."""
        worst = Worst(-1.0, "")
        for one, two in itertools.combinations(self.bones, 2):
            if {one[1], one[2]} & {two[1], two[2]}:
                continue
            depth = one[3] + two[3] - segment_distance(*self.ends(one), *self.ends(two))
            frame = int(depth.argmax())
            if depth[frame] > worst.value:
                worst = Worst(float(depth[frame]), f"{one[0]}/{two[0]} {self.when(frame)}")
        return worst

    def rest_gap(self, part_bones: tuple[str, ...]) -> Worst:
        """Largest gap, over the frames, between a hand or foot and whatever could hold it:
        the floor or any capsule of another limb or of the trunk."""
        by_name = {bone[0]: bone for bone in self.bones}
        chain = _limb_of(part_bones[0])
        gap = np.full(len(self.t), np.inf)
        for name in part_bones:
            bone = by_name[name]
            a, b = self.ends(bone)
            gap = np.minimum(gap, np.minimum(a[:, 2], b[:, 2]) - bone[3])
            for other in self.bones:
                if _limb_of(other[0]) == chain:
                    continue
                d = segment_distance(a, b, *self.ends(other)) - bone[3] - other[3]
                gap = np.minimum(gap, d)
        frame = int(gap.argmax())
        return Worst(float(gap[frame]), f"{part_bones[0]} {self.when(frame)}")

    def head_off_neck(self) -> Worst:
        base, top, head = self.joint("shoulders"), self.joint("neck"), self.joint("head")
        axis = top - base
        axis /= np.linalg.norm(axis, axis=1)[:, None]
        off = head - top
        perp = off - (off * axis).sum(1)[:, None] * axis
        dist = np.linalg.norm(perp, axis=1)
        frame = int(dist.argmax())
        return Worst(float(dist[frame]), self.when(frame))

    def head_nod_deg(self) -> float:
        """The largest angle between the neck and the head-on-neck line: the chin's tuck or lift."""
        neck = self.joint("neck") - self.joint("shoulders")
        head = self.joint("head") - self.joint("neck")
        cos = (neck * head).sum(1) / np.linalg.norm(neck, axis=1) / np.linalg.norm(head, axis=1)
        return float(np.degrees(np.arccos(np.clip(cos, -1.0, 1.0))).max())

    def velocities(self) -> np.ndarray:
        return np.diff(self.xyz, axis=0) / np.diff(self.t)[:, None, None]

    def fastest(self, skip: tuple[str, ...] = ()) -> Worst:
        speed = np.linalg.norm(self.velocities(), axis=2)
        return self._worst_joint(speed, skip)

    def largest_velocity_step(self, skip: tuple[str, ...] = ()) -> Worst:
        v = self.velocities()
        step = np.linalg.norm(np.diff(v, axis=0), axis=2)
        return self._worst_joint(step, skip)

    def _worst_joint(self, values: np.ndarray, skip: tuple[str, ...]) -> Worst:
        for name in skip:
            values[:, self.index[name]] = 0.0
        frame, joint = np.unravel_index(int(values.argmax()), values.shape)
        return Worst(float(values[frame, joint]), f"{self.names[joint]} {self.when(frame)}")

    def pelvis_roll(self) -> np.ndarray:
        """The pelvis's roll (radians, unwrapped) from its capsule between the hips."""
        across = self.joint("left_hip") - self.joint("right_hip")
        return np.unwrap(np.arctan2(-across[:, 2], across[:, 0]))

    def slip_per_half_roll(self) -> Worst:
        """Sideways travel of the pelvis minus what rolling on its own height gives, over each
        half roll: a body that rolls without sliding moves dx = h dtheta."""
        theta = self.pelvis_roll()
        pelvis = self.joint("pelvis")
        x, h = pelvis[:, 0], pelvis[:, 2]
        rolled = np.concatenate([[0.0], np.cumsum((h[1:] + h[:-1]) / 2.0 * np.diff(theta))])
        slip = (x - x[0]) - rolled
        half = np.floor((theta - theta[0]) / math.pi + 1e-9)
        worst = Worst(0.0, "")
        for k in np.unique(half):
            frames = np.where(half == k)[0]
            change = float(abs(slip[frames[-1]] - slip[frames[0]]))
            if change > worst.value:
                worst = Worst(change, f"half roll {int(k) + 1}")
        return worst


def _limb_of(bone: str) -> str:
    """Which chain a bone belongs to: 'left_arm', 'right_leg' or 'trunk'."""
    for side in ("left", "right"):
        if bone.startswith(side):
            rest = bone[len(side) + 1 :]
            if rest in ("upper_arm", "forearm", "hand"):
                return f"{side}_arm"
            if rest in ("thigh", "shank", "heel", "foot"):
                return f"{side}_leg"
    return "trunk"


def segment_distance(p0: np.ndarray, p1: np.ndarray, q0: np.ndarray, q1: np.ndarray) -> np.ndarray:
    """Closest distance between segments p0-p1 and q0-q1, frame by frame."""
    d1, d2, r = p1 - p0, q1 - q0, p0 - q0
    a = (d1 * d1).sum(-1)
    e = (d2 * d2).sum(-1)
    f = (d2 * r).sum(-1)
    c = (d1 * r).sum(-1)
    b = (d1 * d2).sum(-1)
    denom = a * e - b * b
    s = np.where(denom > 1e-12, np.clip((b * f - c * e) / np.maximum(denom, 1e-12), 0, 1), 0.0)
    t = np.clip((b * s + f) / np.maximum(e, 1e-12), 0, 1)
    s = np.where(
        t == 0,
        np.clip(-c / np.maximum(a, 1e-12), 0, 1),
        np.where(t == 1, np.clip((b - c) / np.maximum(a, 1e-12), 0, 1), s),
    )
    closest_p = p0 + d1 * s[..., None]
    closest_q = q0 + d2 * t[..., None]
    return np.linalg.norm(closest_p - closest_q, axis=-1)


HANDS = (("left_hand",), ("right_hand",))
FEET = {"left": ("left_foot", "left_heel"), "right": ("right_foot", "right_heel")}


def leading_legs(motion: Motion) -> set[str]:
    return {lead.split("_")[0] for lead in motion.leading if lead and lead.endswith("knee")}


def failures(motion: Motion) -> list[str]:
    """Every limit of the body checks that the motion breaks, as readable lines."""
    out = []

    def check(name: str, worst: Worst, limit: float) -> None:
        if worst.value > limit:
            out.append(f"{name}: {worst} > {limit}")

    check("bone length change", motion.length_change(), MAX_LENGTH_CHANGE)
    check("below the floor", motion.below_floor(), MAX_BELOW_FLOOR_M)
    check("overlap", motion.overlap(), MAX_OVERLAP_M)
    for hand in HANDS:
        check("hand resting", motion.rest_gap(hand), MAX_REST_GAP_M)
    legs = leading_legs(motion)
    for side, foot in FEET.items():
        if side not in legs:
            check("foot resting", motion.rest_gap(foot), MAX_REST_GAP_M)
    check("head off the neck", motion.head_off_neck(), MAX_HEAD_OFF_NECK_M)
    check("speed", motion.fastest(), MAX_SPEED_M_S)
    check("velocity step", motion.largest_velocity_step(), MAX_VELOCITY_STEP_M_S)
    check("slip", motion.slip_per_half_roll(), MAX_SLIP_M)
    return out
