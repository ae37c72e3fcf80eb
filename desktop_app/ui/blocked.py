"""Change widgets without their change signals firing."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Blocked:
    """`with Blocked(box, other):` sets values the owner already knows about, so its own
    handlers for those signals do not run again."""

    def __init__(self, *widgets: QWidget) -> None:
        self.widgets = widgets
        self._was: list[bool] = []

    def __enter__(self) -> None:
        self._was = [w.blockSignals(True) for w in self.widgets]

    def __exit__(self, *exc: object) -> None:
        for widget, was in zip(self.widgets, self._was, strict=True):
            widget.blockSignals(was)
