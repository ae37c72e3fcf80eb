"""Pydantic models of an exercise file (schema version 1)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

LeaderPart = Literal["head", "right_knee", "right_hip", "left_knee", "left_hip"]
LeaderChoice = Literal["head", "knee_hip"]
Direction = Literal["left", "right"]
Orientation = Literal["face_up", "face_down"]
# Where the arms lie: overhead on the floor (the usual set-up for segmental rolling, nothing to
# roll over), or along the body (more comfortable for some sore shoulders and backs).
ArmPosition = Literal["overhead", "along_body"]

LEADER_PARTS: tuple[str, ...] = ("head", "right_knee", "right_hip", "left_knee", "left_hip")
# The lead sequences a roll can have; a knee always hands over to the hip on its own side.
VALID_LEADS: tuple[tuple[str, ...], ...] = (
    ("head",),
    ("right_knee", "right_hip"),
    ("left_knee", "left_hip"),
    ("right_hip",),
    ("left_hip",),
)

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
StepId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)?$")]


def flip(orientation: str) -> str:
    return "face_down" if orientation == "face_up" else "face_up"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Step(_Strict):
    """One roll (or, for `and_back`, a roll out and back) as the person reads it."""

    id: StepId
    caption: Text
    leader: tuple[LeaderPart, ...] = Field(min_length=1)
    direction: Direction
    start: Orientation
    end: Orientation
    duration_s: float = Field(ge=3.0, le=30.0, description="Seconds per half roll.")
    half_turns: int = Field(default=1, ge=1, le=12, description="Half rolls (each way).")
    and_back: bool = Field(default=False, description="Roll out, then back the way it came.")
    leader_choices: tuple[LeaderChoice, ...] = ()
    back_to_centre: bool = False
    note: Text | None = None
    canvas_note: ShortText | None = Field(
        default=None,
        description="A short form of the note, drawn on the demonstration itself (and in "
        "rendered frames and videos); without it the whole note is drawn.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Step:
        if self.leader not in VALID_LEADS:
            shown = " then ".join(self.leader)
            raise ValueError(
                f"leader: '{shown}' is not a lead the body can take; use 'head', a hip, "
                "or a knee then the hip on the same side (e.g. right_knee, right_hip)"
            )
        side = self.leader[0].split("_")[0]
        if side in ("right", "left"):
            # The right knee crosses over the left leg, so it pulls the body to the left.
            expected = "left" if side == "right" else "right"
            if self.direction != expected:
                raise ValueError(
                    f"direction: a {side} knee/hip lead rolls the body to the {expected}, "
                    f"not to the {self.direction}"
                )
        flips = self.half_turns % 2 == 1 and not self.and_back
        expected_end = flip(self.start) if flips else self.start
        if self.end != expected_end:
            turns = self.half_turns * (2 if self.and_back else 1)
            raise ValueError(
                f"end: starting {self.start.replace('_', ' ')} and rolling {turns} half "
                f"roll(s) ends {expected_end.replace('_', ' ')}, not {self.end.replace('_', ' ')}"
            )
        return self

    @property
    def signed_half_turns(self) -> int:
        """Net half rolls towards the person's left (0 for a roll out and back)."""
        if self.and_back:
            return 0
        return self.half_turns if self.direction == "left" else -self.half_turns

    @property
    def part_id(self) -> str:
        return self.id.split(".")[0]


class Part(_Strict):
    id: StepId
    title: Text
    intro: Text | None = None
    steps: tuple[Step, ...] = Field(min_length=1)


class Guidance(_Strict):
    """The seed's texts around the steps, shown one click away from the demonstration."""

    intro: Text
    why: Text
    how_often: Text
    safety: Text
    start_position: Text | None = None
    with_a_friend: Text | None = None
    head_leading: Text | None = None
    notice: Text | None = None
    directions: Text | None = None

    def sections(self) -> list[tuple[str, str]]:
        """(heading, text) pairs in reading order, skipping the ones this exercise lacks."""
        titles = (
            ("intro", "About this exercise"),
            ("start_position", "Starting position"),
            ("head_leading", "Head leading"),
            ("directions", "Left and right"),
            ("notice", "Notice"),
            ("with_a_friend", "With a friend"),
            ("why", "Why?"),
            ("how_often", "How often?"),
            ("safety", "Safety"),
        )
        return [(title, text) for key, title in titles if (text := getattr(self, key))]


class Exercise(_Strict):
    schema_version: Literal[1]
    id: StepId
    title: Text
    start: Orientation = "face_up"
    arms: ArmPosition = "overhead"
    guidance: Guidance
    parts: tuple[Part, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _chained(self) -> Exercise:
        part_ids: set[str] = set()
        seen: set[str] = set()
        for part in self.parts:
            if part.id in part_ids:
                raise ValueError(f"parts: the id '{part.id}' is used twice")
            part_ids.add(part.id)
            orientation, half_turns = self.start, 0
            for step in part.steps:
                if step.id in seen:
                    raise ValueError(f"step {step.id}: id: '{step.id}' is used twice")
                seen.add(step.id)
                if step.start != orientation:
                    raise ValueError(
                        f"step {step.id}: start: the previous roll ends "
                        f"{orientation.replace('_', ' ')}, so this one can't start "
                        f"{step.start.replace('_', ' ')}"
                    )
                orientation = step.end
                half_turns += step.signed_half_turns
                if step.back_to_centre and half_turns != 0:
                    way = "left" if half_turns > 0 else "right"
                    raise ValueError(
                        f"step {step.id}: direction: rolling {step.direction} ends "
                        f"{abs(half_turns)} half roll(s) to the {way} of the centre, "
                        "but the step is marked back_to_centre"
                    )
        return self

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(step for part in self.parts for step in part.steps)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"no step '{step_id}' in exercise '{self.id}'")

    def part(self, part_id: str) -> Part:
        for part in self.parts:
            if part.id == part_id:
                return part
        raise KeyError(f"no part '{part_id}' in exercise '{self.id}'")

    def part_of(self, step_id: str) -> Part:
        for part in self.parts:
            if any(step.id == step_id for step in part.steps):
                return part
        raise KeyError(f"no step '{step_id}' in exercise '{self.id}'")
