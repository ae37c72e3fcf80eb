"""The demonstration panel: the figure, the step's caption and the playback controls.

Composed of small widgets, top to bottom: the exercise, part and step choosers
(step_chooser.py), the view's options (options_bar.py), the load errors, the figure or its
still frames, the step's words (step_text.py) and the playback bar (playback_bar.py). The
panel keeps the playhead and what is shown.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.motion import Part3Leader, Timeline
from desktop_app.ui.blocked import Blocked
from desktop_app.ui.demo.guidance import GuidanceDialog
from desktop_app.ui.demo.keyframes import KeyFrameSet, KeyFramesView
from desktop_app.ui.demo.options_bar import CAMERA_CHOICES, DemoOptions
from desktop_app.ui.demo.playback_bar import SCRUB_STEPS, SPEEDS, PlaybackBar
from desktop_app.ui.demo.preferences import DemoPreferences
from desktop_app.ui.demo.preparer import MotionPreparer, Request
from desktop_app.ui.demo.renderer import step_name, step_title
from desktop_app.ui.demo.scrub_bar import Band
from desktop_app.ui.demo.step_chooser import StepChooser
from desktop_app.ui.demo.step_text import StepText, accent_style, lead_hint, step_summary
from desktop_app.ui.demo.view import DemoView

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from desktop_app.choreography import Exercise, LoadResult, Step
    from desktop_app.motion import Arms
    from desktop_app.motion.reading import Reading
    from desktop_app.motion.views import CameraPreset

# Importable from here as before.
__all__ = ["CAMERA_CHOICES", "SPEEDS", "DemoPanel", "lead_hint", "step_summary"]

# Set to 0 to compute only the steps that are shown (the tests do).
WARM_UP_ENV = "ROLLING_JOURNAL_WARM_UP"
FRAME_MS = 16
# The exercise of the seed text: the one the list opens on, unless another was used last.
SEED_EXERCISE = "middle_back_rolling"


class DemoPanel(QWidget):
    """Watch each roll. Starts empty ("Loading exercises…") until `set_exercises`."""

    stepChanged = Signal(str)
    stepFinished = Signal(str)
    # A computed timeline is on screen (its step or part id).
    timelineShown = Signal(str)
    # The person chose another exercise (the Exercise object).
    exerciseChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPanel")
        self._result: LoadResult | None = None
        self._exercise: Exercise | None = None
        self._target = ""
        self._timeline: Timeline | None = None
        self._t = 0.0
        self._playing = False
        self._once = False
        self._duration: float | None = None
        self._current_step = ""
        self._interactive = True
        self._has_choice = False
        self._clock = QElapsedTimer()
        self._last_ms = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self.guidance_dialog: GuidanceDialog | None = None
        self._arms: Arms | None = None
        self._pending: Request | None = None
        self._play_when_ready = False
        self._reading: Reading | None = None
        self.preferences = DemoPreferences()
        self.preparer = MotionPreparer(self)
        self.preparer.ready.connect(self._motion_ready)
        self.preparer.failed.connect(self._motion_failed)
        self._build()
        self._set_enabled(False)

    # ----- construction -------------------------------------------------------------
    def _build(self) -> None:
        self.chooser = StepChooser()
        self.options = DemoOptions()
        self.errors = QLabel()
        self.errors.setObjectName("loadErrors")
        self.errors.setWordWrap(True)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors.hide()
        self.view = DemoView(self)
        self.keyframes = KeyFramesView(self)
        self.stage = QStackedWidget()
        self.stage.setObjectName("demoStage")
        self.stage.addWidget(self.view)
        self.stage.addWidget(self.keyframes)
        self.step_text = StepText()
        self.playback = PlaybackBar()
        self._expose_parts()
        self._apply_palette()
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        for widget, stretch in ((self.chooser, 0), (self.options, 0), (self.errors, 0),
                                (self.stage, 1), (self.step_text, 0), (self.playback, 0)):
            layout.addWidget(widget, stretch)
        self._connect()
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_play)
        self._load_preferences()

    def _expose_parts(self) -> None:
        """The parts' controls under the names the window and the tests have always used."""
        self.exercise_box = self.chooser.exercise_box
        self.part_box = self.chooser.part_box
        self.step_box = self.chooser.step_box
        options, playback = self.options, self.playback
        self.options_bar = options
        self.leader_box, self.camera_box = options.leader_box, options.camera_box
        self.slow_box, self.reduced_box = options.slow_box, options.reduced_box
        self.mirror_box = options.mirror_box
        self.guide_button, self.export_button = options.guide_button, options.export_button
        self.prev_button, self.play_button = playback.prev_button, playback.play_button
        self.next_button, self.loop_box = playback.next_button, playback.loop_box
        self.scrub, self.speed_box = playback.scrub, playback.speed_box
        self.caption = self.step_text.caption
        self.hint = self.step_text.hint
        self.note = self.step_text.note

    def _connect(self) -> None:
        self.exercise_box.currentIndexChanged.connect(self._exercise_chosen)
        self.part_box.currentIndexChanged.connect(self._part_chosen)
        self.step_box.currentIndexChanged.connect(self._step_chosen)
        self.leader_box.currentIndexChanged.connect(self._leader_chosen)
        self.camera_box.currentIndexChanged.connect(self._camera_chosen)
        self.slow_box.toggled.connect(self._slow_toggled)
        self.reduced_box.toggled.connect(self._reduced_toggled)
        self.mirror_box.toggled.connect(self.view.set_mirror)
        self.mirror_box.toggled.connect(lambda _on: self._update_keyframes())
        self.guide_button.clicked.connect(self.show_guidance)
        self.export_button.clicked.connect(lambda: self.export_animation())
        self.prev_button.clicked.connect(self.previous_step)
        self.play_button.clicked.connect(self.toggle_play)
        self.next_button.clicked.connect(self.next_step)
        self.scrub.valueChanged.connect(self._scrubbed)

    # ----- data ---------------------------------------------------------------------
    def set_exercises(self, result: LoadResult) -> None:
        self.pause()
        self._result = result
        if result.errors:
            lines = "\n".join(f"• {error}" for error in result.errors)
            self.errors.setText(self.tr("Some exercise files could not be read:") + f"\n{lines}")
            self.errors.show()
        else:
            self.errors.hide()
        self.chooser.show_exercises(result)
        if not result.exercises:
            self._exercise = None
            self._timeline = None
            self.view.set_timeline(None)
            self.view.set_message(self.tr("No exercises could be loaded."))
            self.caption.setText(self.tr("No exercises could be loaded."))
            self._set_enabled(False)
            return
        self._set_enabled(True)
        first = self.opening_exercise(result)
        self.select_step(first.id, first.steps[0].id)
        self._warm_up(first)

    def opening_exercise(self, result: LoadResult) -> Exercise:
        """The exercise the list opens on: the last one used, else the seed's, else the first
        (never just whichever file happens to sort first)."""
        for exercise_id in (self.preferences.exercise(), SEED_EXERCISE):
            if exercise_id in result.exercises:
                return result.exercises[exercise_id]
        return next(iter(result.exercises.values()))

    def set_settings(self, settings: QSettings | None) -> None:
        """Remember the camera, reduced motion, slow hand-over and exercise in `settings`."""
        self.preferences = DemoPreferences(settings)
        self._load_preferences()

    def _load_preferences(self) -> None:
        prefs = self.preferences
        with Blocked(self.camera_box, self.slow_box, self.reduced_box):
            self.camera_box.setCurrentIndex(max(self.camera_box.findData(prefs.camera()), 0))
            self.slow_box.setChecked(prefs.slow_handover())
            self.reduced_box.setChecked(prefs.reduced_motion())
        self.view.set_camera(self.camera_preset())
        self.scrub.set_slow_shown(self.slow_box.isChecked())
        self._show_stage()

    def _warm_up(self, exercise: Exercise) -> None:
        """Compute every step and part of the exercise in the background, so switching is
        instant; the shown step's own request goes first."""
        if os.environ.get(WARM_UP_ENV, "1") == "0":
            return
        targets = [p.id for p in exercise.parts if len(p.steps) > 1] + [
            s.id for s in exercise.steps
        ]
        for target in targets:
            step = exercise.step(target) if target in [s.id for s in exercise.steps] else None
            leads: tuple[Part3Leader, ...] = (
                ("head", "knee_hip") if step is not None and step.leader_choices else ("head",)
            )
            for leader in leads:
                self.preparer.prepare(
                    exercise, target, leader, self.arms_for(exercise), urgent=False
                )

    def arms_for(self, exercise: Exercise) -> Arms:
        """The arm position shown: the comfort setting if one is chosen, else the file's."""
        return self._arms if self._arms is not None else exercise.arms

    def set_arms(self, arms: Arms | None) -> None:
        """Choose "overhead" or "along_body" for every exercise, or None for each file's own."""
        if arms == self._arms:
            return
        self._arms = arms
        if self._exercise is not None:
            self._show(self._exercise, self._target)
            self._warm_up(self._exercise)

    def exercises(self) -> dict[str, Exercise]:
        return {} if self._result is None else dict(self._result.exercises)

    def current_exercise(self) -> Exercise | None:
        return self._exercise

    def current_step(self) -> str:
        """The step under the playhead (for a whole part, the one playing now)."""
        return self._current_step

    def current_target(self) -> str:
        """The selected step id, or the part id when a whole part is selected."""
        return self._target

    def timeline(self) -> Timeline | None:
        return self._timeline

    def position(self) -> float:
        return self._t

    def part3_leader(self) -> Part3Leader:
        return "knee_hip" if self.leader_box.currentData() == "knee_hip" else "head"

    # ----- selection ----------------------------------------------------------------
    def select_step(self, exercise_id: str, step_id: str) -> None:
        """Show a step (e.g. "part1.2") or a whole part (e.g. "part1") from the start."""
        if self._result is None or exercise_id not in self._result.exercises:
            raise KeyError(f"unknown exercise '{exercise_id}'")
        exercise = self._result.exercises[exercise_id]
        part_ids = [p.id for p in exercise.parts]
        if step_id not in part_ids and step_id not in [s.id for s in exercise.steps]:
            raise KeyError(f"unknown step '{step_id}' in '{exercise_id}'")
        self._duration = None
        self._once = False
        self._show(exercise, step_id)

    def _show(self, exercise: Exercise, target: str) -> None:
        was_playing = self._playing
        self.pause()
        self._exercise = exercise
        part = exercise.part(target) if target in [p.id for p in exercise.parts] else None
        if part is None or len(part.steps) == 1:
            part = exercise.part_of(target if part is None else part.steps[0].id)
            if len(part.steps) == 1:
                target = part.steps[0].id
        self._target = target
        self.chooser.show_selection(exercise, part, target)
        self._has_choice = any(step.leader_choices for step in part.steps)
        self.leader_box.setEnabled(self._has_choice and self._interactive)
        arms = self.arms_for(exercise)
        self._timeline = self.preparer.timeline_now(
            exercise, target, self.part3_leader(), arms, self._duration
        )
        self._current_step = ""
        if self._timeline is None:
            # Computed on the worker thread; `_motion_ready` shows it when it is done.
            self._pending = MotionPreparer.key(exercise, target, self.part3_leader(), arms)
            self._play_when_ready = self._play_when_ready or was_playing or self._once
            self.view.set_timeline(None)
            self._reading = None
            self.keyframes.set_frames(None)
            self.view.set_message(self.tr("Preparing the demonstration: {title}…").format(
                title=step_title(exercise, target)))
            self._show_step_text(part.steps[0] if target == part.id else exercise.step(target))
            return
        self._pending = None
        self._timeline_shown(exercise, target)
        self._seek(0.0)
        if was_playing and not self._once:
            self.play()

    def _timeline_shown(self, exercise: Exercise, target: str) -> None:
        """A computed timeline is on: the figure, the scrub bar's lead bands, the stills."""
        from desktop_app.motion.reading import reading_for

        tl = self._timeline
        assert tl is not None
        self._reading = reading_for(tl)
        self.view.set_timeline(tl, step_title(exercise, target))
        duration = max(tl.duration_s, 1e-6)
        label = self.tr("{part} leads, {t0:.1f}–{t1:.1f} s")
        bands = [
            Band(b.t0 / duration, b.t1 / duration, b.part,
                 label.format(part=b.part.replace("_", " ").capitalize(), t0=b.t0, t1=b.t1))
            for b in self._reading.bands
        ]
        self.scrub.set_reading(
            bands,
            [t / duration for t in self._reading.handovers],
            [(a / duration, b / duration) for a, b in self._reading.handover_windows()],
        )
        self._update_keyframes()
        self.timelineShown.emit(target)

    def _motion_ready(self, key: Request) -> None:
        if key == self._pending and self._exercise is not None:
            start = self._play_when_ready
            once = self._once
            self._show(self._exercise, self._target)
            self._once = once
            if start:
                self.play()

    def _motion_failed(self, key: Request, error: str) -> None:
        if key == self._pending:
            self._pending = None
            self._play_when_ready = False
            self.view.set_message(
                self.tr("The demonstration could not be computed: {error}").format(error=error))

    def is_preparing(self) -> bool:
        """True while the shown step's motion is still being computed."""
        return self._pending is not None

    def _exercise_chosen(self, index: int) -> None:
        exercise_id = self.exercise_box.itemData(index)
        if self._result and exercise_id in self._result.exercises:
            # The person's choice: the list opens on it next time (an exercise shown because
            # the remembered one is missing is not a choice, and is not remembered).
            self.preferences.set_exercise(exercise_id)
            exercise = self._result.exercises[exercise_id]
            self.select_step(exercise.id, exercise.steps[0].id)
            self.exerciseChanged.emit(exercise)

    def _part_chosen(self, index: int) -> None:
        part_id = self.part_box.itemData(index)
        if self._exercise is not None and part_id:
            part = self._exercise.part(part_id)
            self.select_step(self._exercise.id, part.steps[0].id)

    def _step_chosen(self, index: int) -> None:
        target = self.step_box.itemData(index)
        if self._exercise is not None and target:
            self.select_step(self._exercise.id, target)

    def _leader_chosen(self, _index: int) -> None:
        if self._exercise is not None:
            self._show(self._exercise, self._target)

    def _ordered_steps(self) -> list[str]:
        return [] if self._exercise is None else [s.id for s in self._exercise.steps]

    def next_step(self) -> None:
        self._move(+1)

    def previous_step(self) -> None:
        self._move(-1)

    def _move(self, delta: int) -> None:
        steps = self._ordered_steps()
        if not steps or self._exercise is None:
            return
        here = self._current_step if self._current_step in steps else steps[0]
        index = min(max(steps.index(here) + delta, 0), len(steps) - 1)
        self.select_step(self._exercise.id, steps[index])

    # ----- playback -----------------------------------------------------------------
    def is_playing(self) -> bool:
        """Playing, or waiting for the motion to be computed to start playing."""
        return self._playing or self._play_when_ready

    def toggle_play(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.is_reduced_motion():
            # Reduced motion: the stills stand in for the animation, which never plays.
            return
        if self._timeline is None:
            # Still being computed: start as soon as it is ready.
            self._play_when_ready = self._pending is not None
            if self._play_when_ready:
                self.playback.show_playing(True)
            return
        if self._t >= self._timeline.duration_s:
            self._seek(0.0)
        self._playing = True
        self.playback.show_playing(True)
        self._restart_clock()

    def pause(self) -> None:
        self._play_when_ready = False
        self._playing = False
        self._timer.stop()
        self.playback.show_playing(False)

    def play_step(self, step_id: str, duration_s: float | None = None) -> None:
        """Play one step of the current exercise once, at `duration_s` seconds per half roll."""
        if self._exercise is None:
            raise RuntimeError("no exercise loaded yet")
        if step_id not in self._ordered_steps() + [p.id for p in self._exercise.parts]:
            raise KeyError(f"unknown step '{step_id}' in '{self._exercise.id}'")
        self._duration = duration_s
        self._once = not self.is_reduced_motion()
        self._show(self._exercise, step_id)
        self.play()

    def set_interactive(self, enabled: bool) -> None:
        """Guided practice drives the steps itself, so the step controls go quiet."""
        self._interactive = enabled
        for widget in (
            self.exercise_box,
            self.part_box,
            self.step_box,
            self.prev_button,
            self.next_button,
            self.scrub,
            self.loop_box,
            self.speed_box,
        ):
            widget.setEnabled(enabled and self._loaded())
        self.leader_box.setEnabled(enabled and self._has_choice and self._loaded())
        self._show_stage()

    def _loaded(self) -> bool:
        return self._result is not None and bool(self._result.exercises)

    def is_interactive(self) -> bool:
        return self._interactive

    def speed(self) -> float:
        return self.playback.speed()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.play_button, self.mirror_box, self.guide_button, self.camera_box,
                       self.export_button):
            widget.setEnabled(enabled)
        self.set_interactive(self._interactive)
        self._show_stage()

    def _restart_clock(self) -> None:
        self._clock.restart()
        self._last_ms = 0
        if self._playing and self.isVisible():
            self._timer.start()

    def _now_ms(self) -> int:
        """Monotonic milliseconds since the clock last restarted."""
        return self._clock.elapsed()

    def _tick(self) -> None:
        if self._timeline is None or not self._playing:
            self._timer.stop()
            return
        now = self._now_ms()
        # A step played for the practice timer keeps the timer's pace, whatever the speed box.
        dt = (now - self._last_ms) / 1000.0 * (1.0 if self._once else self.speed())
        self._last_ms = now
        self.advance(dt)

    def advance(self, dt: float) -> None:
        """Move the playhead by `dt` seconds of motion (the timer calls this with real time)."""
        tl = self._timeline
        if tl is None:
            return
        if self.slow_box.isChecked() and self._reading is not None:
            # Slow at the hand-over: half speed around it, eased in and out.
            dt *= self._reading.speed_at(self._t)
        t = self._t + dt
        if t < tl.duration_s:
            self._seek(t)
            return
        finished = self._target
        if self.loop_box.isChecked() and not self._once:
            self._seek(t % tl.duration_s if tl.duration_s > 0 else 0.0)
        else:
            self._seek(tl.duration_s)
            self.pause()
            self._once = False
        self.stepFinished.emit(finished)

    def _seek(self, t: float) -> None:
        tl = self._timeline
        if tl is None:
            return
        self._t = min(max(t, 0.0), tl.duration_s)
        self.view.set_time(self._t)
        with Blocked(self.scrub):
            fraction = self._t / tl.duration_s if tl.duration_s else 0.0
            if self._playing:
                self.scrub.follow(fraction)
            else:
                self.scrub.setValue(round(fraction * SCRUB_STEPS))
        step = tl.step_at(self._t)
        if step.id != self._current_step:
            self._show_step_text(step)

    def _show_step_text(self, step: Step) -> None:
        self._current_step = step.id
        self.step_text.show_step(step, self.part3_leader())
        self.view.setAccessibleDescription(f"{step_summary(step)}. {step.caption}")
        self.stepChanged.emit(step.id)

    def _scrubbed(self, value: int) -> None:
        if self._timeline is not None:
            self._seek(value / SCRUB_STEPS * self._timeline.duration_s)
            self._restart_clock()

    # ----- camera, reduced motion, slow hand-over, export ------------------------------
    def camera_preset(self) -> CameraPreset:
        value = self.camera_box.currentData()
        return value if value else "auto"

    def set_camera(self, preset: CameraPreset) -> None:
        index = self.camera_box.findData(preset)
        if index < 0:
            raise KeyError(f"unknown camera preset '{preset}'")
        self.camera_box.setCurrentIndex(index)

    def _camera_chosen(self, _index: int) -> None:
        preset = self.camera_preset()
        self.preferences.set_camera(preset)
        self.view.set_camera(preset)
        self._update_keyframes()

    def _slow_toggled(self, on: bool) -> None:
        self.preferences.set_slow_handover(on)
        self.scrub.set_slow_shown(on)

    def is_reduced_motion(self) -> bool:
        return self.reduced_box.isChecked()

    def set_reduced_motion(self, on: bool) -> None:
        self.reduced_box.setChecked(on)

    def _reduced_toggled(self, on: bool) -> None:
        self.preferences.set_reduced_motion(on)
        if on:
            self.pause()
            self._once = False
        self._show_stage()
        self._update_keyframes()

    def _show_stage(self) -> None:
        reduced = self.is_reduced_motion()
        self.stage.setCurrentWidget(self.keyframes if reduced else self.view)
        loaded = self._loaded()
        for widget in (self.play_button, self.loop_box, self.speed_box, self.slow_box):
            widget.setEnabled(loaded and not reduced and (
                widget is self.play_button or self._interactive))
        self.scrub.setEnabled(loaded and not reduced and self._interactive)

    def _update_keyframes(self) -> None:
        if not self.is_reduced_motion() or self._timeline is None or self._exercise is None:
            if not self.is_reduced_motion():
                self.keyframes.set_frames(None)
            return
        exercise = self._exercise
        titles = {step.id: step_name(exercise, step.id) for step in self._timeline.steps}
        self.keyframes.set_frames(KeyFrameSet(
            self._timeline,
            step_title(exercise, self._target),
            camera=self.camera_preset(),
            mirror=self.view.is_mirrored(),
            step_titles=titles,
        ))

    def export_animation(
        self,
        path: Path | None = None,
        *,
        size: tuple[int, int] | None = None,
        fps: float = 30.0,
    ) -> Path | None:
        """Save what is shown (this step or part, camera and mirror) as a video; without a
        `path` asks where. Returns the file written, or None."""
        from desktop_app.ui.demo.export import export_animation

        if self._timeline is None or self._exercise is None:
            return None
        self.pause()
        return export_animation(
            self,
            self._timeline,
            step_title(self._exercise, self._target),
            camera=self.camera_preset(),
            mirror=self.view.is_mirrored(),
            adjust=self.view.adjust(),
            path=path,
            size=size or (self.view.width(), self.view.height()),
            fps=fps,
        )

    def _apply_palette(self) -> None:
        """Accent texts in colours chosen for the palette, light or dark."""
        sheet = accent_style(self)
        self.step_text.apply_style(sheet)
        self.errors.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def show_guidance(self) -> None:
        if self._exercise is None:
            return
        if self.guidance_dialog is not None:
            self.guidance_dialog.close()
            self.guidance_dialog.deleteLater()
        self.guidance_dialog = GuidanceDialog(self._exercise, self)
        self.guidance_dialog.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._restart_clock()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Shown on its own (docs, tests), closing the panel ends it: drop the queued motion
        # now, or deleting the worker pool later would wait for all of it on this thread.
        if self.isWindow():
            self.preparer.shutdown()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

