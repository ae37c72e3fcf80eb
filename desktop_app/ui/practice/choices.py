"""The choices for the next session: which parts, the pace, a sound at each new roll.
Hidden while a session runs, to leave room for the guide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QGroupBox, QHBoxLayout, QWidget

from desktop_app.practice.plan import PACE_MAX_S, PACE_MIN_S
from desktop_app.practice.settings import ALL_PARTS
from desktop_app.ui.blocked import Blocked
from desktop_app.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from desktop_app.choreography.models import Exercise


class PracticeChoices(QWidget):
    """Signals: `partsChanged()`, `paceChanged(float)`, `cueSoundToggled(bool)` (the
    person's changes only; `show_choices` sets them quietly)."""

    partsChanged = Signal()
    paceChanged = Signal(float)
    cueSoundToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceSetup")
        # The choices wrap onto two rows when the column is narrow (a 1024-pixel screen).
        setup = FlowLayout(self, spacing=8)
        setup.setContentsMargins(0, 0, 0, 0)
        self.parts_box = QGroupBox(self.tr("Parts to practise"))
        self.parts_box.setObjectName("practiceParts")
        self.parts_box.setAccessibleName(self.tr("Parts to practise"))
        parts_layout = QHBoxLayout(self.parts_box)
        self.part_boxes: dict[str, QCheckBox] = {}
        for number, part_id in enumerate(ALL_PARTS, start=1):
            box = QCheckBox(self.tr("Part {number}").format(number=number))
            box.setObjectName(f"practicePart{number}")
            box.setAccessibleName(self.tr("Practise part {number}").format(number=number))
            box.toggled.connect(lambda _on: self.partsChanged.emit())
            parts_layout.addWidget(box)
            self.part_boxes[part_id] = box
        setup.addWidget(self.parts_box)
        setup.addWidget(self._pace_box())

    def _pace_box(self) -> QGroupBox:
        pace_box = QGroupBox(self.tr("Pace"))
        pace_layout = QHBoxLayout(pace_box)
        self.pace = QDoubleSpinBox()
        self.pace.setObjectName("paceSeconds")
        self.pace.setAccessibleName(self.tr("Seconds per roll"))
        self.pace.setRange(PACE_MIN_S, PACE_MAX_S)
        self.pace.setSingleStep(0.5)
        self.pace.setDecimals(1)
        self.pace.setSuffix(self.tr(" s per roll"))
        self.pace.setToolTip(self.tr("Seconds for each half roll (face up to face down). "
                                     "Slower is fine: slow, smooth, at a constant speed."))
        self.pace.valueChanged.connect(self.paceChanged)
        pace_layout.addWidget(self.pace)
        self.cue_sound = QCheckBox(self.tr("Sound"))
        self.cue_sound.setObjectName("cueSound")
        self.cue_sound.setAccessibleName(self.tr("Sound at each new roll"))
        self.cue_sound.setToolTip(self.tr("A short sound marks each new roll; the caption "
                                          "always flashes."))
        self.cue_sound.toggled.connect(self.cueSoundToggled)
        pace_layout.addWidget(self.cue_sound)
        return pace_box

    def show_choices(self, exercise: Exercise | None, parts: frozenset[str], pace: float,
                     *, cue_sound: bool, sound_available: bool) -> None:
        """The exercise's parts (their titles; the others hidden), ticked as `parts`, the
        pace and the sound, without the change signals."""
        titled = {p.id: p for p in exercise.parts} if exercise is not None else {}
        for part_id, box in self.part_boxes.items():
            with Blocked(box):
                box.setVisible(exercise is None or part_id in titled)
                if part_id in titled:
                    box.setText(titled[part_id].title)
                    box.setToolTip(titled[part_id].intro or "")
                box.setChecked(part_id in parts)
        with Blocked(self.pace):
            self.pace.setValue(pace)
        with Blocked(self.cue_sound):
            self.cue_sound.setChecked(cue_sound and sound_available)
            self.cue_sound.setEnabled(sound_available)
            if not sound_available:
                self.cue_sound.setToolTip(self.tr("This system has no sound for cues; the "
                                                  "caption flashes."))
        self.set_exercise_loaded(exercise is not None)

    def set_exercise_loaded(self, loaded: bool) -> None:
        """Parts and pace mean something only with an exercise to guide through."""
        self.parts_box.setEnabled(loaded)
        self.pace.setEnabled(loaded)

    def chosen_parts(self) -> frozenset[str]:
        return frozenset(p for p, box in self.part_boxes.items()
                         if box.isChecked() and box.isVisibleTo(self.parts_box))
