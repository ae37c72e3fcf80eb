"""Runs the body model through a plan with MuJoCo and keeps where every joint was.

The pelvis follows the plan through a stiff weld: it turns as the choreography says and rolls
on its own capsule without slipping. The twists of the spine and neck, the head's nod and the
crossing leg are driven by stiff actuators; everything else (the arms, the other leg, the bend
of the spine, the head's rest on an arm) is held only by muscle tone towards its resting shape
(`resting`) and settles under gravity on the floor and on the body. The run is deterministic:
a fixed time step, one thread, the same inputs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.motion.body import NECK_TWIST_JOINTS, TWIST_JOINTS
from desktop_app.motion.pelvis import PelvisPath
from desktop_app.motion.resting import (
    ROOT_POS,
    ROOT_QUAT,
    RestingPoses,
    resting_poses,
    set_joint_targets,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.motion.body import Arms, BodyModel
    from desktop_app.motion.plan import Plan, PlanPoint

__all__ = ["ROOT_POS", "ROOT_QUAT", "Motion", "pelvis_path", "simulate", "targets"]

# Physics steps per kept sample: at MuJoCo's 2 ms step, 62.5 samples a second.
SAMPLE_EVERY = 8
# The body lies still this long at the start pose before the roll begins, so the first frame
# already rests on the floor.
SETTLE_S = 1.5
# Physics steps per rollout call: a multiple of SAMPLE_EVERY, about two seconds of motion.
CHUNK_STEPS = 1000


@dataclass(frozen=True)
class Motion:
    """The simulated body: joint angles (qpos) every `sample_dt` seconds of the plan."""

    sample_dt: float
    qpos: np.ndarray
    settled: bool

    @property
    def duration_s(self) -> float:
        return self.sample_dt * (len(self.qpos) - 1)


def pelvis_path(body: BodyModel) -> PelvisPath:
    return PelvisPath(body.pelvis_radius, body.pelvis_half_length)


def targets(body: BodyModel, point: PlanPoint, rest: RestingPoses) -> np.ndarray:
    """Actuator targets (radians) for one moment of the plan."""
    ctrl = rest.ctrl[0].copy()
    angles = point.rotation_deg
    rest.blend(ctrl, angles["shoulders"], angles["pelvis"])
    for joint, (node, below) in TWIST_JOINTS.items():
        ctrl[body.actuator[joint]] = math.radians(angles[node] - angles[below])
    neck_turn = math.radians(angles["head"] - angles["shoulders"]) / len(NECK_TWIST_JOINTS)
    for joint in NECK_TWIST_JOINTS:
        ctrl[body.actuator[joint]] = neck_turn
    ctrl[body.actuator["head_nod"]] = math.radians(point.head_pitch_deg)
    leg = point.leg
    if leg is not None:
        side = leg.side
        ctrl[body.actuator[f"{side}_hip_flex"]] += math.radians(leg.hip_flexion_deg)
        ctrl[body.actuator[f"{side}_hip_adduct"]] += math.radians(leg.hip_adduction_deg)
        ctrl[body.actuator[f"{side}_knee"]] += math.radians(leg.knee_flexion_deg)
    return ctrl


def _controls(
    body: BodyModel, plan: Plan, arms: Arms, step_s: float
) -> tuple[np.ndarray, np.ndarray]:
    """Per physics step: actuator targets, and the pelvis's roll angle (degrees).

    The plan is read at every kept sample and interpolated in between: the targets are smooth,
    and reading the plan 500 times a second would cost more than the physics.
    """
    rest = resting_poses(body, arms)
    count = math.ceil(plan.duration_s / (step_s * SAMPLE_EVERY) - 1e-9)
    sample_t = np.arange(count + 1) * step_s * SAMPLE_EVERY
    points = [plan.at(float(t)) for t in sample_t]
    coarse = np.array([targets(body, p, rest) for p in points])
    coarse_theta = np.array([p.rotation_deg["pelvis"] for p in points])
    step_t = np.arange(1, count * SAMPLE_EVERY + 1) * step_s
    ctrl = np.column_stack(
        [np.interp(step_t, sample_t, coarse[:, i]) for i in range(body.model.nu)]
    )
    ctrl = np.vstack([coarse[:1], ctrl])
    theta = np.concatenate([coarse_theta[:1], np.interp(step_t, sample_t, coarse_theta)])
    return ctrl, theta


class SimulationCancelled(Exception):
    """The caller asked to stop (the window is closing)."""


def simulate(
    body: BodyModel,
    plan: Plan,
    *,
    arms: Arms = "overhead",
    settle: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> Motion:
    """The body following `plan`, one sample every SAMPLE_EVERY physics steps from t = 0.

    With `settle=False` nothing is simulated: every joint simply takes its target, as a rigid
    puppet would. Only the tests use it, to see the body checks fail without the physics.
    """
    import mujoco
    import mujoco.rollout

    m = body.model
    step_s = float(m.opt.timestep)
    ctrl, theta = _controls(body, plan, arms, step_s)
    pos, quat = pelvis_path(body).pose(theta)
    if not settle:
        return _puppet(body, ctrl, pos, quat, step_s)
    data = mujoco.MjData(m)
    set_joint_targets(body, data, ctrl[0])
    data.mocap_pos[0], data.mocap_quat[0] = pos[0], quat[0]
    data.qpos[ROOT_POS], data.qpos[ROOT_QUAT] = pos[0], quat[0]
    data.ctrl[:] = ctrl[0]
    mujoco.mj_forward(m, data)
    for _ in range(round(SETTLE_S / step_s)):
        mujoco.mj_step(m, data)
    data.time = 0.0
    spec = mujoco.mjtState.mjSTATE_FULLPHYSICS
    state0 = np.empty(mujoco.mj_stateSize(m, spec))
    mujoco.mj_getState(m, data, state0, spec)
    start = data.qpos.copy()  # the rollout below uses `data` as its scratch space
    # Every step's targets and where the weld pulls the pelvis, in MuJoCo's state order.
    control = np.hstack([ctrl[1:], pos[1:], quat[1:]])[None]
    user = (
        mujoco.mjtState.mjSTATE_CTRL
        | mujoco.mjtState.mjSTATE_MOCAP_POS
        | mujoco.mjtState.mjSTATE_MOCAP_QUAT
    )
    kept = [start[None]]
    warmstart = data.qacc_warmstart.copy()
    # In chunks, so a window closing meanwhile need not wait for a whole Part 3.
    for first in range(0, control.shape[1], CHUNK_STEPS):
        if cancelled is not None and cancelled():
            raise SimulationCancelled
        states, _ = mujoco.rollout.rollout(
            m,
            data,
            state0[None],
            control[:, first : first + CHUNK_STEPS],
            control_spec=int(user),
            initial_warmstart=warmstart[None],
        )
        state0 = states[0, -1].copy()
        warmstart = data.qacc_warmstart.copy()
        kept.append(states[0, SAMPLE_EVERY - 1 :: SAMPLE_EVERY, 1 : 1 + m.nq])
    return Motion(step_s * SAMPLE_EVERY, np.vstack(kept), settled=True)


def _puppet(
    body: BodyModel, ctrl: np.ndarray, pos: np.ndarray, quat: np.ndarray, step_s: float
) -> Motion:
    rows = ctrl[::SAMPLE_EVERY]
    qpos = np.zeros((len(rows), body.model.nq))
    columns = [body.qpos_adr[name] for name in body.actuator]
    qpos[:, columns] = rows[:, list(body.actuator.values())]
    qpos[:, ROOT_POS], qpos[:, ROOT_QUAT] = pos[::SAMPLE_EVERY], quat[::SAMPLE_EVERY]
    return Motion(step_s * SAMPLE_EVERY, qpos, settled=False)
