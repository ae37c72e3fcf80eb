"""One journal entry and its validation: the single place the form, the importer
and the repository all check a session against.

Kept free of SQLModel/pydantic on purpose: the form imports it before the first
paint, and those libraries cost a third of a second to import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

PARTS: tuple[str, ...] = ("part1", "part2", "part3")
PART_LABELS: dict[str, str] = {"part1": "Part 1", "part2": "Part 2", "part3": "Part 3"}
RIGHT_PART_LED: tuple[str, ...] = ("yes", "partly", "no")

DURATION_MIN_S = 1
DURATION_MAX_S = 4 * 60 * 60
PAIN_MIN, PAIN_MAX = 0, 10
SMOOTHNESS_MIN, SMOOTHNESS_MAX = 1, 5
NOTES_MAX = 2000
FRIEND_REMARK_MAX = 500
# What a friend can say led a roll: the part the exercise names ("right"), or which other
# part sneaked in to lead ("It's very easy for other parts to sneak in and try to lead!").
LED_RIGHT = "right"
OTHER_LEADS: tuple[str, ...] = ("head", "shoulders", "arms", "chest", "hip", "knee", "legs")
FRIEND_ROLLS_MAX = 200
_STEP_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)?$")
EARLIEST_START = datetime(2000, 1, 1, tzinfo=UTC)
FUTURE_ALLOWANCE = timedelta(days=1)
# More digits than any field could use; Python refuses int() of 4,300 and more anyway.
MAX_DIGITS = 9
# NUL and lone surrogates cannot be written back out as UTF-8 (nor shown sensibly).
_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")

# The order of the fields in exports, headers and error messages.
FIELDS: tuple[str, ...] = (
    "started_at",
    "duration_s",
    "parts",
    "pain_before",
    "pain_after",
    "stopped_hurt",
    "smoothness",
    "right_part_led",
    "friend_checked",
    "friend_remark",
    "notes",
    "friend_rolls",
)


@dataclass(frozen=True)
class FriendRoll:
    """A friend's check of one roll: `led` is LED_RIGHT when the part the exercise names
    led it, else the OTHER_LEADS part that led instead."""

    step_id: str
    led: str

    @property
    def led_right(self) -> bool:
        return self.led == LED_RIGHT


def friend_rolls_summary(rolls: Iterable[FriendRoll]) -> tuple[int, int]:
    """(rolls the right part led, rolls checked)."""
    checked_rolls = list(rolls)
    return sum(r.led_right for r in checked_rolls), len(checked_rolls)


class FieldError(NamedTuple):
    field: str
    message: str


class EntryInvalid(ValueError):
    """Raised with every field problem at once, so the user can fix them together."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))


@dataclass(frozen=True)
class EntryData:
    """What the person records about one practice session."""

    started_at: datetime
    duration_s: int
    parts: frozenset[str] = field(default_factory=frozenset)
    pain_before: int | None = None
    pain_after: int | None = None
    stopped_hurt: bool = False
    smoothness: int | None = None
    right_part_led: str | None = None
    friend_checked: bool = False
    friend_remark: str = ""
    notes: str = ""
    friend_rolls: tuple[FriendRoll, ...] = ()

    def with_changes(self, **changes: Any) -> EntryData:
        return replace(self, **changes)


def validate(data: EntryData, now: datetime | None = None) -> list[FieldError]:
    """Every problem with `data`, in field order; empty when it may be saved."""
    now = now or datetime.now(UTC)
    errors: list[FieldError] = []

    def bad(name: str, message: str) -> None:
        errors.append(FieldError(name, message))

    if not isinstance(data.started_at, datetime) or data.started_at.tzinfo is None:
        bad("started_at", "needs a date and time with a time zone")
    elif data.started_at > now + FUTURE_ALLOWANCE:
        bad("started_at", "cannot be more than a day in the future")
    elif data.started_at < EARLIEST_START:
        bad("started_at", "cannot be before the year 2000")

    if not _is_int(data.duration_s):
        bad("duration_s", "must be a whole number of seconds")
    elif not DURATION_MIN_S <= data.duration_s <= DURATION_MAX_S:
        bad("duration_s", "must be between 1 second and 4 hours")

    unknown = set(data.parts) - set(PARTS)
    if unknown:
        bad("parts", f"unknown part {sorted(unknown)[0]!r}; use part1, part2 or part3")
    elif not data.parts and not data.stopped_hurt:
        bad("parts", "tick at least one part (or mark that you stopped because it hurt)")

    for name in ("pain_before", "pain_after"):
        value = getattr(data, name)
        if value is None:
            continue
        if not _is_int(value) or not PAIN_MIN <= value <= PAIN_MAX:
            bad(name, "must be a whole number from 0 (no pain) to 10 (worst imaginable)")

    if not isinstance(data.stopped_hurt, bool):
        bad("stopped_hurt", "must be yes or no")

    if data.smoothness is not None and (
        not _is_int(data.smoothness)
        or not SMOOTHNESS_MIN <= data.smoothness <= SMOOTHNESS_MAX
    ):
        bad("smoothness", "must be from 1 (jerky) to 5 (smooth and peaceful)")

    if data.right_part_led is not None and data.right_part_led not in RIGHT_PART_LED:
        bad("right_part_led", "must be yes, partly or no")

    _check_friend_and_notes(data, bad)
    return errors


def _check_friend_and_notes(data: EntryData, bad: Callable[[str, str], None]) -> None:
    """The texts and the friend's checks: what can be written, how long, and that a
    remark or the checks of each roll come with "a friend checked" ticked."""
    if not isinstance(data.friend_checked, bool):
        bad("friend_checked", "must be yes or no")
    if not isinstance(data.friend_remark, str):
        bad("friend_remark", "must be text")
    elif (reason := unwritable_text(data.friend_remark)) is not None:
        bad("friend_remark", reason)
    elif len(data.friend_remark) > FRIEND_REMARK_MAX:
        bad("friend_remark", f"is {len(data.friend_remark)} characters; keep it to "
                             f"{FRIEND_REMARK_MAX}")
    elif data.friend_remark.strip() and not data.friend_checked:
        bad("friend_remark", "tick 'a friend checked' to keep the friend's remark")

    problem = _friend_rolls_problem(data.friend_rolls)
    if problem:
        bad("friend_rolls", problem)
    elif data.friend_rolls and data.friend_checked is False:
        bad("friend_rolls", "tick 'a friend checked' to keep the friend's checks of each roll")

    if not isinstance(data.notes, str):
        bad("notes", "must be text")
    elif (reason := unwritable_text(data.notes)) is not None:
        bad("notes", reason)
    elif len(data.notes) > NOTES_MAX:
        bad("notes", f"are {len(data.notes)} characters; keep them to {NOTES_MAX}")


def _friend_rolls_problem(rolls: object) -> str:
    if not isinstance(rolls, tuple) or not all(isinstance(r, FriendRoll) for r in rolls):
        return "must be a list of checked rolls"
    if len(rolls) > FRIEND_ROLLS_MAX:
        return f"has {len(rolls)} rolls; keep it to {FRIEND_ROLLS_MAX}"
    for roll in rolls:
        if not isinstance(roll.step_id, str) or not _STEP_ID.match(roll.step_id):
            return f"{roll.step_id!r} is not a step of the exercise (like part1.2)"
        if roll.led != LED_RIGHT and roll.led not in OTHER_LEADS:
            return (f"{roll.led!r} is not what led; use right or one of "
                    f"{', '.join(OTHER_LEADS)}")
    return ""


def checked(data: EntryData, now: datetime | None = None) -> EntryData:
    """`data` itself, or EntryInvalid listing every problem."""
    errors = validate(data, now)
    if errors:
        raise EntryInvalid(errors)
    return data


def unwritable_text(text: str) -> str | None:
    """Why `text` cannot be kept, or None."""
    found = _UNWRITABLE.search(text)
    if found is None:
        return None
    if found.group() == "\x00":
        return "contains a NUL character (byte 0)"
    return "contains bytes that are not UTF-8 text (or a lone surrogate)"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --- Text forms, shared by CSV and JSON import/export -------------------------------

def to_record(data: EntryData) -> dict[str, Any]:
    """A JSON-ready dict in FIELDS order; times are ISO 8601 with offset."""
    return {
        "started_at": data.started_at.astimezone(UTC).isoformat(),
        "duration_s": data.duration_s,
        "parts": ";".join(p for p in PARTS if p in data.parts),
        "pain_before": data.pain_before,
        "pain_after": data.pain_after,
        "stopped_hurt": data.stopped_hurt,
        "smoothness": data.smoothness,
        "right_part_led": data.right_part_led,
        "friend_checked": data.friend_checked,
        "friend_remark": data.friend_remark,
        "notes": data.notes,
        "friend_rolls": [{"step": r.step_id, "led": r.led} for r in data.friend_rolls],
    }


def friend_rolls_text(rolls: Iterable[Mapping[str, str]] | Iterable[FriendRoll]) -> str:
    """The CSV form: "part1.1=right;part1.2=shoulders" (step, what led), in roll order."""
    pairs = []
    for roll in rolls:
        if isinstance(roll, FriendRoll):
            pairs.append(f"{roll.step_id}={roll.led}")
        else:
            pairs.append(f"{roll['step']}={roll['led']}")
    return ";".join(pairs)


def from_record(
    raw: Mapping[str, Any], now: datetime | None = None, *, strict: bool = True
) -> EntryData:
    """Parse and validate one imported row (strings from CSV, or JSON values).

    Raises EntryInvalid naming every bad field; nothing is guessed. With
    strict=False (an unsaved draft) unreadable fields take their defaults and
    the result is not validated.
    """
    errors: list[FieldError] = []
    missing = [name for name in ("started_at", "duration_s") if _blank(raw.get(name))]
    for name in missing:
        errors.append(FieldError(name, "is missing"))
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        errors.append(FieldError(unknown[0], "is not a journal field"))

    def parse(name: str, convert: Any, default: Any = None) -> Any:
        value = raw.get(name)
        # Text keeps its whitespace exactly (a note of " " round-trips as " ").
        if value is None if convert is _parse_text else _blank(value):
            return default
        try:
            return convert(value)
        except (TypeError, ValueError) as exc:
            errors.append(FieldError(name, str(exc)))
            return default

    started_at = parse("started_at", _parse_time, EARLIEST_START)
    duration_s = parse("duration_s", _parse_int, DURATION_MIN_S)
    data = EntryData(
        started_at=started_at,
        duration_s=duration_s,
        parts=parse("parts", _parse_parts, frozenset()),
        pain_before=parse("pain_before", _parse_int),
        pain_after=parse("pain_after", _parse_int),
        stopped_hurt=parse("stopped_hurt", _parse_bool, False),
        smoothness=parse("smoothness", _parse_int),
        right_part_led=parse("right_part_led", _parse_choice),
        friend_checked=parse("friend_checked", _parse_bool, False),
        friend_remark=parse("friend_remark", _parse_text, ""),
        notes=parse("notes", _parse_text, ""),
        friend_rolls=parse("friend_rolls", _parse_friend_rolls, ()),
    )
    if not strict:
        return data
    if not errors:
        errors = validate(data, now)
    if errors:
        raise EntryInvalid(errors)
    return data


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _parse_time(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError("must be an ISO 8601 date and time, e.g. 2026-11-25T08:00:00+01:00")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(
            f"{value!r} is not an ISO 8601 date and time, e.g. 2026-11-25T08:00:00+01:00"
        ) from None
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} has no time zone offset (add e.g. +00:00)")
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # year 1 east of Greenwich, year 9999 west of it
        raise ValueError(
            f"{value!r} is outside the years a journal can hold (2000 to today)"
        ) from None


def _parse_int(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        digits = text.lstrip("+-")
        if digits.isdigit():
            if len(digits) > MAX_DIGITS:
                raise ValueError(f"has {len(digits)} digits: far too large for this field")
            return int(text)
    raise ValueError(f"{value!r} is not a whole number")


_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n"}


def _parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"{value!r} is not yes/no (true/false)")


def _parse_parts(value: object) -> frozenset[str]:
    items = value if isinstance(value, list) else str(value).replace(",", ";").split(";")
    parts = frozenset(str(item).strip().lower().replace(" ", "") for item in items)
    parts -= {""}
    unknown = parts - set(PARTS)
    if unknown:
        raise ValueError(f"unknown part {sorted(unknown)[0]!r}; use part1, part2 or part3")
    return parts


def _parse_choice(value: object) -> str:
    text = str(value).strip().lower()
    if text not in RIGHT_PART_LED:
        raise ValueError(f"{value!r} is not one of yes, partly, no")
    return text


def _parse_friend_rolls(value: object) -> tuple[FriendRoll, ...]:
    """From the JSON list of {"step", "led"} objects or the CSV text form."""
    if isinstance(value, list):
        rolls = []
        for item in value:
            if not isinstance(item, Mapping) or set(item) != {"step", "led"}:
                raise ValueError('each checked roll needs just "step" and "led"')
            rolls.append(FriendRoll(str(item["step"]).strip(), str(item["led"]).strip().lower()))
        return tuple(rolls)
    if not isinstance(value, str):
        raise ValueError("must be checked rolls like part1.1=right;part1.2=shoulders")
    rolls = []
    for pair in value.split(";"):
        if not pair.strip():
            continue
        step, sep, led = pair.partition("=")
        if not sep:
            raise ValueError(f"{pair.strip()!r} is not step=what led (like part1.1=right)")
        rolls.append(FriendRoll(step.strip(), led.strip().lower()))
    return tuple(rolls)


def _parse_text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text")
    reason = unwritable_text(value)
    if reason is not None:
        raise ValueError(reason)
    return value
