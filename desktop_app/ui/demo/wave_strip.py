"""The wave strip over the demonstration: head to legs, each lit as it starts to turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop_app.ui.demo.insets import paint_wave_strip, wave_description

if TYPE_CHECKING:
    from desktop_app.motion.reading import WavePart


class WaveStrip(QWidget):
    """The order in which the parts of the body start to turn in the roll now playing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveStrip")
        self.setAccessibleName(self.tr("Wave strip"))
        self.setToolTip(
            self.tr(
                "Head, shoulders, chest, lower back, pelvis and legs, in the order of the body. "
                "Each lights up when it starts to turn; the number says in which order they "
                "began, so you can read the wave at a glance."
            )
        )
        self._wave: list[WavePart] = []
        self._order: tuple[str, ...] = ()

    def set_wave(self, wave: list[WavePart]) -> None:
        self._wave = wave
        order = tuple(part.part for part in sorted(
            (p for p in wave if p.rank is not None), key=lambda p: p.rank or 0))
        if order != self._order:
            self._order = order
            self.setAccessibleDescription(wave_description(wave))

    def differs(self, wave: list[WavePart]) -> bool:
        """Whether `wave` would draw a visibly different strip (a lit cell, a flash, or a
        turn bar longer by a pixel or so)."""
        if len(wave) != len(self._wave):
            return True
        return any(
            (a.rank, round(a.fresh * 2), round(a.turned * 60))
            != (b.rank, round(b.fresh * 2), round(b.turned * 60))
            for a, b in zip(wave, self._wave, strict=True)
        )

    def wave(self) -> list[WavePart]:
        return list(self._wave)

    def lit_parts(self) -> tuple[str, ...]:
        """The parts lit so far, in the order they started to turn."""
        return self._order

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._wave:
            return
        painter = QPainter(self)
        try:
            paint_wave_strip(painter, QRectF(0, 0, self.width(), self.height()), self._wave)
        finally:
            painter.end()
