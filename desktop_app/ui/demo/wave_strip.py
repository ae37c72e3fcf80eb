"""The wave strip over the demonstration: head to legs, each lit as it starts to turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop_app.ui.demo.insets import bar_ends, paint_wave_strip, wave_description

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
        # How the last paint looked: `differs` compares with the strip on screen.
        self._painted: tuple[tuple[object, ...], ...] | None = None

    def set_wave(self, wave: list[WavePart]) -> None:
        """The wave to show; repainted with the view it sits on, which asks `differs` first."""
        self._wave = wave
        order = tuple(part.part for part in sorted(
            (p for p in wave if p.rank is not None), key=lambda p: p.rank or 0))
        if order != self._order:
            self._order = order
            self.setAccessibleDescription(wave_description(wave))

    def differs(self, wave: list[WavePart]) -> bool:
        """Whether `wave` would draw a different strip from the one on screen (a lit cell, a
        flash, or a turn bar longer by a pixel)."""
        return self._look(wave) != self._painted

    def _look(self, wave: list[WavePart]) -> tuple[tuple[object, ...], ...]:
        """What the strip shows of a wave: each cell's order and flash, and the pixel where its
        turn bar ends."""
        ends = bar_ends(QRectF(0, 0, self.width(), self.height()), wave)
        return (
            tuple((p.rank, round(p.fresh * 2)) for p in wave),
            ends,
        )

    def wave(self) -> list[WavePart]:
        return list(self._wave)

    def lit_parts(self) -> tuple[str, ...]:
        """The parts lit so far, in the order they started to turn."""
        return self._order

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._wave:
            return
        self._painted = self._look(self._wave)
        painter = QPainter(self)
        try:
            paint_wave_strip(painter, QRectF(0, 0, self.width(), self.height()), self._wave)
        finally:
            painter.end()

