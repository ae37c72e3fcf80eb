"""The practice schedule day by day, as numpy arrays over a range of local days."""

from __future__ import annotations

from datetime import date

import numpy as np

from desktop_app.journal.schedule import PracticeSchedule


def day_plan(
    schedule: PracticeSchedule, first_day: date, days: int
) -> tuple[np.ndarray, np.ndarray]:
    """For each of `days` days from `first_day`: its target (0 when paused) and whether
    it is paused (int64 and bool arrays)."""
    ordinals = first_day.toordinal() + np.arange(days, dtype=np.int64)
    per_day = np.full(days, schedule.default_per_day, dtype=np.int64)
    if schedule.targets:
        starts = np.array([t.effective_from.toordinal() for t in schedule.targets], np.int64)
        values = np.array([t.per_day for t in schedule.targets], np.int64)
        index = np.searchsorted(starts, ordinals, side="right") - 1
        per_day = np.where(index >= 0, values[np.maximum(index, 0)], per_day)
    paused = np.zeros(days, dtype=bool)
    first = first_day.toordinal()
    for pause in schedule.pauses:
        lo = max(0, pause.first_day.toordinal() - first)
        hi = days if pause.last_day is None else min(days, pause.last_day.toordinal() - first + 1)
        if lo < hi:
            paused[lo:hi] = True
    return np.where(paused, 0, per_day), paused
