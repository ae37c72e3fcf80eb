"""The words under the demonstration: the step's caption, how its lead works, and the
exercise's note on it; and the step's short name in the step chooser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.palette import pick
from desktop_app.ui.stylesheet import stylesheet

if TYPE_CHECKING:
    from desktop_app.choreography import Step


translate = QCoreApplication.translate
# Accent colours: (on a light palette, on a dark one).
COLOURS = {"hint": ("#805000", "#f0c070"), "note": ("#6a5220", "#e8d49a"),
           "errors": ("#a02020", "#ff8a80")}


def _direction(word: str) -> str:
    """"left"/"right" as the way the body rolls ("roll left")."""
    if word == "left":
        return translate("StepText", "left", "the way the body rolls")
    if word == "right":
        return translate("StepText", "right", "the way the body rolls")
    return word


def _side(word: str) -> str:
    """"left"/"right" as the side of a knee, a hip or a leg ("the right knee")."""
    if word == "left":
        return translate("StepText", "left", "the side of a knee, hip or leg")
    if word == "right":
        return translate("StepText", "right", "the side of a knee, hip or leg")
    return word


def _body_part(name: str) -> str:
    """A leading part of the exercise file (head, left_knee, ...) in words."""
    names = {
        "head": translate("StepText", "head"),
        "left_knee": translate("StepText", "left knee"),
        "right_knee": translate("StepText", "right knee"),
        "left_hip": translate("StepText", "left hip"),
        "right_hip": translate("StepText", "right hip"),
    }
    return names.get(name, name.replace("_", " "))


def _position(name: str) -> str:
    if name == "face_up":
        return translate("StepText", "face up")
    if name == "face_down":
        return translate("StepText", "face down")
    return name.replace("_", " ")


def step_summary(step: Step) -> str:
    """A short name for the step chooser, e.g. "Head leads: roll left, to face down"."""
    leads = translate("StepText", ", then ").join(_body_part(part) for part in step.leader)
    if step.and_back:
        return translate("StepText", "Over and over to the {direction}, then back").format(
            direction=_direction(step.direction))
    return translate("StepText", "{leads} leads: roll {direction}, to {end}").format(
        leads=leads[:1].upper() + leads[1:], direction=_direction(step.direction),
        end=_position(step.end))


def lead_hint(step: Step, part3_leader: str = "head") -> str:
    """One line on how the lead works for this step, under the caption."""
    leader = step.leader
    if step.leader_choices and part3_leader == "knee_hip":
        back = "right" if step.direction == "left" else "left"
        # The knee on the side away from the roll crosses over: the right knee to roll left.
        return translate(
            "StepText",
            "Knee, then hip: rolling {direction}, the {out_side} knee lifts and crosses "
            "over the {back_side} leg, then the {out_side} hip leads; coming back, the "
            "{back_side} knee and then the {back_side} hip lead."
        ).format(direction=_direction(step.direction), out_side=_side(back),
                 back_side=_side(step.direction))
    if leader == ("head",):
        return translate(
            "StepText",
            "Head leading: your eyes and head turn first, then your shoulders, chest, "
            "pelvis and legs follow, one after another."
        )
    side = leader[0].split("_")[0]
    other = "left" if side == "right" else "right"
    if leader[0].endswith("knee"):
        return translate(
            "StepText",
            "Knee, then hip: the {side} knee lifts and crosses over the {other} leg first, "
            "then the {side} hip takes the lead; lower back, middle back, shoulders and head "
            "follow, one after another."
        ).format(side=_side(side), other=_side(other))
    return translate(
        "StepText",
        "Hip leading: the {side} hip turns first; lower back, middle back, shoulders and head "
        "follow, one after another."
    ).format(side=_side(side))


def accent_style(palette_owner: QWidget) -> str:
    """resources/styles/demo.qss in the accent colours for the widget's palette."""
    palette = palette_owner.palette()
    return stylesheet("demo", **{name: pick(palette, light, dark)
                                 for name, (light, dark) in COLOURS.items()})


class StepText(QWidget):
    """`caption` (`stepCaption`), `hint` (`leadHint`) and `note` (`stepNote`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoStepText")
        self.caption = QLabel(self.tr("Loading exercises…"))
        self.caption.setObjectName("stepCaption")
        self.caption.setAccessibleName(self.tr("Step instructions"))
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.caption.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("leadHint")
        self.hint.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("stepNote")
        self.note.setWordWrap(True)
        self.note.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for label in (self.caption, self.hint, self.note):
            column.addWidget(label)

    def show_step(self, step: Step, part3_leader: str) -> None:
        self.caption.setText(step.caption)
        self.note.setText(step.note or "")
        self.note.setVisible(bool(step.note))
        self.hint.setText(lead_hint(step, part3_leader))

    def apply_style(self, sheet: str) -> None:
        for label in (self.hint, self.note):
            label.setStyleSheet(sheet)
