"""Hypothesis strategies shared by the property tests: valid entries drawn near the limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import strategies as st

from desktop_app.journal.entry import (
    LED_RIGHT,
    OTHER_LEADS,
    PARTS,
    RIGHT_PART_LED,
    EntryData,
    FriendRoll,
)

# The limits as the form and the help promise them, written out rather than read from
# desktop_app/journal/entry.py: a changed limit there is then caught, not followed.
DURATION_MIN_S, DURATION_MAX_S = 1, 4 * 60 * 60
PAIN_MIN, PAIN_MAX = 0, 10
SMOOTHNESS_MIN, SMOOTHNESS_MAX = 1, 5
NOTES_MAX = 2000
FRIEND_REMARK_MAX = 500
FRIEND_ROLLS_MAX = 200
EARLIEST_START = datetime(2000, 1, 1, tzinfo=UTC)
FUTURE_ALLOWANCE = timedelta(days=1)

# The moment the property tests validate against (no entry may start a day after it).
NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)

WRITABLE = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
ZONES = (UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8)))


def text_of_length(lengths: st.SearchStrategy[int]) -> st.SearchStrategy[str]:
    """Writable text of the drawn length: a varied start, then one character repeated (so
    2,000 characters cost no more to draw than 20)."""
    return st.tuples(st.text(WRITABLE, max_size=12), WRITABLE, lengths).map(
        lambda t: (t[0] + t[1] * t[2])[:t[2]])


def up_to(limit: int) -> st.SearchStrategy[int]:
    return st.one_of(st.integers(0, limit), st.sampled_from([0, limit - 1, limit]))


def within(low: int, high: int) -> st.SearchStrategy[int]:
    return st.one_of(st.integers(low, high), st.sampled_from([low, high]))


valid_rolls = st.lists(
    st.builds(FriendRoll, st.sampled_from(["part1.1", "part2.4", "part3", "part_9.x_1"]),
              st.sampled_from([LED_RIGHT, *OTHER_LEADS])),
    max_size=3,
).map(tuple) | st.just(tuple([FriendRoll("part1.1", LED_RIGHT)] * FRIEND_ROLLS_MAX))


@st.composite
def valid_entries(draw: st.DrawFn) -> EntryData:
    """A valid entry (at NOW), its numbers, texts and dates often at their limits."""
    started = draw(st.one_of(
        st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2026, 11, 25, 8),
                     timezones=st.sampled_from(ZONES)),
        st.sampled_from([EARLIEST_START, NOW + FUTURE_ALLOWANCE])))
    stopped_hurt = draw(st.booleans())
    parts = draw(st.frozensets(st.sampled_from(PARTS), min_size=0 if stopped_hurt else 1))
    friend_checked = draw(st.booleans())
    remark = draw(text_of_length(up_to(FRIEND_REMARK_MAX))) if friend_checked else \
        draw(st.sampled_from(["", " ", "\n\t "]))  # blank needs no friend's check
    optional = st.none() | within(PAIN_MIN, PAIN_MAX)
    return EntryData(
        started_at=started,
        duration_s=draw(within(DURATION_MIN_S, DURATION_MAX_S)),
        parts=parts,
        pain_before=draw(optional),
        pain_after=draw(optional),
        stopped_hurt=stopped_hurt,
        smoothness=draw(st.none() | within(SMOOTHNESS_MIN, SMOOTHNESS_MAX)),
        right_part_led=draw(st.sampled_from([None, *RIGHT_PART_LED])),
        friend_checked=friend_checked,
        friend_remark=remark,
        notes=draw(text_of_length(up_to(NOTES_MAX))),
        friend_rolls=draw(valid_rolls) if friend_checked else (),
    )


