"""What a timeline shows, read off its poses: who leads when, the hand-overs, the wave of the
turn down the body, the twist, which way the face looks. No Qt.

The cameras frame the body from these samples, the scrub bar draws the lead bands, the wave strip
lights each part when it starts to turn, and reduced motion picks its still key frames here. All
of it comes from the simulated poses (and the plan's leads), never from a second, drawn
choreography, so what the strip says is what the figure does.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from desktop_app.motion.timeline import Pose, Timeline

# The parts of the wave strip, in chain order from the head down.
WAVE_PARTS: tuple[str, ...] = ("head", "shoulders", "mid_back", "lower_back", "pelvis", "legs")
# A part has started to turn once it is this far (degrees) from where the roll found it.
START_THRESHOLD_DEG = 4.0
# Half the width (s) of the "slow at the hand-over" window, and how slow it plays there.
HANDOVER_HALF_WINDOW_S = 0.9
HANDOVER_SPEED = 0.5
HANDOVER_EASE_S = 0.35
MAX_SAMPLES = 300
CACHE_ITEMS = 12


@dataclass(frozen=True)
class Samples:
    """Poses sampled through the timeline, as arrays (for framing and reading)."""

    times: np.ndarray  # (N,)
    joint_names: tuple[str, ...]
    joints: np.ndarray  # (N, J, 3) metres
    radii: np.ndarray  # (J,) the widest bone at each joint, metres
    head_front: np.ndarray  # (N, 3) where the face looks
    lead_point: np.ndarray  # (N, 3) the leading part (weighted by the glow), or the chest
    angles: np.ndarray  # (N, len(WAVE_PARTS)) roll of each wave part, degrees
    twist: np.ndarray  # (N,) shoulders minus pelvis, degrees

    def index(self, name: str) -> int:
        return self.joint_names.index(name)


@dataclass(frozen=True)
class RollReading:
    """One roll (a half roll, or Part 3's over-and-over run one way)."""

    step_id: str
    t0: float
    t1: float  # the end of the motion; a rest may follow until the next roll
    direction: str
    leaders: tuple[str, ...]  # the leading parts in the order they lead
    starts: dict[str, float]  # when each wave part starts to turn (absent: it never does)
    handovers: tuple[float, ...]  # knee to hip, and back at each face-up pass in Part 3
    twist_peak_t: float
    twist_peak_deg: float
    span_deg: float  # how far the body turns in this roll

    def order(self) -> list[str]:
        """The wave parts in the order they started to turn."""
        return sorted(self.starts, key=lambda part: (self.starts[part], WAVE_PARTS.index(part)))


@dataclass(frozen=True)
class LeadBand:
    """A stretch of time during which one part leads."""

    t0: float
    t1: float
    part: str


@dataclass(frozen=True)
class WavePart:
    """One cell of the wave strip at a moment."""

    part: str
    started: bool
    rank: int | None  # 1 for the first part to turn in this roll, and so on
    turned: float  # 0..1 of the roll's turn done by this part
    fresh: float  # 1 just as it starts, fading to 0 over a second (the strip flashes it)


@dataclass(frozen=True)
class KeyFrame:
    """A still of reduced motion: `kind` is start, lead, handover, side, twist or end."""

    kind: str
    t: float
    roll: RollReading


@dataclass
class Reading:
    duration_s: float
    samples: Samples
    rolls: list[RollReading]
    bands: list[LeadBand]
    steps: list[tuple[str, float, float]]
    lateral_range: tuple[float, float]
    _roll_starts: list[float] = field(default_factory=list, repr=False)
    # The sample times and wave angles as Python lists: `wave_at` runs every frame while the
    # demonstration plays, and numpy's per-call cost is most of the work on six numbers.
    _times: list[float] = field(default_factory=list, repr=False)
    _angles: list[list[float]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._roll_starts = [roll.t0 for roll in self.rolls]
        self._times = self.samples.times.tolist()
        self._angles = self.samples.angles.tolist()

    @property
    def handovers(self) -> list[float]:
        return [t for roll in self.rolls for t in roll.handovers]

    def roll_at(self, t: float) -> RollReading | None:
        """The roll playing at t, or the last one before it (during the rest after it)."""
        if not self.rolls:
            return None
        index = bisect.bisect_right(self._roll_starts, t) - 1
        return self.rolls[max(index, 0)]

    def wave_at(self, t: float) -> list[WavePart]:
        roll = self.roll_at(t)
        if roll is None:
            return [WavePart(part, False, None, 0.0, 0.0) for part in WAVE_PARTS]
        order = roll.order()
        start_angles = self._angle_list_at(roll.t0)
        now = self._angle_list_at(t)
        span = max(abs(roll.span_deg), 1.0)
        out = []
        for column, part in enumerate(WAVE_PARTS):
            begun = roll.starts.get(part)
            started = begun is not None and t >= begun
            turned = abs(now[column] - start_angles[column]) / span
            fresh = 0.0
            if started and begun is not None:
                fresh = max(0.0, 1.0 - (t - begun) / 1.0)
            out.append(
                WavePart(
                    part,
                    started,
                    order.index(part) + 1 if started else None,
                    min(max(turned, 0.0), 1.0),
                    fresh,
                )
            )
        return out

    def _angles_at(self, t: float) -> np.ndarray:
        return np.array(self._angle_list_at(t))

    def _angle_list_at(self, t: float) -> list[float]:
        """Each wave part's roll at t (degrees), between the two nearest samples."""
        times = self._times
        i = min(max(bisect.bisect_left(times, t) - 1, 0), len(times) - 2)
        a = 0.0 if times[i + 1] <= times[i] else (t - times[i]) / (times[i + 1] - times[i])
        a = min(max(a, 0.0), 1.0)
        row0, row1 = self._angles[i], self._angles[i + 1]
        return [x0 * (1.0 - a) + x1 * a for x0, x1 in zip(row0, row1, strict=True)]

    def speed_at(self, t: float) -> float:
        """Playback speed factor for "slow at the hand-over": 0.5 around every hand-over,
        easing in and out so the figure never jolts."""
        factor = 1.0
        for h in self.handovers:
            d = abs(t - h)
            if d >= HANDOVER_HALF_WINDOW_S + HANDOVER_EASE_S:
                continue
            if d <= HANDOVER_HALF_WINDOW_S:
                slow = 1.0
            else:
                x = (d - HANDOVER_HALF_WINDOW_S) / HANDOVER_EASE_S
                slow = 1.0 - x * x * (3.0 - 2.0 * x)
            factor = min(factor, 1.0 - (1.0 - HANDOVER_SPEED) * slow)
        return factor

    def handover_windows(self) -> list[tuple[float, float]]:
        """Where "slow at the hand-over" plays at half speed."""
        return [
            (max(h - HANDOVER_HALF_WINDOW_S, 0.0), min(h + HANDOVER_HALF_WINDOW_S, self.duration_s))
            for h in self.handovers
        ]

    def face_side(self, t0: float, t1: float) -> int:
        """+1 when the face looks mostly towards the person's left (+x) between t0 and t1,
        -1 towards the right: a camera on that side sees it turn."""
        s = self.samples
        mask = (s.times >= t0) & (s.times <= t1)
        if not mask.any():
            mask = np.ones_like(s.times, dtype=bool)
        x = s.head_front[mask, 0]
        lateral = float(np.clip(x, 0.0, None).sum() + np.clip(x, None, 0.0).sum())
        if abs(lateral) < 1e-6:
            return 1
        return 1 if lateral > 0 else -1

    def keyframes(self, step_id: str | None = None) -> list[KeyFrame]:
        """The stills of reduced motion for each roll (of one step, or all): the start, the
        lead begins, the hand-over (a knee to its hip; on the side for a head lead), the twist
        at its peak, the end."""
        out: list[KeyFrame] = []
        for roll in self.rolls:
            if step_id is not None and roll.step_id != step_id:
                continue
            frames = [KeyFrame("start", roll.t0, roll)]
            lead_t = _lead_begins(roll)
            frames.append(KeyFrame("lead", lead_t, roll))
            if roll.handovers:
                frames.append(KeyFrame("handover", roll.handovers[0], roll))
            else:
                frames.append(KeyFrame("side", self._side_time(roll), roll))
            frames.append(KeyFrame("twist", roll.twist_peak_t, roll))
            frames.append(KeyFrame("end", roll.t1, roll))
            frames.sort(key=lambda frame: frame.t)
            kept: list[KeyFrame] = []
            for frame in frames:
                # Two stills a moment apart show the same thing: keep the more telling one.
                if kept and frame.t - kept[-1].t < 0.25 and frame.kind not in ("start", "end"):
                    continue
                kept.append(frame)
            out.extend(kept)
        return out

    def _side_time(self, roll: RollReading) -> float:
        """When the trunk is a quarter turn from where it started (on the side)."""
        s = self.samples
        column = WAVE_PARTS.index("pelvis")
        start = self._angles_at(roll.t0)[column]
        mask = (s.times >= roll.t0) & (s.times <= roll.t1)
        times, angles = s.times[mask], s.angles[mask, column]
        if len(times) == 0:
            return (roll.t0 + roll.t1) / 2.0
        turned = np.abs(angles - start)
        i = int(np.argmin(np.abs(turned - 90.0)))
        return float(times[i])


def _lead_begins(roll: RollReading) -> float:
    """The lead is plain to see: a knee well lifted before it hands over, or the leader turned
    alone just before the first follower starts."""
    if roll.handovers:
        return roll.t0 + 0.6 * (roll.handovers[0] - roll.t0)
    order = roll.order()
    if len(order) >= 2:
        return max(roll.t0, roll.starts[order[1]] - 0.05)
    return roll.t0 + 0.2 * (roll.t1 - roll.t0)


def _roll_angle(vec: np.ndarray) -> np.ndarray:
    """Roll about the body's long axis of vectors pointing to the person's own left: 0 face up,
    rising as they roll to the left (own left goes from +x towards -z)."""
    return np.degrees(np.arctan2(-vec[..., 2], vec[..., 0]))


def _unwrap_near(angles: np.ndarray, reference: np.ndarray) -> np.ndarray:
    return angles + 360.0 * np.round((reference - angles) / 360.0)


def sample_times(duration_s: float) -> np.ndarray:
    n = int(min(max(duration_s / 0.1, 24), MAX_SAMPLES))
    return np.linspace(0.0, duration_s, n + 1)


def _pose_arrays(
    tl: Timeline, times: np.ndarray
) -> tuple[list[Pose], np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    poses = [tl.pose_at(float(t)) for t in times]
    names = tl.body.joint_names
    joints = np.array([[pose.joints[name] for name in names] for pose in poses])
    head_front = np.array([pose.frames["head"][1] for pose in poses])
    chest = names.index("mid_back")
    lead = np.empty((len(poses), 3))
    for i, pose in enumerate(poses):
        total = sum(pose.highlight.values())
        if total > 0.01:
            point = sum(
                np.array(pose.joints[part]) * weight for part, weight in pose.highlight.items()
            )
            lead[i] = point / total
        else:
            lead[i] = joints[i, chest]
    spine = np.array([[pose.rotation_deg[p] for p in WAVE_PARTS[:-1]] for pose in poses])
    left, right = names.index("left_knee"), names.index("right_knee")
    legs = _unwrap_near(_roll_angle(joints[:, left] - joints[:, right]), spine[:, -1])
    angles = np.column_stack([spine, legs])
    twist = np.array([pose.twist_deg for pose in poses])
    return poses, joints, head_front, lead, angles, twist


def _radii(tl: Timeline) -> np.ndarray:
    names = tl.body.joint_names
    radii = np.zeros(len(names))
    for bone in tl.body.bones:
        for end in (bone.start, bone.end):
            i = names.index(end)
            radii[i] = max(radii[i], bone.radius_m)
    return radii


def _rolls(tl: Timeline, samples: Samples) -> list[RollReading]:
    """Rolls from the plan: a run of samples with the same step and start/end turn; the motion
    ends where the glow goes out (the rest that follows has no leader)."""
    times = samples.times
    keys = []
    for t in times:
        point = tl.plan_at(float(t))
        keys.append((point.step_id, point.travel_turns, point.direction))
    runs: list[tuple[int, int]] = []
    begin = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[begin]:
            runs.append((begin, i - 1))
            begin = i
    rolls = []
    for first, last in runs:
        step_id, (theta0, theta1), direction = keys[first]
        t0 = (
            float(times[first])
            if first == 0
            else _edge(tl, times[first - 1], times[first], keys[first])
        )
        t_end = float(times[last])
        if last + 1 < len(times):
            t_end = _edge(tl, times[last], times[last + 1], keys[last], inside=True)
        t1 = _motion_end(tl, t0, t_end)
        rolls.append(_read_roll(tl, samples, step_id, t0, t1, direction, theta1 - theta0))
    return rolls


def _edge(
    tl: Timeline, lo: float, hi: float, key: tuple[object, ...], *, inside: bool = False
) -> float:
    """Bisect the moment the plan's (step, travel, direction) becomes (or stops being) `key`."""
    lo, hi = float(lo), float(hi)
    for _ in range(24):
        mid = (lo + hi) / 2.0
        point = tl.plan_at(mid)
        same = (point.step_id, point.travel_turns, point.direction) == key
        if same != inside:
            lo = mid
        else:
            hi = mid
    return hi if not inside else lo


def _motion_end(tl: Timeline, t0: float, t_end: float) -> float:
    """The last moment before the rest at the end of a roll (where the plan has no glow)."""
    if tl.plan_at(t_end).highlight:
        return t_end
    lo, hi = t0, t_end
    for _ in range(30):
        mid = (lo + hi) / 2.0
        if tl.plan_at(mid).highlight:
            lo = mid
        else:
            hi = mid
    return lo


def _read_roll(
    tl: Timeline,
    samples: Samples,
    step_id: str,
    t0: float,
    t1: float,
    direction: str,
    span_deg: float,
) -> RollReading:
    times = samples.times
    inside = (times >= t0 - 1e-9) & (times <= t1 + 1e-9)
    idx = np.nonzero(inside)[0]
    start_angles = _interp_rows(times, samples.angles, t0)
    starts: dict[str, float] = {}
    for column, part in enumerate(WAVE_PARTS):
        moved = np.abs(samples.angles[idx, column] - start_angles[column])
        over = np.nonzero(moved >= START_THRESHOLD_DEG)[0]
        if len(over) == 0:
            continue
        k = idx[over[0]]
        if k == idx[0]:
            starts[part] = float(times[k])
            continue
        # Between the sample before and this one, where it crossed the threshold.
        m0 = abs(samples.angles[k - 1, column] - start_angles[column])
        m1 = abs(samples.angles[k, column] - start_angles[column])
        a = 0.0 if m1 <= m0 else (START_THRESHOLD_DEG - m0) / (m1 - m0)
        starts[part] = float(times[k - 1] + a * (times[k] - times[k - 1]))
    leaders: list[str] = []
    handovers: list[float] = []
    previous: str | None = None
    previous_t = t0
    for t in times[idx]:
        leading = tl.plan_at(float(t)).leading
        if leading is not None:
            if leading not in leaders:
                leaders.append(leading)
            if previous is not None and leading != previous:
                handovers.append(_handover(tl, previous_t, float(t), previous))
            previous, previous_t = leading, float(t)
    twist = np.abs(samples.twist[idx]) if len(idx) else np.zeros(1)
    peak = int(np.argmax(twist))
    peak_t = float(times[idx[peak]]) if len(idx) else t0
    return RollReading(
        step_id=step_id,
        t0=t0,
        t1=t1,
        direction=direction,
        leaders=tuple(leaders),
        starts=starts,
        handovers=tuple(handovers),
        twist_peak_t=peak_t,
        twist_peak_deg=float(samples.twist[idx[peak]]) if len(idx) else 0.0,
        span_deg=span_deg,
    )


def _handover(tl: Timeline, lo: float, hi: float, before: str) -> float:
    for _ in range(24):
        mid = (lo + hi) / 2.0
        if tl.plan_at(mid).leading == before:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2.0


def _interp_rows(times: np.ndarray, rows: np.ndarray, t: float) -> np.ndarray:
    return np.array([np.interp(t, times, rows[:, c]) for c in range(rows.shape[1])])


def _bands(tl: Timeline, times: np.ndarray) -> list[LeadBand]:
    """Runs of one leader; the edges found to a millisecond."""
    bands: list[LeadBand] = []
    current: str | None = None
    begin = 0.0
    previous_t = 0.0
    for t in times:
        leading = tl.plan_at(float(t)).leading
        if leading != current:
            edge = (
                float(t)
                if not bands and current is None and t == times[0]
                else _change(tl, previous_t, float(t), current)
            )
            if current is not None:
                bands.append(LeadBand(begin, edge, current))
            current, begin = leading, edge
        previous_t = float(t)
    if current is not None:
        bands.append(LeadBand(begin, float(times[-1]), current))
    return bands


def _change(tl: Timeline, lo: float, hi: float, before: str | None) -> float:
    for _ in range(20):
        mid = (lo + hi) / 2.0
        if tl.plan_at(mid).leading == before:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2.0


def read_timeline(tl: Timeline) -> Reading:
    """Sample the timeline and read it (about 10 samples a second)."""
    times = sample_times(tl.duration_s)
    _poses, joints, head_front, lead, angles, twist = _pose_arrays(tl, times)
    samples = Samples(
        times=times,
        joint_names=tl.body.joint_names,
        joints=joints,
        radii=_radii(tl),
        head_front=head_front,
        lead_point=lead,
        angles=angles,
        twist=twist,
    )
    return Reading(
        duration_s=tl.duration_s,
        samples=samples,
        rolls=_rolls(tl, samples),
        bands=_bands(tl, times),
        steps=tl.step_spans(),
        lateral_range=tl.lateral_range(),
    )


_cache: OrderedDict[tuple[object, ...], tuple[object, Reading]] = OrderedDict()
_lock = threading.Lock()


def reading_for(tl: Timeline) -> Reading:
    """The reading of a timeline, kept for the same motion and pace (it costs a few hundred
    poses; the preparer's worker computes it beside the motion)."""
    key = (
        tl.exercise_id,
        tl.target_id,
        tl.part3_leader,
        tl.arms,
        round(tl.duration_s, 6),
        id(tl.motion),
    )
    with _lock:
        found = _cache.get(key)
        if found is not None and found[0] is tl.motion:
            _cache.move_to_end(key)
            return found[1]
    reading = read_timeline(tl)
    with _lock:
        # The motion is held with its reading, so its id cannot be reused by another motion.
        _cache[key] = (tl.motion, reading)
        while len(_cache) > CACHE_ITEMS:
            _cache.popitem(last=False)
    return reading
