"""The practice panel's style sheet (resources/styles/practice.qss): sizes for the room
there is, colours for a light or a dark palette."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from desktop_app.ui.palette import pick
from desktop_app.ui.stylesheet import stylesheet

# Font sizes (px) at full size and at their most compact, for a short window (1024x600).
SIZES = {
    "timer": (96, 50),
    "countdown": (72, 40),
    "caption": (30, 19),
    "progress": (18, 14),
    "detail": (15, 13),
    "next": (18, 14),
    "unit": (14, 12),
    "counts": (20, 15),
    "hurt": (22, 16),
    "hurt_pad": (14, 6),
    "button": (18, 14),
    "button_pad": (10, 4),
    "move": (16, 13),
    "move_pad": (8, 3),
}
# Accent colours: (on a light palette, on a dark one). Text roles come from the palette.
COLOURS = {
    "countdown_colour": ("#2f6f5f", "#7fd6bb"),
    "muted": ("#4a5a60", "#bccacf"),
    "next_colour": ("#2f4f4f", "#aee0de"),
    "counts_colour": ("#2f4f4f", "#cdeceb"),
    "guide_background": ("#f4f7f6", "#243034"),
    "guide_border": ("#d5e0dc", "#3d4d52"),
    "flash_background": ("#fff1b8", "#4f4310"),
    "rest_background": ("#eef3fb", "#1f2a3b"),
    "rest_border": ("#c9d6ea", "#3a4b68"),
    "hurt_background": ("#fdecea", "#45201c"),
    "hurt_disabled_background": ("#e6b8b3", "#5e3431"),
    "hurt_disabled_text": ("#ffffff", "#d9c2bf"),
    "hurt_caption": ("#8a1f15", "#ff9d90"),
}


def practice_style(palette: QPalette, scale: float = 1.0) -> str:
    """The panel's style sheet at `scale` (0 compact .. 1 full) for `palette`."""
    sizes = {name: round(compact + (full - compact) * scale)
             for name, (full, compact) in SIZES.items()}
    colours = {name: pick(palette, light, dark) for name, (light, dark) in COLOURS.items()}
    return stylesheet("practice", **sizes, **colours)
