"""The demonstration: the rolling figure, its controls and a headless frame renderer."""

from __future__ import annotations

from desktop_app.ui.demo.keyframes import KeyFramesView
from desktop_app.ui.demo.panel import DemoPanel
from desktop_app.ui.demo.renderer import DemoRenderer, render_frame, step_title
from desktop_app.ui.demo.scrub_bar import LeadScrubBar
from desktop_app.ui.demo.twist_gauge import TwistGauge
from desktop_app.ui.demo.view import DemoView
from desktop_app.ui.demo.wave_strip import WaveStrip

__all__ = [
    "DemoPanel",
    "DemoRenderer",
    "DemoView",
    "KeyFramesView",
    "LeadScrubBar",
    "TwistGauge",
    "WaveStrip",
    "render_frame",
    "step_title",
]
