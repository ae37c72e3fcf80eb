"""The app's icon, for the window and the tray."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_app.paths import bundled_dir


def app_icon() -> QIcon:
    # PNG, not the SVG: the QtSvg plugin is not needed just for an icon.
    return QIcon(str(bundled_dir("resources") / "icon-256.png"))
