"""A demonstration panel on screen with its first step's motion computed (gui tests only)."""

from __future__ import annotations

from typing import Any


def shown_demo_panel(
    qtbot: Any, exercises: Any, size: tuple[int, int] = (1000, 650), settings: Any = None
) -> Any:
    """A DemoPanel at `size`, shown, given `exercises`, once its motion is ready."""
    from desktop_app.ui.demo.panel import DemoPanel

    panel = DemoPanel()
    qtbot.addWidget(panel)
    if settings is not None:
        panel.set_settings(settings)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_exercises(exercises)
    # The motion is computed off the panel's thread: the first time, that takes a while.
    qtbot.waitUntil(lambda: not panel.is_preparing(), timeout=120_000)
    return panel
