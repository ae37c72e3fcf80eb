"""Poses over time: a pure function of (exercise, step or part, t).

A timeline joins the choreography's plan (what leads, how far each part is asked to turn) with
the body model's simulated motion (where every bone actually is). Frames are read from the
simulation's fixed samples by time, so the same t always gives the same pose, at any frame rate.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.motion.body import NECK_TWIST_JOINTS
from desktop_app.motion.pelvis import PelvisPath
from desktop_app.motion.plan import (
    Part3Leader,
    Plan,
    PlanPoint,
    leader_label,
    orientation_words,
    plan,
)
from desktop_app.motion.simulate import ROOT_QUAT, Motion, pelvis_path

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.choreography import Exercise, Step
    from desktop_app.motion.body import Arms, BodyModel

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]

__all__ = [
    "Part3Leader",
    "Pose",
    "Timeline",
    "cached_timeline",
    "is_computed",
    "leader_label",
    "orientation_words",
    "timeline",
]

# Bodies whose orientation the renderer needs (front and back of the trunk, the face).
FRAME_BODIES = ("pelvis", "lumbar", "thorax", "girdle", "neck", "head")


@dataclass(frozen=True, slots=True)
class Pose:
    """The body at one moment: where every joint is, and what the choreography says."""

    t: float
    step_id: str
    joints: dict[str, Vec]
    # Each listed body's axes in world coordinates: (u own left, v front, w towards the head).
    frames: dict[str, Mat]
    rotation_deg: dict[str, float]
    lateral_m: float
    leading: str | None
    highlight: dict[str, float]
    head_pitch_deg: float
    direction: str
    knee_lift: float
    travel_m: tuple[float, float]
    gaze_ahead_deg: float = 0.0

    @property
    def status(self) -> str:
        """Face up / on left side / face down / on right side, from the trunk's mean angle."""
        trunk = (self.rotation_deg["shoulders"] + self.rotation_deg["pelvis"]) / 2.0
        return orientation_words(trunk)

    @property
    def twist_deg(self) -> float:
        """Shoulders minus pelvis: the middle back's twist."""
        return self.rotation_deg["shoulders"] - self.rotation_deg["pelvis"]


@dataclass
class _Pace:
    """Maps the shown time to the plan's own time: a practice pace stretches each step."""

    shown: list[float]
    native: list[float]

    def to_native(self, t: float) -> float:
        i = min(max(bisect.bisect_right(self.shown, t) - 1, 0), len(self.shown) - 2)
        t0, t1 = self.shown[i], self.shown[i + 1]
        n0, n1 = self.native[i], self.native[i + 1]
        return n0 if t1 <= t0 else n0 + (t - t0) * (n1 - n0) / (t1 - t0)

    def to_shown(self, t: float) -> float:
        i = min(max(bisect.bisect_right(self.native, t) - 1, 0), len(self.native) - 2)
        t0, t1 = self.native[i], self.native[i + 1]
        s0, s1 = self.shown[i], self.shown[i + 1]
        return s0 if t1 <= t0 else s0 + (t - t0) * (s1 - s0) / (t1 - t0)


@dataclass
class Timeline:
    """The motion of one step, or of a whole part with its steps joined by short rests."""

    plan: Plan
    motion: Motion
    body: BodyModel
    arms: Arms
    _pace: _Pace
    _data: object = field(repr=False)
    _twists: list[tuple[str, list[int]]] = field(repr=False, default_factory=list)
    # The pelvis's rolling path (a 4096-entry table) and the travel it gives each roll, made
    # once: poses are read 60 times a second while the demonstration plays.
    _path: PelvisPath | None = field(repr=False, default=None)
    _travel: dict[tuple[float, float], tuple[float, float]] = field(
        repr=False, default_factory=dict
    )
    _frame_rows: list[int] = field(repr=False, default_factory=list)

    def __post_init__(self) -> None:
        self._twists = _twist_sums(self.body)
        self._path = pelvis_path(self.body)
        self._frame_rows = [self.body.body_index[name] for name in FRAME_BODIES]

    @property
    def exercise_id(self) -> str:
        return self.plan.exercise_id

    @property
    def target_id(self) -> str:
        return self.plan.target_id

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.plan.steps

    @property
    def part3_leader(self) -> Part3Leader:
        return self.plan.part3_leader

    @property
    def duration_s(self) -> float:
        return self._pace.shown[-1]

    @property
    def direction(self) -> str | None:
        return self.plan.direction

    def step_spans(self) -> list[tuple[str, float, float]]:
        """(step id, start s, end s) for each step, rests included in the step before."""
        return [
            (sid, self._pace.to_shown(t0), self._pace.to_shown(t1))
            for sid, t0, t1 in self.plan.step_spans()
        ]

    def step_at(self, t: float) -> Step:
        return self.plan.step_at(self._pace.to_native(t))

    def lateral_range(self) -> tuple[float, float]:
        """Furthest the pelvis goes to the person's right and left during the timeline."""
        return self._travel_m(self.plan.turn_range())

    def _travel_m(self, turns: tuple[float, float]) -> tuple[float, float]:
        """Where the pelvis is (x, metres) at the two roll angles (degrees) of `turns`."""
        found = self._travel.get(turns)
        if found is None:
            path = self._path if self._path is not None else pelvis_path(self.body)
            xs = path.x(np.radians(np.array(turns, dtype=float)))
            found = self._travel[turns] = (float(xs[0]), float(xs[1]))
        return found

    def plan_at(self, t: float) -> PlanPoint:
        return self.plan.at(self._pace.to_native(min(max(t, 0.0), self.duration_s)))

    def qpos_at(self, t: float) -> np.ndarray:
        """The body's joint angles at shown time t, between the two nearest samples."""
        native = self._pace.to_native(min(max(t, 0.0), self.duration_s))
        samples = self.motion.qpos
        k = min(max(native / self.motion.sample_dt, 0.0), len(samples) - 1.0)
        i = min(int(k), len(samples) - 2)
        a = k - i
        qpos = samples[i] * (1.0 - a) + samples[i + 1] * a
        quat = qpos[ROOT_QUAT]
        qpos[ROOT_QUAT] = quat / np.linalg.norm(quat)
        return qpos

    def _spine_roll(self, frames: dict[str, Mat], near_deg: float) -> dict[str, float]:
        """Each spine node's roll: the pelvis's own, plus the twists of the joints below it."""
        pelvis = frames["pelvis"]
        roll = {"pelvis": _unwrapped_roll(pelvis[0], pelvis[2], near_deg)}
        qpos = self._data.qpos.tolist()  # type: ignore[attr-defined]
        for node, addresses in self._twists:
            roll[node] = roll["pelvis"] + math.degrees(sum(qpos[a] for a in addresses))
        return roll

    def pose_at(self, t: float) -> Pose:
        import mujoco

        t = min(max(t, 0.0), self.duration_s)
        point = self.plan.at(self._pace.to_native(t))
        m, data = self.body.model, self._data
        data.qpos[:] = self.qpos_at(t)  # type: ignore[attr-defined]
        mujoco.mj_kinematics(m, data)
        sites = data.site_xpos[self.body.site_order].tolist()  # type: ignore[attr-defined]
        joints: dict[str, Vec] = {
            name: (p[0], p[1], p[2]) for name, p in zip(self.body.joint_names, sites, strict=True)
        }
        # The model's body axes are x = own left, y = towards the head, z = front: columns
        # 0, 2 and 1 of each body's rotation matrix.
        rows = data.xmat[self._frame_rows].tolist()  # type: ignore[attr-defined]
        frames: dict[str, Mat] = {
            name: ((r[0], r[3], r[6]), (r[2], r[5], r[8]), (r[1], r[4], r[7]))
            for name, r in zip(FRAME_BODIES, rows, strict=True)
        }
        rotation = self._spine_roll(frames, point.rotation_deg["pelvis"])
        travel = self._travel_m(point.travel_turns)
        lift = 0.0 if point.leg is None else point.leg.lift
        return Pose(
            t=t,
            step_id=point.step_id,
            joints=joints,
            frames=frames,
            rotation_deg=rotation,
            lateral_m=joints["pelvis"][0],
            leading=point.leading,
            highlight=point.highlight,
            head_pitch_deg=point.head_pitch_deg,
            direction=point.direction,
            knee_lift=lift,
            travel_m=travel,
            gaze_ahead_deg=point.gaze_ahead_deg,
        )


def _unwrapped_roll(u: Vec, w: Vec, near_deg: float) -> float:
    """The roll of a body whose own-left axis is `u`, about the long axis `w`, in the turn
    nearest `near_deg` (degrees).

    Measured from the horizontal direction across w, so a spine bent sideways or forwards does
    not read as a roll. Rolling by theta takes own left from +x towards -z.
    """
    across = _unit_vec((w[1], -w[0], 0.0))  # w x z: horizontal, across the body
    down = (
        w[1] * across[2] - w[2] * across[1],
        w[2] * across[0] - w[0] * across[2],
        w[0] * across[1] - w[1] * across[0],
    )  # w x across
    theta = math.degrees(
        math.atan2(
            u[0] * down[0] + u[1] * down[1] + u[2] * down[2],
            u[0] * across[0] + u[1] * across[1] + u[2] * across[2],
        )
    )
    return theta + 360.0 * round((near_deg - theta) / 360.0)


def _unit_vec(a: Vec) -> Vec:
    n = math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def _twist_sums(body: BodyModel) -> list[tuple[str, list[int]]]:
    """For each spine node above the pelvis, the qpos addresses of the twists below it."""
    chain = [
        ("lower_back", ["lumbar_twist"]),
        ("mid_back", ["thorax_twist"]),
        ("shoulders", ["girdle_twist"]),
        ("head", list(NECK_TWIST_JOINTS)),
    ]
    out: list[tuple[str, list[int]]] = []
    below: list[int] = []
    for node, joints in chain:
        below = below + [body.qpos_adr[j] for j in joints]
        out.append((node, list(below)))
    return out


def _pace(the_plan: Plan, duration_s: float | None) -> _Pace:
    """Shown time equals the plan's own time, or every step stretched to `duration_s` a roll."""
    spans = the_plan.step_spans()
    native = [spans[0][1]] + [t1 for _, _, t1 in spans]
    if duration_s is None:
        return _Pace(list(native), list(native))
    shown = [native[0]]
    for step, (_, t0, t1) in zip(the_plan.steps, spans, strict=True):
        shown.append(shown[-1] + (t1 - t0) * duration_s / step.duration_s)
    return _Pace(shown, native)


def _request(
    exercise: Exercise, step_or_part_id: str, part3_leader: Part3Leader, arms: Arms | None
) -> tuple[BodyModel, Arms, Plan]:
    """The body, the arms chosen (the exercise file's unless overridden) and the plan: what
    a motion is computed from and kept by."""
    from desktop_app.motion.body import load_body

    chosen: Arms = arms if arms is not None else exercise.arms
    return load_body(), chosen, plan(exercise, step_or_part_id, part3_leader=part3_leader)


def _timeline_of(
    body: BodyModel, arms: Arms, the_plan: Plan, motion: Motion, duration_s: float | None
) -> Timeline:
    import mujoco

    return Timeline(
        plan=the_plan,
        motion=motion,
        body=body,
        arms=arms,
        _pace=_pace(the_plan, duration_s),
        _data=mujoco.MjData(body.model),
    )


def is_computed(
    exercise: Exercise,
    step_or_part_id: str,
    *,
    part3_leader: Part3Leader = "head",
    arms: Arms | None = None,
) -> bool:
    """True when the motion is kept already (in memory or on disk), without reading it: a
    background warm-up has nothing to do for it."""
    from desktop_app.motion.cache import is_kept, motion_key

    body, chosen, the_plan = _request(exercise, step_or_part_id, part3_leader, arms)
    return is_kept(motion_key(body, exercise, the_plan, chosen, settle=True))


def cached_timeline(
    exercise: Exercise,
    step_or_part_id: str,
    *,
    part3_leader: Part3Leader = "head",
    duration_s: float | None = None,
    arms: Arms | None = None,
) -> Timeline | None:
    """The timeline if its motion is already computed (in memory or on disk), else None."""
    from desktop_app.motion.cache import cached_motion, motion_key

    body, chosen, the_plan = _request(exercise, step_or_part_id, part3_leader, arms)
    motion = cached_motion(motion_key(body, exercise, the_plan, chosen, settle=True))
    if motion is None:
        return None
    return _timeline_of(body, chosen, the_plan, motion, duration_s)


def timeline(
    exercise: Exercise,
    step_or_part_id: str,
    *,
    part3_leader: Part3Leader = "head",
    duration_s: float | None = None,
    arms: Arms | None = None,
    settle: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> Timeline:
    """The motion of a step (e.g. "part1.1") or a whole part (e.g. "part1").

    `duration_s` sets the seconds per half roll (the practice timer's pace): the simulated
    motion is played faster or slower, so its shape and the twist stay the same. `arms`
    overrides the exercise file's arm position. The simulation is computed once per
    (exercise, step, leader, arms) and kept (see `motion.cache`); `cancelled` is asked between
    chunks of the simulation and stops it (raising SimulationCancelled) when it answers True.
    """
    from desktop_app.motion.cache import motion_for

    if duration_s is not None and not (0.5 <= duration_s <= 120.0):
        raise ValueError(f"duration_s must be between 0.5 and 120 seconds, not {duration_s}")
    body, chosen, the_plan = _request(exercise, step_or_part_id, part3_leader, arms)
    motion = motion_for(body, exercise, the_plan, chosen, settle=settle, cancelled=cancelled)
    return _timeline_of(body, chosen, the_plan, motion, duration_s)
