"""Reading exercise files: one broken file is reported and never stops the others."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from desktop_app.choreography.models import Exercise
from desktop_app.paths import bundled_dir

_TYPE_WORDS = {
    "string": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "tuple": "a list",
    "list": "a list",
    "dict": "a table",
    "model": "a table",
}
# tomllib reads nested lists and tables by recursion: thousands of levels exhaust it.
_TOO_DEEP = "is nested too deeply (lists or tables inside each other) to be an exercise file"
_OWN_MESSAGE = re.compile(r"^(?:step (?P<step>[\w.]+): )?(?P<field>[\w.]+): (?P<text>.+)$", re.S)


class ChoreographyError(Exception):
    """A problem in one exercise file, in words a person can act on."""

    def __init__(
        self,
        file: Path | str,
        problem: str,
        *,
        step_id: str | None = None,
        field: str | None = None,
    ) -> None:
        self.file = Path(file)
        self.problem = problem
        self.step_id = step_id
        self.field = field
        self.all: list[ChoreographyError] = [self]
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [self.file.name]
        if self.step_id:
            where.append(f"step {self.step_id}")
        if self.field:
            where.append(f"field '{self.field}'")
        return f"{', '.join(where)}: {self.problem}"


@dataclass
class LoadResult:
    exercises: dict[str, Exercise] = field(default_factory=dict)
    errors: list[ChoreographyError] = field(default_factory=list)

    def localized(self, language: str) -> LoadResult:
        """The exercises as a reader of `language` sees them (English where untranslated)."""
        exercises = {key: exercise.localized(language) for key, exercise in self.exercises.items()}
        return LoadResult(exercises, list(self.errors))


def default_animations_dir() -> Path:
    """The checkout's animations/, else the copy bundled in the wheel or by PyInstaller."""
    return bundled_dir("animations")


def load_exercises(folder: Path | None = None) -> LoadResult:
    """Every `*.toml` in `folder`, in file-name order."""
    folder = default_animations_dir() if folder is None else Path(folder)
    result = LoadResult()
    if not folder.is_dir():
        result.errors.append(ChoreographyError(folder, "the exercises folder does not exist"))
        return result
    for path in sorted(folder.glob("*.toml")):
        try:
            exercise = load_exercise(path)
        except ChoreographyError as error:
            result.errors.extend(error.all)
            continue
        if exercise.id in result.exercises:
            result.errors.append(
                ChoreographyError(
                    path,
                    f"the exercise id '{exercise.id}' is already used by another file",
                    field="id",
                )
            )
            continue
        result.exercises[exercise.id] = exercise
    return result


def load_exercise(path: Path) -> Exercise:
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ChoreographyError(path, f"can't be read ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise ChoreographyError(path, "is not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise ChoreographyError(path, f"is not valid TOML: {error}") from error
    except RecursionError:
        raise ChoreographyError(path, _TOO_DEEP) from None
    raw.setdefault("id", path.stem)
    try:
        return Exercise.model_validate(raw)
    except RecursionError:
        raise ChoreographyError(path, _TOO_DEEP) from None
    except ValidationError as error:
        details = error.errors()
        # A failed item also empties its list, which pydantic then reports as too short.
        real = [d for d in details if not _cascade(d)]
        problems = [_explain(path, raw, detail) for detail in real or details]
        first = problems[0]
        first.all = problems
        raise first from error


def _cascade(detail: Any) -> bool:
    return detail.get("type") == "too_short" and "after validation" in str(detail.get("msg"))


def _explain(path: Path, raw: dict[str, Any], detail: Any) -> ChoreographyError:
    loc: tuple[Any, ...] = tuple(detail.get("loc", ()))
    step_id = _step_id(raw, loc)
    field_parts = [str(p) for p in loc if isinstance(p, str)]
    # Inside a step the path after "steps" is the field; outside, the whole path is.
    if "steps" in field_parts:
        field_parts = field_parts[field_parts.index("steps") + 1 :]
    if step_id is None and len(loc) >= 2 and loc[0] == "parts" and isinstance(loc[1], int):
        part = _index(raw.get("parts"), loc[1])
        part_id = part.get("id") if isinstance(part, dict) else None
        if part_id and field_parts[:1] == ["parts"]:
            field_parts = [f"parts[{part_id}]", *field_parts[1:]]
    field_name = ".".join(_as_written(field_parts)) or None
    kind = detail.get("type", "")
    message = str(detail.get("msg", "is not valid"))
    if kind == "value_error":
        text = message.removeprefix("Value error, ")
        own = _OWN_MESSAGE.match(text)
        if own:
            return ChoreographyError(
                path,
                own["text"],
                step_id=own["step"] or step_id,
                field=own["field"],
            )
        return ChoreographyError(path, text, step_id=step_id, field=field_name)
    return ChoreographyError(path, _plain(kind, detail, message), step_id=step_id, field=field_name)


def _plain(kind: str, detail: Any, message: str) -> str:
    given = detail.get("input")
    ctx = detail.get("ctx") or {}
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        return f"is not a field this file format knows (value {given!r})"
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "")
        return f"{given!r} is not allowed here; use one of: {expected}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{given!r} is out of range ({message.lower()})"
    if kind in ("too_short", "too_long"):
        return f"has the wrong length ({message.lower()})"
    if kind == "string_pattern_mismatch":
        return f"{given!r} should be lower-case letters, digits and '_' (like part1.2)"
    base = kind.split("_")[0]
    if kind.endswith(("_type", "_parsing")) and base in _TYPE_WORDS:
        return f"should be {_TYPE_WORDS[base]}, not {given!r}"
    return f"{message} (value {given!r})"


def _as_written(field_parts: list[str]) -> list[str]:
    """A translated text's field as the file spells it: `translations.de.caption` is
    `caption_de`, and the guidance's `translations.de.intro` is its `[guidance.de]` intro."""
    if "translations" not in field_parts:
        return field_parts
    at = field_parts.index("translations")
    before, after = field_parts[:at], field_parts[at + 1 :]
    if len(after) < 2:
        return [*before, *after]
    language, name, *rest = after
    if before[-1:] == ["guidance"]:
        return [*before, language, name, *rest]
    return [*before, f"{name}_{language}", *rest]


def _index(items: Any, index: int) -> Any:
    if isinstance(items, list) and 0 <= index < len(items):
        return items[index]
    return None


def _step_id(raw: dict[str, Any], loc: tuple[Any, ...]) -> str | None:
    if len(loc) < 4 or loc[0] != "parts" or loc[2] != "steps":
        return None
    part = _index(raw.get("parts"), loc[1])
    step = _index(part.get("steps") if isinstance(part, dict) else None, loc[3])
    if isinstance(step, dict) and isinstance(step.get("id"), str):
        return step["id"]
    return f"#{loc[3] + 1} of part {part.get('id', loc[1] + 1)}" if isinstance(part, dict) else None
