"""The guided practice controller: walks the plan by the session clock and keeps the
demonstration on the roll being done.

Which roll is current follows from the monotonic elapsed time, never from counting
ticks: `update()` may be called late or rarely and still lands on the right roll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from desktop_app.practice.clock import SessionClock
    from desktop_app.practice.plan import GuidedPlan, Segment


class Demonstration(Protocol):
    """The little the guide needs from the demonstration panel."""

    def play_step(self, step_id: str, duration_s: float | None = None) -> None: ...

    def pause(self) -> None: ...

    def set_interactive(self, enabled: bool) -> None: ...


class GuidedSession:
    """One practice session: the clock, the plan and where in the plan we are.

    A plan without segments (no exercise loaded) makes a plain timer.
    """

    def __init__(self, plan: GuidedPlan, clock: SessionClock, demo: Demonstration) -> None:
        self.plan = plan
        self.clock = clock
        self._demo = demo
        self._index = 0
        self._segment_start = 0.0  # elapsed seconds when the current segment began
        self._done: set[int] = set()
        self._complete = False
        self._active = False
        self._ended_at: float | None = None  # elapsed seconds when the last roll ended

    # --- state ---------------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> Segment | None:
        if self._complete or not self.plan.segments:
            return None
        return self.plan.segments[self._index]

    @property
    def guided(self) -> bool:
        return bool(self.plan.segments)

    @property
    def complete(self) -> bool:
        """Every segment has been played or skipped; the clock is stopped."""
        return self._complete

    @property
    def active(self) -> bool:
        """Started and not yet stopped (it may be paused)."""
        return self._active

    @property
    def done_rolls(self) -> frozenset[int]:
        return frozenset(self._done)

    def completed_parts(self) -> frozenset[str]:
        return self.plan.completed_parts(self._done)

    def elapsed(self) -> float:
        """Practice time so far; when the plan ran out, exactly when the last roll ended."""
        elapsed = self.clock.elapsed()
        return elapsed if self._ended_at is None else min(elapsed, self._ended_at)

    def into_segment(self) -> float:
        return max(0.0, self.elapsed() - self._segment_start)

    def remaining(self) -> float:
        """Seconds left in the current segment (0 when there is none)."""
        segment = self.current
        if segment is None:
            return 0.0
        return max(0.0, segment.duration_s - self.into_segment())

    # --- actions -------------------------------------------------------------------------

    def start(self) -> None:
        self._done.clear()
        self._complete = False
        self._ended_at = None
        self._active = True
        self.clock.start()
        self._demo.set_interactive(not self.guided)
        if self.guided:
            self._enter(0, at=0.0)

    def pause(self) -> None:
        if self.clock.running:
            self.clock.pause()
            self._demo.pause()

    def resume(self) -> None:
        """Carry on from the start of the interrupted roll: the demonstration can only
        play a roll from its beginning, and the body is easier to re-place there too."""
        if not self.clock.paused or self._complete:
            return
        self.clock.resume()
        if self.guided:
            self._enter(self._index, at=self.clock.elapsed())

    def update(self) -> bool:
        """Move on past every segment whose time is up; True when the segment changed."""
        if self._complete or not self.guided or not self.clock.running:
            return False
        elapsed = self.clock.elapsed()
        index, start = self._index, self._segment_start
        while elapsed - start >= self.plan.segments[index].duration_s:
            self._mark_done(index)
            start += self.plan.segments[index].duration_s
            if index + 1 >= len(self.plan.segments):
                self._finish_guidance(ended_at=start)
                return True
            index += 1
        if index == self._index:
            return False
        # Several may have passed at once (the machine slept): only the current one plays.
        self._enter(index, at=start)
        return True

    def skip(self) -> None:
        """On to the next roll now; the skipped roll does not count as done."""
        if not self._can_move():
            return
        later = [i for i in self.plan.roll_indices if i > self._index]
        if later:
            self._enter(later[0], at=self.clock.elapsed())
        else:
            self._finish_guidance(ended_at=self.clock.elapsed())

    def back(self) -> None:
        """Back to the previous roll (or the start of this one when it is the first)."""
        if not self._can_move():
            return
        earlier = [i for i in self.plan.roll_indices if i < self._index]
        self._enter(earlier[-1] if earlier else self._index, at=self.clock.elapsed())

    def stop(self) -> float:
        """Stop at once (Finish, hurt or discard); returns the practice time."""
        self.clock.pause()
        self._active = False
        self._demo.pause()
        self._demo.set_interactive(True)
        return self.elapsed()

    # --- internals -----------------------------------------------------------------------

    def _can_move(self) -> bool:
        return self._active and self.guided and not self._complete

    def _mark_done(self, index: int) -> None:
        if self.plan.segments[index].is_roll:
            self._done.add(index)

    def _enter(self, index: int, *, at: float) -> None:
        self._index = index
        self._segment_start = at
        segment = self.plan.segments[index]
        if not self.clock.running:
            return  # paused: the demonstration restarts on resume
        if segment.is_roll and segment.step_id is not None:
            self._demo.play_step(segment.step_id, segment.pace_s)
        else:
            self._demo.pause()

    def _finish_guidance(self, *, ended_at: float) -> None:
        # The practice is over: stop the clock so the journal gets the practice time,
        # not the time it took to walk back to the computer.
        self._complete = True
        self._ended_at = ended_at
        self._index = len(self.plan.segments) - 1
        self.clock.pause()
        self._demo.pause()
