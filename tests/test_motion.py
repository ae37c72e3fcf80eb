"""The figure's motion, checked from the pose export for every step of the seed exercise."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest

from desktop_app.choreography import load_exercises
from desktop_app.motion import poses_document, timeline
from desktop_app.motion.skeleton import ROLL_RADIUS_M

ROOT = Path(__file__).resolve().parents[1]
FPS = 30.0
HALF_ROLL_M = ROLL_RADIUS_M * math.pi
NODES = ("head", "shoulders", "mid_back", "lower_back", "pelvis")
HEAD_CHAIN = ("head", "shoulders", "mid_back", "lower_back", "pelvis")
HIP_CHAIN = ("pelvis", "lower_back", "mid_back", "shoulders", "head")


@pytest.fixture(scope="module")
def exercise():
    return load_exercises(ROOT / "animations").exercises["middle_back_rolling"]


_docs: dict[tuple[str, str], dict] = {}


def doc(exercise, target: str, leader: str = "head") -> dict:
    key = (target, leader)
    if key not in _docs:
        _docs[key] = poses_document(exercise, target, fps=FPS, part3_leader=leader)
    return _docs[key]


STEPS = [
    "part1.1",
    "part1.2",
    "part1.3",
    "part1.4",
    "part2.1",
    "part2.2",
    "part2.3",
    "part2.4",
]
# (step, part3 leader) for every roll the app can show.
ROLLS = [(s, "head") for s in STEPS] + [("part3", "head"), ("part3", "knee_hip")]


def series(d: dict, node: str) -> list[float]:
    return [f["rotation_deg"][node] for f in d["frames"]]


def facing(theta: float) -> str:
    folded = round(theta / 180.0)
    assert abs(theta - 180.0 * folded) < 0.01, theta
    return "face_up" if folded % 2 == 0 else "face_down"


def first_time(d: dict, node: str, fraction: float, start: float, turn: float) -> float:
    for f in d["frames"]:
        if abs(f["rotation_deg"][node] - start) >= fraction * abs(turn):
            return f["t"]
    raise AssertionError(f"{node} never reached {fraction:.0%} of its turn")


def test_export_has_the_documented_shape(exercise) -> None:
    d = doc(exercise, "part1.1")
    assert {"exercise", "step", "duration_s", "direction", "frames"} <= set(d)
    assert (d["exercise"], d["step"], d["direction"]) == ("middle_back_rolling", "part1.1", "left")
    frame = d["frames"][0]
    assert {"t", "leading", "rotation_deg", "lateral_m", "joints"} <= set(frame)
    assert {"head", "shoulders", "mid_back", "pelvis"} <= set(frame["rotation_deg"])
    for name in (
        "head",
        "neck",
        "left_shoulder",
        "right_elbow",
        "left_hand",
        "mid_back",
        "pelvis",
        "right_hip",
        "left_knee",
        "right_ankle",
        "left_foot",
    ):
        assert len(frame["joints"][name]) == 3
    assert d["frames"][-1]["t"] == pytest.approx(d["duration_s"])
    assert len(d["frames"]) == math.floor(d["duration_s"] * FPS) + 1 + (
        0 if (d["duration_s"] * FPS).is_integer() else 1
    )


@pytest.mark.parametrize(("step_id", "leader"), ROLLS)
def test_starts_and_ends_in_the_steps_orientation(exercise, step_id: str, leader: str) -> None:
    step = exercise.step(step_id)
    d = doc(exercise, step_id, leader)
    for node in NODES:
        assert facing(d["frames"][0]["rotation_deg"][node]) == step.start
        assert facing(d["frames"][-1]["rotation_deg"][node]) == step.end
    words = {"face_up": "face up", "face_down": "face down"}
    assert d["frames"][0]["status"] == words[step.start]
    assert d["frames"][-1]["status"] == words[step.end]


@pytest.mark.parametrize("step_id", STEPS)
def test_turns_and_travels_the_way_the_step_says(exercise, step_id: str) -> None:
    step = exercise.step(step_id)
    d = doc(exercise, step_id)
    sign = 1 if step.direction == "left" else -1
    first, last = d["frames"][0], d["frames"][-1]
    for node in NODES:
        turned = last["rotation_deg"][node] - first["rotation_deg"][node]
        assert turned == pytest.approx(sign * 180.0, abs=0.01)
        # Never turns back against the roll on the way.
        values = series(d, node)
        assert all(sign * (b - a) >= -1e-6 for a, b in itertools.pairwise(values))
    travel = last["lateral_m"] - first["lateral_m"]
    assert travel == pytest.approx(sign * HALF_ROLL_M, rel=0.01)
    pelvis_x = [f["joints"]["pelvis"][0] for f in (first, last)]
    assert sign * (pelvis_x[1] - pelvis_x[0]) > 0.35


@pytest.mark.parametrize("step_id", ["part1.2", "part1.4", "part2.2", "part2.4"])
def test_back_to_the_centre_face_up(exercise, step_id: str) -> None:
    last = doc(exercise, step_id)["frames"][-1]
    assert last["lateral_m"] == pytest.approx(0.0, abs=1e-3)
    assert last["rotation_deg"]["pelvis"] == pytest.approx(0.0, abs=1e-3)


@pytest.mark.parametrize(("step_id", "leader"), ROLLS)
def test_the_leader_goes_first_and_the_rest_follow_in_chain_order(
    exercise, step_id: str, leader: str
) -> None:
    d = doc(exercise, step_id, leader)
    start = d["frames"][0]["rotation_deg"]
    # Each part's own turn: a half roll, or Part 3's whole way out.
    turn = max(abs(f["rotation_deg"]["head"] - start["head"]) for f in d["frames"])
    knee_led = d["frames"][0]["leading"] in ("right_knee", "left_knee")
    chain = HIP_CHAIN if knee_led else HEAD_CHAIN
    times = [first_time(d, node, 0.10, start[node], turn) for node in chain]
    assert times == sorted(times) and len(set(times)) == len(times), dict(
        zip(chain, times, strict=False)
    )
    if knee_led:
        knee = d["frames"][0]["leading"]
        z0 = d["frames"][0]["joints"][knee][2]
        lifted = next(f["t"] for f in d["frames"] if f["joints"][knee][2] > z0 + 0.05)
        pelvis_moves = first_time(d, "pelvis", 0.02, start["pelvis"], turn)
        assert lifted < pelvis_moves, "the knee lifts before the pelvis turns"
        # The knee crosses over the other leg: towards the roll, past the other knee.
        other = knee.replace("right", "other").replace("left", "right").replace("other", "left")
        sign = 1 if d["frames"][0]["leading"].startswith("right") else -1
        crossed = max(
            sign * (f["joints"][knee][0] - f["joints"][other][0])
            for f in d["frames"]
            if f["t"] < pelvis_moves
        )
        assert crossed > 0.0


@pytest.mark.parametrize(("step_id", "leader"), ROLLS)
def test_the_lead_is_lit_and_handed_on(exercise, step_id: str, leader: str) -> None:
    step = exercise.step(step_id)
    d = doc(exercise, step_id, leader)
    lit = [f["leading"] for f in d["frames"] if f["leading"]]
    order = list(dict.fromkeys(lit))
    if step_id == "part3":
        expected = (
            ["head"] if leader == "head" else ["right_knee", "right_hip", "left_knee", "left_hip"]
        )
    else:
        expected = list(step.leader)
    assert order == expected
    assert d["frames"][0]["leading"] == expected[0]


@pytest.mark.parametrize(("step_id", "leader"), ROLLS)
def test_middle_back_twists_gently_then_unwinds(exercise, step_id: str, leader: str) -> None:
    d = doc(exercise, step_id, leader)
    twist = [f["rotation_deg"]["shoulders"] - f["rotation_deg"]["pelvis"] for f in d["frames"]]
    peak = max(abs(x) for x in twist)
    assert 20.0 <= peak <= 45.0
    mid = twist[len(twist) // 2 - len(twist) // 8 : len(twist) // 2 + len(twist) // 8]
    if step_id != "part3":
        assert min(abs(x) for x in mid) > 15.0, "the twist is visible through mid-roll"
    assert abs(twist[0]) < 0.01 and abs(twist[-1]) < 0.01


def _velocities(values: list[float]) -> list[float]:
    return [(b - a) * FPS for a, b in itertools.pairwise(values)]


@pytest.mark.parametrize(("step_id", "leader"), ROLLS)
def test_velocity_is_continuous_and_joints_never_jump(exercise, step_id: str, leader: str) -> None:
    d = doc(exercise, step_id, leader)
    for node in NODES:
        v = _velocities(series(d, node))
        peak = max(abs(x) for x in v)
        steps = [abs(b - a) for a, b in itertools.pairwise(v)]
        assert max(steps) < 0.08 * peak, node
        assert abs(v[0]) < 0.08 * peak and abs(v[-1]) < 0.08 * peak, "starts and stops softly"
    frames = d["frames"]
    for a, b in itertools.pairwise(frames):
        dt = b["t"] - a["t"]
        for name, p in b["joints"].items():
            q = a["joints"][name]
            assert math.dist(p, q) < 2.0 * dt + 1e-3, (name, a["t"])


@pytest.mark.parametrize(("step_id", "leader"), ROLLS)
def test_the_leader_keeps_a_constant_speed_mid_roll(exercise, step_id: str, leader: str) -> None:
    d = doc(exercise, step_id, leader)
    knee_led = d["frames"][0]["leading"] in ("right_knee", "left_knee")
    node = "pelvis" if knee_led else "head"
    values = series(d, node)
    v = _velocities(values)
    start = values[0]
    out = max(abs(x - start) for x in values)
    mid = [
        abs(speed)
        for speed, value in zip(v, values, strict=False)
        if 0.25 * out <= abs(value - start) <= 0.75 * out
    ]
    if step_id == "part3":
        # Out and back: only the way out counts here.
        turn_point = values.index(max(values, key=lambda x: abs(x - start)))
        mid = [
            abs(speed)
            for speed, value in zip(v[:turn_point], values[:turn_point], strict=False)
            if 0.25 * out <= abs(value - start) <= 0.75 * out
        ]
    assert len(mid) > 10
    assert max(mid) / min(mid) < 1.03
    assert 15.0 < sum(mid) / len(mid) < 60.0, "slow: tens of degrees a second"


@pytest.mark.parametrize("leader", ["head", "knee_hip"])
def test_part3_goes_over_and_over_then_returns_to_where_it_started(exercise, leader: str) -> None:
    d = doc(exercise, "part3", leader)
    pelvis = series(d, "pelvis")
    assert max(pelvis) >= 720.0 - 1e-6, "at least two full turns to the left"
    lateral = [f["lateral_m"] for f in d["frames"]]
    assert max(lateral) == pytest.approx(4 * HALF_ROLL_M, rel=0.01)
    assert lateral[-1] == pytest.approx(0.0, abs=1e-3)
    first, last = d["frames"][0]["joints"], d["frames"][-1]["joints"]
    assert all(math.dist(last[n], first[n]) < 1e-3 for n in first)
    peak_at = pelvis.index(max(pelvis))
    assert all(b <= a + 1e-6 for a, b in zip(pelvis[peak_at:], pelvis[peak_at + 1 :], strict=False))


@pytest.mark.parametrize("part_id", ["part1", "part2"])
def test_a_whole_part_plays_its_steps_joined_without_a_jump(exercise, part_id: str) -> None:
    d = doc(exercise, part_id)
    assert [s["id"] for s in d["steps"]] == [s.id for s in exercise.part(part_id).steps]
    assert d["direction"] is None
    frames = d["frames"]
    for a, b in itertools.pairwise(frames):
        dt = b["t"] - a["t"]
        for node in NODES:
            assert abs(b["rotation_deg"][node] - a["rotation_deg"][node]) < 60.0 * dt + 1e-6
        for name, p in b["joints"].items():
            assert math.dist(p, a["joints"][name]) < 2.0 * dt + 1e-3, (name, a["t"])
    steps_seen = list(dict.fromkeys(f["step"] for f in frames))
    assert steps_seen == [s.id for s in exercise.part(part_id).steps]
    assert frames[-1]["lateral_m"] == pytest.approx(0.0, abs=1e-3)
    # Between steps the lead fades out and in again: "dip in and out of leading".
    assert any(f["leading"] is None for f in frames)


def test_time_based_and_pure(exercise) -> None:
    slow = poses_document(exercise, "part1.3", fps=10)
    fast = poses_document(exercise, "part1.3", fps=60)
    by_t = {f["t"]: f for f in fast["frames"]}
    for frame in slow["frames"]:
        assert by_t[frame["t"]] == frame
    tl = timeline(exercise, "part2.1")
    assert tl.pose_at(3.3) == tl.pose_at(3.3)


def test_the_practice_pace_scales_the_motion(exercise) -> None:
    normal = timeline(exercise, "part1.1")
    quick = timeline(exercise, "part1.1", duration_s=4.25)
    assert quick.duration_s == pytest.approx(4.25)
    for fraction in (0.1, 0.3, 0.5, 0.8):
        a = normal.pose_at(fraction * normal.duration_s)
        b = quick.pose_at(fraction * quick.duration_s)
        assert a.rotation_deg == pytest.approx(b.rotation_deg)
        assert a.joints == b.joints
    whole = timeline(exercise, "part3", duration_s=5.0)
    assert whole.duration_s == pytest.approx(2 * 4 * 5.0 + 0.2 * 5.0)
    with pytest.raises(ValueError):
        timeline(exercise, "part1.1", duration_s=0.0)
    with pytest.raises(KeyError, match="part9"):
        timeline(exercise, "part9")
