"""Paints a motion Scene with QPainter; every position and colour comes from desktop_app.motion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
    QRadialGradient,
)

from desktop_app.motion import (
    Part3Leader,
    Pose,
    Scene,
    SceneBuilder,
    Shape,
    Timeline,
    fit_camera,
    floor_shapes,
    timeline,
)
from desktop_app.motion.scene import (
    BACK,
    BACKDROP,
    FRONT,
    GLOW,
    LEFT,
    RGBA,
    RIGHT,
    SHADOW,
    Label,
)

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise
    from desktop_app.motion import Arms

_colors: dict[RGBA, QColor] = {}
_fonts: dict[tuple[float, bool], QFont] = {}

LEAD_TAG: RGBA = (150, 90, 0, 255)
SHADOW_SHRINK = 6.0

LEGEND = (
    (FRONT, "front of the body"),
    (BACK, "back of the body"),
    (LEFT, "left arm and leg"),
    (RIGHT, "right arm and leg"),
)


def qcolor(rgba: RGBA) -> QColor:
    color = _colors.get(rgba)
    if color is None:
        color = _colors[rgba] = QColor(*rgba)
    return color


def qfont(size: float, bold: bool = False) -> QFont:
    font = _fonts.get((size, bold))
    if font is None:
        font = QFont()
        font.setPointSizeF(size * 0.75)
        font.setBold(bold)
        font = _fonts[(size, bold)] = font
    return font


def _poly(points: list[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


_pens: dict[tuple[RGBA, float, bool], QPen] = {}


def _line_pen(rgba: RGBA, width: float, dashed: bool) -> QPen:
    """Round-capped pens, cached by width in quarter pixels (limbs keep their widths)."""
    key = (rgba, round(width * 4.0) / 4.0, dashed)
    pen = _pens.get(key)
    if pen is None:
        if len(_pens) > 512:
            _pens.clear()
        pen = QPen(qcolor(rgba), key[1])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        _pens[key] = pen
    return pen


def _draw_shape(p: QPainter, shape: Shape) -> None:
    if shape.kind == "poly":
        p.setPen(
            QPen(qcolor(shape.stroke), shape.width) if shape.stroke and shape.width
            else Qt.PenStyle.NoPen
        )
        p.setBrush(qcolor(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
        p.drawPolygon(_poly(shape.points), Qt.FillRule.WindingFill)
    elif shape.kind == "line" and shape.stroke:
        p.setPen(_line_pen(shape.stroke, shape.width, shape.dashed))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if len(shape.points) == 2:
            (x0, y0), (x1, y1) = shape.points
            p.drawLine(QPointF(x0, y0), QPointF(x1, y1))
        else:
            p.drawPolyline(_poly(shape.points))
    elif shape.kind == "capsule" and shape.fill:
        p.setPen(_line_pen(shape.fill, 2.0 * shape.radius, False))
        (x0, y0), (x1, y1) = shape.points
        p.drawLine(QPointF(x0, y0), QPointF(x1, y1))
    elif shape.kind == "disc":
        p.setPen(QPen(qcolor(shape.stroke), shape.width) if shape.stroke else Qt.PenStyle.NoPen)
        p.setBrush(qcolor(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
        x, y = shape.points[0]
        p.drawEllipse(QPointF(x, y), shape.radius, shape.radius)


_sprites: dict[tuple[object, ...], QImage] = {}


def _sprite(key: tuple[object, ...], width: float, height: float, dpr: float) -> QImage | None:
    """A cached transparent image for text that repeats frame after frame (labels, chips)."""
    image = _sprites.get((*key, dpr))
    if image is not None:
        return image
    if len(_sprites) > 256:
        _sprites.clear()
    image = QImage(
        max(1, round(width * dpr)),
        max(1, round(height * dpr)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.transparent)
    _sprites[(*key, dpr)] = image
    return None


def _glow_image(radius: int, dpr: float) -> QImage:
    """The amber halo, painted once per size with a radial gradient and reused."""
    key = ("glow", radius)
    image = _sprite(key, 2 * radius, 2 * radius, dpr)
    if image is None:
        image = _sprites[(*key, dpr)]
        gradient = QRadialGradient(QPointF(radius, radius), radius)
        gradient.setColorAt(0.0, QColor(*GLOW[:3], 225))
        gradient.setColorAt(0.45, QColor(*GLOW[:3], 130))
        gradient.setColorAt(1.0, QColor(*GLOW[:3], 0))
        q = QPainter(image)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        q.setPen(Qt.PenStyle.NoPen)
        q.setBrush(QBrush(gradient))
        q.drawEllipse(QPointF(radius, radius), radius, radius)
        q.end()
    return image


def _dpr(p: QPainter) -> float:
    device = p.device()
    return device.devicePixelRatioF() if device is not None else 1.0


def _draw_label(p: QPainter, label: Label) -> None:
    font = qfont(label.size, label.bold)
    metrics = QFontMetricsF(font)
    pad_x, pad_y = (7.0, 3.0) if label.boxed else (1.0, 1.0)
    w = metrics.horizontalAdvance(label.text) + 2 * pad_x
    h = metrics.height() + 2 * pad_y
    key = ("label", label.text, label.color, label.size, label.bold, label.boxed)
    dpr = _dpr(p)
    image = _sprite(key, w, h, dpr)
    if image is None:
        image = _sprites[(*key, dpr)]
        q = QPainter(image)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        q.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if label.boxed:
            q.setPen(Qt.PenStyle.NoPen)
            q.setBrush(QColor(255, 255, 255, 215))
            q.drawRoundedRect(QRectF(0, 0, w, h), 6, 6)
        q.setFont(font)
        q.setPen(qcolor(label.color))
        q.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter, label.text)
        q.end()
    p.setOpacity(label.alpha)
    p.drawImage(QPointF(label.x - w / 2.0, label.y - h / 2.0), image)
    p.setOpacity(1.0)


def _chip(
    p: QPainter,
    x: float,
    y: float,
    text: str,
    *,
    dot: RGBA | None,
    alpha: float,
    right_aligned: bool = False,
    size: float = 15.0,
) -> None:
    font = qfont(size, True)
    metrics = QFontMetricsF(font)
    w = metrics.horizontalAdvance(text) + (26 if dot else 14)
    h = metrics.height() + 10
    key = ("chip", text, dot, size)
    dpr = _dpr(p)
    image = _sprite(key, w + 2, h + 2, dpr)
    if image is None:
        image = _sprites[(*key, dpr)]
        q = QPainter(image)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        q.setPen(QPen(QColor(0, 0, 0, 40), 1))
        q.setBrush(QColor(255, 255, 255, 235))
        q.drawRoundedRect(QRectF(1, 1, w, h), h / 2, h / 2)
        text_left = 8.0
        if dot:
            q.setPen(Qt.PenStyle.NoPen)
            q.setBrush(qcolor(dot))
            q.drawEllipse(QPointF(14, 1 + h / 2), 6, 6)
            text_left = 24.0
        q.setFont(font)
        q.setPen(QColor(30, 30, 36))
        q.drawText(QRectF(text_left, 1, w, h), Qt.AlignmentFlag.AlignVCenter, text)
        q.end()
    left = x - w if right_aligned else x
    p.setOpacity(alpha)
    p.drawImage(QPointF(left - 1, y - 1), image)
    p.setOpacity(1.0)


class DemoRenderer:
    """Draws frames of one timeline at one size; caches the floor and the camera."""

    def __init__(
        self,
        tl: Timeline,
        width: int,
        height: int,
        *,
        mirror: bool = False,
        title: str = "",
        view: tuple[float, float] | None = None,
    ) -> None:
        """`view` is (yaw, elevation) in degrees; the default is the oblique camera beyond
        the feet on the person's right."""
        self.timeline = tl
        self.width, self.height = width, height
        self.mirror = mirror
        self.title = title
        lateral = tl.lateral_range()
        angles = {} if view is None else {"yaw_deg": view[0], "elevation_deg": view[1]}
        self.camera = fit_camera(width, height, lateral, mirror=mirror, **angles)
        self.builder = SceneBuilder(self.camera, lateral, tl.body.bones)
        self._floor: QImage | None = None
        self._floor_key: tuple[object, ...] = ()
        self._shadow: QImage | None = None
        self.last_scene: Scene | None = None

    def scene_at(self, t: float) -> tuple[Pose, Scene]:
        pose = self.timeline.pose_at(t)
        scene = self.builder.build(pose, pulse_t=t)
        self.last_scene = scene
        return pose, scene

    def _floor_image(self, dpr: float, scene: Scene) -> QImage:
        key = (dpr, scene.arrow_key)
        if self._floor is None or self._floor_key != key:
            image = QImage(
                int(self.width * dpr),
                int(self.height * dpr),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(dpr)
            image.fill(qcolor(BACKDROP))
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            shapes, labels = floor_shapes(self.camera, self.builder.lateral_range)
            for shape in shapes:
                _draw_shape(p, shape)
            for label in labels:
                _draw_label(p, label)
            for shape in scene.arrow:
                _draw_shape(p, shape)
            for label in scene.floor_labels:
                _draw_label(p, label)
            self._draw_legend(p)
            p.end()
            self._floor, self._floor_key = image, key
        return self._floor

    def _draw_legend(self, p: QPainter) -> None:
        font = qfont(11.0)
        p.setFont(font)
        metrics = QFontMetricsF(font)
        x, y = 12.0, self.height - 14.0
        for color, text in LEGEND:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(qcolor(color))
            p.drawRoundedRect(QRectF(x, y - 9, 14, 10), 3, 3)
            p.setPen(QColor(70, 70, 80))
            p.drawText(QPointF(x + 18, y), text)
            x += 30 + metrics.horizontalAdvance(text)

    def paint(self, p: QPainter, t: float) -> Scene:
        pose, scene = self.scene_at(t)
        dpr = p.device().devicePixelRatioF() if p.device() else 1.0
        p.drawImage(QPointF(0, 0), self._floor_image(dpr, scene))
        self._draw_shadows(p, scene)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The glow lies under the body, a halo around the leading part that never hides it.
        for glow in scene.glows:
            # Sizes in steps of 6 px, so the few cached halos serve every depth.
            radius = max(6, 6 * round(glow.radius / 6.0))
            p.setOpacity(max(0.0, min(glow.strength, 1.0)))
            p.drawImage(QPointF(glow.x - radius, glow.y - radius), _glow_image(radius, _dpr(p)))
        p.setOpacity(1.0)
        for shape in scene.body:
            _draw_shape(p, shape)
        for glow in scene.glows:
            # A tag right at the leading part, so nobody has to look away to the chip.
            alpha = min(max(2.0 * glow.weight - 1.0, 0.0), 1.0)
            if alpha > 0.0:
                name = glow.part.replace("_", " ")
                y = max(glow.y - glow.radius * 0.9 - 8.0, 14.0)
                _draw_label(p, Label(glow.x, y, name, LEAD_TAG, 13.0, True, alpha, boxed=True))
        self._overlay(p, pose, scene)
        return scene

    def _draw_shadows(self, p: QPainter, scene: Scene) -> None:
        """Soft shadows: drawn solid at 1/SHADOW_SHRINK size, then scaled up smoothly and faint.

        The bilinear enlargement blurs the edges, which costs far less than a real blur.
        """
        if not scene.shadows:
            return
        k = 1.0 / SHADOW_SHRINK
        xs: list[float] = []
        ys: list[float] = []
        for shape in scene.shadows:
            pad = shape.width / 2.0 + 2.0
            for x, y in shape.points:
                xs += (x - pad, x + pad)
                ys += (y - pad, y + pad)
        left, top = max(min(xs), 0.0), max(min(ys), 0.0)
        right, bottom = min(max(xs), float(self.width)), min(max(ys), float(self.height))
        if right <= left or bottom <= top:
            return
        w, h = int((right - left) * k) + 2, int((bottom - top) * k) + 2
        image = self._shadow
        if image is None or image.width() < w or image.height() < h:
            image = self._shadow = QImage(w + 16, h + 16, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        q = QPainter(image)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        q.scale(k, k)
        q.translate(-left, -top)
        solid = (*SHADOW[:3], 255)
        for shape in scene.shadows:
            _draw_shape(q, Shape(shape.kind, shape.points, stroke=solid, width=shape.width))
        q.end()
        alpha = SHADOW[3] / 255.0
        p.save()
        p.setOpacity(alpha)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawImage(QRectF(left, top, w / k, h / k), image, QRectF(0, 0, w, h))
        p.restore()

    def _overlay(self, p: QPainter, pose: Pose, scene: Scene) -> None:
        if self.title:
            width = QFontMetricsF(qfont(12.0)).horizontalAdvance(self.title)
            _draw_label(p, Label(13.0 + width / 2.0, 13.0, self.title, (90, 90, 100, 255), 12.0))
        y = 26.0
        if scene.lead_labels:
            # Hand-over: the old label fades out before the new one fades in, never overlapping.
            for text, weight in scene.lead_labels:
                alpha = min(max(2.0 * weight - 1.0, 0.0), 1.0)
                if alpha > 0.0:
                    _chip(p, 12.0, y, text, dot=GLOW, alpha=alpha)
        else:
            _chip(p, 12.0, y, "Resting", dot=None, alpha=0.7)
        if scene.direction_text:
            color = LEFT if scene.direction == "left" else RIGHT
            _chip(p, 12.0, y + 34.0, scene.direction_text, dot=color, alpha=1.0, size=13.0)
        status = pose.status.capitalize()
        _chip(
            p,
            self.width - 12.0,
            y,
            status,
            dot=FRONT if pose.status == "face up" else BACK,
            alpha=1.0,
            right_aligned=True,
        )


def draw_message(p: QPainter, width: int, height: int, text: str) -> None:
    p.fillRect(QRectF(0, 0, width, height), qcolor(BACKDROP))
    p.setPen(QColor(90, 90, 100))
    p.setFont(qfont(16.0))
    p.drawText(
        QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
    )


_render_cache: dict[tuple[object, ...], DemoRenderer] = {}


def render_frame(
    image: QImage,
    exercise: Exercise,
    step_id: str,
    t: float,
    *,
    mirror: bool = False,
    part3_leader: Part3Leader = "head",
    duration_s: float | None = None,
    title: str | None = None,
    arms: Arms | None = None,
) -> Scene:
    """Paint the demonstration of a step (or part) at `t` seconds into `image`."""
    key = (
        exercise.id,
        id(exercise),
        step_id,
        mirror,
        part3_leader,
        duration_s,
        arms,
        image.width(),
        image.height(),
        title,
    )
    renderer = _render_cache.get(key)
    if renderer is None:
        tl = timeline(
            exercise, step_id, part3_leader=part3_leader, duration_s=duration_s, arms=arms
        )
        if title is None:
            title = step_title(exercise, step_id)
        if len(_render_cache) > 16:
            _render_cache.clear()
        renderer = _render_cache[key] = DemoRenderer(
            tl, image.width(), image.height(), mirror=mirror, title=title
        )
    painter = QPainter(image)
    try:
        return renderer.paint(painter, t)
    finally:
        painter.end()


def step_title(exercise: Exercise, step_or_part_id: str) -> str:
    for part in exercise.parts:
        if part.id == step_or_part_id and len(part.steps) > 1:
            return f"{exercise.title} · {part.title} · all steps"
        for index, step in enumerate(part.steps, start=1):
            if step.id == step_or_part_id:
                if len(part.steps) == 1:
                    return f"{exercise.title} · {part.title}"
                return f"{exercise.title} · {part.title} · step {index} of {len(part.steps)}"
    return exercise.title
