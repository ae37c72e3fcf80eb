"""Exercise, part and step: the row of choosers above the demonstration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.ui.blocked import Blocked
from desktop_app.ui.demo.named import combo
from desktop_app.ui.demo.step_text import step_summary

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise, LoadResult
    from desktop_app.choreography.models import Part


class StepChooser(QWidget):
    """`exercise_box`, `part_box` and `step_box`, each with its label. The panel listens
    to their `currentIndexChanged`; `show_*` fill them without those signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoStepChooser")
        self.exercise_box = combo("exerciseSelector", self.tr("Exercise"))
        self.part_box = combo("partSelector", self.tr("Part"))
        self.step_box = combo("stepSelector", self.tr("Step"), min_chars=10)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        for text, widget, stretch in (
            (self.tr("Exercise"), self.exercise_box, 2),
            (self.tr("Part"), self.part_box, 1),
            (self.tr("Step"), self.step_box, 4),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, stretch)
            top.addSpacing(4)

    def show_exercises(self, result: LoadResult) -> None:
        with Blocked(self.exercise_box):
            self.exercise_box.clear()
            for exercise in result.exercises.values():
                self.exercise_box.addItem(exercise.title, exercise.id)

    def show_selection(self, exercise: Exercise, part: Part, target: str) -> None:
        """`exercise` chosen, its parts listed with `part` chosen, and the steps of that
        part (with "All of …" first when it has several) with `target` chosen."""
        with Blocked(self.exercise_box, self.part_box, self.step_box):
            self.exercise_box.setCurrentIndex(self.exercise_box.findData(exercise.id))
            self.part_box.clear()
            for p in exercise.parts:
                self.part_box.addItem(p.title, p.id)
            self.part_box.setCurrentIndex(self.part_box.findData(part.id))
            self.step_box.clear()
            if len(part.steps) > 1:
                self.step_box.addItem(
                    self.tr("All of {part}, one after another").format(part=part.title), part.id)
            for index, step in enumerate(part.steps, start=1):
                self.step_box.addItem(f"{index}. {step_summary(step)}", step.id)
            self.step_box.setCurrentIndex(self.step_box.findData(target))

    def boxes(self) -> tuple[QWidget, ...]:
        return (self.exercise_box, self.part_box, self.step_box)
