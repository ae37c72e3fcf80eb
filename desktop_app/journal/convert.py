"""One imported record (CSV strings, or JSON values) to the row the `entry` table
stores, checked by the same rules as `entry.validate`, in one pass.

This is the import's inner loop (a million rows must go in seconds), so it works on
plain tuples and inlines the common cases; the unusual ones (JSON lists, odd spellings)
fall back to the parsers in `entry`. tests/journal/test_import_rules.py keeps both in step.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from desktop_app.journal import entry
from desktop_app.journal.entry import (
    DURATION_MAX_S,
    DURATION_MIN_S,
    EARLIEST_START,
    FIELDS,
    FRIEND_REMARK_MAX,
    FUTURE_ALLOWANCE,
    NOTES_MAX,
    FieldError,
    FriendRoll,
)
from desktop_app.journal.ids import content_uuid, normal_uuid

UUID_FIELD = "uuid"
ROLLS_FIELD = "friend_rolls"
IMPORT_FIELDS: tuple[str, ...] = (*FIELDS, UUID_FIELD)
# The stored row: these columns of `entry`, in this order.
STORED_COLUMNS: tuple[str, ...] = (
    "uuid", "started_at", "duration_s", "part1", "part2", "part3", "pain_before",
    "pain_after", "stopped_hurt", "smoothness", "right_part_led", "friend_checked",
    "friend_remark", "notes",
)
ROW_WIDTH = len(STORED_COLUMNS)
# The stored columns, and for a session a friend checked roll by roll, one more item:
# its checks (a tuple of FriendRoll, in roll order), which go to the friend_check table.
StoredRow = tuple[Any, ...]
# A file written before friend checks were exported has no friend_rolls column: it
# still goes the quick way.
_QUICK_NEEDS = frozenset(FIELDS) - {ROLLS_FIELD}

_FLAGS = {"true": 1, "yes": 1, "1": 1, "y": 1, "false": 0, "no": 0, "0": 0, "n": 0}
_LED = frozenset(entry.RIGHT_PART_LED)
_PART_NAMES = frozenset(entry.PARTS)
_MAX_DIGITS = 9

MSG_PAIN = "must be a whole number from 0 (no pain) to 10 (worst imaginable)"
MSG_SMOOTH = "must be from 1 (jerky) to 5 (smooth and peaceful)"
MSG_DURATION = "must be between 1 second and 4 hours"
MSG_PARTS = "tick at least one part (or mark that you stopped because it hurt)"
MSG_REMARK_UNCHECKED = "tick 'a friend checked' to keep the friend's remark"
MSG_ROLLS_UNCHECKED = "tick 'a friend checked' to keep the friend's checks of each roll"
MSG_BEFORE_2000 = "cannot be before the year 2000"
MSG_FUTURE = "cannot be more than a day in the future"
MSG_TIME_RANGE = "is outside the years a journal can hold (2000 to today)"


class TooLongNumber:
    """A JSON number with more digits than any journal field could hold (kept as
    text: Python refuses to make an int of more than 4,300 digits)."""

    def __init__(self, text: str) -> None:
        self.digits = len(text.lstrip("-"))

    def __repr__(self) -> str:
        return f"<a number of {self.digits} digits>"


def _number_text(text: str) -> str | None:
    digits = text.lstrip("+-")
    if digits.isdigit() and len(digits) > _MAX_DIGITS:
        return f"has {len(digits)} digits: far too large for this field"
    return None


def _whole(value: Any) -> int:
    """A whole number from a cell; ValueError in words otherwise."""
    if type(value) is str:
        text = value.strip()
        if text.isdigit() and len(text) <= _MAX_DIGITS:
            return int(text)
        too_long = _number_text(text)
        if too_long:
            raise ValueError(too_long)
    elif isinstance(value, TooLongNumber):
        raise ValueError(f"has {value.digits} digits: far too large for this field")
    return entry._parse_int(value)


def _time(value: Any, now: datetime) -> tuple[datetime, str]:
    """(aware UTC time, its stored text "YYYY-MM-DD HH:MM:SS.ffffff")."""
    if type(value) is not str:
        raise ValueError("must be an ISO 8601 date and time, e.g. 2026-11-25T08:00:00+01:00")
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{value!r} is not an ISO 8601 date and time, e.g. 2026-11-25T08:00:00+01:00"
        ) from None
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} has no time zone offset (add e.g. +00:00)")
    try:
        moment = parsed.astimezone(UTC)
    except OverflowError:  # year 1 east of Greenwich, year 9999 west of it
        raise ValueError(f"{value!r} {MSG_TIME_RANGE}") from None
    if moment < EARLIEST_START:
        raise ValueError(MSG_BEFORE_2000)
    if moment > now + FUTURE_ALLOWANCE:
        raise ValueError(MSG_FUTURE)
    # The app's own exports are UTC ("...T08:00:00+00:00"): slice instead of format.
    size = len(text)
    if text.endswith("+00:00") and text[10] == "T" and text[13] == ":" and text[16] == ":":
        if size == 25:
            return moment, f"{text[:10]} {text[11:19]}.000000"
        if size == 32 and text[19] == ".":
            return moment, f"{text[:10]} {text[11:26]}"
    return moment, (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:"
        f"{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}"
    )


def _parts(value: Any) -> tuple[int, int, int]:
    if type(value) is str:
        names = value.split(";") if "," not in value else value.replace(",", ";").split(";")
        if all(name in _PART_NAMES for name in names):
            return (int("part1" in names), int("part2" in names), int("part3" in names))
    parts = entry._parse_parts(value)
    return (int("part1" in parts), int("part2" in parts), int("part3" in parts))


def _flag(value: Any) -> int:
    if value is True or value is False:
        return int(value)
    if type(value) is str:
        flag = _FLAGS.get(value)
        if flag is None:
            flag = _FLAGS.get(value.strip().lower())
        if flag is not None:
            return flag
    return int(entry._parse_bool(value))


def _blank(value: Any) -> bool:
    return value is None or (type(value) is str and value.strip() == "")


# The spellings the app's own export writes, looked up instead of parsed. Anything
# else (other spellings, JSON values, mistakes) goes the careful way, which says
# what is wrong.
_FAST_PARTS: dict[str | None, tuple[int, int, int]] = {"": (0, 0, 0)}
for _mask in range(1, 8):
    _on = tuple(int(bool(_mask & (1 << i))) for i in range(3))
    _FAST_PARTS[";".join(p for p, bit in zip(entry.PARTS, _on, strict=True) if bit)] = _on  # type: ignore[assignment]
_FAST_DURATION = {str(i): i for i in range(DURATION_MIN_S, DURATION_MAX_S + 1)}
_FAST_PAIN: dict[str | None, int | None] = {"": None, **{str(i): i for i in range(11)}}
_FAST_SMOOTH: dict[str | None, int | None] = {"": None, **{str(i): i for i in range(1, 6)}}
_FAST_FLAG: dict[str | None, int] = {"true": 1, "false": 0}
_FAST_LED: dict[str | None, str | None] = {"": None, **{v: v for v in entry.RIGHT_PART_LED}}
_FAST_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_FROM_ISO = datetime.fromisoformat
_ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")
_ISO_UTC_MICRO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")
_EARLIEST_TEXT = "2000-01-01T00:00:00+00:00"
_EARLIEST_TEXT_MICRO = "2000-01-01T00:00:00.000000+00:00"


# A friend's checks as the export writes them: "part1.1=right;part1.2=shoulders".
_ROLL = rf"[a-z0-9_]+(?:\.[a-z0-9_]+)?=(?:{'|'.join((entry.LED_RIGHT, *entry.OTHER_LEADS))})"
_EXPORT_ROLLS = re.compile(rf"{_ROLL}(?:;{_ROLL})*")


def _export_rolls(text: Any) -> tuple[FriendRoll, ...] | None:
    """The checks of an export's friend_rolls cell, or None when it is spelled any other
    way (then the careful path reads it and says what is wrong)."""
    if type(text) is not str or _EXPORT_ROLLS.fullmatch(text) is None:
        return None
    pairs = text.split(";")
    if len(pairs) > entry.FRIEND_ROLLS_MAX:
        return None
    return tuple(FriendRoll(*pair.split("=")) for pair in pairs)


class _Careful(Exception):
    """The quick path met something it does not know; take the careful one."""


class RowConverter:
    """Converts records whose fields come in the order `fields` (a CSV header, or the
    keys of a JSON object). Call with the values (a list or tuple of that length).

    `checked_text`: the caller has already refused NUL bytes and lone surrogates in
    every cell (the CSV reader does, for the whole row at once). `ignored`: fields that
    are read elsewhere (the schedule columns of a CSV file)."""

    def __init__(
        self,
        fields: Sequence[str],
        now: datetime | None = None,
        *,
        checked_text: bool = False,
        ignored: Collection[str] = (),
    ) -> None:
        self.fields = tuple(fields)
        self.now = now or datetime.now(UTC)
        self._latest = self.now + FUTURE_ALLOWANCE
        missing = len(self.fields)  # index of the None appended to every record
        self._at = tuple(
            self.fields.index(name) if name in self.fields else missing
            for name in IMPORT_FIELDS
        )
        self._pick = itemgetter(*self._at)
        self.unknown = [name for name in self.fields
                        if name not in IMPORT_FIELDS and name not in ignored]
        # The quick path reads the export's own spellings, so it needs all its columns.
        self._quick = checked_text and not self.unknown and _QUICK_NEEDS.issubset(self.fields)

    def __call__(self, values: Sequence[Any]) -> StoredRow | list[FieldError]:
        cells = [*values, None]
        if self._quick:
            try:
                return self._quickly(cells)
            except (_Careful, KeyError, ValueError, TypeError, OverflowError):
                pass
        return self._carefully(cells)

    def batch(self, rows: Sequence[Sequence[Any]]) -> list[StoredRow] | None:
        """All of `rows` converted at once, column by column at C speed, when every
        cell is spelled as the app's export spells it and every rule holds; None
        otherwise (then convert row by row, which says what is wrong)."""
        if not self._quick or not rows:
            return None
        try:
            return self._batch(rows)
        except (KeyError, ValueError, TypeError, OverflowError):
            return None

    def _batch(self, rows: Sequence[Sequence[Any]]) -> list[StoredRow] | None:
        columns = list(zip(*rows, strict=True))
        columns.append((None,) * len(rows))  # what a missing uuid column reads as
        (starts, durations, parts, before, after, hurt, smooth, led, friend, remarks, notes,
         rolls, uuids) = itemgetter(*self._at)(columns)
        rolled: dict[int, tuple[FriendRoll, ...]] = {}  # the few sessions a friend checked
        if any(rolls):
            for index, text in enumerate(rolls):
                if text:
                    found = _export_rolls(text)
                    if found is None:
                        return None
                    rolled[index] = found
        times = self._batch_starts(starts)
        if times is None:
            return None
        moments, stored = times
        seconds = list(map(_FAST_DURATION.__getitem__, durations))
        flags = list(map(_FAST_PARTS.__getitem__, parts))
        hurts = list(map(_FAST_FLAG.__getitem__, hurt))
        checked = list(map(_FAST_FLAG.__getitem__, friend))
        if max(map(len, remarks)) > FRIEND_REMARK_MAX or max(map(len, notes)) > NOTES_MAX:
            return None
        if (0, 0, 0) in flags and not all(h for f, h in zip(flags, hurts, strict=True)
                                          if f == (0, 0, 0)):
            return None
        if any(remarks) and not all(c for r, c in zip(remarks, checked, strict=True) if r):
            return None
        if not all(checked[index] for index in rolled):
            return None
        p1, p2, p3 = zip(*flags, strict=True)
        values = (
            stored, seconds, p1, p2, p3, list(map(_FAST_PAIN.__getitem__, before)),
            list(map(_FAST_PAIN.__getitem__, after)), hurts,
            list(map(_FAST_SMOOTH.__getitem__, smooth)), list(map(_FAST_LED.__getitem__, led)),
            checked, remarks, notes,
        )
        if uuids[0] is None or not any(uuids):  # no UUID column, or an empty one
            keys = map("\x1f".join, zip(stored, durations, parts, before, after, hurt, smooth,
                                        led, friend, remarks, notes, strict=True))
            millis = [int(moment.timestamp() * 1000) for moment in moments]
            ids: Sequence[str] = list(map(content_uuid, millis, keys))
        elif all(map(_FAST_UUID.fullmatch, uuids)):
            ids = uuids
        else:
            return None
        converted: list[StoredRow] = list(zip(ids, *values, strict=True))
        for index, found in rolled.items():
            converted[index] = (*converted[index], found)
        return converted

    def _batch_starts(self, starts: Sequence[str]) -> tuple[list[datetime], list[str]] | None:
        """The batch's start times and their stored spelling, when every one is the
        export's UTC spelling (all with or all without microseconds) and in range."""
        size = len(starts[0])
        if size == 25:
            canonical, low = _ISO_UTC, _EARLIEST_TEXT
        elif size == 32:
            canonical, low = _ISO_UTC_MICRO, _EARLIEST_TEXT_MICRO
        else:
            return None
        if not all(map(canonical.fullmatch, starts)):
            return None
        moments = list(map(_FROM_ISO, starts))  # real dates (no 30 February)
        if min(starts) < low or max(moments) > self._latest:
            return None
        if size == 25:
            return moments, [f"{t[:10]} {t[11:19]}.000000" for t in starts]
        return moments, [f"{t[:10]} {t[11:26]}" for t in starts]

    def _quickly(self, cells: list[Any]) -> StoredRow:
        """The app's own export, at about a microsecond a field; raises otherwise."""
        (start, duration, parts, before, after, hurt, smooth, led, friend, remark, notes,
         rolls, uuid) = self._pick(cells)
        checks: tuple[FriendRoll, ...] | None = _export_rolls(rolls) if rolls else ()
        if checks is None:
            raise _Careful
        moment = _FROM_ISO(start)
        if moment.tzinfo is None:
            raise _Careful
        moment = moment.astimezone(UTC)
        if moment < EARLIEST_START or moment > self._latest:
            raise _Careful
        size = len(start)
        if size == 25 and start[10] == "T" and start.endswith("+00:00"):
            stored = f"{start[:10]} {start[11:19]}.000000"
        elif size == 32 and start[10] == "T" and start[19] == "." and start.endswith("+00:00"):
            stored = f"{start[:10]} {start[11:26]}"
        else:
            raise _Careful
        seconds = _FAST_DURATION[duration]
        p1, p2, p3 = _FAST_PARTS[parts]
        flag = _FAST_FLAG[hurt]
        checked = _FAST_FLAG[friend]
        if type(remark) is not str or type(notes) is not str or len(remark) > FRIEND_REMARK_MAX \
                or len(notes) > NOTES_MAX or not (p1 or p2 or p3 or flag) \
                or (remark and not checked) or (checks and not checked):
            raise _Careful
        row: StoredRow = (stored, seconds, p1, p2, p3, _FAST_PAIN[before], _FAST_PAIN[after],
                          flag, _FAST_SMOOTH[smooth], _FAST_LED[led], checked, remark, notes)
        if checks:
            row = (*row, checks)
        if uuid:
            if _FAST_UUID.fullmatch(uuid) is None:
                raise _Careful
            return (uuid, *row)
        # The cells are the export's spellings, which is what content_key writes.
        key = "\x1f".join((stored, duration, parts, before, after, hurt, smooth, led, friend,
                            remark, notes))
        return (content_uuid(int(moment.timestamp() * 1000), key), *row)

    def _carefully(self, cells: list[Any]) -> StoredRow | list[FieldError]:
        """Any spelling `entry` reads, field by field; every problem of the row at once."""
        (i_start, i_dur, i_parts, i_before, i_after, i_hurt, i_smooth, i_led, i_friend,
         i_remark, i_notes, i_rolls, i_uuid) = self._at
        errors: list[FieldError] = [FieldError(name, "is not a journal field")
                                    for name in self.unknown]
        started, stored = _read_start(cells[i_start], self.now, errors)
        duration = _read_duration(cells[i_dur], errors)
        parts = _read_parts(cells[i_parts], errors)
        before = _read_pain("pain_before", cells[i_before], errors)
        after = _read_pain("pain_after", cells[i_after], errors)
        hurt = _read_flag("stopped_hurt", cells[i_hurt], errors)
        friend = _read_flag("friend_checked", cells[i_friend], errors)
        smooth = _read_smoothness(cells[i_smooth], errors)
        led = _read_led(cells[i_led], errors)
        remark = _read_text("friend_remark", cells[i_remark], FRIEND_REMARK_MAX, errors)
        notes = _read_text("notes", cells[i_notes], NOTES_MAX, errors)
        rolls = _read_rolls(cells[i_rolls], friend, errors)
        if not (parts[0] or parts[1] or parts[2] or hurt) and \
                not any(e.field == "parts" for e in errors):
            errors.append(FieldError("parts", MSG_PARTS))
        if remark.strip() and not friend:
            errors.append(FieldError("friend_remark", MSG_REMARK_UNCHECKED))
        uuid = _read_uuid(cells[i_uuid], errors)
        if errors:
            return _in_field_order(errors)
        assert started is not None
        row = (stored, duration, *parts, before, after, hurt, smooth, led, friend,
               remark, notes)
        if uuid is None:
            uuid = content_uuid(int(started.timestamp() * 1000), content_key(row))
        return (uuid, *row, rolls) if rolls else (uuid, *row)


# --- the careful path's readers: one field each, its problems appended to `errors` ---------

def _read_start(value: Any, now: datetime, errors: list[FieldError]
                ) -> tuple[datetime | None, str | None]:
    if _blank(value):
        errors.append(FieldError("started_at", "is missing"))
        return None, None
    try:
        return _time(value, now)
    except ValueError as exc:
        errors.append(FieldError("started_at", str(exc)))
        return None, None


def _read_duration(value: Any, errors: list[FieldError]) -> int | None:
    if _blank(value):
        errors.append(FieldError("duration_s", "is missing"))
        return None
    try:
        duration = _whole(value)
    except ValueError as exc:
        errors.append(FieldError("duration_s", str(exc)))
        return None
    if not DURATION_MIN_S <= duration <= DURATION_MAX_S:
        errors.append(FieldError("duration_s", MSG_DURATION))
    return duration


def _read_parts(value: Any, errors: list[FieldError]) -> tuple[int, int, int]:
    if _blank(value):
        return (0, 0, 0)
    try:
        return _parts(value)
    except ValueError as exc:
        errors.append(FieldError("parts", str(exc)))
        return (0, 0, 0)


def _read_pain(name: str, value: Any, errors: list[FieldError]) -> int | None:
    if _blank(value):
        return None
    try:
        pain = _whole(value)
    except ValueError as exc:
        errors.append(FieldError(name, str(exc)))
        return None
    if not 0 <= pain <= 10:
        errors.append(FieldError(name, MSG_PAIN))
    return pain


def _read_flag(name: str, value: Any, errors: list[FieldError]) -> int:
    if _blank(value):
        return 0
    try:
        return _flag(value)
    except ValueError as exc:
        errors.append(FieldError(name, str(exc)))
        return 0


def _read_smoothness(value: Any, errors: list[FieldError]) -> int | None:
    if _blank(value):
        return None
    try:
        smooth = _whole(value)
    except ValueError as exc:
        errors.append(FieldError("smoothness", str(exc)))
        return None
    if not 1 <= smooth <= 5:
        errors.append(FieldError("smoothness", MSG_SMOOTH))
    return smooth


def _read_led(value: Any, errors: list[FieldError]) -> str | None:
    if _blank(value):
        return None
    if type(value) is str and value in _LED:
        return value
    try:
        return entry._parse_choice(value)
    except ValueError as exc:
        errors.append(FieldError("right_part_led", str(exc)))
        return None


def _read_text(name: str, value: Any, limit: int, errors: list[FieldError]) -> str:
    if value is None:
        return ""
    if type(value) is not str:
        errors.append(FieldError(name, "must be text"))
        return ""
    reason = entry.unwritable_text(value)
    if reason:
        errors.append(FieldError(name, reason))
    elif len(value) > limit:
        noun = "are" if name == "notes" else "is"
        keep = "them" if name == "notes" else "it"
        errors.append(FieldError(name, f"{noun} {len(value)} characters; keep {keep} to {limit}"))
    return value


def _read_rolls(value: Any, friend: int, errors: list[FieldError]) -> tuple[FriendRoll, ...]:
    if _blank(value):
        return ()
    try:
        rolls = entry._parse_friend_rolls(value)
    except ValueError as exc:
        errors.append(FieldError(ROLLS_FIELD, str(exc)))
        return ()
    problem = entry._friend_rolls_problem(rolls)
    if problem:
        errors.append(FieldError(ROLLS_FIELD, problem))
    elif rolls and not friend:
        errors.append(FieldError(ROLLS_FIELD, MSG_ROLLS_UNCHECKED))
    return rolls


def _read_uuid(value: Any, errors: list[FieldError]) -> str | None:
    if _blank(value):
        return None
    uuid = normal_uuid(value) if type(value) is str else None
    if uuid is None:
        errors.append(FieldError("uuid", f"{value!r} is not a UUID"))
    return uuid


_ORDER = {name: i for i, name in enumerate(IMPORT_FIELDS)}


def _in_field_order(errors: list[FieldError]) -> list[FieldError]:
    return sorted(errors, key=lambda e: _ORDER.get(e.field, -1))


def content_key(row: Sequence[Any]) -> str:
    """Every field of a stored row (without its UUID) as the export spells it: what a
    session without a UUID is known by. (A friend's checks of each roll are not part of
    it: they are a check of the session, not the session.)"""
    (stored, duration, p1, p2, p3, before, after, hurt, smooth, led, friend, remark,
     notes) = row
    parts = ";".join(p for p, on in zip(entry.PARTS, (p1, p2, p3), strict=True) if on)
    return "\x1f".join((
        stored, str(duration), parts, "" if before is None else str(before),
        "" if after is None else str(after), "true" if hurt else "false",
        "" if smooth is None else str(smooth), led or "", "true" if friend else "false",
        remark, notes,
    ))


def stored_row(data: entry.EntryData, uuid: str | None = None) -> StoredRow:
    """The stored row of an entry already checked by `entry.validate`."""
    moment = data.started_at.astimezone(UTC)
    stored = moment.replace(tzinfo=None).isoformat(" ", "microseconds")
    parts = tuple(int(p in data.parts) for p in entry.PARTS)
    values = (stored, data.duration_s, *parts, data.pain_before, data.pain_after,
              int(data.stopped_hurt), data.smoothness, data.right_part_led,
              int(data.friend_checked), data.friend_remark, data.notes)
    if uuid is None:
        uuid = content_uuid(int(moment.timestamp() * 1000), content_key(values))
    return (uuid, *values, data.friend_rolls) if data.friend_rolls else (uuid, *values)


def friend_rolls_of(row: StoredRow) -> tuple[FriendRoll, ...]:
    """The friend's checks a stored row carries (none for most sessions)."""
    return row[ROW_WIDTH] if len(row) > ROW_WIDTH else ()
