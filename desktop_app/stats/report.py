"""What the physiotherapist report says, gathered from the journal (no Qt).

The period is the last `weeks` ISO weeks up to today's. Everything the document shows
comes from here, so a test can check the PDF's text against these numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

import numpy as np

from desktop_app.journal.entry import EntryData, friend_rolls_summary
from desktop_app.localtime import local_zone, today_in
from desktop_app.stats.progress import Progress, SessionSource, progress
from desktop_app.stats.safety import WarningSpan, warning_spans
from desktop_app.stats.weekly import WeekRow

DEFAULT_WEEKS = 12


@dataclass(frozen=True)
class FriendSession:
    """A session a friend checked roll by roll."""

    started_at: datetime
    right: int  # rolls the right part led
    rolls: int
    others: tuple[tuple[str, int], ...]  # what led instead, and how often


@dataclass(frozen=True)
class ReportData:
    first_day: date  # Monday of the first week
    last_day: date  # today (the period ends here)
    weeks: list[WeekRow]
    progress: Progress
    summary: str  # the trend sentence, with what practice itself does
    sessions: int
    target: int  # the weeks' targets added up (paused days left out)
    paused_days: int
    hurt_stops: list[EntryData]  # every session stopped because it hurt, oldest first
    warnings: list[WarningSpan]  # when the pain warning stood
    friend_sessions: list[FriendSession]
    smoothness_mean: float | None
    right_part_led_share: float | None  # "yes" among the sessions that answered
    strength: float | None  # practice strength today, 0-100
    notes: list[EntryData]  # sessions with notes (empty when notes are left out)
    include_notes: bool
    tz: tzinfo

    @property
    def friend_rolls(self) -> tuple[int, int]:
        """(rolls the right part led, rolls checked) over the period."""
        return (sum(s.right for s in self.friend_sessions),
                sum(s.rolls for s in self.friend_sessions))


def _mean(values: list[float]) -> float | None:
    return float(np.mean(values)) if values else None


class SavedEntry(Protocol):
    @property
    def data(self) -> EntryData: ...


class ReportSource(SessionSource, Protocol):
    """What the report reads (a `Journal`): the sessions as columns, and the entries."""

    def entries(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> Sequence[SavedEntry]: ...


def build_report(
    journal: ReportSource,
    *,
    weeks: int = DEFAULT_WEEKS,
    tz: tzinfo | None = None,
    today: date | None = None,
    sessions_per_day: int = 2,
    include_notes: bool = True,
) -> ReportData:
    """The report of the last `weeks` weeks of `journal` (a repository.Journal)."""
    if weeks < 1:
        raise ValueError(f"the report needs at least 1 week, not {weeks}")
    tz = tz or local_zone()
    today = today or today_in(tz)
    numbers = progress(journal, weeks=weeks, tz=tz, today=today,
                       sessions_per_day=sessions_per_day)
    grid = numbers.grid
    until = min(grid.until, datetime.combine(today + timedelta(days=1), datetime.min.time(),
                                             tzinfo=tz).astimezone(UTC))
    entries = sorted((e.data for e in journal.entries(since=grid.since, until=until)),
                     key=lambda d: d.started_at)
    friend_sessions = []
    for data in entries:
        right, total = friend_rolls_summary(data.friend_rolls)
        if total:
            others = Counter(r.led for r in data.friend_rolls if not r.led_right)
            friend_sessions.append(FriendSession(data.started_at, right, total,
                                                 tuple(sorted(others.items()))))
    led = [1.0 if d.right_part_led == "yes" else 0.0 for d in entries
           if d.right_part_led is not None]
    rows = numbers.weekly.rows()
    # The warning at the start of the period depends on the sessions before it.
    spans = warning_spans(journal.session_columns(until=until), grid.since.timestamp(),
                          min(until, datetime.now(UTC)).timestamp())
    return ReportData(
        first_day=grid.first_day,
        last_day=today,
        weeks=rows,
        progress=numbers,
        summary=numbers.trend.summary,
        sessions=len(entries),
        target=sum(r.target for r in rows),
        paused_days=sum(r.paused_days for r in rows),
        hurt_stops=[d for d in entries if d.stopped_hurt],
        warnings=spans,
        friend_sessions=friend_sessions,
        smoothness_mean=_mean([float(d.smoothness) for d in entries if d.smoothness]),
        right_part_led_share=_mean(led),
        strength=numbers.strength.current if numbers.strength is not None else None,
        notes=[d for d in entries if d.notes.strip()] if include_notes else [],
        include_notes=include_notes,
        tz=tz,
    )
