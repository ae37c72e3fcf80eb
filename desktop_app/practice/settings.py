"""The practice settings and their text form (what QSettings stores), without Qt.

Reading is forgiving: a missing or garbled value falls back to its default rather than
stopping the app, since settings files get hand-edited and outlive versions.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.journal.schedule import TARGET_MAX
from desktop_app.practice.periods import DEFAULT_DAILY_TARGET
from desktop_app.practice.plan import DEFAULT_REST_S, PACE_MAX_S, PACE_MIN_S
from desktop_app.practice.reminders import ReminderTime

if TYPE_CHECKING:
    from collections.abc import Mapping

DAILY_TARGET_MAX = TARGET_MAX
ALL_PARTS: tuple[str, ...] = ("part1", "part2", "part3")
# Part 3 needs room to roll over and over ("If you have the space"), so it is opt-in.
DEFAULT_PARTS = frozenset({"part1", "part2"})
DEFAULT_REMINDERS = (ReminderTime(False, time(8, 0)), ReminderTime(False, time(18, 0)))


# "" means: as the exercise file says.
ARM_CHOICES = ("", "overhead", "along_body")
SETTINGS_GROUP = "practice"  # the QSettings group the app's store writes


@dataclass(frozen=True)
class PracticeSettings:
    daily_target: int = DEFAULT_DAILY_TARGET
    reminders: tuple[ReminderTime, ReminderTime] = DEFAULT_REMINDERS
    pace_s: float | None = None  # None: the exercise's own pace
    parts: frozenset[str] = field(default_factory=lambda: DEFAULT_PARTS)
    cue_sound: bool = False
    rest_s: float = DEFAULT_REST_S
    ask_pain_before: bool = True  # the quick 0-10 choice at Start
    friend_mode: bool = False  # "With a friend": the friend checks what led each roll
    # The pain warning hidden for the rest of a day: "YYYY-MM-DD signature" (see safety).
    warning_dismissed: str = ""
    # Where the demonstration's arms lie: "" as each exercise file shows them, or "overhead" /
    # "along_body" (a comfort option: a full overhead reach hurts some sore middle backs).
    arms: str = ""

    def with_changes(self, **changes: Any) -> PracticeSettings:
        return replace(self, **changes)

    def to_mapping(self) -> dict[str, str]:
        first, second = self.reminders
        return {
            "daily_target": str(self.daily_target),
            "reminder1_enabled": _bool_text(first.enabled),
            "reminder1_time": first.at.strftime("%H:%M"),
            "reminder2_enabled": _bool_text(second.enabled),
            "reminder2_time": second.at.strftime("%H:%M"),
            "pace_s": "" if self.pace_s is None else f"{self.pace_s:g}",
            "parts": ",".join(p for p in ALL_PARTS if p in self.parts),
            "cue_sound": _bool_text(self.cue_sound),
            "rest_s": f"{self.rest_s:g}",
            "ask_pain_before": _bool_text(self.ask_pain_before),
            "friend_mode": _bool_text(self.friend_mode),
            "warning_dismissed": self.warning_dismissed,
            "arms": self.arms,
        }

    @classmethod
    def from_mapping(cls, raw: Mapping[str, object]) -> PracticeSettings:
        d = cls()
        first, second = d.reminders
        pace = _float(raw.get("pace_s"), None)
        parts_text = raw.get("parts")
        parts = (
            frozenset(p for p in str(parts_text).split(",") if p in ALL_PARTS)
            if parts_text is not None
            else d.parts
        )
        return cls(
            daily_target=_int(raw.get("daily_target"), d.daily_target, 1, DAILY_TARGET_MAX),
            reminders=(
                ReminderTime(_bool(raw.get("reminder1_enabled"), first.enabled),
                             _time(raw.get("reminder1_time"), first.at)),
                ReminderTime(_bool(raw.get("reminder2_enabled"), second.enabled),
                             _time(raw.get("reminder2_time"), second.at)),
            ),
            pace_s=None if pace is None else min(PACE_MAX_S, max(PACE_MIN_S, pace)),
            parts=parts,
            cue_sound=_bool(raw.get("cue_sound"), d.cue_sound),
            rest_s=_float(raw.get("rest_s"), d.rest_s, 0.0, 120.0) or 0.0,
            ask_pain_before=_bool(raw.get("ask_pain_before"), d.ask_pain_before),
            friend_mode=_bool(raw.get("friend_mode"), d.friend_mode),
            warning_dismissed=str(raw.get("warning_dismissed") or "")[:200],
            arms=arms if (arms := str(raw.get("arms") or "")) in ARM_CHOICES else "",
        )


def _bool_text(value: bool) -> str:
    return "true" if value else "false"


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower() if value is not None else ""
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    return default


def _int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return number if low <= number <= high else default


def _float(
    value: object, default: float | None, low: float = float("-inf"), high: float = float("inf")
) -> float | None:
    if value is None or str(value).strip() == "":
        return default
    try:
        number = float(str(value).strip())
    except ValueError:
        return default
    return number if low <= number <= high else default


def _time(value: object, default: time) -> time:
    try:
        hours, minutes = str(value).strip().split(":")[:2]
        return time(int(hours), int(minutes))
    except (TypeError, ValueError):
        return default


def read_settings_file(path: Path) -> PracticeSettings:
    """The settings the app saved (QSettings' INI file), read without Qt for the command
    line; defaults when the file is missing or unreadable."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error):
        return PracticeSettings()
    if not parser.has_section(SETTINGS_GROUP):
        return PracticeSettings()
    raw = {key: value.strip('"') for key, value in parser.items(SETTINGS_GROUP)}
    return PracticeSettings.from_mapping(raw)
