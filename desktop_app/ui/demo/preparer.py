"""Computes demonstrations off the window's thread and says when each one is ready.

The body's motion is simulated once per step (a second or two, longer for Part 3) and kept on
disk, so the window asks here first: a motion already computed comes back at once, any other is
queued for a worker thread and announced by `ready`. MuJoCo releases Python's lock while it
simulates, so the window keeps painting meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise
    from desktop_app.motion import Arms, Part3Leader, Timeline

Request = tuple[str, str, str, str]


class _Signals(QObject):
    finished = Signal(object, str)


class _Job(QRunnable):
    def __init__(
        self,
        key: Request,
        exercise: Exercise,
        target: str,
        leader: Part3Leader,
        arms: Arms,
        owner: MotionPreparer,
        *,
        read: bool,
    ) -> None:
        super().__init__()
        self.key, self.exercise, self.target = key, exercise, target
        self.leader, self.arms, self.owner = leader, arms, owner
        self.read = read

    def run(self) -> None:
        from desktop_app.motion import timeline
        from desktop_app.motion.reading import reading_for
        from desktop_app.motion.simulate import SimulationCancelled
        from desktop_app.motion.timeline import is_computed

        if self.owner.stopping:
            return
        try:
            if not self.read and is_computed(self.exercise, self.target,
                                             part3_leader=self.leader, arms=self.arms):
                # Warm-up computes what is missing; a motion kept on disk is read when it is
                # shown, not now (twelve of them would sit in memory, a few MiB each).
                self.owner.signals.finished.emit(self.key, "")
                return
            tl = timeline(
                self.exercise,
                self.target,
                part3_leader=self.leader,
                arms=self.arms,
                cancelled=lambda: self.owner.stopping,
            )
            if self.read:
                # What the scrub bar, the strip and the cameras read off it, for the step the
                # window waits for (a few hundred poses; background warm-up leaves it to the
                # window, so as not to hold Python's lock while the window starts).
                reading_for(tl)
        except SimulationCancelled:
            return
        except Exception as exc:  # reported to the panel, which shows it instead of the figure
            self.owner.signals.finished.emit(self.key, f"{type(exc).__name__}: {exc}")
            return
        self.owner.signals.finished.emit(self.key, "")


class MotionPreparer(QObject):
    """One worker thread; the window's own requests go before background warm-up."""

    ready = Signal(object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.finished.connect(self._finished)
        self._queued: set[Request] = set()
        self.stopping = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @staticmethod
    def key(exercise: Exercise, target: str, leader: Part3Leader, arms: Arms) -> Request:
        return (exercise.id, target, leader, arms)

    def timeline_now(
        self,
        exercise: Exercise,
        target: str,
        leader: Part3Leader,
        arms: Arms,
        duration_s: float | None = None,
        *,
        urgent: bool = True,
    ) -> Timeline | None:
        """The timeline if its motion is computed already; otherwise queue it and return None."""
        from desktop_app.motion import cached_timeline

        found = cached_timeline(
            exercise, target, part3_leader=leader, duration_s=duration_s, arms=arms
        )
        if found is None:
            self.prepare(exercise, target, leader, arms, urgent=urgent)
        return found

    def prepare(
        self, exercise: Exercise, target: str, leader: Part3Leader, arms: Arms, *, urgent: bool
    ) -> None:
        key = self.key(exercise, target, leader, arms)
        if key in self._queued:
            return
        self._queued.add(key)
        if self.stopping:
            return
        job = _Job(key, exercise, target, leader, arms, self, read=urgent)
        self._pool.start(job, 1 if urgent else 0)

    def shutdown(self) -> None:
        """Drop what is queued and stop the running simulation at its next chunk, then wait:
        no worker may still run Python when the application goes away."""
        self.stopping = True
        self._pool.clear()
        self._pool.waitForDone()
        self._queued.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued motion is computed (tests and the smoke run use this)."""
        return bool(self._pool.waitForDone(msecs))

    def _finished(self, key: Request, error: str) -> None:
        self._queued.discard(key)
        if error:
            self.failed.emit(key, error)
        else:
            self.ready.emit(key)
