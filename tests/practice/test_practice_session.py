"""The session clock, the guided plan and the guide controller (no Qt)."""

from __future__ import annotations

import pytest

from desktop_app.choreography import Exercise, load_exercises
from desktop_app.practice.clock import ClockState, SessionClock, format_elapsed
from desktop_app.practice.guide import GuidedSession
from desktop_app.practice.plan import SegmentKind, build_plan, default_pace, short_cue
from tests.helpers.exercises import uneven_pace_exercise
from tests.helpers.fakes import FakeClock, RecordingDemo

SEED_ORDER = {
    "part1": ["part1.1", "part1.2", "part1.3", "part1.4"],
    "part2": ["part2.1", "part2.2", "part2.3", "part2.4"],
    "part3": ["part3"],
}


@pytest.fixture(scope="module")
def exercise() -> Exercise:
    """Here the seed exercise with a different pace per step (overrides tests/conftest.py's)."""
    return uneven_pace_exercise()


def make_session(exercise: Exercise, parts: set[str], pace: float | None = None):
    clock = FakeClock()
    demo = RecordingDemo()
    plan = build_plan(exercise, parts, pace)
    return GuidedSession(plan, SessionClock(clock), demo), clock, demo


# --- clock ---------------------------------------------------------------------------------


def test_elapsed_is_exact_across_start_pause_resume() -> None:
    fake = FakeClock(5000.0)
    clock = SessionClock(fake)
    assert clock.state is ClockState.IDLE and clock.elapsed() == 0.0
    clock.start()
    fake.advance(12.25)
    assert clock.elapsed() == 12.25
    clock.pause()
    fake.advance(600.0)  # a long pause counts for nothing
    assert clock.elapsed() == 12.25
    clock.pause()  # pausing twice changes nothing
    clock.resume()
    fake.advance(7.5)
    assert clock.elapsed() == 19.75
    clock.resume()  # resuming while running changes nothing
    fake.advance(0.25)
    assert clock.elapsed() == 20.0
    clock.start()  # a new session starts from zero
    assert clock.elapsed() == 0.0
    clock.reset()
    assert clock.state is ClockState.IDLE and clock.elapsed() == 0.0


def test_elapsed_never_counts_ticks_and_survives_a_clock_glitch() -> None:
    fake = FakeClock(100.0)
    clock = SessionClock(fake)
    clock.start()
    fake.t = 90.0  # an injected clock going backwards must not give negative time
    assert clock.elapsed() == 0.0


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "00:00"), (59.99, "00:59"), (61, "01:01"), (3599, "59:59"), (3723, "1:02:03")],
)
def test_format_elapsed(seconds: float, text: str) -> None:
    assert format_elapsed(seconds) == text


# --- plan ----------------------------------------------------------------------------------


def test_plan_follows_the_seed_order_whatever_order_the_parts_are_chosen(
    exercise: Exercise,
) -> None:
    plan = build_plan(exercise, ["part3", "part1", "part2"])
    rolls = [plan.segments[i].step_id for i in plan.roll_indices]
    assert rolls == SEED_ORDER["part1"] + SEED_ORDER["part2"] + SEED_ORDER["part3"]
    kinds = [s.kind for s in plan.segments]
    assert kinds[0] is SegmentKind.READY
    # a rest between parts, none before the first or after the last
    assert [i for i, k in enumerate(kinds) if k is SegmentKind.REST] == [5, 10]
    assert plan.parts == ("part1", "part2", "part3")


def test_plan_for_one_part_has_no_rest(exercise: Exercise) -> None:
    plan = build_plan(exercise, {"part2"})
    assert [s.kind for s in plan.segments] == [SegmentKind.READY] + [SegmentKind.ROLL] * 4
    assert [s.roll_number for s in plan.segments[1:]] == [1, 2, 3, 4]
    assert all(s.rolls_in_part == 4 and s.part_title == "Part 2" for s in plan.segments[1:])


def test_plan_takes_its_pace_from_the_exercise_and_scales_it(exercise: Exercise) -> None:
    assert default_pace(exercise) == 8.0
    plan = build_plan(exercise, {"part1", "part3"})
    by_step = {s.step_id: s for s in plan.segments if s.is_roll}
    assert by_step["part1.1"].duration_s == 8.5  # the file's own pace for each step
    assert by_step["part1.2"].duration_s == 8.0
    # Part 3: four half rolls out and four back at 7 s each, with a pause at the turn
    assert by_step["part3"].half_rolls == 8
    assert by_step["part3"].duration_s == pytest.approx(8 * 7.0 + 0.2 * 7.0)
    assert [by_step["part3"].half_roll_at(t) for t in (0, 6.9, 7.0, 27.9, 29.0, 29.3, 57.3)] \
        == [1, 1, 2, 4, 5, 5, 8]

    slow = build_plan(exercise, {"part1"}, pace_s=12.0)
    slow_by_step = {s.step_id: s for s in slow.segments if s.is_roll}
    assert slow_by_step["part1.2"].pace_s == 12.0
    assert slow_by_step["part1.1"].pace_s == pytest.approx(8.5 * 12 / 8)
    assert build_plan(exercise, {"part1"}, pace_s=1.0).segments[1].pace_s >= 3.0  # clamped


def test_plan_captions_are_short_and_keep_the_seed_sentence(exercise: Exercise) -> None:
    plan = build_plan(exercise, {"part1", "part2", "part3"})
    cues = {s.step_id: s.cue for s in plan.segments if s.is_roll}
    assert cues["part1.1"] == (
        "Right knee over the left leg, right hip leads, roll left to face down"
    )
    assert cues["part1.2"] == "Head leads, roll right back to the centre, face up"
    assert cues["part1.3"] == (
        "Left knee over the right leg, left hip leads, roll right to face down"
    )
    assert cues["part2.1"] == "Head leads, roll left to face down"
    assert cues["part2.4"] == "Head leads, roll left back to the centre, face up"
    assert cues["part3"] == (
        "Roll over and over to the left, 2 full turns, then back. Your chosen part leads."
    )
    for segment in plan.segments:
        if segment.is_roll:
            assert segment.detail == exercise.step(segment.step_id).caption
            assert len(segment.cue) < 90
    assert short_cue(exercise.step("part1.4")).endswith("roll left back to the centre, face up")


@pytest.mark.parametrize("pace", [None, 3.0, 8.0, 11.5, 30.0])
def test_each_roll_lasts_exactly_as_long_as_its_demonstration(pace: float | None) -> None:
    from desktop_app.motion import timeline

    # The seed's own file: its steps are simulated for the other tests already.
    exercise = load_exercises().exercises["middle_back_rolling"]

    plan = build_plan(exercise, {"part1", "part2", "part3"}, pace)
    for segment in plan.segments:
        if segment.is_roll:
            for leader in ("head", "knee_hip"):
                demo = timeline(exercise, segment.step_id, part3_leader=leader,
                                duration_s=segment.pace_s)
                assert segment.duration_s == pytest.approx(demo.duration_s), segment.step_id


def test_empty_choice_gives_an_empty_plan(exercise: Exercise) -> None:
    plan = build_plan(exercise, set())
    assert plan.segments == () and plan.completed_parts(set()) == frozenset()


# --- guide ---------------------------------------------------------------------------------


@pytest.mark.parametrize("parts", [{"part1"}, {"part2"}, {"part3"}, {"part1", "part2"},
                                   {"part1", "part2", "part3"}])
def test_guide_visits_every_step_in_seed_order_with_the_demo_in_sync(
    exercise: Exercise, parts: set[str]
) -> None:
    session, clock, demo = make_session(exercise, parts)
    session.start()
    assert demo.calls[0] == ("set_interactive", False)  # no stray clicks mid-practice
    seen: list[str] = []
    # Uneven, late ticks: the position comes from the clock, not from counting ticks.
    steps = [0.37, 1.9, 0.05, 2.6]
    i = 0
    while not session.complete:
        clock.advance(steps[i % len(steps)])
        i += 1
        session.update()
        current = session.current
        if current is not None and current.is_roll:
            assert demo.playing == current.step_id  # the demo shows the roll being done
            if not seen or seen[-1] != current.step_id:
                seen.append(current.step_id)
        elif current is not None:
            assert demo.playing is None  # paused during the lead-in and rests
    expected = [step for part in ("part1", "part2", "part3") if part in parts
                for step in SEED_ORDER[part]]
    assert seen == expected
    assert demo.played() == expected  # each roll started exactly once, in order
    assert session.completed_parts() == frozenset(parts)
    # The clock stops at the end of the last roll, to the exact plan length.
    assert session.elapsed() == pytest.approx(session.plan.total_s)
    clock.advance(100)
    assert session.elapsed() == pytest.approx(session.plan.total_s)


def test_demo_gets_the_pace_of_each_roll(exercise: Exercise) -> None:
    session, clock, demo = make_session(exercise, {"part1"}, pace=10.0)
    session.start()
    clock.advance(10.0)  # the lead-in
    session.update()
    assert demo.calls[-1] == ("play_step", "part1.1", pytest.approx(8.5 * 10 / 8))


def test_late_update_lands_on_the_right_roll_and_counts_the_rolls_passed(
    exercise: Exercise,
) -> None:
    session, clock, demo = make_session(exercise, {"part1", "part2"})
    session.start()
    clock.advance(10 + 8.5 + 8.0 + 3.0)  # lead-in, part1.1, part1.2, 3 s into part1.3
    assert session.update()
    assert session.current.step_id == "part1.3"
    assert session.remaining() == pytest.approx(5.5)
    assert demo.played() == ["part1.3"]  # only the roll under way is played
    assert session.done_rolls == frozenset({1, 2})
    assert not session.update()  # no change without time passing


def test_skip_and_back_move_by_one_roll(exercise: Exercise) -> None:
    session, clock, demo = make_session(exercise, {"part1", "part2"})
    session.start()
    session.skip()  # out of the lead-in
    assert session.current.step_id == "part1.1"
    clock.advance(2.0)
    session.skip()
    assert session.current.step_id == "part1.2" and session.remaining() == 8.0
    session.back()
    assert session.current.step_id == "part1.1" and session.remaining() == 8.5
    session.back()  # at the first roll: start it again
    assert session.current.step_id == "part1.1"
    for _ in range(3):
        session.skip()
    assert session.current.step_id == "part1.4"
    session.skip()  # over the rest, straight to the next roll
    assert session.current.step_id == "part2.1"
    session.back()
    assert session.current.step_id == "part1.4"
    assert demo.played() == ["part1.1", "part1.2", "part1.1", "part1.1", "part1.2",
                             "part1.3", "part1.4", "part2.1", "part1.4"]
    # Skipped rolls do not count: nothing was completed.
    assert session.completed_parts() == frozenset()


def test_skip_in_a_rest_goes_to_the_next_roll_and_past_the_last_roll_ends(
    exercise: Exercise,
) -> None:
    session, clock, _demo = make_session(exercise, {"part1", "part2"})
    session.start()
    clock.advance(10 + 8.5 + 8 + 8.5 + 8 + 1)  # 1 s into the rest
    session.update()
    assert session.current.kind is SegmentKind.REST
    session.skip()
    assert session.current.step_id == "part2.1"
    assert session.completed_parts() == frozenset({"part1"})
    for _ in range(3):
        session.skip()
    assert session.current.step_id == "part2.4"
    session.skip()
    assert session.complete and session.current is None
    assert session.completed_parts() == frozenset({"part1"})
    session.skip()
    session.back()  # nothing to move once complete
    assert session.complete


def test_a_part_counts_only_when_all_its_rolls_were_done(exercise: Exercise) -> None:
    session, clock, _demo = make_session(exercise, {"part1"})
    session.start()
    clock.advance(10 + 8.5 + 8 + 8.5 + 7.9)  # 0.1 s short of the last roll's end
    session.update()
    assert session.completed_parts() == frozenset()
    clock.advance(0.1)
    session.update()
    assert session.completed_parts() == frozenset({"part1"}) and session.complete


def test_pause_freezes_the_roll_and_resume_replays_it_from_its_start(
    exercise: Exercise,
) -> None:
    session, clock, demo = make_session(exercise, {"part2"})
    session.start()
    clock.advance(13.0)  # 3 s into part2.1
    session.update()
    session.pause()
    assert demo.calls[-1] == ("pause",)
    clock.advance(120.0)
    session.update()
    assert session.elapsed() == 13.0 and session.remaining() == 5.0
    session.resume()
    assert demo.calls[-1] == ("play_step", "part2.1", 8.0)
    assert session.remaining() == 8.0 and session.elapsed() == 13.0
    clock.advance(8.0)
    session.update()
    assert session.current.step_id == "part2.2"


def test_stop_freezes_time_and_gives_the_demo_back(exercise: Exercise) -> None:
    session, clock, demo = make_session(exercise, {"part1"})
    session.start()
    clock.advance(20.0)
    session.update()
    assert session.stop() == 20.0
    assert demo.calls[-2:] == [("pause",), ("set_interactive", True)]
    clock.advance(50.0)
    assert session.elapsed() == 20.0 and not session.active


def test_without_a_plan_the_guide_is_a_plain_timer() -> None:
    from desktop_app.practice.plan import GuidedPlan

    clock = FakeClock()
    demo = RecordingDemo()
    session = GuidedSession(GuidedPlan((), ()), SessionClock(clock), demo)
    session.start()
    assert demo.calls == [("set_interactive", True)]
    clock.advance(30.0)
    assert not session.update() and not session.complete and session.current is None
    session.skip()
    assert session.elapsed() == 30.0 and session.remaining() == 0.0
