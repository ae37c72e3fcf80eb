"""The single validator that the form, the importer and the repository share."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.journal.entry import (
    EntryData,
    EntryInvalid,
    from_record,
    to_record,
    validate,
)

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def entry(**changes: object) -> EntryData:
    base = EntryData(started_at=NOW, duration_s=600, parts=frozenset({"part1"}))
    return base.with_changes(**changes)


def fields(data: EntryData) -> list[str]:
    return [e.field for e in validate(data, NOW)]


def test_a_plain_session_is_valid() -> None:
    assert validate(entry(), NOW) == []


@given(st.integers(min_value=-10_000, max_value=30_000))
def test_duration_bounds(seconds: int) -> None:
    ok = 1 <= seconds <= 4 * 3600
    assert ("duration_s" not in fields(entry(duration_s=seconds))) == ok


@given(st.integers(min_value=-50, max_value=50), st.sampled_from(["pain_before", "pain_after"]))
def test_pain_is_0_to_10(value: int, name: str) -> None:
    assert (name not in fields(entry(**{name: value}))) == (0 <= value <= 10)


@given(st.integers(min_value=-5, max_value=10))
def test_smoothness_is_1_to_5(value: int) -> None:
    assert ("smoothness" not in fields(entry(smoothness=value))) == (1 <= value <= 5)


@given(st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=3)))
def test_start_at_most_a_day_ahead(offset: timedelta) -> None:
    ok = offset <= timedelta(days=1)
    assert ("started_at" not in fields(entry(started_at=NOW + offset))) == ok


writable_text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                        max_size=2100)


@given(writable_text)
def test_notes_up_to_2000_characters(notes: str) -> None:
    assert ("notes" not in fields(entry(notes=notes))) == (len(notes) <= 2000)


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


optional_pain = st.one_of(st.none(), st.integers(0, 10))
valid_entries = st.builds(
    EntryData,
    started_at=st.datetimes(
        min_value=datetime(2000, 1, 2), max_value=datetime(2026, 11, 25), timezones=st.just(UTC)
    ),
    duration_s=st.integers(1, 4 * 3600),
    parts=st.frozensets(st.sampled_from(["part1", "part2", "part3"]), min_size=1),
    pain_before=optional_pain,
    pain_after=optional_pain,
    stopped_hurt=st.booleans(),
    smoothness=st.one_of(st.none(), st.integers(1, 5)),
    right_part_led=st.sampled_from([None, "yes", "partly", "no"]),
    friend_checked=st.just(True),
    friend_remark=writable_text.map(lambda text: text[:50]),
    notes=writable_text.map(lambda text: text[:300]),
)


@given(valid_entries)
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
