"""Fakes for the practice tests: a hand-driven clock and wall clock, a recording
demonstration and a session counter."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class FakeNow:
    """A wall clock (aware UTC) that moves only when told to."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment.astimezone(UTC)


@dataclass
class RecordingDemo:
    """Implements the guide's Demonstration protocol and remembers every call."""

    calls: list[tuple] = field(default_factory=list)
    playing: str | None = None
    interactive: bool = True

    def play_step(self, step_id: str, duration_s: float | None = None) -> None:
        self.calls.append(("play_step", step_id, duration_s))
        self.playing = step_id

    def pause(self) -> None:
        self.calls.append(("pause",))
        self.playing = None

    def set_interactive(self, enabled: bool) -> None:
        self.calls.append(("set_interactive", enabled))
        self.interactive = enabled

    def played(self) -> list[str]:
        return [call[1] for call in self.calls if call[0] == "play_step"]


def counter(starts: list[datetime]):
    """A `count_sessions(since, until)` over a fixed list of session start times."""

    def count(since: datetime, until: datetime) -> int:
        assert since.tzinfo is not None and until.tzinfo is not None
        return sum(1 for s in starts if since <= s < until)

    return count
