"""Sessions and ratings per ISO week (Monday to Sunday, local time).

Every week of the range is present, with zero sessions when nothing was logged; the
week containing today is flagged `partial`. All sums are vectorised (`np.bincount`).
A week's target is the sum of its days' targets: each day has the daily target in force
that day (the target's history) and none when practice was paused.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.journal.columns import Columns
from desktop_app.journal.schedule import PracticeSchedule
from desktop_app.localtime import local_zone, monday_of, today_in
from desktop_app.stats.calendar import DayGrid, iso_week_label
from desktop_app.stats.schedule_days import day_plan

# The keys of a weekly row in the command line's JSON and the CSV export, in order.
ROW_KEYS: tuple[str, ...] = (
    "week",
    "week_start",
    "sessions",
    "target",
    "stopped_hurt",
    "pain_before_mean",
    "pain_after_mean",
    "smoothness_mean",
    "right_part_led_share",
    "paused_days",
    "strength",
)


@dataclass(frozen=True)
class WeekRow:
    week: str  # ISO week, "2026-W48"
    week_start: date  # its Monday
    sessions: int
    target: int  # the days' targets added up (paused days: none)
    stopped_hurt: int  # sessions stopped because it hurt (included in `sessions`)
    pain_before_mean: float | None
    pain_after_mean: float | None
    smoothness_mean: float | None
    right_part_led_share: float | None  # "yes" among the sessions that answered
    partial: bool = False  # the current week, not over yet
    paused_days: int = 0
    strength: float | None = None  # practice strength (0-100 %) at the week's end (or today)

    @property
    def met_target(self) -> bool:
        return self.sessions >= self.target

    def as_dict(self, digits: int = 2) -> dict[str, Any]:
        """The ROW_KEYS as JSON-ready values (means rounded, None where no value)."""

        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, digits)

        return {
            "week": self.week,
            "week_start": self.week_start.isoformat(),
            "sessions": self.sessions,
            "target": self.target,
            "stopped_hurt": self.stopped_hurt,
            "pain_before_mean": rounded(self.pain_before_mean),
            "pain_after_mean": rounded(self.pain_after_mean),
            "smoothness_mean": rounded(self.smoothness_mean),
            "right_part_led_share": rounded(self.right_part_led_share),
            "paused_days": self.paused_days,
            "strength": None if self.strength is None else round(self.strength, 1),
        }


@dataclass(frozen=True)
class WeeklyTable:
    """The weekly numbers as arrays (one element per week), NaN where no value."""

    grid: DayGrid
    sessions: np.ndarray  # int64
    stopped_hurt: np.ndarray  # int64
    pain_before_mean: np.ndarray
    pain_after_mean: np.ndarray
    smoothness_mean: np.ndarray
    right_part_led_share: np.ndarray
    target: int  # a whole week at today's daily target (for labels)
    current_week: int  # index of the week containing today (may be outside 0..weeks-1)
    targets: np.ndarray | None = None  # int64 per week: its days' targets (paused: none)
    paused_days: np.ndarray | None = None  # int64 per week
    day_paused: np.ndarray | None = None  # bool per day of the grid
    strength: np.ndarray | None = None  # per week, 0-100 %, NaN before the first session

    def __post_init__(self) -> None:
        weeks = int(self.sessions.size)
        if self.targets is None:
            object.__setattr__(self, "targets", np.full(weeks, self.target, dtype=np.int64))
        if self.paused_days is None:
            object.__setattr__(self, "paused_days", np.zeros(weeks, dtype=np.int64))
        if self.day_paused is None:
            object.__setattr__(self, "day_paused", np.zeros(weeks * 7, dtype=bool))
        if self.strength is None:
            object.__setattr__(self, "strength", np.full(weeks, np.nan))

    @property
    def weeks(self) -> int:
        return int(self.sessions.size)

    @property
    def week_bounds(self) -> np.ndarray:
        """UTC epochs where each week starts, plus the end of the last one."""
        return self.grid.week_bounds()

    @property
    def partial(self) -> np.ndarray:
        return np.arange(self.weeks) >= self.current_week

    def row(self, index: int) -> WeekRow:
        """Week `index` (0 = the first week of the range) as a WeekRow."""

        def value(array: np.ndarray) -> float | None:
            item = float(array[index])
            return None if math.isnan(item) else item

        start = self.grid.first_day + timedelta(days=7 * index)
        assert self.targets is not None and self.paused_days is not None
        assert self.strength is not None
        return WeekRow(
            week=iso_week_label(start),
            week_start=start,
            sessions=int(self.sessions[index]),
            target=int(self.targets[index]),
            stopped_hurt=int(self.stopped_hurt[index]),
            pain_before_mean=value(self.pain_before_mean),
            pain_after_mean=value(self.pain_after_mean),
            smoothness_mean=value(self.smoothness_mean),
            right_part_led_share=value(self.right_part_led_share),
            partial=index >= self.current_week,
            paused_days=int(self.paused_days[index]),
            strength=value(self.strength),
        )

    def rows(self) -> list[WeekRow]:
        return [self.row(i) for i in range(self.weeks)]


def grouped_mean(values: np.ndarray, groups: np.ndarray, n: int) -> np.ndarray:
    """Mean of the non-NaN `values` in each of `n` groups; NaN for a group without any."""
    known = ~np.isnan(values)
    counts = np.bincount(groups[known], minlength=n)[:n]
    sums = np.bincount(groups[known], weights=values[known], minlength=n)[:n]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def weekly_table(
    columns: Columns,
    grid: DayGrid,
    *,
    sessions_per_day: int = 2,
    today: date | None = None,
    schedule: PracticeSchedule | None = None,
    strength: np.ndarray | None = None,
) -> WeeklyTable:
    """Aggregate `columns` into the whole weeks of `grid`; sessions outside it are ignored.

    `schedule`: the targets' history and the pauses (None: `sessions_per_day` every day,
    never paused). `strength`: the practice strength of each week, if computed.
    """
    weeks = grid.weeks
    day = grid.day_index(columns.t)
    inside = (day >= 0) & (day < grid.days)
    week = day[inside] // 7

    def mean(values: np.ndarray) -> np.ndarray:
        return grouped_mean(values[inside], week, weeks)

    today = today or today_in(grid.tz)
    current = (today - grid.first_day).days // 7
    schedule = schedule or PracticeSchedule(default_per_day=sessions_per_day)
    day_targets, day_paused = day_plan(schedule, grid.first_day, grid.days)
    return WeeklyTable(
        grid=grid,
        sessions=np.bincount(week, minlength=weeks)[:weeks].astype(np.int64),
        stopped_hurt=np.bincount(week[columns.stopped_hurt[inside]], minlength=weeks)[:weeks]
        .astype(np.int64),
        pain_before_mean=mean(columns.pain_before),
        pain_after_mean=mean(columns.pain_after),
        smoothness_mean=mean(columns.smoothness),
        right_part_led_share=mean(columns.right_part_led),
        target=7 * schedule.per_day_on(today),
        current_week=current,
        targets=day_targets.reshape(weeks, 7).sum(axis=1),
        paused_days=day_paused.reshape(weeks, 7).sum(axis=1).astype(np.int64),
        day_paused=day_paused,
        strength=strength,
    )


def weekly_summary(
    journal_or_engine: Any,
    *,
    weeks: int | None = None,
    tz: tzinfo | None = None,
    sessions_per_day: int = 2,
    today: date | None = None,
) -> list[WeekRow]:
    """One row per ISO week, oldest first, up to and including the current week.

    `weeks`: the last N weeks (the current one included); None: every week since the
    first session (an empty journal gives no rows). Sessions after the current week
    are not counted.
    """
    from desktop_app.stats.progress import progress

    tz = tz or local_zone()
    today = today or today_in(tz)
    numbers = progress(journal_or_engine, weeks=weeks, tz=tz, sessions_per_day=sessions_per_day,
                       today=today)
    return numbers.weekly.rows()


def write_csv(rows: Iterable[WeekRow], target: Path | str | io.TextIOBase) -> None:
    """The weekly rows as CSV with a ROW_KEYS header (empty cells where no value)."""

    def write(handle: Any) -> None:
        writer = csv.DictWriter(handle, fieldnames=ROW_KEYS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None else v) for k, v in row.as_dict().items()})

    if isinstance(target, (str, Path)):
        with Path(target).open("w", encoding="utf-8", newline="") as handle:
            write(handle)
    else:
        write(target)


def weeks_back(today: date, weeks: int) -> date:
    """The Monday starting the first of the last `weeks` weeks up to today's."""
    return monday_of(today) - timedelta(days=7 * (weeks - 1))
