"""The demonstration's remembered choices: camera, reduced motion, slow hand-over, exercise.

Kept in the window's settings file beside the journal (group `demo/`). Reduced motion starts
as the platform asks, where Qt exposes that, and is the person's own choice once they set it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.motion.views import CAMERA_PRESETS

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop_app.motion.views import CameraPreset

# Platforms whose Qt theme reports the desktop's animation setting as its UI effects: Windows
# ("show animations"), macOS ("reduce motion") and KDE Plasma (the animation speed slider at
# its slowest). Elsewhere Qt reports no effects at all, which says nothing about the person.
_REPORTING_PLATFORMS = frozenset({"windows", "cocoa"})


def _kde_session() -> bool:
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "") + os.environ.get("KDE_FULL_SESSION", "")
    return "kde" in desktop.lower() or "true" in desktop.lower()


def platform_prefers_reduced_motion() -> bool:
    """True when the desktop asks apps for less motion, as far as Qt can tell."""
    if QGuiApplication.instance() is None:
        return False
    platform = QGuiApplication.platformName()
    reports = platform in _REPORTING_PLATFORMS or (
        platform in ("xcb", "wayland") and _kde_session()
    )
    if not reports:
        return False
    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


class DemoPreferences:
    """Reads and writes the demonstration's choices; without settings it only remembers them
    for this run (tests, screenshots)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings
        self._memory: dict[str, object] = {}

    def _get(self, key: str, default: object) -> object:
        if self._settings is None:
            return self._memory.get(key, default)
        value = self._settings.value(f"demo/{key}", default)
        return default if value is None else value

    def _set(self, key: str, value: object) -> None:
        if self._settings is None:
            self._memory[key] = value
        else:
            self._settings.setValue(f"demo/{key}", value)

    @staticmethod
    def _bool(value: object, default: bool) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return default

    def camera(self) -> CameraPreset:
        value = str(self._get("camera", "auto"))
        return value if value in CAMERA_PRESETS else "auto"

    def set_camera(self, preset: CameraPreset) -> None:
        self._set("camera", preset)

    def reduced_motion(self) -> bool:
        stored = self._get("reducedMotion", None)
        if stored is None:
            return platform_prefers_reduced_motion()
        return self._bool(stored, False)

    def set_reduced_motion(self, on: bool) -> None:
        self._set("reducedMotion", on)

    def slow_handover(self) -> bool:
        return self._bool(self._get("slowHandover", False), False)

    def set_slow_handover(self, on: bool) -> None:
        self._set("slowHandover", on)

    def exercise(self) -> str:
        return str(self._get("exercise", "") or "")

    def set_exercise(self, exercise_id: str) -> None:
        self._set("exercise", exercise_id)
