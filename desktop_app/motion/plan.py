"""The choreography as a plan: what leads, and how far each part should have turned, at time t.

A roll is a wave of roll angles travelling along the spine from the leader. Every spine node
follows the same trapezoidal profile, shifted in time by its lag, so the twist between two nodes
is exactly their lag angle and the leader's speed is constant mid-roll. In a knee lead the knee
lifts and crosses the other leg first; the hip (the pelvis) then leads the roll.

The plan says where the body is *asked* to go. The body model (`simulate`) follows it with
MuJoCo: the pelvis and the twists exactly, the rest by muscle tone, gravity and contact.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from desktop_app.motion.profile import RAMP, minimum_jerk, smoothstep, trapezoid

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise, Step

Part3Leader = Literal["head", "knee_hip"]

# Spine nodes from head to pelvis, with their distance above hip level (m) for a 1.70 m body.
SPINE: tuple[str, ...] = ("head", "shoulders", "mid_back", "lower_back", "pelvis")
NODE_S: dict[str, float] = {
    "head": 0.69,
    "shoulders": 0.49,
    "mid_back": 0.323,
    "lower_back": 0.17,
    "pelvis": 0.0,
}

# Lag of each follower in degrees of the leader's turn: a head start for the leader, then
# about 6 degrees per 10 cm of spine, so the shoulders-to-pelvis twist peaks near 29 degrees.
HEAD_START_DEG = 25.0
LAG_DEG_PER_M = 60.0
# Knee lead, as fractions of one half roll's duration: the knee lifts and crosses over the first
# 36 %, and hands the lead to the hip (the pelvis starts turning) at 26 %. Slow on purpose: the
# crossing foot travels further than any other part, and nothing may hurry.
KNEE_LIFT_FRACTION = 0.36
KNEE_HANDOVER_FRACTION = 0.26
# Where the crossing leg goes: hip flexion, adduction towards the other side and knee flexion
# (degrees). The foot comes down on the floor beyond the other leg.
KNEE_HIP_FLEXION_DEG = 62.0
KNEE_HIP_ADDUCTION_DEG = 24.0
KNEE_FLEXION_DEG = 105.0
# The crossing leg straightens again while the pelvis turns from side-lying to face down.
KNEE_RELEASE_DEG = (40.0, 170.0)
LEAD_FADE_S = 0.45
HEAD_PITCH_DEG = 18.0
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
class LegTarget:
    """The crossing leg's asked-for hip and knee angles (degrees) and how lifted it is (0..1)."""

    side: str
    hip_flexion_deg: float
    hip_adduction_deg: float
    knee_flexion_deg: float
    lift: float


@dataclass(frozen=True, slots=True)
class PlanPoint:
    """The choreography at one moment."""

    t: float
    step_id: str
    rotation_deg: dict[str, float]
    leading: str | None
    highlight: dict[str, float]
    head_pitch_deg: float
    direction: str
    travel_turns: tuple[float, float]
    leg: LegTarget | None
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
class _KneePass:
    """One knee lead inside a roll: the knee lifts and crosses, then hands over to the hip."""

    side: str
    t_start: float
    t_handover: float
    t_lifted: float
    # The pelvis angle from which the leg straightens again (turned since this pass began).
    theta_at_pass: float


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
    knee_passes: tuple[_KneePass, ...]
    fade_in: bool
    fade_out: bool

    def angles(self, t: float) -> dict[str, float]:
        local = t - self.t0 - self.lead_start
        span = self.sign * 180.0 * self.half_turns
        return {
            node: self.theta0 + span * trapezoid((local - self.lags[node]) / self.lead_len, RAMP)
            for node in SPINE
        }

    def pelvis_time(self, theta: float) -> float:
        """When the pelvis reaches `theta` (degrees, between theta0 and theta1)."""
        lo, hi = self.t0, self.t1
        target = abs(theta - self.theta0)
        for _ in range(60):
            mid = (lo + hi) / 2.0
            if abs(self.angles(mid)["pelvis"] - self.theta0) < target:
                lo = mid
            else:
                hi = mid
        return (lo + hi) / 2.0

    @property
    def theta1(self) -> float:
        return self.theta0 + self.sign * 180.0 * self.half_turns

    @property
    def knee_led(self) -> bool:
        return self.leaders[0].endswith("knee")


@dataclass(frozen=True)
class _Rest:
    step: Step
    t0: float
    t1: float
    after: _Roll


@dataclass
class Plan:
    """The choreography of one step, or of a whole part with its steps joined by short rests."""

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

    def turn_range(self) -> tuple[float, float]:
        """The smallest and largest pelvis angle (degrees) the plan reaches."""
        thetas = [0.0]
        for seg in self._segments:
            if isinstance(seg, _Roll):
                thetas += [seg.theta0, seg.theta1]
        return min(thetas), max(thetas)

    def _segment(self, t: float) -> _Roll | _Rest:
        index = bisect.bisect_right(self._starts, t) - 1
        return self._segments[min(max(index, 0), len(self._segments) - 1)]

    def at(self, t: float) -> PlanPoint:
        t = min(max(t, 0.0), self.duration_s)
        seg = self._segment(t)
        if isinstance(seg, _Rest):
            roll, t_roll, rest = seg.after, seg.after.t1, True
        else:
            roll, t_roll, rest = seg, t, False
        angles = roll.angles(t_roll)
        highlight = {} if rest else _highlight(roll, t)
        leading = max(highlight, key=highlight.__getitem__) if highlight else None
        if leading is not None and highlight[leading] < 0.5:
            leading = None
        return PlanPoint(
            t=t,
            step_id=seg.step.id,
            rotation_deg=angles,
            leading=leading,
            highlight=highlight,
            head_pitch_deg=_head_pitch(roll, angles["head"]),
            gaze_ahead_deg=0.0 if rest else _gaze_ahead(roll, angles["head"]),
            direction="left" if roll.sign > 0 else "right",
            travel_turns=(roll.theta0, roll.theta1),
            leg=None if rest else _leg_target(roll, t_roll, angles["pelvis"]),
        )


def _leg_target(roll: _Roll, t: float, pelvis_deg: float) -> LegTarget | None:
    """The crossing leg's targets: lift and cross (minimum jerk), then straighten again."""
    for knee in roll.knee_passes:
        if t < knee.t_start:
            continue
        span = knee.t_lifted - knee.t_start
        flex = minimum_jerk((t - knee.t_start) / (0.8 * span))
        # The thigh rises before it swings across, so the shank passes over the other leg.
        across = minimum_jerk((t - knee.t_start - 0.3 * span) / (0.7 * span))
        turned = abs(pelvis_deg - knee.theta_at_pass)
        lo, hi = KNEE_RELEASE_DEG
        release = 1.0 - minimum_jerk((turned - lo) / (hi - lo))
        if release <= 0.0:
            continue
        return LegTarget(
            side=knee.side,
            hip_flexion_deg=KNEE_HIP_FLEXION_DEG * flex * release,
            hip_adduction_deg=KNEE_HIP_ADDUCTION_DEG * across * release,
            knee_flexion_deg=KNEE_FLEXION_DEG * flex * release,
            lift=flex * release,
        )
    return None


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
    if not roll.knee_led:
        return {roll.leaders[0]: envelope}
    # The knee leads from the start of its pass to the hand-over, the hip the rest of the time.
    knee_weight = 0.0
    side = roll.knee_passes[0].side
    for knee in roll.knee_passes:
        into = smoothstep((t - knee.t_start) / fade + 0.5) if knee.t_start > roll.t0 else 1.0
        out = 1.0 - smoothstep((t - knee.t_handover) / fade + 0.5)
        if t < knee.t_handover + fade:
            weight = min(into, out)
            if weight > knee_weight:
                knee_weight, side = weight, knee.side
    return {f"{side}_knee": envelope * knee_weight, f"{side}_hip": envelope * (1.0 - knee_weight)}


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


def _knee_passes(roll: _Roll, per_half_s: float) -> tuple[_KneePass, ...]:
    """A knee lead at the start and at every face-up pass on the way (Part 3 rolls over and
    over): the knee lifts while the pelvis comes round to face up, and crosses as it passes."""
    side = roll.leaders[0].split("_")[0]
    lift = KNEE_LIFT_FRACTION * per_half_s
    handover = KNEE_HANDOVER_FRACTION * per_half_s
    passes = [_KneePass(side, roll.t0, roll.t0 + handover, roll.t0 + lift, roll.theta0)]
    for turn in range(2, roll.half_turns, 2):
        theta = roll.theta0 + roll.sign * 180.0 * turn
        t_pass = roll.pelvis_time(theta)
        start = t_pass - handover
        passes.append(_KneePass(side, start, t_pass, start + lift, theta))
    return tuple(passes)


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
    knee_led = leaders[0].endswith("knee")
    lead_start = KNEE_HANDOVER_FRACTION * per_half_s if knee_led else 0.0
    lag_deg = _lags(leaders)
    max_lag = max(lag_deg.values())
    # Fit the leader's profile so the last follower finishes exactly at the end of the roll.
    lead_len = (duration - lead_start) / (1.0 + max_lag * (1.0 - RAMP) / (180.0 * half_turns))
    seconds_per_deg = lead_len * (1.0 - RAMP) / (180.0 * half_turns)
    roll = _Roll(
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
        knee_passes=(),
        fade_in=fade_in,
        fade_out=fade_out,
    )
    if not knee_led:
        return roll
    return _Roll(**{**roll.__dict__, "knee_passes": _knee_passes(roll, per_half_s)})


def _start_angle(exercise: Exercise, step: Step) -> float:
    """The absolute roll angle a step starts from: the running total within its part."""
    base = 0.0 if exercise.start == "face_up" else 180.0
    for earlier in exercise.part_of(step.id).steps:
        if earlier.id == step.id:
            break
        base += 180.0 * earlier.signed_half_turns
    return base


def resolve_target(exercise: Exercise, step_or_part_id: str) -> tuple[tuple[Step, ...], bool]:
    """The steps a step or part id names, and whether they are a whole part of several steps."""
    step_ids = [step.id for step in exercise.steps]
    part_ids = [part.id for part in exercise.parts]
    if step_or_part_id in step_ids:
        return (exercise.step(step_or_part_id),), False
    if step_or_part_id in part_ids:
        steps = exercise.part(step_or_part_id).steps
        return steps, len(steps) > 1
    choices = ", ".join(part_ids + [s for s in step_ids if s not in part_ids])
    raise KeyError(
        f"'{step_or_part_id}' is not a step or part of '{exercise.id}' (choose from {choices})"
    )


def plan(exercise: Exercise, step_or_part_id: str, *, part3_leader: Part3Leader = "head") -> Plan:
    """The choreography of a step (e.g. "part1.1") or a whole part (e.g. "part1")."""
    steps, whole_part = resolve_target(exercise, step_or_part_id)
    segments: list[_Roll | _Rest] = []
    t = 0.0
    for index, step in enumerate(steps):
        per_half = step.duration_s
        theta = _start_angle(exercise, step)
        first, last = index == 0, index == len(steps) - 1
        ways = [step.direction]
        if step.and_back:
            ways.append("right" if step.direction == "left" else "left")
        for way_index, way in enumerate(ways):
            roll = _roll(
                step,
                t,
                theta,
                way,
                step.half_turns,
                per_half,
                _leaders_for(step, way, part3_leader),
                fade_in=(whole_part and not first) or way_index > 0,
                fade_out=(whole_part and not last) or way_index < len(ways) - 1,
            )
            segments.append(roll)
            t, theta = roll.t1, roll.theta1
            if way_index < len(ways) - 1 or (whole_part and not last):
                rest = REST_FRACTION * per_half
                segments.append(_Rest(step, t, t + rest, roll))
                t += rest
    return Plan(
        exercise_id=exercise.id,
        target_id=step_or_part_id,
        duration_s=t,
        steps=steps,
        part3_leader=part3_leader,
        _segments=segments,
        _starts=[seg.t0 for seg in segments],
    )
