"""The single validator that the form, the importer and the repository share."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.journal.entry import (
    FIELDS,
    LED_RIGHT,
    PARTS,
    EntryData,
    EntryInvalid,
    FriendRoll,
    checked,
    from_record,
    to_record,
    validate,
)
from tests.helpers.examples import examples
from tests.helpers.strategies import (
    DURATION_MAX_S,
    DURATION_MIN_S,
    EARLIEST_START,
    FRIEND_REMARK_MAX,
    FRIEND_ROLLS_MAX,
    FUTURE_ALLOWANCE,
    NOW,
    PAIN_MAX,
    PAIN_MIN,
    SMOOTHNESS_MAX,
    SMOOTHNESS_MIN,
    text_of_length,
    valid_entries,
)


def entry(**changes: object) -> EntryData:
    base = EntryData(started_at=NOW, duration_s=600, parts=frozenset({"part1"}))
    return base.with_changes(**changes)


def fields(data: EntryData) -> list[str]:
    return [e.field for e in validate(data, NOW)]


def test_a_plain_session_is_valid() -> None:
    assert validate(entry(), NOW) == []


@pytest.mark.parametrize("bad", ["a\x00b", "lone \ud800 surrogate", "\udcff"])
def test_text_that_cannot_be_written_as_utf8_is_refused(bad: str) -> None:
    problems = validate(entry(notes=bad, friend_checked=True, friend_remark=bad), NOW)
    assert [p.field for p in problems] == ["friend_remark", "notes"]
    assert all("NUL" in p.message or "UTF-8" in p.message for p in problems)


def test_naive_start_is_refused() -> None:
    assert "started_at" in fields(entry(started_at=datetime(2026, 1, 1, 8, 0)))


def test_parts_needed_unless_stopped_because_it_hurt() -> None:
    assert "parts" in fields(entry(parts=frozenset()))
    assert fields(entry(parts=frozenset(), stopped_hurt=True)) == []
    assert "parts" in fields(entry(parts=frozenset({"part4"})))


def test_right_part_led_choices() -> None:
    for choice in ("yes", "partly", "no", None):
        assert fields(entry(right_part_led=choice)) == []
    assert "right_part_led" in fields(entry(right_part_led="maybe"))


def test_friend_remark_needs_friend_checked() -> None:
    assert "friend_remark" in fields(entry(friend_remark="hips led"))
    assert fields(entry(friend_remark="hips led", friend_checked=True)) == []


def test_every_problem_is_reported_at_once() -> None:
    bad = entry(duration_s=0, pain_before=11, smoothness=9, parts=frozenset())
    assert fields(bad) == ["duration_s", "parts", "pain_before", "smoothness"]


# --- one valid entry with zero or one field broken -------------------------------------------
# Each case starts from a valid entry drawn near the limits (1 s and 4 h, pain 0 and 10, notes
# of up to exactly 2,000 characters...), then breaks one field or none. Validation must name
# exactly the broken field, or nothing; the counts check that both kinds of case were drawn.

def _not_int(low: int, high: int) -> st.SearchStrategy[object]:
    return st.one_of(st.integers(max_value=low - 1), st.integers(min_value=high + 1),
                     st.sampled_from([low - 1, high + 1, True, float(low), str(low)]))


def _unchecked(data: EntryData) -> EntryData:
    return data.with_changes(friend_checked=False, friend_remark="", friend_rolls=())


# field -> a strategy of functions that break that field (and only it) in a valid entry
BREAKERS: dict[str, st.SearchStrategy] = {
    "started_at": st.one_of(
        st.sampled_from([datetime(2026, 1, 1, 8), "2026-11-25T08:00:00+00:00",
                         NOW + FUTURE_ALLOWANCE + timedelta(microseconds=1),
                         EARLIEST_START - timedelta(microseconds=1)]),
        st.timedeltas(min_value=timedelta(microseconds=1)).map(
            lambda d: NOW + FUTURE_ALLOWANCE + min(d, timedelta(days=10**5))),
        st.datetimes(max_value=datetime(1999, 12, 31, 23), timezones=st.just(UTC)),
    ).map(lambda value: lambda data: data.with_changes(started_at=value)),
    "duration_s": _not_int(DURATION_MIN_S, DURATION_MAX_S).map(
        lambda value: lambda data: data.with_changes(duration_s=value)),
    "parts": st.one_of(
        st.just(lambda data: data.with_changes(parts=frozenset(), stopped_hurt=False)),
        st.sampled_from(["part4", "Part1", "part0", ""]).map(
            lambda bad: lambda data: data.with_changes(parts=data.parts | {bad})),
    ),
    "pain_before": _not_int(PAIN_MIN, PAIN_MAX).map(
        lambda value: lambda data: data.with_changes(pain_before=value)),
    "pain_after": _not_int(PAIN_MIN, PAIN_MAX).map(
        lambda value: lambda data: data.with_changes(pain_after=value)),
    "stopped_hurt": st.sampled_from([1, "yes", None]).map(
        lambda value: lambda data: data.with_changes(stopped_hurt=value, parts=PARTS_ALL)),
    "smoothness": _not_int(SMOOTHNESS_MIN, SMOOTHNESS_MAX).map(
        lambda value: lambda data: data.with_changes(smoothness=value)),
    "right_part_led": st.sampled_from(["maybe", "Yes", "", "right"]).map(
        lambda value: lambda data: data.with_changes(right_part_led=value)),
    "friend_checked": st.sampled_from(["yes", 1, "true"]).map(
        lambda value: lambda data: data.with_changes(friend_checked=value)),
    "friend_remark": st.one_of(
        text_of_length(st.integers(FRIEND_REMARK_MAX + 1, 3 * FRIEND_REMARK_MAX)).map(
            lambda text: lambda data: data.with_changes(friend_remark=text,
                                                        friend_checked=True)),
        st.sampled_from(["x", " the hip led ", "a\x00b", "\ud800"]).map(
            lambda text: lambda data: _unchecked(data).with_changes(friend_remark=text)),
        st.just(lambda data: data.with_changes(friend_remark=5)),
    ),
    "friend_rolls": st.one_of(
        st.just(lambda data: data.with_changes(
            friend_checked=True,
            friend_rolls=tuple([FriendRoll("part1.1", LED_RIGHT)] * (FRIEND_ROLLS_MAX + 1)))),
        st.sampled_from([FriendRoll("Part1.1", LED_RIGHT), FriendRoll("part1.1", "elbow"),
                         FriendRoll("part1..1", "hip"), FriendRoll("", LED_RIGHT)]).map(
            lambda roll: lambda data: data.with_changes(friend_checked=True,
                                                        friend_rolls=(roll,))),
        st.just(lambda data: _unchecked(data).with_changes(
            friend_rolls=(FriendRoll("part1.1", LED_RIGHT),))),
        st.just(lambda data: data.with_changes(friend_rolls=[])),
    ),
    "notes": st.one_of(
        text_of_length(st.integers(2001, 6000)).map(
            lambda text: lambda data: data.with_changes(notes=text)),
        st.sampled_from(["a\x00b", "\udcff", None]).map(
            lambda text: lambda data: data.with_changes(notes=text)),
    ),
}
PARTS_ALL = frozenset(PARTS)


def test_every_field_has_a_breaker() -> None:
    assert sorted(BREAKERS) == sorted(FIELDS)


@pytest.mark.parametrize("name", FIELDS)
def test_one_broken_field_is_named_alone(name: str) -> None:
    seen: Counter[str] = Counter()

    @settings(max_examples=examples(100))
    # A coin of 0 and 1 drawn first: Hypothesis draws st.booleans() far from evenly here.
    @given(breaks=st.integers(0, 1), data=valid_entries(), breaker=BREAKERS[name])
    def check(breaks: int, data: EntryData, breaker) -> None:
        assert fields(data) == [], "the valid entry drawn is valid"
        if not breaks:
            seen["valid"] += 1
            return
        broken = breaker(data)
        seen["invalid"] += 1
        assert fields(broken) == [name]
        with pytest.raises(EntryInvalid):
            checked(broken, NOW)

    check()
    total = seen.total()
    # Both branches, each in a meaningful share of the cases drawn (about half each; at
    # least one in ten even on Hypothesis' unevenest draws).
    assert seen["valid"] >= 0.1 * total and seen["invalid"] >= 0.1 * total, seen


@pytest.mark.parametrize(("length", "ok"), [(1999, True), (2000, True), (2001, False)])
def test_notes_up_to_2000_characters(length: int, ok: bool) -> None:
    for notes in ("n" * length, "é" * length, ("line\n" * length)[:length]):
        assert len(notes) == length
        assert ("notes" not in fields(entry(notes=notes))) == ok


@pytest.mark.parametrize(("length", "ok"), [(499, True), (500, True), (501, False)])
def test_friend_remark_up_to_500_characters(length: int, ok: bool) -> None:
    remark = "r" * length
    assert (fields(entry(friend_remark=remark, friend_checked=True)) == []) == ok


@pytest.mark.parametrize(("count", "ok"), [(199, True), (200, True), (201, False)])
def test_friend_checks_up_to_200_rolls(count: int, ok: bool) -> None:
    rolls = tuple([FriendRoll("part1.1", LED_RIGHT)] * count)
    assert (fields(entry(friend_rolls=rolls, friend_checked=True)) == []) == ok


# The limits as the form and the help promise them, written out (not read from entry.py).
@pytest.mark.parametrize(("field", "low", "high"), [
    ("duration_s", 1, 4 * 3600), ("pain_before", 0, 10), ("pain_after", 0, 10),
    ("smoothness", 1, 5),
])
def test_numbers_at_and_beyond_their_limits(field: str, low: int, high: int) -> None:
    for value, ok in ((low - 1, False), (low, True), (high, True), (high + 1, False)):
        assert (fields(entry(**{field: value})) == []) == ok, value


@pytest.mark.parametrize("part", ["part1", "part2", "part3"])
def test_each_part_of_the_exercise_can_be_logged(part: str) -> None:
    assert fields(entry(parts=frozenset({part}))) == []
    assert fields(entry(parts=frozenset({part, "part4"}))) == ["parts"]


# What a friend can say led a roll, as the exercise's words name them (written out).
@pytest.mark.parametrize("led", ["right", "head", "shoulders", "arms", "chest", "hip", "knee",
                                 "legs"])
def test_every_part_that_can_lead_is_accepted(led: str) -> None:
    rolls = (FriendRoll("part1.1", led), FriendRoll("part3", led))
    assert fields(entry(friend_rolls=rolls, friend_checked=True)) == []


@pytest.mark.parametrize("roll", [
    FriendRoll("Part1.1", "right"), FriendRoll("part1.1", "elbow"), FriendRoll("part1..1", "hip"),
    FriendRoll("", "right"), FriendRoll("part 1.1", "right"), FriendRoll("part1.1", "Right"),
])
def test_a_friends_check_names_a_step_and_what_led(roll: FriendRoll) -> None:
    assert fields(entry(friend_rolls=(roll,), friend_checked=True)) == ["friend_rolls"]


def test_numbers_of_up_to_nine_digits_are_read_then_checked() -> None:
    def problem(duration: str) -> str:
        with pytest.raises(EntryInvalid) as caught:
            from_record({"started_at": "2026-11-24T08:00:00+00:00", "duration_s": duration,
                         "parts": "part1"}, NOW)
        (error,) = caught.value.errors
        assert error.field == "duration_s"
        return error.message

    assert "between 1 second and 4 hours" in problem("999999999")  # 9 digits: read
    assert "between 1 second and 4 hours" in problem("-99999999")
    assert "10 digits" in problem("1000000000")  # 10: refused unread
    assert "10 digits" in problem("+0000000001")


def test_start_at_the_edges_of_what_a_journal_holds() -> None:
    edge = timedelta(microseconds=1)
    assert fields(entry(started_at=NOW + timedelta(days=1))) == []
    assert fields(entry(started_at=NOW + timedelta(days=1) + edge)) == ["started_at"]
    assert fields(entry(started_at=datetime(2000, 1, 1, tzinfo=UTC))) == []
    assert fields(entry(started_at=datetime(2000, 1, 1, tzinfo=UTC) - edge)) == ["started_at"]


@given(valid_entries())
def test_record_round_trip_is_lossless(data: EntryData) -> None:
    assert from_record(to_record(data), NOW) == data


def test_record_errors_name_the_field() -> None:
    with pytest.raises(EntryInvalid) as caught:
        from_record({"started_at": "yesterday", "duration_s": "ten", "parts": "part1"}, NOW)
    assert [e.field for e in caught.value.errors] == ["started_at", "duration_s"]
    with pytest.raises(EntryInvalid) as caught:
        from_record({"started_at": "2026-01-01T08:00:00", "duration_s": "60", "parts": "1"}, NOW)
    messages = {e.field: e.message for e in caught.value.errors}
    assert "time zone" in messages["started_at"]
    assert "part" in messages["parts"]
