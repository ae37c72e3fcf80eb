"""The words the motion layer writes on the demonstration, in the reader's language.

The motion layer is pure Python and names things in English ("Right knee leads", "face up",
"to the person's LEFT"); the renderer shows each of these through Qt's translation here, so
the canvas, its saved frames and videos speak the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DemoCanvas"
# Every text desktop_app.motion puts on the canvas (scene.py, plan.py); anything else drawn
# (titles, notes) is translated where it is made.
CANVAS_WORDS = frozenset({
    QT_TRANSLATE_NOOP("DemoCanvas", "start"),
    QT_TRANSLATE_NOOP("DemoCanvas", "to the person's LEFT"),
    QT_TRANSLATE_NOOP("DemoCanvas", "to the person's RIGHT"),
    QT_TRANSLATE_NOOP("DemoCanvas", "Rolling to the person's LEFT"),
    QT_TRANSLATE_NOOP("DemoCanvas", "Rolling to the person's RIGHT"),
    QT_TRANSLATE_NOOP("DemoCanvas", "Head leads"),
    QT_TRANSLATE_NOOP("DemoCanvas", "Right knee leads"),
    QT_TRANSLATE_NOOP("DemoCanvas", "Right hip leads"),
    QT_TRANSLATE_NOOP("DemoCanvas", "Left knee leads"),
    QT_TRANSLATE_NOOP("DemoCanvas", "Left hip leads"),
    QT_TRANSLATE_NOOP("DemoCanvas", "Face up"),
    QT_TRANSLATE_NOOP("DemoCanvas", "On left side"),
    QT_TRANSLATE_NOOP("DemoCanvas", "Face down"),
    QT_TRANSLATE_NOOP("DemoCanvas", "On right side"),
    QT_TRANSLATE_NOOP("DemoCanvas", "head"),
    QT_TRANSLATE_NOOP("DemoCanvas", "right knee"),
    QT_TRANSLATE_NOOP("DemoCanvas", "right hip"),
    QT_TRANSLATE_NOOP("DemoCanvas", "left knee"),
    QT_TRANSLATE_NOOP("DemoCanvas", "left hip"),
})


def canvas_words(text: str) -> str:
    """`text` in the reader's language when it is one of the motion layer's words."""
    return QCoreApplication.translate(CONTEXT, text) if text in CANVAS_WORDS else text
