"""The two insets on the demonstration: the twist gauge and the wave strip, and where they sit.

Painted by the on-screen widgets (`TwistGauge`, `WaveStrip`) and by the frame renderer for
videos and `render`, from the same functions at the same places, so a saved frame is the frame
on screen. They are part of the picture (a light card on the light floor), like a chart in a
printed figure, so their colours do not follow the window's palette.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.motion.reading import WavePart as WavePartState
from desktop_app.motion.scene import BACK, FRONT, LEFT, RIGHT

if TYPE_CHECKING:
    from desktop_app.motion.reading import WavePart

CARD = QColor(255, 255, 255, 228)
CARD_EDGE = QColor(0, 0, 0, 46)
INK = QColor(34, 36, 44)
MUTED = QColor(96, 100, 112)
SHOULDERS = QColor(58, 92, 160)
PELVIS = QColor(172, 104, 44)
WEDGE = QColor(255, 176, 0, 110)
LIT = QColor(255, 190, 40)
LIT_EDGE = QColor(196, 128, 0)
UNLIT = QColor(232, 234, 238)
TURNED = QColor(255, 150, 0)

WAVE_LABELS = {
    "head": QT_TRANSLATE_NOOP("DemoInsets", "head"),
    "shoulders": QT_TRANSLATE_NOOP("DemoInsets", "shoulders"),
    "mid_back": QT_TRANSLATE_NOOP("DemoInsets", "chest"),
    "lower_back": QT_TRANSLATE_NOOP("DemoInsets", "lower back"),
    "pelvis": QT_TRANSLATE_NOOP("DemoInsets", "pelvis"),
    "legs": QT_TRANSLATE_NOOP("DemoInsets", "legs"),
}


def tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP where it is defined, translated where shown."""
    return QCoreApplication.translate("DemoInsets", text)


translate = QCoreApplication.translate


LEGEND: tuple[tuple[tuple[int, int, int, int], str], ...] = (
    (FRONT, QT_TRANSLATE_NOOP("DemoInsets", "front of the body")),
    (BACK, QT_TRANSLATE_NOOP("DemoInsets", "back of the body")),
    (LEFT, QT_TRANSLATE_NOOP("DemoInsets", "left arm and leg")),
    (RIGHT, QT_TRANSLATE_NOOP("DemoInsets", "right arm and leg")),
)
LEGEND_ROW_H = 16.0


@dataclass(frozen=True)
class InsetLayout:
    """Where the insets and the legend go in a picture of `width` x `height` pixels."""

    gauge: QRectF
    strip: QRectF
    legend_y: float  # baseline area of the legend's last row
    legend_rows: tuple[tuple[int, ...], ...]  # which legend items go on each row
    bottom_margin: float  # pixels at the bottom the figure must leave free


def legend_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.25)
    return font


def _legend_rows(room: float) -> tuple[tuple[int, ...], ...]:
    """The legend's items on as few rows as fit in `room` pixels."""
    metrics = QFontMetricsF(legend_font())
    rows: list[list[int]] = [[]]
    used = 0.0
    for index, (_color, text) in enumerate(LEGEND):
        w = 30.0 + metrics.horizontalAdvance(tr(text))
        if rows[-1] and used + w > room:
            rows.append([])
            used = 0.0
        rows[-1].append(index)
        used += w
    return tuple(tuple(row) for row in rows)


def inset_layout(width: int, height: int, *, insets: bool = True) -> InsetLayout:
    """Whole pixels, so the widgets on screen sit exactly where a saved frame draws them."""
    gauge_h = round(min(max(0.14 * height, 74.0), 118.0))
    gauge_w = round(gauge_h * 1.9)
    gauge = QRectF(width - 12 - gauge_w, height - 12 - gauge_h, gauge_w, gauge_h)
    legend_y = height - 14.0
    if not insets:
        rows = _legend_rows(width - 24.0)
        return InsetLayout(QRectF(), QRectF(), legend_y, rows, 20.0 + LEGEND_ROW_H * len(rows))
    # The legend keeps clear of the gauge: on two rows when one would run under it.
    rows = _legend_rows(width - 36.0 - gauge_w)
    extra = LEGEND_ROW_H * (len(rows) - 1)
    strip_h = round(min(max(0.055 * height, 30.0), 40.0))
    strip_w = round(min(width - gauge_w - 40.0, 6 * 92.0))
    strip = QRectF(12, round(height - 28 - strip_h - extra), max(strip_w, 120), strip_h)
    bottom = max(gauge_h + 18.0, height - strip.top() + 6.0)
    return InsetLayout(gauge, strip, legend_y, rows, bottom)


def paint_legend(p: QPainter, layout: InsetLayout, x: float = 12.0) -> None:
    """The colours of the figure: front and back of the body, left and right limbs."""
    font = legend_font()
    metrics = QFontMetricsF(font)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(font)
    for row_index, row in enumerate(layout.legend_rows):
        y = layout.legend_y - LEGEND_ROW_H * (len(layout.legend_rows) - 1 - row_index)
        left = x
        for index in row:
            color, text = LEGEND[index]
            label = tr(text)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(*color))
            p.drawRoundedRect(QRectF(left, y - 9, 14, 10), 3, 3)
            p.setPen(QColor(70, 70, 80))
            p.drawText(QPointF(left + 18, y), label)
            left += 30 + metrics.horizontalAdvance(label)
    p.restore()


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, round(pixels)))
    font.setBold(bold)
    return font


def _card(p: QPainter, rect: QRectF) -> None:
    p.setPen(QPen(CARD_EDGE, 1.0))
    p.setBrush(CARD)
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8.0, 8.0)


def _bar_end(centre: QPointF, angle_deg: float, length: float, mirror: bool) -> QPointF:
    """Seen from the feet, a body rolled by `angle_deg` to its left has its own left going
    down on the viewer's right (the person's left is on the right, unless mirrored)."""
    a = math.radians(angle_deg)
    dx, dy = math.cos(a) * length, math.sin(a) * length
    return QPointF(centre.x() + (-dx if mirror else dx), centre.y() + dy)


_images: OrderedDict[tuple[object, ...], QImage] = OrderedDict()
MAX_IMAGES = 96


def _cached(
    p: QPainter, key: tuple[object, ...], size: QSizeF, draw: Callable[[QPainter], None]
) -> QImage:
    """A picture drawn once for `key` (at the painter's pixel ratio) and reused: the insets'
    text and cards are the costly part of a frame, and change far less often than it."""
    device = p.device()
    dpr = device.devicePixelRatioF() if device is not None else 1.0
    full = (*key, round(size.width()), round(size.height()), dpr)
    image = _images.get(full)
    if image is not None:
        _images.move_to_end(full)
        return image
    image = QImage(
        max(1, round(size.width() * dpr)),
        max(1, round(size.height() * dpr)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.transparent)
    q = QPainter(image)
    try:
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        q.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        draw(q)
    finally:
        q.end()
    _images[full] = image
    while len(_images) > MAX_IMAGES:
        _images.popitem(last=False)
    return image


def _gauge_card(p: QPainter, rect: QRectF) -> None:
    """What never changes: the card, the caption, the key to the two bars, the floor line."""
    h = rect.height()
    _card(p, rect)
    text_w = rect.width() - h
    left = rect.left() + 0.1 * h
    p.setPen(MUTED)
    p.setFont(_font(0.13 * h))
    p.drawText(
        QRectF(left, rect.top() + 0.06 * h, text_w, 0.18 * h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        translate("DemoInsets", "twist"),
    )
    small = _font(0.12 * h)
    p.setFont(small)
    metrics = QFontMetricsF(small)
    for index, (color, label) in enumerate(
        (
            (SHOULDERS, translate("DemoInsets", "shoulders")),
            (PELVIS, translate("DemoInsets", "pelvis")),
        )
    ):
        y = rect.top() + (0.66 + 0.16 * index) * h
        p.setPen(QPen(color, max(2.0, 0.05 * h), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(left, y), QPointF(left + 0.12 * h, y))
        p.setPen(MUTED)
        room = text_w - 0.2 * h
        p.drawText(
            QRectF(left + 0.18 * h, y - 0.09 * h, room, 0.18 * h),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, room),
        )
    centre = QPointF(rect.right() - 0.5 * h, rect.top() + 0.5 * h)
    # The floor under the body, so up and down read at once.
    p.setPen(QPen(CARD_EDGE, 1.0))
    floor_y = centre.y() + 0.4 * h
    p.drawLine(QPointF(centre.x() - 0.42 * h, floor_y), QPointF(centre.x() + 0.42 * h, floor_y))


def _gauge_number(p: QPainter, rect: QRectF, degrees: int, pixels: float) -> None:
    p.setPen(INK)
    p.setFont(_font(pixels, True))
    p.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), rect.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        translate("DemoInsets", "{degrees}°").format(degrees=degrees),
    )


def paint_twist_gauge(
    p: QPainter,
    rect: QRectF,
    shoulders_deg: float,
    pelvis_deg: float,
    *,
    mirror: bool = False,
) -> None:
    """The shoulder and pelvis bars seen from the feet, the angle between them shaded, and
    the twist in degrees beside them ("twist 29°")."""
    h = rect.height()
    size = rect.size()
    card = _cached(
        p,
        ("gauge", QCoreApplication.translate("DemoInsets", "twist")),
        size,
        lambda q: _gauge_card(q, QRectF(QPointF(0, 0), size)),
    )
    p.drawImage(rect.topLeft(), card)
    twist = shoulders_deg - pelvis_deg
    degrees = round(abs(twist))
    number_size = QSizeF(rect.width() - h, 0.34 * h)
    number = _cached(
        p,
        ("twist", degrees),
        number_size,
        lambda q: _gauge_number(q, QRectF(QPointF(0, 0), number_size), degrees, 0.3 * h),
    )
    p.drawImage(QPointF(rect.left() + 0.1 * h, rect.top() + 0.22 * h), number)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = QPointF(rect.right() - 0.5 * h, rect.top() + 0.5 * h)
    length = 0.36 * h
    # The wedge between the two bars: the twist itself.
    sweep = -twist if not mirror else twist
    start = -pelvis_deg if not mirror else 180.0 + pelvis_deg
    if abs(twist) >= 0.5:
        path = QPainterPath(centre)
        box = QRectF(centre.x() - length, centre.y() - length, 2 * length, 2 * length)
        path.arcTo(box, start, sweep)
        path.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(WEDGE)
        p.drawPath(path)
    for angle, color, width, reach in (
        (pelvis_deg, PELVIS, 0.1 * h, 0.8),
        (shoulders_deg, SHOULDERS, 0.075 * h, 1.0),
    ):
        a = _bar_end(centre, angle, length * reach, mirror)
        b = _bar_end(centre, angle + 180.0, length * reach, mirror)
        p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(a, b)
        # A nub on the front of the body: up when face up, down when face down.
        front = _bar_end(centre, angle - 90.0, 0.3 * length, mirror)
        p.setPen(QPen(color, 0.5 * width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(centre, front)
    p.restore()


def paint_wave_strip(p: QPainter, rect: QRectF, wave: list[WavePart]) -> None:
    """Head to legs in chain order; each cell lights when its part starts to turn and shows,
    in its corner, the order in which the parts began."""
    # The cells and their words are drawn once per look (lit, order, flash) and reused; only
    # the thin bars of how far each part has turned are drawn every frame.
    state = tuple((part.part, part.rank, round(part.fresh * 2)) for part in wave)
    size = rect.size()
    image = _cached(
        p,
        ("wave", state),
        size,
        lambda q: _draw_wave_strip(q, QRectF(QPointF(0, 0), size), _quantized(wave)),
    )
    p.drawImage(rect.topLeft(), image)
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TURNED)
    for cell, part in zip(_cells(rect, len(wave)), wave, strict=True):
        if part.turned > 0.01:
            p.fillRect(
                QRectF(
                    cell.left() + 3.0, cell.bottom() - 5.0, (cell.width() - 6.0) * part.turned, 3.0
                ),
                TURNED,
            )
    p.restore()


def _cells(rect: QRectF, count: int) -> list[QRectF]:
    n = max(count, 1)
    pad = 4.0
    cell_w = (rect.width() - pad * (n + 1)) / n
    cell_h = rect.height() - 2 * pad
    return [
        QRectF(rect.left() + pad + index * (cell_w + pad), rect.top() + pad, cell_w, cell_h)
        for index in range(count)
    ]


def _quantized(wave: list[WavePart]) -> list[WavePart]:
    return [
        WavePartState(part.part, part.started, part.rank, 0.0, round(part.fresh * 2) / 2)
        for part in wave
    ]


def _draw_wave_strip(p: QPainter, rect: QRectF, wave: list[WavePart]) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    _card(p, rect)
    cells = _cells(rect, len(wave))
    cell_h = cells[0].height() if cells else rect.height()
    label_font = _font(min(max(0.45 * cell_h, 10.0), 13.0))
    rank_font = _font(min(max(0.36 * cell_h, 9.0), 11.0), True)
    for cell, part in zip(cells, wave, strict=True):
        if part.started:
            fill = QColor(LIT)
            fill.setAlpha(int(150 + 105 * min(1.0, 0.4 + part.fresh)))
            edge = QPen(LIT_EDGE, 1.0 + 1.5 * part.fresh)
        else:
            fill, edge = UNLIT, QPen(CARD_EDGE, 1.0)
        p.setPen(edge)
        p.setBrush(fill)
        p.drawRoundedRect(cell, 5.0, 5.0)
        text = tr(WAVE_LABELS.get(part.part, part.part))
        text_rect = cell.adjusted(3.0, 0.0, -3.0, -3.0)
        if part.rank is not None:
            r = min(0.24 * cell_h, 8.0)
            badge = QPointF(cell.left() + r + 3.0, cell.top() + cell_h / 2.0 - 1.5)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(LIT_EDGE)
            p.drawEllipse(badge, r, r)
            p.setFont(rank_font)
            p.setPen(QColor("white"))
            p.drawText(
                QRectF(badge.x() - r, badge.y() - r, 2 * r, 2 * r),
                Qt.AlignmentFlag.AlignCenter,
                str(part.rank),
            )
            text_rect = text_rect.adjusted(2 * r + 2.0, 0.0, 0.0, 0.0)
        p.setFont(label_font)
        p.setPen(INK)
        metrics = QFontMetricsF(label_font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        p.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, shown)
    p.restore()


def wave_description(wave: list[WavePart]) -> str:
    """The strip in words, for screen readers: the parts turning so far, in order."""
    started = sorted((part for part in wave if part.rank is not None), key=lambda w: w.rank or 0)
    if not started:
        return translate("DemoInsets", "Nothing is turning yet.")
    names = ", ".join(tr(WAVE_LABELS.get(part.part, part.part)) for part in started)
    return translate("DemoInsets", "Turning so far, in order: {parts}.").format(parts=names)
