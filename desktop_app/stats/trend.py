"""Pain over time: the ratings, their 7-day rolling means, weekly means, and whether
the change from the first 2 weeks to the last 2 weeks is clinically meaningful.

On the 0-10 pain scale a change of at least 2 points or 30 % of the starting level is
taken as the clinically important difference (a fall: improvement; a rise: worsening).

The summary never reports an improvement alone: it also says how pain after practice
compares with pain before over the last 2 weeks (the same days as the comparison), so
that a falling pain level cannot hide practice that makes the pain worse each time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from desktop_app.i18n import QT_TRANSLATE_NOOP, day_text, translate
from desktop_app.journal.columns import Columns
from desktop_app.stats.calendar import DayGrid, week_grid
from desktop_app.stats.weekly import grouped_mean

CID_POINTS = 2.0  # a change of at least this many points on the 0-10 scale ...
CID_FRACTION = 0.30  # ... or of at least this fraction of the starting level is meaningful
WINDOW_DAYS = 14  # "the first 2 weeks" and "the last 2 weeks"
MIN_RATINGS = 3  # ratings needed in each of the two windows
ROLLING_DAYS = 7

IMPROVED = "improved"
WORSENED = "worsened"
UNCHANGED = "unchanged"
TOO_LITTLE = "too little data"

TOO_LITTLE_SENTENCE = QT_TRANSLATE_NOOP(
    "Trend",
    "Too little data for a pain trend yet: it compares the first 2 weeks with the last "
    "2 weeks, so it needs pain before practice recorded over at least 4 weeks"
)


@dataclass(frozen=True)
class PainChange:
    verdict: str  # IMPROVED, WORSENED, UNCHANGED or TOO_LITTLE
    sentence: str  # e.g. "Pain before practice fell from 5.5 to 3.0: a meaningful improvement"
    first_mean: float | None = None
    last_mean: float | None = None
    first_window: tuple[float, float] | None = None  # UTC epochs [start, end)
    last_window: tuple[float, float] | None = None
    detail: str = ""  # which days were compared

    @property
    def improvement_level(self) -> float | None:
        """The level the last 2 weeks had to reach (or go below) to count as meaningful."""
        if self.first_mean is None:
            return None
        return self.first_mean - meaningful_difference(self.first_mean)


def meaningful_difference(first: float) -> float:
    """The smallest change from `first` that is clinically important: min(2, 30 %)."""
    return min(CID_POINTS, CID_FRACTION * first) if first > 0 else CID_POINTS


def classify_change(first: float, last: float) -> str:
    """IMPROVED, WORSENED or UNCHANGED for the mean pain going from `first` to `last`."""
    change = last - first
    if change == 0 or abs(change) < meaningful_difference(first) - 1e-9:
        return UNCHANGED
    return IMPROVED if change < 0 else WORSENED


def change_sentence(first: float, last: float) -> str:
    """"Pain before practice fell from 5.5 to 3.0: a meaningful improvement" and kin."""
    verdict = classify_change(first, last)
    a, b = f"{round(first, 1):.1f}", f"{round(last, 1):.1f}"
    if verdict == IMPROVED:
        text = translate("Trend", "Pain before practice fell from {a} to {b}: a meaningful "
                         "improvement")
    elif verdict == WORSENED:
        text = translate("Trend", "Pain before practice rose from {a} to {b}: a meaningful "
                         "worsening")
    elif a == b:
        text = translate("Trend", "Pain before practice stayed at {a}: no meaningful change")
    elif float(b) < float(a):
        text = translate("Trend", "Pain before practice fell from {a} to {b}: no meaningful "
                         "change")
    else:
        text = translate("Trend", "Pain before practice rose from {a} to {b}: no meaningful "
                         "change")
    return text.format(a=a, b=b)


def too_little_sentence() -> str:
    return translate("Trend", TOO_LITTLE_SENTENCE)


def pain_change(day: np.ndarray, values: np.ndarray, grid: DayGrid) -> PainChange:
    """Compare the mean of the first 2 weeks of ratings with that of the last 2 weeks.

    `day` is the local day index (in `grid`) of each rating in `values` (NaN = none).
    The first window starts on the day of the first rating, the last one ends on the
    day of the last rating; they must not overlap and each needs MIN_RATINGS ratings.
    """
    known = ~np.isnan(values) & (day >= 0) & (day < grid.days)
    days, ratings = day[known], values[known]
    if days.size == 0:
        return PainChange(TOO_LITTLE, too_little_sentence())
    first_day, last_day = int(days.min()), int(days.max())
    if last_day - first_day + 1 < 2 * WINDOW_DAYS:
        return PainChange(TOO_LITTLE, too_little_sentence())
    in_first = days < first_day + WINDOW_DAYS
    in_last = days > last_day - WINDOW_DAYS
    if in_first.sum() < MIN_RATINGS or in_last.sum() < MIN_RATINGS:
        return PainChange(TOO_LITTLE, too_little_sentence())
    first = float(ratings[in_first].mean())
    last = float(ratings[in_last].mean())
    bounds = grid.bounds
    first_window = (float(bounds[first_day]), float(bounds[first_day + WINDOW_DAYS]))
    last_window = (float(bounds[last_day + 1 - WINDOW_DAYS]), float(bounds[last_day + 1]))
    return PainChange(
        verdict=classify_change(first, last),
        sentence=change_sentence(first, last),
        first_mean=first,
        last_mean=last,
        first_window=first_window,
        last_window=last_window,
        detail=translate(
            "Trend", "Mean of {first} ratings in the first 2 weeks ({first_days}) against "
            "{last} in the last 2 weeks ({last_days}); a change of 2 points or 30 % counts as "
            "meaningful.").format(first=int(in_first.sum()), first_days=_span(grid, first_day),
                                  last=int(in_last.sum()),
                                  last_days=_span(grid, last_day + 1 - WINDOW_DAYS)),
    )


def _span(grid: DayGrid, first: int) -> str:
    start = grid.first_day + timedelta(days=first)
    end = start + timedelta(days=WINDOW_DAYS - 1)
    return translate("Trend", "{start} to {end}").format(start=day_text(start),
                                                          end=day_text(end))


def rolling_daily_mean(
    day: np.ndarray, values: np.ndarray, days: int, window: int = ROLLING_DAYS
) -> np.ndarray:
    """For each of `days` local days, the mean of the ratings of that day and the
    `window - 1` days before it; NaN when there is none in the window."""
    known = ~np.isnan(values) & (day >= 0) & (day < days)
    counts = np.bincount(day[known], minlength=days)[:days].astype(np.float64)
    sums = np.bincount(day[known], weights=values[known], minlength=days)[:days]
    c = np.concatenate(([0.0], np.cumsum(counts)))
    s = np.concatenate(([0.0], np.cumsum(sums)))
    lo = np.maximum(np.arange(days) + 1 - window, 0)
    hi = np.arange(days) + 1
    n = c[hi] - c[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, (s[hi] - s[lo]) / np.maximum(n, 1), np.nan)


MIN_EFFECT_SESSIONS = 2  # sessions with both pains needed to say what practice does


@dataclass(frozen=True)
class PracticeEffect:
    """Pain after minus pain before, on average, over the last 2 weeks."""

    mean_change: float | None  # None: fewer than MIN_EFFECT_SESSIONS sessions with both
    sessions: int
    window: tuple[float, float] | None  # UTC epochs [start, end)


def practice_effect(
    columns: Columns, grid: DayGrid, change: PainChange, last_day: int | None = None
) -> PracticeEffect:
    """After − before over the comparison's last 2 weeks, or (without a comparison) the
    last 2 weeks up to `last_day` (today's index)."""
    if change.last_window is not None:
        window = change.last_window
    else:
        end = grid.days - 1 if last_day is None else min(max(last_day, 0), grid.days - 1)
        if grid.days == 0:
            return PracticeEffect(None, 0, None)
        window = (float(grid.bounds[max(0, end + 1 - WINDOW_DAYS)]), float(grid.bounds[end + 1]))
    inside = (columns.t >= window[0]) & (columns.t < window[1])
    both = inside & ~np.isnan(columns.pain_before) & ~np.isnan(columns.pain_after)
    count = int(np.count_nonzero(both))
    if count < MIN_EFFECT_SESSIONS:
        return PracticeEffect(None, count, window)
    mean = float((columns.pain_after[both] - columns.pain_before[both]).mean())
    return PracticeEffect(mean, count, window)


def effect_clause(effect: PracticeEffect) -> str:
    """'pain after practice was on average 2.1 points higher than before in the last
    2 weeks' ('' when too few sessions had both pains)."""
    if effect.mean_change is None:
        return ""
    shown = round(effect.mean_change, 1)
    if shown >= 0.1:
        text = translate("Trend", "pain after practice was on average {points} points higher "
                         "than before in the last 2 weeks")
    elif shown <= -0.1:
        text = translate("Trend", "pain after practice was on average {points} points lower "
                         "than before in the last 2 weeks")
    else:
        text = translate("Trend", "pain after practice was on average the same as before in "
                         "the last 2 weeks")
    return text.format(points=f"{abs(shown):.1f}")


def summary_sentence(change: PainChange, effect: PracticeEffect) -> str:
    """The trend sentence with what practice itself does to the pain."""
    clause = effect_clause(effect)
    if not clause:
        return change.sentence
    if change.verdict == TOO_LITTLE:
        return translate("Trend", "{trend}; {effect}").format(trend=change.sentence,
                                                               effect=clause)
    rose = effect.mean_change is not None and round(effect.mean_change, 1) >= 0.1
    if change.verdict == IMPROVED and rose:
        joined = translate("Trend", "{trend}, but {effect}")
    else:
        joined = translate("Trend", "{trend}, and {effect}")
    return joined.format(trend=change.sentence, effect=clause)


@dataclass(frozen=True)
class PainTrend:
    """Everything the pain chart draws, as arrays of UTC epoch seconds and values."""

    before_t: np.ndarray  # sessions with a pain-before rating
    before: np.ndarray
    after_t: np.ndarray  # sessions with a pain-after rating
    after: np.ndarray
    day_t: np.ndarray  # middle of each local day, up to today
    before_rolling: np.ndarray  # 7-day rolling mean, NaN where no rating in the window
    after_rolling: np.ndarray
    week_bounds: np.ndarray  # weeks + 1 epochs
    before_weekly: np.ndarray  # weekly mean of pain before, NaN where none
    change: PainChange
    change_t: np.ndarray  # sessions with both pains
    after_minus_before: np.ndarray  # their pain after − pain before
    effect: PracticeEffect
    after_weekly: np.ndarray  # weekly mean of pain after, NaN where none
    summary: str  # change.sentence and what practice itself does

    @property
    def has_ratings(self) -> bool:
        return bool(self.before.size or self.after.size)


def pain_trend(columns: Columns, grid: DayGrid, *, last_day: int | None = None) -> PainTrend:
    """The pain trend of the sessions of `columns` inside `grid`.

    `last_day`: index of the last day to draw the rolling means for (today); the
    days after it are left out. Sessions of the week before the grid, when `columns`
    has them, count in the rolling means of its first days.
    """
    day = grid.day_index(columns.t)
    before = week_grid(grid.first_day - timedelta(days=7), grid.weeks + 1, grid.tz)
    day_before = before.day_index(columns.t)
    inside = (day >= 0) & (day < grid.days)
    days = grid.days if last_day is None else max(min(last_day + 1, grid.days), 0)
    has_before = inside & ~np.isnan(columns.pain_before)
    has_after = inside & ~np.isnan(columns.pain_after)
    has_both = has_before & has_after
    weeks = grid.weeks
    change = pain_change(day, columns.pain_before, grid)
    effect = practice_effect(columns, grid, change, last_day)
    return PainTrend(
        before_t=columns.t[has_before].astype(np.float64),
        before=columns.pain_before[has_before],
        after_t=columns.t[has_after].astype(np.float64),
        after=columns.pain_after[has_after],
        day_t=grid.day_middles()[:days],
        before_rolling=rolling_daily_mean(day_before, columns.pain_before,
                                          before.days)[7:7 + days],
        after_rolling=rolling_daily_mean(day_before, columns.pain_after,
                                         before.days)[7:7 + days],
        week_bounds=grid.week_bounds().astype(np.float64),
        before_weekly=grouped_mean(columns.pain_before[inside], day[inside] // 7, weeks),
        change=change,
        change_t=columns.t[has_both].astype(np.float64),
        after_minus_before=columns.pain_after[has_both] - columns.pain_before[has_both],
        effect=effect,
        after_weekly=grouped_mean(columns.pain_after[inside], day[inside] // 7, weeks),
        summary=summary_sentence(change, effect),
    )
