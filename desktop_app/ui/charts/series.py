"""The charts' series colours (Okabe-Ito: distinct for the common kinds of colour
blindness) and their shades on a dark background."""

from __future__ import annotations

from desktop_app.stats.trend import IMPROVED, WORSENED
from desktop_app.ui.charts.plots import ChartColors

UNDER_TARGET = "#56B4E9"
MET_TARGET = "#009E73"
THIS_WEEK = (86, 180, 233, 90)
THIS_WEEK_EDGE = "#0072B2"
STOPPED_HURT = "#D55E00"
TARGET_LINE = "#444444"
PAUSED = "#6b6b6b"
PAIN_BEFORE = "#E69F00"
PAIN_BEFORE_LINE = "#A66A00"
PAIN_AFTER = "#0072B2"
PAIN_AFTER_LINE = "#004C77"
WEEKLY_MEAN = "#222222"
SMOOTHNESS = "#CC79A7"
LEAD = "#0072B2"
VERDICT_COLOURS = {IMPROVED: MET_TARGET, WORSENED: STOPPED_HURT}
NEUTRAL = "#777777"
# Darker shades for the sentence under the chart, readable as text on white (WCAG AA), and
# lighter ones for a dark background.
TEXT_COLOURS = {IMPROVED: "#006B4E", WORSENED: "#A84400"}
DARK_TEXT_COLOURS = {IMPROVED: "#5fd3aa", WORSENED: "#ff9d5c"}
# Near-black series and text on a light chart, and what they become on a dark one.
ON_DARK = {TARGET_LINE: "#cfcfcf", WEEKLY_MEAN: "#e4e4e4", PAUSED: "#a0a0a0",
           "#444444": "#c8c8c8", "#ffffff": "#1d2124"}

BAR_GAP_S = 0.6 * 86400  # space between the bars of two weeks


def shade(colour: str, colors: ChartColors) -> str:
    """`colour` as drawn on a chart of `colors` (near-black turns light on dark)."""
    return ON_DARK.get(colour, colour) if colors.dark else colour
