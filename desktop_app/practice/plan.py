"""The guided plan: the rolls of the chosen parts in the exercise's order, paced, with rests.

Built from a choreography `Exercise`; only the attributes named below are read, so the
plan stays valid for any exercise file the loader accepts.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from desktop_app.choreography.models import Exercise, Part, Step

DEFAULT_REST_S = 10.0
# Time to get from the keyboard down onto the rug before the first roll.
DEFAULT_READY_S = 10.0
PACE_MIN_S = 3.0
PACE_MAX_S = 30.0
# A roll out and back pauses at the turn for this fraction of a half roll, as the
# demonstration does (tests/practice/test_practice_session.py checks the two agree).
TURN_PAUSE_FRACTION = 0.2


class SegmentKind(Enum):
    READY = "ready"
    ROLL = "roll"
    REST = "rest"


@dataclass(frozen=True)
class Segment:
    """One stretch of the guided practice: a roll (one step of the exercise) or a pause."""

    kind: SegmentKind
    duration_s: float
    cue: str  # the big caption, readable from the floor
    detail: str  # the seed's own sentence for a roll; what comes next for a pause
    part_id: str | None = None
    part_title: str = ""
    step_id: str | None = None
    pace_s: float = 0.0  # seconds per half roll
    half_rolls: int = 0
    turn_after: int = 0  # for a roll out and back: the half rolls before the turn
    turn_pause_s: float = 0.0
    roll_number: int = 0  # 1-based within its part
    rolls_in_part: int = 0
    leader: tuple[str, ...] = ()  # e.g. ("right_knee", "right_hip"): the part(s) to lead
    leader_chosen: bool = False  # the person picks the lead (Part 3: head or knee and hip)

    @property
    def is_roll(self) -> bool:
        return self.kind is SegmentKind.ROLL

    def half_roll_at(self, into_s: float) -> int:
        """Which half roll (1-based) is under way `into_s` seconds into this segment."""
        if not self.half_rolls or self.pace_s <= 0:
            return 0
        into_s = max(0.0, into_s)
        turn_at = self.turn_after * self.pace_s
        if self.turn_after and into_s > turn_at:
            into_s = max(turn_at, into_s - self.turn_pause_s)
        return min(self.half_rolls, int(into_s // self.pace_s) + 1)


@dataclass(frozen=True)
class GuidedPlan:
    segments: tuple[Segment, ...]
    parts: tuple[str, ...]  # the chosen parts, in the exercise's order
    rolls_by_part: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def roll_indices(self) -> tuple[int, ...]:
        return tuple(i for i, s in enumerate(self.segments) if s.is_roll)

    @property
    def total_s(self) -> float:
        return sum(s.duration_s for s in self.segments)

    def completed_parts(self, done: Collection[int]) -> frozenset[str]:
        """The parts all of whose rolls are in `done` (segment indices played to the end)."""
        return frozenset(
            part for part, rolls in self.rolls_by_part.items()
            if rolls and all(i in done for i in rolls)
        )


def default_pace(exercise: Exercise) -> float:
    """The exercise's typical seconds per half roll, to the nearest half second."""
    paces = [step.duration_s for step in exercise.steps]
    return round(statistics.median(paces) * 2) / 2 if paces else 8.0


def build_plan(
    exercise: Exercise,
    parts: Iterable[str],
    pace_s: float | None = None,
    *,
    rest_s: float = DEFAULT_REST_S,
    ready_s: float = DEFAULT_READY_S,
) -> GuidedPlan:
    """The guided practice for `parts` (any order given; the exercise's order is kept).

    `pace_s` scales every step so the typical half roll takes that long, keeping the
    file's relative pacing (a knee-led roll a little slower than a head-led one).
    """
    chosen = set(parts)
    scale = 1.0 if pace_s is None else _clamp_pace(pace_s) / default_pace(exercise)
    segments: list[Segment] = []
    rolls_by_part: dict[str, tuple[int, ...]] = {}
    picked = [part for part in exercise.parts if part.id in chosen]
    if picked and ready_s > 0:
        start = exercise.guidance.start_position or translate("Guide", "Lie down, face up.")
        segments.append(Segment(
            SegmentKind.READY, ready_s, translate("Guide", "Get ready"),
            translate("Guide", "{start} First: {part}").format(
                start=start, part=_part_heading(picked[0])),
        ))
    for number, part in enumerate(picked):
        if number and rest_s > 0:
            segments.append(Segment(
                SegmentKind.REST, rest_s, translate("Guide", "Rest"),
                translate("Guide", "Next: {part}").format(part=_part_heading(part)),
                part_id=part.id, part_title=part.title,
            ))
        indices = []
        for roll_number, step in enumerate(part.steps, start=1):
            half_rolls = step.half_turns * (2 if step.and_back else 1)
            pace = step.duration_s * scale
            turn_pause = TURN_PAUSE_FRACTION * pace if step.and_back else 0.0
            indices.append(len(segments))
            segments.append(Segment(
                SegmentKind.ROLL,
                duration_s=pace * half_rolls + turn_pause,
                cue=short_cue(step),
                detail=step.caption,
                part_id=part.id,
                part_title=part.title,
                step_id=step.id,
                pace_s=pace,
                half_rolls=half_rolls,
                turn_after=step.half_turns if step.and_back else 0,
                turn_pause_s=turn_pause,
                roll_number=roll_number,
                rolls_in_part=len(part.steps),
                leader=tuple(step.leader),
                leader_chosen=bool(step.leader_choices),
            ))
        rolls_by_part[part.id] = tuple(indices)
    return GuidedPlan(tuple(segments), tuple(p.id for p in picked), rolls_by_part)


def _clamp_pace(pace_s: float) -> float:
    return min(PACE_MAX_S, max(PACE_MIN_S, float(pace_s)))


def _part_heading(part: Part) -> str:
    return f"{part.title}. {part.intro}" if part.intro else f"{part.title}."


# Every lead the exercise files allow (choreography.VALID_LEADS), in the guide's words.
LEAD_WORDS: dict[tuple[str, ...], str] = {
    ("head",): QT_TRANSLATE_NOOP("Guide", "Head leads"),
    ("right_knee", "right_hip"): QT_TRANSLATE_NOOP(
        "Guide", "Right knee over the left leg, right hip leads"),
    ("left_knee", "left_hip"): QT_TRANSLATE_NOOP(
        "Guide", "Left knee over the right leg, left hip leads"),
    ("right_hip",): QT_TRANSLATE_NOOP("Guide", "Right hip leads"),
    ("left_hip",): QT_TRANSLATE_NOOP("Guide", "Left hip leads"),
}
# The same leads as the friend reads them.
LEAD_NAMES: dict[tuple[str, ...], str] = {
    ("head",): QT_TRANSLATE_NOOP("Guide", "Head"),
    ("right_knee", "right_hip"): QT_TRANSLATE_NOOP("Guide", "Right knee and hip"),
    ("left_knee", "left_hip"): QT_TRANSLATE_NOOP("Guide", "Left knee and hip"),
    ("right_hip",): QT_TRANSLATE_NOOP("Guide", "Right hip"),
    ("left_hip",): QT_TRANSLATE_NOOP("Guide", "Left hip"),
}
DIRECTION_WORDS = {"left": QT_TRANSLATE_NOOP("Guide", "left"),
                   "right": QT_TRANSLATE_NOOP("Guide", "right")}


def short_cue(step: Step) -> str:
    """What to do in a few words, e.g. "Right knee over the left leg, right hip leads,
    roll left to face down": the seed's sentence is too long to read from the floor."""
    # With a choice of leader the person picks it on the demonstration: don't contradict it.
    lead = (translate("Guide", "Your chosen part leads") if step.leader_choices
            else translate("Guide", LEAD_WORDS[tuple(step.leader)]))
    direction = translate("Guide", DIRECTION_WORDS[step.direction])
    if step.and_back:
        # Two texts, not "%n": lupdate reads plurals only from self.tr().
        turns = step.half_turns // 2
        if step.half_turns % 2:
            amount = translate("Guide", "{count} half rolls").format(count=step.half_turns)
        elif turns == 1:
            amount = translate("Guide", "1 full turn")
        else:
            amount = translate("Guide", "{count} full turns").format(count=turns)
        return translate("Guide", "Roll over and over to the {direction}, {amount}, then back. "
                         "{lead}.").format(direction=direction, amount=amount, lead=lead)
    if step.back_to_centre:
        where = (translate("Guide", "back to the centre, face up") if step.end == "face_up"
                 else translate("Guide", "back to the centre"))
    else:
        where = (translate("Guide", "to face up") if step.end == "face_up"
                 else translate("Guide", "to face down"))
    return translate("Guide", "{lead}, roll {direction} {where}").format(
        lead=lead, direction=direction, where=where)


def lead_name(segment: Segment) -> str:
    """The part that should lead the roll, as the friend reads it: "Right knee and hip",
    "Head", or "The chosen part" when the person picks it."""
    if segment.leader_chosen or tuple(segment.leader) not in LEAD_NAMES:
        return translate("Guide", "The chosen part")
    return translate("Guide", LEAD_NAMES[tuple(segment.leader)])


def lead_kinds(segment: Segment) -> frozenset[str]:
    """The kinds of body part the roll should be led by ("head", "knee", "hip")."""
    return frozenset(part.rpartition("_")[2] for part in segment.leader)
