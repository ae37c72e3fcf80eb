"""Pydantic models of an exercise file (schema version 1).

Every text a person reads may come in other languages too: `caption_de`, `note_de` and
`canvas_note_de` beside a step's English ones, `title_de`/`intro_de` in a part,
`title_de` for the exercise and a `[guidance.de]` table for the guidance. They are
gathered into each model's `translations` (by a two-letter language code);
`Exercise.localized("de")` is the exercise as a German reader sees it, English where a
text has no translation.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

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


LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
_LANGUAGE = re.compile(r"^[a-z]{2}$")


def _gather_suffixed(raw: Any, fields: tuple[str, ...]) -> Any:
    """Moves `caption_de`-style keys into `translations` ({"de": {"caption": ...}})."""
    if not isinstance(raw, dict):
        return raw
    found = re.compile(rf"^({'|'.join(fields)})_([a-z]{{2}})$")
    kept: dict[str, Any] = {}
    translations: dict[str, dict[str, Any]] = {}
    for key, value in raw.items():
        match = found.match(key) if isinstance(key, str) else None
        if match:
            translations.setdefault(match[2], {})[match[1]] = value
        else:
            kept[key] = value
    if translations:
        kept["translations"] = translations
    return kept


def _untranslated(model: BaseModel, language: str) -> list[str]:
    """The translated fields of `language` whose English text is missing."""
    translations: dict[str, BaseModel] = getattr(model, "translations", {})
    texts = translations.get(language)
    if texts is None:
        return []
    return [name for name, value in texts if value is not None and getattr(model, name) is None]


def _localized_fields(model: BaseModel, language: str) -> dict[str, Any]:
    translations: dict[str, BaseModel] = getattr(model, "translations", {})
    texts = translations.get(language)
    if texts is None:
        return {}
    return {name: value for name, value in texts if value is not None}


class StepTexts(_Strict):
    """A step's texts in one other language (`caption_de`, `note_de`, `canvas_note_de`)."""

    caption: Text | None = None
    note: Text | None = None
    canvas_note: ShortText | None = None


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
    translations: dict[LanguageCode, StepTexts] = Field(
        default_factory=dict,
        description="Written as caption_de, note_de, canvas_note_de (any two-letter code).",
    )

    @model_validator(mode="before")
    @classmethod
    def _suffixed_texts(cls, raw: Any) -> Any:
        return _gather_suffixed(raw, ("caption", "note", "canvas_note"))

    @model_validator(mode="after")
    def _consistent(self) -> Step:
        for language in self.translations:
            for name in _untranslated(self, language):
                raise ValueError(f"{name}_{language}: the step has no English {name} to "
                                 "translate; add it too")
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

    def localized(self, language: str) -> Step:
        return self.model_copy(update=_localized_fields(self, language))

    @property
    def signed_half_turns(self) -> int:
        """Net half rolls towards the person's left (0 for a roll out and back)."""
        if self.and_back:
            return 0
        return self.half_turns if self.direction == "left" else -self.half_turns

    @property
    def part_id(self) -> str:
        return self.id.split(".")[0]


class PartTexts(_Strict):
    """A part's texts in one other language (`title_de`, `intro_de`)."""

    title: Text | None = None
    intro: Text | None = None


class Part(_Strict):
    id: StepId
    title: Text
    intro: Text | None = None
    steps: tuple[Step, ...] = Field(min_length=1)
    translations: dict[LanguageCode, PartTexts] = Field(
        default_factory=dict, description="Written as title_de, intro_de.")

    @model_validator(mode="before")
    @classmethod
    def _suffixed_texts(cls, raw: Any) -> Any:
        return _gather_suffixed(raw, ("title", "intro"))

    @model_validator(mode="after")
    def _translated(self) -> Part:
        for language in self.translations:
            for name in _untranslated(self, language):
                raise ValueError(f"{name}_{language}: part {self.id} has no English {name} "
                                 "to translate; add it too")
        return self

    def localized(self, language: str) -> Part:
        update = _localized_fields(self, language)
        update["steps"] = tuple(step.localized(language) for step in self.steps)
        return self.model_copy(update=update)


class GuidanceTexts(_Strict):
    """The guidance in one other language: a `[guidance.de]` table, every text optional."""

    intro: Text | None = None
    why: Text | None = None
    how_often: Text | None = None
    safety: Text | None = None
    start_position: Text | None = None
    with_a_friend: Text | None = None
    head_leading: Text | None = None
    notice: Text | None = None
    directions: Text | None = None


# The guidance's headings in reading order (translated where shown, context "Guidance").
SECTION_TITLES: tuple[tuple[str, str], ...] = (
    ("intro", QT_TRANSLATE_NOOP("Guidance", "About this exercise")),
    ("start_position", QT_TRANSLATE_NOOP("Guidance", "Starting position")),
    ("head_leading", QT_TRANSLATE_NOOP("Guidance", "Head leading")),
    ("directions", QT_TRANSLATE_NOOP("Guidance", "Left and right")),
    ("notice", QT_TRANSLATE_NOOP("Guidance", "Notice")),
    ("with_a_friend", QT_TRANSLATE_NOOP("Guidance", "With a friend")),
    ("why", QT_TRANSLATE_NOOP("Guidance", "Why?")),
    ("how_often", QT_TRANSLATE_NOOP("Guidance", "How often?")),
    ("safety", QT_TRANSLATE_NOOP("Guidance", "Safety")),
)


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
    translations: dict[LanguageCode, GuidanceTexts] = Field(
        default_factory=dict, description="Written as [guidance.de] tables.")

    @model_validator(mode="before")
    @classmethod
    def _language_tables(cls, raw: Any) -> Any:
        """`[guidance.de]` (a table under a two-letter key) holds the German texts."""
        if not isinstance(raw, dict):
            return raw
        tables = {key: value for key, value in raw.items()
                  if isinstance(key, str) and _LANGUAGE.match(key) and isinstance(value, dict)}
        if not tables:
            return raw
        kept = {key: value for key, value in raw.items() if key not in tables}
        kept["translations"] = tables
        return kept

    @model_validator(mode="after")
    def _translated(self) -> Guidance:
        for language in self.translations:
            for name in _untranslated(self, language):
                raise ValueError(f"guidance.{language}.{name}: the guidance has no English "
                                 f"{name} to translate; add it too")
        return self

    def localized(self, language: str) -> Guidance:
        return self.model_copy(update=_localized_fields(self, language))

    def sections(self) -> list[tuple[str, str]]:
        """(heading, text) pairs in reading order, skipping the ones this exercise lacks."""
        return [(translate("Guidance", title), text) for key, title in SECTION_TITLES
                if (text := getattr(self, key))]


class ExerciseTexts(_Strict):
    """The exercise's title in one other language (`title_de`)."""

    title: Text | None = None


class Exercise(_Strict):
    schema_version: Literal[1]
    id: StepId
    title: Text
    start: Orientation = "face_up"
    arms: ArmPosition = "overhead"
    guidance: Guidance
    parts: tuple[Part, ...] = Field(min_length=1)
    translations: dict[LanguageCode, ExerciseTexts] = Field(
        default_factory=dict, description="Written as title_de.")

    @model_validator(mode="before")
    @classmethod
    def _suffixed_texts(cls, raw: Any) -> Any:
        return _gather_suffixed(raw, ("title",))

    def localized(self, language: str) -> Exercise:
        """The exercise in `language` where the file translates it, English elsewhere."""
        update = _localized_fields(self, language)
        update["guidance"] = self.guidance.localized(language)
        update["parts"] = tuple(part.localized(language) for part in self.parts)
        return self.model_copy(update=update)

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
