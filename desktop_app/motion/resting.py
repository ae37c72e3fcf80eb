"""How the relaxed limbs lie: face up, on the left side, face down, on the right side.

Found by letting the body lie still in each of the four positions until gravity and contact
have settled its limbs on the floor and on each other. During a roll, muscle tone moves each
limb between these resting shapes as the trunk turns, so no limb is asked to hold a shape it
could not rest in; gravity and contact settle it the rest of the way.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.motion.pelvis import PelvisPath

if TYPE_CHECKING:
    import mujoco

    from desktop_app.motion.body import Arms, BodyModel

# MJCF joints of the limbs (and the neck, which rests the head on an arm) by prefix. The arms
# and the neck follow the shoulders' roll, the legs the pelvis's.
ARM_JOINTS = (
    "left_shoulder",
    "right_shoulder",
    "left_elbow",
    "right_elbow",
    "left_wrist",
    "right_wrist",
    "neck_bend",
    "neck_flex",
)
LEG_JOINTS = ("left_hip", "right_hip", "left_knee", "right_knee", "left_ankle", "right_ankle")
POSITIONS_DEG = (0.0, 90.0, 180.0, 270.0)
SETTLE_S = 3.0
# The root (the pelvis's free joint) comes first in qpos: position, then a unit quaternion.
ROOT_POS = slice(0, 3)
ROOT_QUAT = slice(3, 7)


@dataclass(frozen=True)
class RestingPoses:
    """Actuator targets (radians) at each of POSITIONS_DEG, and which actuators are limbs."""

    ctrl: np.ndarray
    arm_index: np.ndarray
    leg_index: np.ndarray
    step_deg: float = 90.0

    def blend(self, ctrl: np.ndarray, shoulders_deg: float, pelvis_deg: float) -> None:
        """Set the limbs' targets in `ctrl` for the trunk's roll (degrees)."""
        for index, roll in ((self.arm_index, shoulders_deg), (self.leg_index, pelvis_deg)):
            if self.step_deg == 90.0:
                ctrl[index] = quadrant_weights(roll) @ self.ctrl[:, index]
            else:
                ctrl[index] = self._spline(roll, index)

    def _spline(self, roll_deg: float, index: np.ndarray) -> np.ndarray:
        count = len(self.ctrl)
        phase = (roll_deg % 360.0) / self.step_deg
        k = math.floor(phase)
        f = phase - k
        p0, p1, p2, p3 = (self.ctrl[(k + i) % count, index] for i in (-1, 0, 1, 2))
        return 0.5 * (
            2.0 * p1
            + (p2 - p0) * f
            + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * f * f
            + (3.0 * p1 - p0 - 3.0 * p2 + p3) * f * f * f
        )


def quadrant_weights(roll_deg: float) -> np.ndarray:
    """Weights of the four resting positions for a roll: cos² and sin² of the angle to the
    two nearest. They sum to one and change smoothly, also through face up and face down."""
    weights = np.zeros(len(POSITIONS_DEG))
    phase = (roll_deg % 360.0) / 90.0
    below = math.floor(phase) % 4
    frac = phase - math.floor(phase)
    weights[below] = math.cos(frac * math.pi / 2.0) ** 2
    weights[(below + 1) % 4] = math.sin(frac * math.pi / 2.0) ** 2
    return weights


def lie_on_side(body: BodyModel, ctrl: np.ndarray, roll_deg: float, limb: str) -> None:
    """On the side, let the uppermost arm or leg come down onto the one below
    (resources/body/poses.toml, [side_lying]), in proportion to sin² of the roll."""
    side = math.sin(math.radians(roll_deg))
    weight = side * side
    if weight < 1e-9:
        return
    # Rolled towards the left (0..180 degrees), the right side is on top.
    top, below = (1, 0) if side > 0 else (0, 1)
    table = body.side_lying
    for group, row in ((f"{limb}_on_top", top), (f"{limb}_below", below)):
        if group in table:
            index, extra = table[group]
            ctrl[index[row]] += weight * extra


def limb_indices(body: BodyModel, prefixes: tuple[str, ...]) -> np.ndarray:
    return np.array(
        sorted(i for name, i in body.actuator.items() if name.startswith(prefixes)), dtype=int
    )


def set_joint_targets(body: BodyModel, data: mujoco.MjData, ctrl: np.ndarray) -> None:
    """Put every actuated joint at its target (each actuator drives the joint of its name)."""
    for name, index in body.actuator.items():
        data.qpos[body.qpos_adr[name]] = ctrl[index]


@functools.cache
def resting_poses(body: BodyModel, arms: Arms) -> RestingPoses:
    if QUASI_STATIC:
        return _quasi_static(body, arms)
    return _four_positions(body, arms)


QUASI_STATIC = True
STEP_DEG = 10.0
TURN_S = 0.3
HOLD_S = 0.5
KEY_TONE = 0.3
SMOOTH_DEG = 20.0


def _soft_model(body):
    import copy

    m = copy.deepcopy(body.model)
    from desktop_app.motion.body import NECK_TWIST_JOINTS, TWIST_JOINTS

    for name, index in body.actuator.items():
        if name in TWIST_JOINTS or name in NECK_TWIST_JOINTS or name == "head_nod":
            continue
        m.actuator_gainprm[index, 0] *= KEY_TONE
        m.actuator_biasprm[index, 1:3] *= KEY_TONE
    # Resting is found with the limbs' full weight.
    m.body_gravcomp[:] = 0.0
    return m


def _quasi_static(body: BodyModel, arms: Arms) -> RestingPoses:
    import mujoco

    m = _soft_model(body)
    relaxed = body.reference_ctrl(arms)
    arm_index = limb_indices(body, ARM_JOINTS)
    leg_index = limb_indices(body, LEG_JOINTS)
    limbs = np.concatenate([arm_index, leg_index])
    limb_qpos = np.array([body.qpos_adr[m.actuator(int(i)).name] for i in limbs])
    path = PelvisPath(body.pelvis_radius, body.pelvis_half_length)
    count = round(360.0 / STEP_DEG)
    keys = np.tile(relaxed, (count, 1))
    data = mujoco.MjData(m)
    set_joint_targets(body, data, relaxed)
    step_s = float(m.opt.timestep)

    def hold(roll: float, seconds: float) -> None:
        ctrl = relaxed.copy()
        lie_on_side(body, ctrl, roll, "arm")
        lie_on_side(body, ctrl, roll, "leg")
        data.ctrl[:] = ctrl
        pos, quat = path.pose(np.array([roll]))
        data.mocap_pos[0], data.mocap_quat[0] = pos[0], quat[0]
        for _ in range(round(seconds / step_s)):
            mujoco.mj_step(m, data)

    pos, quat = path.pose(np.array([0.0]))
    data.qpos[ROOT_POS], data.qpos[ROOT_QUAT] = pos[0], quat[0]
    mujoco.mj_forward(m, data)
    hold(0.0, 2.0)
    for k in range(count):
        keys[k, limbs] = data.qpos[limb_qpos]
        start = k * STEP_DEG
        n = max(1, round(TURN_S / 0.05))
        for i in range(1, n + 1):
            hold(start + STEP_DEG * i / n, 0.05)
        hold(start + STEP_DEG, HOLD_S)
    # Smooth around the circle so the targets never jump where a limb slid off its support.
    sigma = SMOOTH_DEG / STEP_DEG
    offsets = np.arange(-3 * int(sigma + 1), 3 * int(sigma + 1) + 1)
    kernel = np.exp(-0.5 * (offsets / sigma) ** 2)
    kernel /= kernel.sum()
    smooth = np.zeros_like(keys)
    for o, wgt in zip(offsets, kernel, strict=True):
        smooth += wgt * np.roll(keys, -o, axis=0)
    keys[:, limbs] = smooth[:, limbs]
    return RestingPoses(keys, arm_index, leg_index, STEP_DEG)


def _four_positions(body: BodyModel, arms: Arms) -> RestingPoses:
    """Settle the untwisted body in each of the four positions and keep the limbs' angles."""
    import mujoco

    m = body.model
    relaxed = body.reference_ctrl(arms)
    arm_index = limb_indices(body, ARM_JOINTS)
    leg_index = limb_indices(body, LEG_JOINTS)
    limbs = np.concatenate([arm_index, leg_index])
    limb_qpos = np.array([body.qpos_adr[m.actuator(int(i)).name] for i in limbs])
    path = PelvisPath(body.pelvis_radius, body.pelvis_half_length)
    keys = np.tile(relaxed, (len(POSITIONS_DEG), 1))
    for k, roll in enumerate(POSITIONS_DEG):
        ctrl = relaxed.copy()
        lie_on_side(body, ctrl, roll, "arm")
        lie_on_side(body, ctrl, roll, "leg")
        data = mujoco.MjData(m)
        set_joint_targets(body, data, ctrl)
        pos, quat = path.pose(np.array([roll]))
        data.mocap_pos[0], data.mocap_quat[0] = pos[0], quat[0]
        data.qpos[ROOT_POS], data.qpos[ROOT_QUAT] = pos[0], quat[0]
        data.ctrl[:] = ctrl
        mujoco.mj_forward(m, data)
        for _ in range(round(SETTLE_S / m.opt.timestep)):
            mujoco.mj_step(m, data)
        keys[k, limbs] = data.qpos[limb_qpos]
    return RestingPoses(keys, arm_index, leg_index)
