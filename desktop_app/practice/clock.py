"""The session clock: elapsed practice time read from a monotonic clock.

Time is never accumulated from timer ticks, so a busy machine that delivers ticks
late cannot make the session drift, and a pause stops it exactly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

MonotonicClock = Callable[[], float]


class ClockState(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


class SessionClock:
    """Start / pause / resume / reset; `elapsed()` in seconds, exact across pauses."""

    def __init__(self, monotonic: MonotonicClock = time.monotonic) -> None:
        self._monotonic = monotonic
        self._state = ClockState.IDLE
        self._banked = 0.0  # seconds run before the current stretch
        self._since = 0.0  # monotonic reading when the current stretch began

    @property
    def state(self) -> ClockState:
        return self._state

    @property
    def running(self) -> bool:
        return self._state is ClockState.RUNNING

    @property
    def paused(self) -> bool:
        return self._state is ClockState.PAUSED

    def start(self) -> None:
        """Start from zero, whatever the clock did before."""
        self._banked = 0.0
        self._since = self._monotonic()
        self._state = ClockState.RUNNING

    def pause(self) -> None:
        if self._state is ClockState.RUNNING:
            self._banked += self._monotonic() - self._since
            self._state = ClockState.PAUSED

    def resume(self) -> None:
        if self._state is ClockState.PAUSED:
            self._since = self._monotonic()
            self._state = ClockState.RUNNING

    def reset(self) -> None:
        self._banked = 0.0
        self._state = ClockState.IDLE

    def elapsed(self) -> float:
        if self._state is ClockState.RUNNING:
            # max(): a monotonic clock never goes back, but an injected one might.
            return self._banked + max(0.0, self._monotonic() - self._since)
        return self._banked


def format_elapsed(seconds: float) -> str:
    """"07:05", or "1:02:03" past an hour; whole seconds, rounded down like a stopwatch."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"
