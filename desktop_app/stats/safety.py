"""When practice seems to hurt: the pain warning rule, now and over a period.

The warning stands when any of these holds (the exercise: "If it hurts, don't do it at
all", "If the movement hurts, don't do it yet"):

- among the last 4 sessions with both pains recorded, pain after was at least 2 points
  above pain before in at least 2 of them;
- in the last session with both pains recorded, pain after was at least 3 points above
  pain before;
- 2 or more sessions were stopped because it hurt within the last 7 days.

It clears by itself when none holds any more: after sessions that did not hurt, or when
the hurt stops are more than 7 days old. Pausing practice does not clear it: the sessions
it looks at are the same when practice starts again. Pure numpy over `Columns`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from desktop_app.journal.columns import Columns

RECENT_SESSIONS = 4
RISE_POINTS = 2.0
RISES_NEEDED = 2
LAST_RISE_POINTS = 3.0
HURT_STOPS_NEEDED = 2
HURT_WINDOW = timedelta(days=7)

RECENT_RISES = "recent_rises"
LAST_RISE = "last_rise"
HURT_STOPS = "hurt_stops"


@dataclass(frozen=True)
class PainWarning:
    """What was seen, for the words of the warning; `reasons` lists the rules that hold."""

    reasons: tuple[str, ...]
    rises: int  # recent sessions with pain after >= pain before + 2
    recent: int  # recent sessions with both pains looked at (at most 4)
    last_before: float | None  # the last session with both pains
    last_after: float | None
    hurt_stops: int  # sessions stopped because it hurt in the last 7 days

    @property
    def signature(self) -> str:
        """Changes when the warning says something new (a dismissal is for what was read)."""
        return (f"{','.join(self.reasons)}:{self.rises}/{self.recent}:"
                f"{self.last_before}>{self.last_after}:{self.hurt_stops}")


def _both(columns: Columns) -> np.ndarray:
    both: np.ndarray = ~np.isnan(columns.pain_before) & ~np.isnan(columns.pain_after)
    return both


def warning_at(columns: Columns, at: float) -> PainWarning | None:
    """The warning as it stood at UTC epoch `at` (sessions started after it unseen)."""
    seen = int(np.searchsorted(columns.t, at, side="right"))
    both = np.flatnonzero(_both(columns)[:seen])
    recent = both[-RECENT_SESSIONS:]
    rises_mask = columns.pain_after[recent] - columns.pain_before[recent] >= RISE_POINTS
    rises = int(np.count_nonzero(rises_mask))
    last_before = last_after = None
    if recent.size:
        last = int(recent[-1])
        last_before = float(columns.pain_before[last])
        last_after = float(columns.pain_after[last])
    window_start = at - HURT_WINDOW.total_seconds()
    lo = int(np.searchsorted(columns.t, window_start, side="right"))
    hurt = int(np.count_nonzero(columns.stopped_hurt[lo:seen]))
    reasons = []
    if rises >= RISES_NEEDED:
        reasons.append(RECENT_RISES)
    if last_before is not None and last_after is not None \
            and last_after - last_before >= LAST_RISE_POINTS:
        reasons.append(LAST_RISE)
    if hurt >= HURT_STOPS_NEEDED:
        reasons.append(HURT_STOPS)
    if not reasons:
        return None
    return PainWarning(tuple(reasons), rises, int(recent.size), last_before, last_after, hurt)


def pain_warning(columns: Columns, now: datetime) -> PainWarning | None:
    """The warning now, or None when practice shows no sign of hurting."""
    return warning_at(columns, now.timestamp())


def last_hurt_stop(columns: Columns, now: datetime) -> float | None:
    """UTC epoch of the latest session stopped because it hurt, up to `now`."""
    seen = int(np.searchsorted(columns.t, now.timestamp(), side="right"))
    hurt = np.flatnonzero(columns.stopped_hurt[:seen])
    return float(columns.t[hurt[-1]]) if hurt.size else None


@dataclass(frozen=True)
class WarningSpan:
    """A stretch of time the warning stood: from `start` until `end` (None: it still does)."""

    start: float  # UTC epoch
    end: float | None
    first: PainWarning  # as it was when it began
    reasons: tuple[str, ...]  # every rule that held at some point of the span


def warning_spans(columns: Columns, since: float, until: float) -> list[WarningSpan]:
    """When the warning stood between the UTC epochs `since` and `until`.

    The warning can only change when a session is logged or when a hurt stop leaves the
    7-day window, so it is evaluated at exactly those moments.
    """
    hurt_expiry = columns.t[columns.stopped_hurt] + HURT_WINDOW.total_seconds()
    moments = np.unique(np.concatenate((columns.t.astype(np.float64),
                                        hurt_expiry.astype(np.float64))))
    moments = moments[(moments > since) & (moments <= until)]
    spans: list[WarningSpan] = []
    current: tuple[float, PainWarning, list[str]] | None = None
    for moment in _with_start(since, moments):
        state = warning_at(columns, moment)
        if state is not None and current is None:
            current = (moment, state, list(state.reasons))
        elif state is not None and current is not None:
            current[2].extend(r for r in state.reasons if r not in current[2])
        elif state is None and current is not None:
            spans.append(WarningSpan(current[0], moment, current[1], tuple(current[2])))
            current = None
    if current is not None:
        spans.append(WarningSpan(current[0], None, current[1], tuple(current[2])))
    return spans


def _with_start(since: float, moments: np.ndarray) -> Iterable[float]:
    yield since
    yield from (float(m) for m in moments)
