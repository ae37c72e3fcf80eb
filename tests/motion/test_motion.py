"""The figure's motion, checked from the pose export for every step of the seed exercise.

Two kinds of checks: the plan (who leads, which way, the twist, the pace) and the body (bones
that keep their length, rest on the floor and on each other, move calmly, roll without sliding).
The body checks are in tests/helpers/body_checks.py;
`test_without_settling_the_body_checks_fail` shows they can fail.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from desktop_app.motion import poses_document, timeline
from tests.helpers import body_checks as bc
from tests.helpers.body_checks import Motion

FPS = 30.0
NODES = ("head", "shoulders", "mid_back", "lower_back", "pelvis")
HEAD_CHAIN = ("head", "shoulders", "mid_back", "lower_back", "pelvis")
HIP_CHAIN = ("pelvis", "lower_back", "mid_back", "shoulders", "head")
STEPS = ["part1.1", "part1.2", "part1.3", "part1.4", "part2.1", "part2.2", "part2.3", "part2.4"]
# (step, part 3 leader) for every roll the app can show.
ROLLS = [(s, "head") for s in STEPS] + [("part3", "head"), ("part3", "knee_hip")]
HEAD_LED = ["part1.2", "part1.4", "part2.1", "part2.2", "part2.3", "part2.4"]

_docs: dict[tuple[str, str], dict] = {}


def doc(exercise, target: str, leader: str = "head") -> dict:
    key = (target, leader)
    if key not in _docs:
        _docs[key] = poses_document(exercise, target, fps=FPS, part3_leader=leader)
    return _docs[key]


def motion(exercise, target: str, leader: str = "head") -> Motion:
    return Motion(doc(exercise, target, leader))


def series(d: dict, node: str) -> list[float]:
    return [f["rotation_deg"][node] for f in d["frames"]]


def facing(theta: float) -> str:
    folded = round(theta / 180.0)
    assert abs(theta - 180.0 * folded) < 2.0, theta
    return "face_up" if folded % 2 == 0 else "face_down"


def first_time(d: dict, node: str, fraction: float, start: float, turn: float) -> float:
    for f in d["frames"]:
        if abs(f["rotation_deg"][node] - start) >= fraction * abs(turn):
            return f["t"]
    raise AssertionError(f"{node} never reached {fraction:.0%} of its turn")


def half_roll_m(exercise) -> float:
    """How far the pelvis travels in a half roll: rolling on its own capsule, pi r + 2 L."""
    d = doc(exercise, "part2.1")
    first, last = d["frames"][0]["joints"]["pelvis"], d["frames"][-1]["joints"]["pelvis"]
    return abs(last[0] - first[0])


# ----- the export ------------------------------------------------------------------------
def test_export_has_the_documented_shape(exercise) -> None:
    d = doc(exercise, "part1.1")
    assert {"exercise", "step", "duration_s", "direction", "frames", "bones", "arms"} <= set(d)
    assert (d["exercise"], d["step"], d["direction"]) == ("middle_back_rolling", "part1.1", "left")
    frame = d["frames"][0]
    assert {"t", "leading", "rotation_deg", "lateral_m", "joints", "status"} <= set(frame)
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


def test_every_bone_joins_two_exported_joints_and_has_a_radius(exercise) -> None:
    d = doc(exercise, "part1.1")
    joints = set(d["frames"][0]["joints"])
    names = [bone["name"] for bone in d["bones"]]
    assert len(names) == len(set(names))
    for bone in d["bones"]:
        assert set(bone) == {"name", "from", "to", "radius_m"}
        assert {bone["from"], bone["to"]} <= joints and bone["from"] != bone["to"]
        assert 0.01 < bone["radius_m"] < 0.15
    by_name = {bone["name"]: bone for bone in d["bones"]}
    # The head is a bone from the neck to the head's centre.
    assert {by_name["head"]["from"], by_name["head"]["to"]} == {"neck", "head"}
    for limb in ("upper_arm", "forearm", "hand", "thigh", "shank", "heel", "foot"):
        assert {f"left_{limb}", f"right_{limb}"} <= set(names)


# ----- the plan --------------------------------------------------------------------------
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
        assert turned == pytest.approx(sign * 180.0, abs=2.0)
        # Never turns back against the roll on the way (beyond a wobble of a degree).
        values = series(d, node)
        assert all(sign * (b - a) >= -1.0 for a, b in itertools.pairwise(values)), node
    travel = last["lateral_m"] - first["lateral_m"]
    assert sign * travel > 0.35, "a half roll carries the body about a body width"
    assert travel == pytest.approx(sign * half_roll_m(exercise), abs=0.01)


@pytest.mark.parametrize("step_id", ["part1.2", "part1.4", "part2.2", "part2.4"])
def test_back_to_the_centre_face_up(exercise, step_id: str) -> None:
    last = doc(exercise, step_id)["frames"][-1]
    assert last["lateral_m"] == pytest.approx(0.0, abs=0.01)
    assert last["rotation_deg"]["pelvis"] == pytest.approx(0.0, abs=2.0)


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
        zip(chain, times, strict=True)
    )


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
    assert 15.0 <= peak <= 60.0
    mid = twist[len(twist) // 2 - len(twist) // 8 : len(twist) // 2 + len(twist) // 8]
    if step_id != "part3":
        assert min(abs(x) for x in mid) > 10.0, "the twist is visible through mid-roll"
    assert abs(twist[0]) < 1.0 and abs(twist[-1]) < 1.0


@pytest.mark.parametrize(("step_id", "leader"), ROLLS)
def test_the_leader_keeps_a_constant_speed_mid_roll(exercise, step_id: str, leader: str) -> None:
    d = doc(exercise, step_id, leader)
    knee_led = d["frames"][0]["leading"] in ("right_knee", "left_knee")
    node = "pelvis" if knee_led else "head"
    values = series(d, node)
    v = [(b - a) * FPS for a, b in itertools.pairwise(values)]
    start = values[0]
    out_to = max(range(len(values)), key=lambda i: abs(values[i] - start))
    out = abs(values[out_to] - start)
    mid = [
        abs(speed)
        for speed, value in zip(v[:out_to], values[:out_to], strict=False)
        if 0.25 * out <= abs(value - start) <= 0.75 * out
    ]
    assert len(mid) > 10
    # Averaged over a third of a second: the body's own small wobbles are not the pace.
    smooth = np.convolve(mid, np.ones(10) / 10, mode="valid")
    assert max(smooth) / min(smooth) < 1.1
    assert 12.0 < sum(mid) / len(mid) < 60.0, "slow: tens of degrees a second"


@pytest.mark.parametrize("leader", ["head", "knee_hip"])
def test_part3_goes_over_and_over_then_returns_to_where_it_started(exercise, leader: str) -> None:
    d = doc(exercise, "part3", leader)
    pelvis = series(d, "pelvis")
    assert max(pelvis) >= 718.0, "at least two full turns to the left"
    lateral = [f["lateral_m"] for f in d["frames"]]
    assert max(lateral) == pytest.approx(4 * half_roll_m(exercise), abs=0.04)
    assert lateral[-1] == pytest.approx(0.0, abs=0.02)
    peak_at = pelvis.index(max(pelvis))
    assert all(b <= a + 1.0 for a, b in itertools.pairwise(pelvis[peak_at:]))


def test_part3_with_knee_then_hip_leads_with_the_knee_at_every_face_up_pass(exercise) -> None:
    d = doc(exercise, "part3", "knee_hip")
    frames = d["frames"]
    passes = []
    for f in frames:
        if f["leading"] and f["leading"].endswith("knee"):
            if not passes or f["t"] - passes[-1][-1] > 1.0:
                passes.append([f["leading"], f["t"]])
            passes[-1][-1] = f["t"]
    # Out to the left: face up at 0 and 360 degrees; back to the right: at 720 and 360.
    assert [p[0] for p in passes] == ["right_knee", "right_knee", "left_knee", "left_knee"]


@pytest.mark.parametrize("part_id", ["part1", "part2"])
def test_a_whole_part_plays_its_steps_joined_without_a_jump(exercise, part_id: str) -> None:
    d = doc(exercise, part_id)
    assert [s["id"] for s in d["steps"]] == [s.id for s in exercise.part(part_id).steps]
    assert d["direction"] is None
    frames = d["frames"]
    for a, b in itertools.pairwise(frames):
        dt = b["t"] - a["t"]
        for node in NODES:
            assert abs(b["rotation_deg"][node] - a["rotation_deg"][node]) < 60.0 * dt + 1.0
        for name, p in b["joints"].items():
            assert math.dist(p, a["joints"][name]) < bc.MAX_SPEED_M_S * dt + 1e-3, (name, a["t"])
    steps_seen = list(dict.fromkeys(f["step"] for f in frames))
    assert steps_seen == [s.id for s in exercise.part(part_id).steps]
    assert frames[-1]["lateral_m"] == pytest.approx(0.0, abs=0.02)
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


def test_the_practice_pace_plays_the_same_motion_faster_or_slower(exercise) -> None:
    normal = timeline(exercise, "part1.1")
    quick = timeline(exercise, "part1.1", duration_s=exercise.step("part1.1").duration_s / 2)
    assert quick.duration_s == pytest.approx(normal.duration_s / 2)
    for fraction in (0.1, 0.3, 0.5, 0.8):
        a = normal.pose_at(fraction * normal.duration_s)
        b = quick.pose_at(fraction * quick.duration_s)
        assert a.rotation_deg == pytest.approx(b.rotation_deg)
        assert np.array(list(a.joints.values())) == pytest.approx(np.array(list(b.joints.values())))
    with pytest.raises(ValueError):
        timeline(exercise, "part1.1", duration_s=0.0)
    with pytest.raises(KeyError, match="part9"):
        timeline(exercise, "part9")


# ----- the body --------------------------------------------------------------------------
# Every roll, Part 3 with both leads. The knee-led Part 3 was the last to pass: the foot of the
# leg on top comes down onto the other leg on the way back (t = 61.3 s); without the feet's
# contact margin in body.xml it stops within three frames, a velocity step of 0.052 m/s.


@pytest.mark.parametrize(("step_id", "leader"), ROLLS)
def test_the_body_keeps_its_bones_rests_and_moves_calmly(exercise, step_id: str, leader: str):
    assert bc.failures(motion(exercise, step_id, leader)) == []


@pytest.mark.parametrize("step_id", HEAD_LED)
def test_in_a_head_lead_the_chin_tucks_or_lifts_on_the_neck(exercise, step_id: str) -> None:
    m = motion(exercise, step_id)
    assert m.head_nod_deg() >= 15.0
    assert m.head_off_neck().value <= bc.MAX_HEAD_OFF_NECK_M


@pytest.mark.parametrize(
    ("step_id", "knee", "other"), [("part1.1", "right", "left"), ("part1.3", "left", "right")]
)
def test_the_knee_lifts_and_its_leg_crosses_over_the_other(exercise, step_id, knee, other) -> None:
    m = motion(exercise, step_id)
    d = doc(exercise, step_id)
    pelvis = np.array(series(d, "pelvis"))
    moves = int(np.argmax(np.abs(pelvis - pelvis[0]) > 2.0))
    knee_z = m.joint(f"{knee}_knee")[:, 2]
    lifted = int(np.argmax(knee_z > knee_z[0] + 0.05))
    assert 0 < lifted < moves, "the knee lifts before the pelvis turns"
    # Over, not through: the crossing shank stays clear of the other leg while it crosses.
    by_name = {b[0]: b for b in m.bones}
    shank = by_name[f"{knee}_shank"]
    for other_bone in (f"{other}_thigh", f"{other}_shank"):
        gap = bc.segment_distance(*m.ends(shank), *m.ends(by_name[other_bone]))
        assert (shank[3] + by_name[other_bone][3] - gap)[:moves].max() <= bc.MAX_OVERLAP_M
    # The foot comes down on the floor beyond the other leg (towards the roll).
    sign = 1.0 if knee == "right" else -1.0
    ankle, other_knee = m.joint(f"{knee}_ankle"), m.joint(f"{other}_knee")
    beyond = sign * (ankle[:, 0] - other_knee[:, 0])
    down = ankle[:, 2] < 0.12
    assert np.any((beyond > 0.0) & down)


def test_the_pelvis_rolls_and_does_not_slide(exercise) -> None:
    for step_id, leader in ROLLS:
        assert motion(exercise, step_id, leader).slip_per_half_roll().value <= bc.MAX_SLIP_M


def test_without_settling_the_body_checks_fail(exercise) -> None:
    """The checks can fail: a rigid puppet that only follows the plan floats and sinks."""
    puppet = Motion(_puppet_document(exercise, "part2.1"))
    broken = bc.failures(puppet)
    assert any(
        line.startswith(("hand resting", "foot resting", "below the floor")) for line in broken
    )


def _puppet_document(exercise, step_id: str) -> dict:
    from desktop_app.motion.export import frames_document

    tl = timeline(exercise, step_id, settle=False)
    return frames_document(exercise, tl, fps=FPS)
