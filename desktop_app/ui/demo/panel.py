"""The demonstration panel: the figure, the step's caption and the playback controls."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.motion import Part3Leader, Timeline
from desktop_app.ui.demo.guidance import GuidanceDialog
from desktop_app.ui.demo.preparer import MotionPreparer, Request
from desktop_app.ui.demo.renderer import step_title
from desktop_app.ui.demo.view import DemoView

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise, LoadResult, Step
    from desktop_app.motion import Arms

# Set to 0 to compute only the steps that are shown (the tests do).
WARM_UP_ENV = "ROLLING_JOURNAL_WARM_UP"
SPEEDS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SCRUB_STEPS = 1000
FRAME_MS = 16


def step_summary(step: Step) -> str:
    """A short name for the step chooser, e.g. "Head leads: roll left, to face down"."""
    leads = ", then ".join(part.replace("_", " ") for part in step.leader)
    if step.and_back:
        return f"Over and over to the {step.direction}, then back"
    return f"{leads.capitalize()} leads: roll {step.direction}, to {step.end.replace('_', ' ')}"


def lead_hint(step: Step, part3_leader: str = "head") -> str:
    """One line on how the lead works for this step, under the caption."""
    leader = step.leader
    if step.leader_choices and part3_leader == "knee_hip":
        back = "right" if step.direction == "left" else "left"
        # The knee on the side away from the roll crosses over: the right knee to roll left.
        out_side, back_side = back, step.direction
        return (
            f"Knee, then hip: rolling {step.direction}, the {out_side} knee lifts and crosses "
            f"over the {back_side} leg, then the {out_side} hip leads; coming back, the "
            f"{back_side} knee and then the {back_side} hip lead."
        )
    if leader == ("head",):
        return (
            "Head leading: your eyes and head turn first, then your shoulders, chest, "
            "pelvis and legs follow, one after another."
        )
    side = leader[0].split("_")[0]
    other = "left" if side == "right" else "right"
    if leader[0].endswith("knee"):
        return (
            f"Knee, then hip: the {side} knee lifts and crosses over the {other} leg first, "
            f"then the {side} hip takes the lead; lower back, middle back, shoulders and head "
            "follow, one after another."
        )
    return (
        f"Hip leading: the {side} hip turns first; lower back, middle back, shoulders and head "
        "follow, one after another."
    )


class DemoPanel(QWidget):
    """Watch each roll. Starts empty ("Loading exercises…") until `set_exercises`."""

    stepChanged = Signal(str)
    stepFinished = Signal(str)

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
        self.preparer = MotionPreparer(self)
        self.preparer.ready.connect(self._motion_ready)
        self.preparer.failed.connect(self._motion_failed)
        self._build()
        self._set_enabled(False)

    # ----- construction -------------------------------------------------------------
    def _build(self) -> None:
        self.exercise_box = self._combo("exerciseSelector", "Exercise")
        self.part_box = self._combo("partSelector", "Part")
        self.step_box = self._combo("stepSelector", "Step")
        self.leader_box = self._combo("part3Leader", "Who leads Part 3")
        self.leader_box.addItem("Head leads", "head")
        self.leader_box.addItem("Knee, then hip leads", "knee_hip")
        self.guide_button = QPushButton("Head leading && guide…")
        self.guide_button.setObjectName("guideButton")
        self.guide_button.setAccessibleName("Open the head leading explanation and the guide")
        self.guide_button.clicked.connect(self.show_guidance)

        top = QHBoxLayout()
        for text, widget in (
            ("Exercise", self.exercise_box),
            ("Part", self.part_box),
            ("Step", self.step_box),
            ("Lead", self.leader_box),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 1 if widget is self.step_box else 0)
        top.addWidget(self.guide_button)

        self.view = DemoView(self)
        self.caption = QLabel("Loading exercises…")
        self.caption.setObjectName("stepCaption")
        self.caption.setAccessibleName("Step instructions")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.caption.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("leadHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #805000;")
        self.note = QLabel()
        self.note.setObjectName("stepNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6a5220;")
        self.note.hide()
        self.errors = QLabel()
        self.errors.setObjectName("loadErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #a02020;")
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors.hide()

        self.prev_button = self._button("prevStep", "◀ Previous", "Previous step")
        self.play_button = self._button("playPause", "▶ Play", "Play or pause (Space)")
        self.next_button = self._button("nextStep", "Next ▶", "Next step")
        self.prev_button.clicked.connect(self.previous_step)
        self.play_button.clicked.connect(self.toggle_play)
        self.next_button.clicked.connect(self.next_step)
        self.loop_box = QCheckBox("Loop")
        self.loop_box.setObjectName("loop")
        self.loop_box.setAccessibleName("Loop the step")
        self.scrub = QSlider(Qt.Orientation.Horizontal)
        self.scrub.setObjectName("scrub")
        self.scrub.setAccessibleName("Position in the roll")
        self.scrub.setRange(0, SCRUB_STEPS)
        self.scrub.valueChanged.connect(self._scrubbed)
        self.speed_box = self._combo("speed", "Playback speed")
        for speed in SPEEDS:
            self.speed_box.addItem(f"{speed:g}×", speed)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        self.mirror_box = QCheckBox("Mirror")
        self.mirror_box.setObjectName("mirror")
        self.mirror_box.setAccessibleName("Show as in a mirror")
        self.mirror_box.toggled.connect(self.view.set_mirror)

        controls = QHBoxLayout()
        for control in (self.prev_button, self.play_button, self.next_button, self.loop_box):
            controls.addWidget(control)
        controls.addWidget(self.scrub, 1)
        speed_label = QLabel("Speed")
        speed_label.setBuddy(self.speed_box)
        controls.addWidget(speed_label)
        controls.addWidget(self.speed_box)
        controls.addWidget(self.mirror_box)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.errors)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addLayout(controls)

        self.exercise_box.currentIndexChanged.connect(self._exercise_chosen)
        self.part_box.currentIndexChanged.connect(self._part_chosen)
        self.step_box.currentIndexChanged.connect(self._step_chosen)
        self.leader_box.currentIndexChanged.connect(self._leader_chosen)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_play)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    def _button(self, name: str, text: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # ----- data ---------------------------------------------------------------------
    def set_exercises(self, result: LoadResult) -> None:
        self.pause()
        self._result = result
        if result.errors:
            lines = "\n".join(f"• {error}" for error in result.errors)
            self.errors.setText(f"Some exercise files could not be read:\n{lines}")
            self.errors.show()
        else:
            self.errors.hide()
        with _Blocked(self.exercise_box):
            self.exercise_box.clear()
            for exercise in result.exercises.values():
                self.exercise_box.addItem(exercise.title, exercise.id)
        if not result.exercises:
            self._exercise = None
            self._timeline = None
            self.view.set_timeline(None)
            self.view.set_message("No exercises could be loaded.")
            self.caption.setText("No exercises could be loaded.")
            self._set_enabled(False)
            return
        self._set_enabled(True)
        first = next(iter(result.exercises.values()))
        self.select_step(first.id, first.steps[0].id)
        self._warm_up(first)

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
        with _Blocked(self.exercise_box, self.part_box, self.step_box):
            self.exercise_box.setCurrentIndex(self.exercise_box.findData(exercise.id))
            self.part_box.clear()
            for p in exercise.parts:
                self.part_box.addItem(p.title, p.id)
            self.part_box.setCurrentIndex(self.part_box.findData(part.id))
            self.step_box.clear()
            if len(part.steps) > 1:
                self.step_box.addItem(f"All of {part.title}, one after another", part.id)
            for index, step in enumerate(part.steps, start=1):
                self.step_box.addItem(f"{index}. {step_summary(step)}", step.id)
            self.step_box.setCurrentIndex(self.step_box.findData(target))
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
            self.view.set_message(f"Preparing the demonstration: {step_title(exercise, target)}…")
            self._show_step_text(part.steps[0] if target == part.id else exercise.step(target))
            return
        self._pending = None
        self.view.set_timeline(self._timeline, step_title(exercise, target))
        self._seek(0.0)
        if was_playing and not self._once:
            self.play()

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
            self.view.set_message(f"The demonstration could not be computed: {error}")

    def is_preparing(self) -> bool:
        """True while the shown step's motion is still being computed."""
        return self._pending is not None

    def _exercise_chosen(self, index: int) -> None:
        exercise_id = self.exercise_box.itemData(index)
        if self._result and exercise_id in self._result.exercises:
            exercise = self._result.exercises[exercise_id]
            self.select_step(exercise.id, exercise.steps[0].id)

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
        if self._timeline is None:
            # Still being computed: start as soon as it is ready.
            self._play_when_ready = self._pending is not None
            if self._play_when_ready:
                self.play_button.setText("❚❚ Pause")
            return
        if self._t >= self._timeline.duration_s:
            self._seek(0.0)
        self._playing = True
        self.play_button.setText("❚❚ Pause")
        self._restart_clock()

    def pause(self) -> None:
        self._play_when_ready = False
        self._playing = False
        self._timer.stop()
        self.play_button.setText("▶ Play")

    def play_step(self, step_id: str, duration_s: float | None = None) -> None:
        """Play one step of the current exercise once, at `duration_s` seconds per half roll."""
        if self._exercise is None:
            raise RuntimeError("no exercise loaded yet")
        if step_id not in self._ordered_steps() + [p.id for p in self._exercise.parts]:
            raise KeyError(f"unknown step '{step_id}' in '{self._exercise.id}'")
        self._duration = duration_s
        self._once = True
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

    def _loaded(self) -> bool:
        return self._result is not None and bool(self._result.exercises)

    def is_interactive(self) -> bool:
        return self._interactive

    def speed(self) -> float:
        value = self.speed_box.currentData()
        return float(value) if value else 1.0

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.play_button, self.mirror_box, self.guide_button):
            widget.setEnabled(enabled)
        self.set_interactive(self._interactive)

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
        with _Blocked(self.scrub):
            fraction = self._t / tl.duration_s if tl.duration_s else 0.0
            self.scrub.setValue(round(fraction * SCRUB_STEPS))
        step = tl.step_at(self._t)
        if step.id != self._current_step:
            self._show_step_text(step)

    def _show_step_text(self, step: Step) -> None:
        self._current_step = step.id
        self.caption.setText(step.caption)
        self.note.setText(step.note or "")
        self.note.setVisible(bool(step.note))
        self.hint.setText(lead_hint(step, self.part3_leader()))
        self.view.setAccessibleDescription(f"{step_summary(step)}. {step.caption}")
        self.stepChanged.emit(step.id)

    def _scrubbed(self, value: int) -> None:
        if self._timeline is not None:
            self._seek(value / SCRUB_STEPS * self._timeline.duration_s)
            self._restart_clock()

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

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)


class _Blocked:
    """Change widgets without their change signals firing (the panel already knows)."""

    def __init__(self, *widgets: QWidget) -> None:
        self.widgets = widgets

    def __enter__(self) -> None:
        self._was = [w.blockSignals(True) for w in self.widgets]

    def __exit__(self, *exc: object) -> None:
        for widget, was in zip(self.widgets, self._was, strict=True):
            widget.blockSignals(was)
