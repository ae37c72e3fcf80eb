"""Guard: PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a
void method and aborts the process (none_dealloc) after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_none_references(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(10_000):
        painter.drawLine(0, 0, 7, 7)
        label.setText("x")
    painter.end()
    after = sys.getrefcount(None)
    # A leaking build loses 20,000 here; allow a little noise from the interpreter.
    assert after >= before - 100
