"""Reference computations done the slow, obvious way (one entry at a time), for the fast
numpy code to be checked against."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta, tzinfo

from desktop_app.journal.entry import EntryData

LED_VALUE = {"yes": 1.0, "partly": 0.0, "no": 0.0}


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def reference_weeks(
    entries: Iterable[EntryData], tz: tzinfo, first_monday: date, weeks: int, per_day: int = 2
) -> list[dict[str, object]]:
    """The weekly rows computed the slow obvious way: one entry at a time."""
    buckets: list[list[EntryData]] = [[] for _ in range(weeks)]
    for entry in entries:
        local_day = entry.started_at.astimezone(tz).date()
        index = (local_day - first_monday).days // 7
        if 0 <= index < weeks:
            buckets[index].append(entry)
    rows = []
    for index, bucket in enumerate(buckets):
        monday = first_monday + timedelta(days=7 * index)
        year, week, _ = monday.isocalendar()
        rows.append({
            "week": f"{year}-W{week:02d}",
            "week_start": monday,
            "sessions": len(bucket),
            "target": 7 * per_day,
            "stopped_hurt": sum(1 for e in bucket if e.stopped_hurt),
            "pain_before_mean": _mean([e.pain_before for e in bucket if e.pain_before is not None]),
            "pain_after_mean": _mean([e.pain_after for e in bucket if e.pain_after is not None]),
            "smoothness_mean": _mean([e.smoothness for e in bucket if e.smoothness is not None]),
            "right_part_led_share": _mean(
                [LED_VALUE[e.right_part_led] for e in bucket if e.right_part_led is not None]),
            "paused_days": 0,
        })
    return rows
