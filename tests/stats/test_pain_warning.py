"""The pain warning rule on generated journals: each trigger, its edges, clearing, pauses."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop_app.journal.repository import Journal
from desktop_app.journal.schedule_store import pause_practice
from desktop_app.stats.safety import (
    HURT_STOPS,
    LAST_RISE,
    RECENT_RISES,
    last_hurt_stop,
    pain_warning,
    warning_spans,
)
from tests.helpers.builders import session_at
from tools.sample_journal import generate_journal

TZ = ZoneInfo("Europe/Berlin")
HISTORY_END = date(2026, 10, 5)
NOW = datetime(2026, 10, 20, 12, 0, tzinfo=TZ)  # far enough back for NOW + 23 days


class Rig:
    """A generated journal (ending 2 weeks before NOW, hurt stops removed) plus the sessions
    a test adds, twelve hours apart, up to NOW."""

    def __init__(self, data_dir: Path) -> None:
        self.journal = Journal.open(data_dir)
        history = generate_journal(90, seed=11, end=HISTORY_END, tz=TZ)
        self.journal.import_entries([
            e.with_changes(stopped_hurt=False, parts=e.parts or frozenset({"part1"}))
            for e in history])

    def add(self, *pains: tuple[int | None, int | None], hurt: bool = False,
            end: datetime = NOW) -> None:
        """Sessions with these (before, after) pains, the last one an hour before `end`."""
        for back, (before, after) in enumerate(reversed(pains)):
            when = end - timedelta(hours=1 + 12 * back)
            self.journal.add(session_at(when, pain_before=before, pain_after=after,
                                        stopped_hurt=hurt))

    def warning(self, now: datetime = NOW):
        return pain_warning(self.journal.session_columns(), now)


@pytest.fixture
def rig(data_dir: Path):
    r = Rig(data_dir)
    yield r
    r.journal.close()


def test_the_generated_history_alone_shows_no_warning(rig: Rig) -> None:
    # Its practice eases the pain (after <= before) and it has no hurt stops.
    assert rig.warning() is None


def test_the_issue_journal_warns(rig: Rig) -> None:
    # 2 points higher after practice in each of the last 14 sessions, and one 2 -> 8.
    rig.add(*[(4, 6)] * 13, (2, 8))
    warning = rig.warning()
    assert warning is not None and warning.reasons == (RECENT_RISES, LAST_RISE)
    assert (warning.rises, warning.recent) == (4, 4)
    assert (warning.last_before, warning.last_after) == (2, 8)


@pytest.mark.parametrize(
    ("pains", "warns"),
    [
        ([(3, 5), (3, 3), (3, 5), (3, 3)], True),  # 2 of the last 4 rose by 2
        ([(3, 5), (3, 3), (3, 4), (3, 3)], False),  # one by 2, one by only 1
        ([(3, 5), (3, 3), (3, 3), (3, 3), (3, 3)], False),  # the rise is 5 sessions back
        ([(3, 5), (3, 3), (3, 3), (3, 5)], True),
        ([(3, 5), (None, 9), (3, None), (3, 5)], True),  # half-rated ones are not counted
        ([(3, 5), (3, 3), (3, 3), (3, 3), (None, 9), (3, None)], False),
    ],
)
def test_rises_among_the_last_four_rated_sessions(rig: Rig, pains, warns: bool) -> None:
    rig.add(*pains)
    warning = rig.warning()
    assert (warning is not None and RECENT_RISES in warning.reasons) is warns


@pytest.mark.parametrize(("before", "after", "warns"), [(2, 5, True), (2, 4, False),
                                                       (0, 10, True), (7, 9, False)])
def test_the_last_session_rising_by_three(rig: Rig, before: int, after: int, warns: bool) -> None:
    rig.add((4, 4), (4, 3), (before, after))
    warning = rig.warning()
    assert (warning is not None) is warns
    if warns:
        assert warning.reasons == (LAST_RISE,)


def test_two_hurt_stops_within_seven_days(rig: Rig) -> None:
    first = NOW - timedelta(days=6, hours=23)
    rig.journal.add(session_at(first, stopped_hurt=True))
    assert rig.warning() is None  # one is not enough
    rig.journal.add(session_at(NOW - timedelta(hours=2), stopped_hurt=True))
    warning = rig.warning()
    assert warning is not None and warning.reasons == (HURT_STOPS,) and warning.hurt_stops == 2
    # Two hours later the first one is more than 7 days old: the warning clears by itself.
    assert rig.warning(NOW + timedelta(hours=2)) is None
    assert last_hurt_stop(rig.journal.session_columns(), NOW) == \
        (NOW - timedelta(hours=2)).timestamp()


def test_sessions_that_do_not_hurt_clear_it(rig: Rig) -> None:
    rig.add((3, 6), (3, 5), end=NOW - timedelta(days=2))
    assert rig.warning() is not None
    rig.add((4, 3), (4, 4), end=NOW - timedelta(days=1))  # both rises still in the last 4 ...
    assert rig.warning() is not None
    rig.add((4, 3))  # ... and now it is not
    assert rig.warning() is None


def test_a_pause_does_not_clear_it(rig: Rig) -> None:
    rig.add((3, 6), (3, 6))
    pause_practice(rig.journal, NOW.date(), 21)
    # Three weeks of rest without sessions: the last sessions are still the ones that hurt.
    assert rig.warning(NOW + timedelta(days=21)) is not None
    rig.add((3, 3), (3, 3), (3, 2), end=NOW + timedelta(days=23))
    assert rig.warning(NOW + timedelta(days=23)) is None


def test_spans_when_the_warning_stood(rig: Rig) -> None:
    start = datetime.combine(date(2026, 10, 7), time(8), tzinfo=TZ)
    rig.add((3, 5), (3, 5), end=start)  # stands from the second of these ...
    # ... until the third of these leaves one rise among the last 4
    rig.add((3, 3), (3, 3), (3, 3), (3, 2), end=start + timedelta(days=4))
    rig.journal.add(session_at(NOW - timedelta(days=1), stopped_hurt=True))
    rig.journal.add(session_at(NOW - timedelta(hours=3), stopped_hurt=True))
    columns = rig.journal.session_columns()
    since = datetime(2026, 10, 6, tzinfo=UTC).timestamp()
    spans = warning_spans(columns, since, NOW.timestamp())
    assert len(spans) == 2
    first, second = spans
    assert first.start == (start - timedelta(hours=1)).timestamp()
    assert first.end == (start + timedelta(days=4, hours=-13)).timestamp()
    assert first.reasons == (RECENT_RISES,)
    assert second.start == (NOW - timedelta(hours=3)).timestamp() and second.end is None
    assert second.reasons == (HURT_STOPS,)
    # Looked at from the day after the hurt stops expire, the second span has an end: 7 times
    # 24 hours after the first of them (the clocks went back on 25 October in between).
    later = warning_spans(columns, since, (NOW + timedelta(days=8)).timestamp())
    assert later[1].end == (NOW - timedelta(days=1)).timestamp() + 7 * 86400
