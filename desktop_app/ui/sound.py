"""The desktop's short alert sound, where there is one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

# Platforms without a speaker to speak of: the tests' offscreen one, framebuffers, VNC.
_NO_SOUND_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb"})


def platform_sound() -> Callable[[], None] | None:
    """The desktop's short alert sound, or None where there is none (headless)."""
    if QApplication.platformName() in _NO_SOUND_PLATFORMS:
        return None
    return QApplication.beep
