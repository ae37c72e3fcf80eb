"""The pain trend: rolling means, and the first-2-weeks-against-last-2-weeks sentence."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.journal.repository import Journal
from desktop_app.stats.progress import progress
from desktop_app.stats.trend import (
    IMPROVED,
    TOO_LITTLE,
    TOO_LITTLE_SENTENCE,
    UNCHANGED,
    WORSENED,
    change_sentence,
    classify_change,
)
from tests.helpers.builders import session_at
from tools.sample_journal import generate_journal

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)


def reference_change(entries, tz) -> tuple[float, float]:
    """Mean pain before of the first 14 and the last 14 local days with ratings."""
    rated = [(e.started_at.astimezone(tz).date(), e.pain_before) for e in entries
             if e.pain_before is not None]
    first_day = min(d for d, _ in rated)
    last_day = max(d for d, _ in rated)
    first = [v for d, v in rated if (d - first_day).days < 14]
    last = [v for d, v in rated if (last_day - d).days < 14]
    return sum(first) / len(first), sum(last) / len(last)


@pytest.mark.parametrize(
    ("pain_start", "pain_end", "verdict", "verb"),
    [
        (6.5, 2.5, IMPROVED, "fell"),
        (4.0, 4.0, UNCHANGED, None),
        (2.5, 6.5, WORSENED, "rose"),
    ],
    ids=["improving", "unchanged", "worsening"],
)
def test_trend_sentence_of_generated_journals(
    data_dir: Path, pain_start: float, pain_end: float, verdict: str, verb: str | None
) -> None:
    entries = generate_journal(120, seed=5, end=TODAY, tz=TZ, pain_start=pain_start,
                               pain_end=pain_end)
    journal = Journal.open(data_dir)
    journal.import_entries(entries)

    change = progress(journal, tz=TZ, today=TODAY).trend.change

    first, last = reference_change(entries, TZ)
    assert change.verdict == verdict
    assert change.first_mean == pytest.approx(first)
    assert change.last_mean == pytest.approx(last)
    if verdict == IMPROVED:
        assert change.sentence == (f"Pain before practice fell from {first:.1f} to {last:.1f}: "
                                   "a meaningful improvement")
    elif verdict == WORSENED:
        assert change.sentence == (f"Pain before practice rose from {first:.1f} to {last:.1f}: "
                                   "a meaningful worsening")
    else:
        assert change.sentence.endswith(": no meaningful change")
        assert abs(last - first) < 1.2
    assert "first 2 weeks" in change.detail


def test_too_little_data(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    assert progress(journal, tz=TZ, today=TODAY).trend.change.verdict == TOO_LITTLE
    # Three weeks of sessions: the two windows would overlap.
    journal.import_entries(generate_journal(21, seed=1, end=TODAY, tz=TZ))
    change = progress(journal, tz=TZ, today=TODAY).trend.change
    assert change.verdict == TOO_LITTLE
    assert change.sentence == TOO_LITTLE_SENTENCE
    assert change.first_mean is None
    # Five weeks, but only two ratings at the start.
    other = Journal.open(data_dir / "other")
    start = datetime.combine(TODAY - timedelta(days=35), time(9), tzinfo=TZ)
    other.import_entries(
        [session_at(start, pain_before=5), session_at(start + timedelta(hours=10), pain_before=5)]
        + [session_at(start + timedelta(days=d), pain_before=None) for d in range(1, 20)]
        + [session_at(start + timedelta(days=d), pain_before=2) for d in range(25, 36)]
    )
    assert progress(other, tz=TZ, today=TODAY).trend.change.verdict == TOO_LITTLE


@pytest.mark.parametrize(
    ("first", "last", "verdict"),
    [
        (5.5, 3.0, IMPROVED),  # 2.5 points
        (8.0, 6.0, IMPROVED),  # exactly 2 points (25 %)
        (5.0, 3.5, IMPROVED),  # exactly 30 % (1.5 points)
        (8.0, 6.5, UNCHANGED),  # 1.5 points, 19 %
        (2.0, 1.5, UNCHANGED),  # 25 %
        (3.0, 4.0, WORSENED),  # 33 % rise
        (6.0, 7.5, UNCHANGED),  # 25 % rise
        (4.0, 6.0, WORSENED),
        (0.0, 1.0, UNCHANGED),
        (0.0, 2.0, WORSENED),
        (4.0, 4.0, UNCHANGED),
    ],
)
def test_clinically_important_difference(first: float, last: float, verdict: str) -> None:
    assert classify_change(first, last) == verdict


def test_sentence_wording() -> None:
    assert change_sentence(5.5, 3.0) == (
        "Pain before practice fell from 5.5 to 3.0: a meaningful improvement")
    assert change_sentence(3.0, 4.5) == (
        "Pain before practice rose from 3.0 to 4.5: a meaningful worsening")
    assert change_sentence(4.0, 3.5) == (
        "Pain before practice fell from 4.0 to 3.5: no meaningful change")
    assert change_sentence(4.02, 3.98) == "Pain before practice stayed at 4.0: no meaningful change"


@given(st.floats(0, 10), st.floats(0, 10))
def test_classification_is_consistent(first: float, last: float) -> None:
    verdict = classify_change(first, last)
    drop = first - last
    if drop >= 2 or (first > 0 and drop >= 0.3 * first + 1e-9):
        assert verdict == IMPROVED
    elif -drop >= 2 or (first > 0 and -drop >= 0.3 * first + 1e-9):
        assert verdict == WORSENED
    elif abs(drop) < min(2, 0.3 * first if first > 0 else 2) - 1e-6:
        assert verdict == UNCHANGED


def test_points_and_rolling_means_against_a_per_day_loop(data_dir: Path) -> None:
    tz = ZoneInfo("America/New_York")
    today = date(2026, 11, 20)
    entries = generate_journal(70, seed=9, end=today - timedelta(days=3), tz=tz)
    journal = Journal.open(data_dir)
    journal.import_entries(entries)

    data = progress(journal, weeks=8, tz=tz, today=today)
    trend = data.trend

    first_day = data.grid.first_day
    inside = [e for e in entries
              if first_day <= e.started_at.astimezone(tz).date() <= today]
    assert sorted(zip(trend.before_t.tolist(), trend.before.tolist(), strict=True)) == sorted(
        (float(int(e.started_at.timestamp())), float(e.pain_before)) for e in inside
        if e.pain_before is not None)
    assert trend.after.size == sum(1 for e in inside if e.pain_after is not None)
    # One rolling value per day up to today (the rest of this week is not drawn); the
    # first days' windows reach back into the week before the range.
    assert trend.day_t.size == (today - first_day).days + 1
    for index in range(trend.day_t.size):
        day = first_day + timedelta(days=index)
        window = [e.pain_before for e in entries if e.pain_before is not None
                  and 0 <= (day - e.started_at.astimezone(tz).date()).days < 7]
        got = trend.before_rolling[index]
        if window:
            assert got == pytest.approx(sum(window) / len(window)), day
        else:
            assert math.isnan(got), day
        middle = datetime.fromtimestamp(trend.day_t[index], tz)
        assert middle.date() == day
    # The weekly means of pain before, for the step line.
    for index, row in enumerate(data.weekly.rows()):
        mean = trend.before_weekly[index]
        if row.pain_before_mean is None:
            assert math.isnan(mean)
        else:
            assert mean == pytest.approx(row.pain_before_mean)


def issue_journal(days: int = 70) -> list:
    """Pain before falling from 6.8 to 3.2, while pain after practice is 2 points above
    pain before in each of the last 14 sessions (and one goes from 2 to 8)."""
    entries = generate_journal(days, seed=4, end=TODAY, tz=TZ, pain_start=6.8, pain_end=3.2)
    entries = [e.with_changes(stopped_hurt=False, parts=e.parts or frozenset({"part1"}))
               for e in entries]
    head, tail = entries[:-14], entries[-14:]
    tail = [e.with_changes(pain_before=min(e.pain_before or 3, 8)) for e in tail]
    tail = [e.with_changes(pain_after=e.pain_before + 2) for e in tail]
    tail[-3] = tail[-3].with_changes(pain_before=2, pain_after=8)
    return head + tail


def test_the_summary_never_reports_an_improvement_alone(data_dir: Path) -> None:
    entries = issue_journal()
    journal = Journal.open(data_dir)
    journal.import_entries(entries)
    trend = progress(journal, tz=TZ, today=TODAY).trend
    assert trend.change.verdict == IMPROVED
    start, end = trend.change.last_window
    changes = [e.pain_after - e.pain_before for e in entries
               if start <= e.started_at.timestamp() < end
               and e.pain_before is not None and e.pain_after is not None]
    mean = sum(changes) / len(changes)
    assert mean > 0.5
    assert trend.summary == (
        f"{trend.change.sentence}, but pain after practice was on average {mean:.1f} points "
        "higher than before in the last 2 weeks")
    # The chart's after - before points are those of every session with both pains.
    both = [e for e in entries if e.pain_before is not None and e.pain_after is not None]
    assert trend.after_minus_before.tolist() == [float(e.pain_after - e.pain_before)
                                                 for e in both][-trend.change_t.size:]
    journal.close()


def test_the_summary_says_when_practice_eases_the_pain(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.import_entries(generate_journal(70, seed=5, end=TODAY, tz=TZ, pain_start=5,
                                            pain_end=5))
    trend = progress(journal, tz=TZ, today=TODAY).trend
    assert trend.effect.mean_change is not None and trend.effect.mean_change < 0
    assert trend.summary.startswith(trend.change.sentence + ", and pain after practice was "
                                    "on average ")
    assert trend.summary.endswith("points lower than before in the last 2 weeks")
    journal.close()


def test_without_a_trend_yet_it_still_says_what_practice_does(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    for day in range(5):
        when = datetime.combine(TODAY - timedelta(days=day), time(9), tzinfo=TZ)
        journal.add(session_at(when, pain_before=3, pain_after=6))
    trend = progress(journal, tz=TZ, today=TODAY).trend
    assert trend.change.verdict == TOO_LITTLE
    assert trend.summary == (TOO_LITTLE_SENTENCE + "; pain after practice was on average 3.0 "
                             "points higher than before in the last 2 weeks")
    journal.close()
