"""Poses over time: a pure function of (exercise, step or part, t).

A roll is a wave of roll angles travelling along the spine from the leader. Every node follows
the same trapezoidal profile, shifted in time by its lag, so the twist between two nodes is
exactly their lag angle at any playback speed and the leader's speed is constant mid-roll.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from desktop_app.motion.profile import RAMP, smoothstep, trapezoid
from desktop_app.motion.skeleton import NODE_S, ROLL_RADIUS_M, SPINE, Vec, joints_for

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise, Step

Part3Leader = Literal["head", "knee_hip"]

# Lag of each follower in degrees of the leader's turn: a head start for the leader, then
# about 6 degrees per 10 cm of spine, so shoulders-to-pelvis twist peaks near 29 degrees.
HEAD_START_DEG = 25.0
LAG_DEG_PER_M = 60.0
# Knee lead, as fractions of one half roll's duration: the knee lifts and crosses over the
# first 18 %, and hands the lead to the hip (the pelvis starts turning) at 12 %.
KNEE_LIFT_END = 0.176
KNEE_HANDOVER = 0.124
# The knee drops back beside the other leg while the pelvis turns from 100 to 175 degrees.
KNEE_RELEASE_DEG = (100.0, 175.0)
LEAD_FADE_S = 0.45
HEAD_PITCH_DEG = 15.0
GAZE_AHEAD_DEG = 25.0
# Rest between the steps of a whole part, and at the turning point of Part 3, as a fraction
# of one half roll's duration.
REST_FRACTION = 0.2

LEADER_LABELS = {
    "head": "Head",
    "right_knee": "Right knee",
    "right_hip": "Right hip",
    "left_knee": "Left knee",
    "left_hip": "Left hip",
}


@dataclass(frozen=True, slots=True)
class Pose:
    t: float
    step_id: str
    joints: dict[str, Vec]
    rotation_deg: dict[str, float]
    lateral_m: float
    leading: str | None
    highlight: dict[str, float]
    head_pitch_deg: float
    direction: str
    knee_lift: float
    travel_m: tuple[float, float]
    # Head-led rolls: how far the eyes look ahead of the face, towards the roll (degrees).
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


def orientation_words(theta_deg: float) -> str:
    sector = math.floor(((theta_deg % 360.0) + 45.0) / 90.0) % 4
    return ("face up", "on left side", "face down", "on right side")[sector]


def leader_label(part: str) -> str:
    return f"{LEADER_LABELS.get(part, part.replace('_', ' ').capitalize())} leads"


@dataclass(frozen=True)
class _Roll:
    """One continuous roll: all nodes turn `sign * 180 * half_turns` degrees."""

    step: Step
    t0: float
    t1: float
    theta0: float
    sign: int
    half_turns: int
    leaders: tuple[str, ...]
    lead_start: float
    lead_len: float
    lags: dict[str, float]
    lift_end: float
    fade_in: bool
    fade_out: bool

    def angles(self, t: float) -> dict[str, float]:
        local = t - self.t0 - self.lead_start
        span = self.sign * 180.0 * self.half_turns
        return {
            node: self.theta0 + span * trapezoid((local - self.lags[node]) / self.lead_len, RAMP)
            for node in SPINE
        }

    @property
    def theta1(self) -> float:
        return self.theta0 + self.sign * 180.0 * self.half_turns


@dataclass(frozen=True)
class _Rest:
    step: Step
    t0: float
    t1: float
    after: _Roll


@dataclass
class Timeline:
    """The motion of one step, or of a whole part with its steps joined by short rests."""

    exercise_id: str
    target_id: str
    duration_s: float
    steps: tuple[Step, ...]
    part3_leader: Part3Leader
    _segments: list[_Roll | _Rest] = field(repr=False)
    _starts: list[float] = field(repr=False)

    @property
    def direction(self) -> str | None:
        """ "left"/"right" for a single step; None for a whole part of mixed directions."""
        directions = {step.direction for step in self.steps}
        return directions.pop() if len(directions) == 1 else None

    def step_spans(self) -> list[tuple[str, float, float]]:
        """(step id, start s, end s) for each step, rests included in the step before."""
        spans: list[tuple[str, float, float]] = []
        for seg in self._segments:
            if spans and spans[-1][0] == seg.step.id:
                spans[-1] = (seg.step.id, spans[-1][1], seg.t1)
            else:
                spans.append((seg.step.id, seg.t0, seg.t1))
        return spans

    def step_at(self, t: float) -> Step:
        return self._segment(t).step

    def lateral_range(self) -> tuple[float, float]:
        """Furthest the body centre goes to the person's right and left during the timeline."""
        thetas = [0.0]
        for seg in self._segments:
            if isinstance(seg, _Roll):
                thetas += [seg.theta0, seg.theta1]
        radians = [math.radians(th) * ROLL_RADIUS_M for th in thetas]
        return min(radians), max(radians)

    def _segment(self, t: float) -> _Roll | _Rest:
        index = bisect.bisect_right(self._starts, t) - 1
        return self._segments[min(max(index, 0), len(self._segments) - 1)]

    def pose_at(self, t: float) -> Pose:
        t = min(max(t, 0.0), self.duration_s)
        seg = self._segment(t)
        if isinstance(seg, _Rest):
            roll, t_roll, rest = seg.after, seg.after.t1, True
        else:
            roll, t_roll, rest = seg, t, False
        angles = roll.angles(t_roll)
        lift = 0.0 if rest else _knee_lift(roll, t_roll, angles["pelvis"])
        crossing = roll.leaders[0].split("_")[0] if roll.leaders[0].endswith("knee") else None
        pitch = _head_pitch(roll, angles["head"])
        joints, _ = joints_for(angles, head_pitch_deg=pitch, crossing=crossing, lift=lift)
        highlight = {} if rest else _highlight(roll, t)
        leading = max(highlight, key=highlight.__getitem__) if highlight else None
        if leading is not None and highlight[leading] < 0.5:
            leading = None
        return Pose(
            t=t,
            step_id=seg.step.id,
            joints=joints,
            rotation_deg=angles,
            lateral_m=ROLL_RADIUS_M * math.radians(angles["mid_back"]),
            leading=leading,
            highlight=highlight,
            head_pitch_deg=pitch,
            gaze_ahead_deg=0.0 if rest else _gaze_ahead(roll, angles["head"]),
            direction="left" if roll.sign > 0 else "right",
            knee_lift=lift,
            travel_m=(
                ROLL_RADIUS_M * math.radians(roll.theta0),
                ROLL_RADIUS_M * math.radians(roll.theta1),
            ),
        )


def _knee_lift(roll: _Roll, t: float, pelvis_deg: float) -> float:
    if not roll.leaders[0].endswith("knee"):
        return 0.0
    up = smoothstep((t - roll.t0) / roll.lift_end)
    turned = abs(pelvis_deg - roll.theta0)
    lo, hi = KNEE_RELEASE_DEG
    return up * (1.0 - smoothstep((turned - lo) / (hi - lo)))


def _head_pitch(roll: _Roll, head_deg: float) -> float:
    """Head-led rolls: the chin tucks going face up to face down, lifts going face up again."""
    if roll.leaders != ("head",):
        return 0.0
    turned = abs(head_deg - roll.theta0)
    done, frac = divmod(turned, 180.0)
    if done >= roll.half_turns:
        return 0.0
    at = roll.theta0 + roll.sign * 180.0 * done
    from_face_up = round(at / 180.0) % 2 == 0
    bump = math.sin(math.pi * frac / 180.0)
    return HEAD_PITCH_DEG * bump * (1.0 if from_face_up else -1.0)


def _gaze_ahead(roll: _Roll, head_deg: float) -> float:
    """The eyes lead the head: they look ahead early in a head-led roll and settle at the end."""
    if roll.leaders != ("head",):
        return 0.0
    turned = abs(head_deg - roll.theta0) / (180.0 * roll.half_turns)
    if turned >= 1.0:
        return 0.0
    # Quick to look, slow to settle: the look peaks a fifth of the way into the turn.
    shape = math.sin(math.pi * min(turned / 0.4, 0.5 + (turned - 0.2) / 1.6))
    return roll.sign * GAZE_AHEAD_DEG * max(shape, 0.0)


def _highlight(roll: _Roll, t: float) -> dict[str, float]:
    fade = min(LEAD_FADE_S, 0.25 * (roll.t1 - roll.t0))
    envelope = 1.0
    if roll.fade_in:
        envelope = min(envelope, smoothstep((t - roll.t0) / fade))
    if roll.fade_out:
        envelope = min(envelope, smoothstep((roll.t1 - t) / fade))
    if len(roll.leaders) == 1:
        return {roll.leaders[0]: envelope}
    handover = roll.t0 + roll.lead_start
    later = smoothstep((t - handover) / fade + 0.5)
    return {roll.leaders[0]: envelope * (1.0 - later), roll.leaders[1]: envelope * later}


def _leaders_for(step: Step, direction: str, part3_leader: Part3Leader) -> tuple[str, ...]:
    if not step.leader_choices or part3_leader not in step.leader_choices:
        if step.and_back and step.leader != ("head",):
            side = "right" if direction == "left" else "left"
            return (f"{side}_knee", f"{side}_hip")
        return step.leader
    if part3_leader == "head":
        return ("head",)
    # The right knee crosses over the left leg to roll left, the left knee to roll right.
    side = "right" if direction == "left" else "left"
    return (f"{side}_knee", f"{side}_hip")


def _lags(leaders: tuple[str, ...]) -> dict[str, float]:
    """Follower lag in degrees of the leader's turn, growing along the chain from the leader."""
    if leaders[0] == "head":
        origin, head_start = "head", HEAD_START_DEG
    else:
        origin, head_start = "pelvis", 0.0
    return {
        node: 0.0
        if node == origin
        else head_start + LAG_DEG_PER_M * abs(NODE_S[node] - NODE_S[origin])
        for node in SPINE
    }


def _roll(
    step: Step,
    t0: float,
    theta0: float,
    direction: str,
    half_turns: int,
    per_half_s: float,
    leaders: tuple[str, ...],
    *,
    fade_in: bool,
    fade_out: bool,
) -> _Roll:
    duration = per_half_s * half_turns
    lead_start = KNEE_HANDOVER * per_half_s if leaders[0].endswith("knee") else 0.0
    lag_deg = _lags(leaders)
    max_lag = max(lag_deg.values())
    # Fit the leader's profile so the last follower finishes exactly at the end of the roll.
    lead_len = (duration - lead_start) / (1.0 + max_lag * (1.0 - RAMP) / (180.0 * half_turns))
    seconds_per_deg = lead_len * (1.0 - RAMP) / (180.0 * half_turns)
    return _Roll(
        step=step,
        t0=t0,
        t1=t0 + duration,
        theta0=theta0,
        sign=1 if direction == "left" else -1,
        half_turns=half_turns,
        leaders=leaders,
        lead_start=lead_start,
        lead_len=lead_len,
        lags={node: deg * seconds_per_deg for node, deg in lag_deg.items()},
        lift_end=KNEE_LIFT_END * per_half_s,
        fade_in=fade_in,
        fade_out=fade_out,
    )


def _start_angle(exercise: Exercise, step: Step) -> float:
    """The absolute roll angle a step starts from: the running total within its part."""
    base = 0.0 if exercise.start == "face_up" else 180.0
    for earlier in exercise.part_of(step.id).steps:
        if earlier.id == step.id:
            break
        base += 180.0 * earlier.signed_half_turns
    return base


def timeline(
    exercise: Exercise,
    step_or_part_id: str,
    *,
    part3_leader: Part3Leader = "head",
    duration_s: float | None = None,
) -> Timeline:
    """The motion of a step (e.g. "part1.1") or a whole part (e.g. "part1").

    `duration_s` overrides the seconds per half roll (the practice timer's pace); every time in
    the motion scales with it, so the shape of the movement and the twist stay the same.
    """
    if duration_s is not None and not (0.5 <= duration_s <= 120.0):
        raise ValueError(f"duration_s must be between 0.5 and 120 seconds, not {duration_s}")
    step_ids = [step.id for step in exercise.steps]
    part_ids = [part.id for part in exercise.parts]
    if step_or_part_id in step_ids:
        steps: tuple[Step, ...] = (exercise.step(step_or_part_id),)
        whole_part = False
    elif step_or_part_id in part_ids:
        steps = exercise.part(step_or_part_id).steps
        whole_part = len(steps) > 1
    else:
        choices = ", ".join(part_ids + [s for s in step_ids if s not in part_ids])
        raise KeyError(
            f"'{step_or_part_id}' is not a step or part of '{exercise.id}' (choose from {choices})"
        )
    segments: list[_Roll | _Rest] = []
    t = 0.0
    for index, step in enumerate(steps):
        per_half = duration_s if duration_s is not None else step.duration_s
        theta = _start_angle(exercise, step)
        first, last = index == 0, index == len(steps) - 1
        ways = [step.direction]
        if step.and_back:
            ways.append("right" if step.direction == "left" else "left")
        for way_index, way in enumerate(ways):
            leaders = _leaders_for(step, way, part3_leader)
            roll = _roll(
                step,
                t,
                theta,
                way,
                step.half_turns,
                per_half,
                leaders,
                fade_in=(whole_part and not first) or way_index > 0,
                fade_out=(whole_part and not last) or way_index < len(ways) - 1,
            )
            segments.append(roll)
            t, theta = roll.t1, roll.theta1
            if way_index < len(ways) - 1 or (whole_part and not last):
                rest = REST_FRACTION * per_half
                segments.append(_Rest(step, t, t + rest, roll))
                t += rest
    return Timeline(
        exercise_id=exercise.id,
        target_id=step_or_part_id,
        duration_s=t,
        steps=steps,
        part3_leader=part3_leader,
        _segments=segments,
        _starts=[seg.t0 for seg in segments],
    )
