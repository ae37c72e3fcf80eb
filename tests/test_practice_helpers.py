"""Shared fakes for the practice tests (no tests here): a hand-driven clock and wall clock,
a recording demonstration, a session counter and an exercise whose steps have different paces."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop_app.choreography import Exercise, load_exercises

# The seed's exercise file paces every half roll at 10 s; these paces differ per step so
# that a plan or a panel which ignored a step's own pace would be caught.
UNEVEN_PACES = {"part1.1": 8.5, "part1.3": 8.5, "part3": 7.0}
UNEVEN_DEFAULT_PACE = 8.0


def uneven_pace_exercise() -> Exercise:
    """The seed exercise with Part 1's knee-led rolls at 8.5 s, Part 3 at 7 s, the rest at 8 s."""
    seed = load_exercises().exercises["middle_back_rolling"]
    parts = tuple(
        part.model_copy(update={"steps": tuple(
            step.model_copy(update={"duration_s": UNEVEN_PACES.get(step.id, UNEVEN_DEFAULT_PACE)})
            for step in part.steps)})
        for part in seed.parts)
    return seed.model_copy(update={"parts": parts})


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
