"""The demonstration: the rolling figure, its controls and a headless frame renderer."""

from __future__ import annotations

from desktop_app.ui.demo.panel import DemoPanel
from desktop_app.ui.demo.renderer import DemoRenderer, render_frame, step_title
from desktop_app.ui.demo.view import DemoView

__all__ = ["DemoPanel", "DemoRenderer", "DemoView", "render_frame", "step_title"]
