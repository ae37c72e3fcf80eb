"""Paints a motion Scene with QPainter; every position and colour comes from desktop_app.motion."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
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
    Camera,
    Part3Leader,
    Pose,
    Scene,
    SceneBuilder,
    Shape,
    Timeline,
    floor_shapes,
    timeline,
)
from desktop_app.motion.reading import Reading, reading_for
from desktop_app.motion.scene import (
    BACK,
    BACKDROP,
    FRONT,
    GLOW,
    LEFT,
    RGBA,
    RIGHT,
    SHADOW,
    Glow,
    Label,
)
from desktop_app.motion.views import CameraPreset, Margins, ViewAdjust, arrow_y, plan_camera
from desktop_app.ui.demo.canvas_words import canvas_words
from desktop_app.ui.demo.insets import (
    LEGEND_ROW_H,
    inset_layout,
    paint_legend,
    paint_twist_gauge,
    paint_wave_strip,
)

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise
    from desktop_app.motion import Arms

_colors: dict[RGBA, QColor] = {}
_fonts: dict[tuple[float, bool], QFont] = {}

LEAD_TAG: RGBA = (150, 90, 0, 255)
NOTE_FILL: RGBA = (255, 248, 225, 240)
NOTE_EDGE: RGBA = (214, 170, 60, 255)
NOTE_INK: RGBA = (70, 52, 10, 255)
SHADOW_SHRINK = 6.0



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


_pens: dict[tuple[RGBA, float, bool, float], QPen] = {}


def _line_pen(rgba: RGBA, width: float, dashed: bool, scale: float = 1.0) -> QPen:
    """Round-capped pens, cached by width in quarter pixels (limbs keep their widths), drawn
    `scale` times as wide (the shadows, drawn small and enlarged)."""
    key = (rgba, round(width * 4.0) / 4.0, dashed, scale)
    pen = _pens.get(key)
    if pen is None:
        # A step's bones and their shadows come in a few thousand quarter-pixel widths;
        # emptying the cache more often than that makes pens again frame after frame.
        if len(_pens) > 6144:
            _pens.clear()
        pen = QPen(qcolor(rgba), key[1] * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        _pens[key] = pen
    return pen


def _draw_shape(p: QPainter, shape: Shape) -> None:
    kind = shape.kind
    if kind == "capsule":
        # Most of a figure: one round-capped stroke each (no fill, so the brush is left).
        if shape.fill:
            (x0, y0), (x1, y1) = shape.points
            p.setPen(_line_pen(shape.fill, 2.0 * shape.radius, False))
            p.drawLine(QLineF(x0, y0, x1, y1))
    elif kind == "poly":
        stroke = shape.stroke
        p.setPen(QPen(qcolor(stroke), shape.width) if stroke and shape.width else Qt.PenStyle.NoPen)
        p.setBrush(qcolor(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
        # The scene's polygons are simple (the torso's hulls, the rug, the arrow), so odd-even
        # fills the same pixels as winding, and Qt's antialiased odd-even fill is much cheaper.
        p.drawPolygon(_poly(shape.points), Qt.FillRule.OddEvenFill)
    elif kind == "line" and shape.stroke:
        p.setPen(_line_pen(shape.stroke, shape.width, shape.dashed))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if len(shape.points) == 2:
            (x0, y0), (x1, y1) = shape.points
            p.drawLine(QLineF(x0, y0, x1, y1))
        else:
            p.drawPolyline(_poly(shape.points))
    elif kind == "disc":
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


_OPAQUE_FORMATS = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)


def _opaque_format(p: QPainter) -> QImage.Format:
    """The format an opaque image copies into the painter's pixels fastest in: the pixels' own
    (a window's backing store, or the image being rendered) when it is one of the two that hold
    an opaque picture the same; a copy between them is a conversion of every pixel."""
    engine = p.paintEngine()
    device = engine.paintDevice() if engine is not None else None
    if isinstance(device, QImage) and device.format() in _OPAQUE_FORMATS:
        return device.format()
    return QImage.Format.Format_RGB32


def _dpr(p: QPainter) -> float:
    device = p.device()
    return device.devicePixelRatioF() if device is not None else 1.0


_text_sizes: dict[tuple[str, float, bool], tuple[float, float]] = {}


def _text_size(text: str, size: float, bold: bool) -> tuple[float, float]:
    """(advance, height) of a caption in the renderer's font, measured once: the same few
    captions come back every frame."""
    key = (text, size, bold)
    found = _text_sizes.get(key)
    if found is None:
        if len(_text_sizes) > 512:
            _text_sizes.clear()
        metrics = QFontMetricsF(qfont(size, bold))
        found = _text_sizes[key] = (metrics.horizontalAdvance(text), metrics.height())
    return found


def label_size(label: Label) -> tuple[float, float]:
    """The width and height a label takes on the picture, in the reader's words, with its
    padding (a boxed label's box)."""
    pad_x, pad_y = (7.0, 3.0) if label.boxed else (1.0, 1.0)
    advance, height = _text_size(canvas_words(label.text), label.size, label.bold)
    return advance + 2 * pad_x, height + 2 * pad_y


def label_box(label: Label) -> QRectF:
    """Where a label is drawn: centred on its point."""
    w, h = label_size(label)
    return QRectF(label.x - w / 2.0, label.y - h / 2.0, w, h)


def _draw_label(p: QPainter, label: Label) -> None:
    w, h = label_size(label)
    text = canvas_words(label.text)
    if text != label.text:
        label = replace(label, text=text)
    font = qfont(label.size, label.bold)
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


def _chip_size(text: str, dot: RGBA | None, size: float) -> tuple[float, float]:
    advance, height = _text_size(text, size, True)
    return advance + (26 if dot else 14), height + 10


@dataclass(frozen=True)
class _ChipSpec:
    """One chip at the top of the picture: what it says and where it goes."""

    x: float
    y: float
    text: str
    dot: RGBA | None
    alpha: float
    right_aligned: bool = False
    size: float = 15.0

    def rect(self) -> QRectF:
        w, h = _chip_size(canvas_words(self.text), self.dot, self.size)
        return QRectF(self.x - w if self.right_aligned else self.x, self.y, w, h)


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
    text = canvas_words(text)
    font = qfont(size, True)
    w, h = _chip_size(text, dot, size)
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
    """Draws frames of one timeline at one size, from one camera preset.

    Caches the floor (per camera shot, large enough for a following camera to slide over) and
    the scene builders. The insets (twist gauge, wave strip) are painted by `paint` unless the
    caller paints them itself (the on-screen view has them as widgets, at the same places).
    """

    def __init__(
        self,
        tl: Timeline,
        width: int,
        height: int,
        *,
        mirror: bool = False,
        title: str = "",
        view: tuple[float, float] | None = None,
        camera: CameraPreset = "auto",
        adjust: ViewAdjust | None = None,
        insets: bool = True,
        reading: Reading | None = None,
        chrome: bool = True,
    ) -> None:
        """`view` is a fixed (yaw, elevation) in degrees instead of the preset's direction.
        Without `chrome` the picture is the figure and its floor only (no title, chips,
        legend or labels): small stills whose text says the rest."""
        self.timeline = tl
        self.width, self.height = width, height
        self.mirror = mirror
        self.title = title
        self.preset: CameraPreset = camera
        self.reading = reading if reading is not None else reading_for(tl)
        self.chrome = chrome
        self.layout = inset_layout(width, height, insets=insets)
        self._notes = _step_notes(tl) if chrome else {}
        # Wrapped text is measured once here, not in every frame that shows the note.
        self._note_sizes = {text: self._note_size(text) for text in self._notes.values()}
        note_h = max((size[1] for size in self._note_sizes.values()), default=0.0)
        self.note_height = note_h
        if chrome:
            margins = Margins(
                top=_top_margin(height),
                bottom=self.layout.bottom_margin + (note_h + 8.0 if note_h else 0.0),
                left=16.0,
                right=16.0,
            )
        else:
            bottom = self.layout.bottom_margin - 24.0 if insets else 8.0
            margins = Margins(top=8.0, bottom=bottom, left=8.0, right=8.0)
        self.plan = plan_camera(
            self.reading, width, height, camera, mirror=mirror, margins=margins, adjust=adjust,
            angles=view,
        )
        self.camera = self.plan.shots[0].camera
        self._arrow_y = arrow_y(self.reading)
        # The arrow's label keeps between the chips and a step's note, as the camera keeps the
        # figure.
        notes_top = min((self.note_rect(text).top() for text in self._notes.values()), default=None)
        self._label_band = None if notes_top is None else (margins.top, notes_top)
        self._builders: dict[int, SceneBuilder] = {}
        self._floors: dict[int, tuple[tuple[object, ...], QImage, QPointF]] = {}
        self._shadow: QImage | None = None
        self._prepared: list[tuple[float, Pose, Scene]] = []
        self._scene_bounds: tuple[Scene, QRectF] | None = None
        self._last_bounds: tuple[Scene, QRectF] | None = None
        self.last_scene: Scene | None = None
        self.last_pose: Pose | None = None

    @property
    def builder(self) -> SceneBuilder:
        return self._builder(0)

    def _builder(self, index: int) -> SceneBuilder:
        builder = self._builders.get(index)
        if builder is None:
            camera = self.plan.shots[index].camera
            builder = self._builders[index] = SceneBuilder(
                camera, self.timeline.lateral_range(), self.timeline.body.bones,
                arrow_y=self._arrow_y,
                label_band=self._label_band,
            )
        return builder

    def _shot_index(self, t: float) -> int:
        shots = self.plan.shots
        for index, shot in enumerate(shots):
            if t < shot.t1:
                return index
        return len(shots) - 1

    def camera_at(self, t: float) -> Camera:
        """The camera of the frame at t, pan included (where things are on the picture)."""
        return self.plan.camera_at(t)

    def scene_at(self, t: float) -> tuple[Pose, Scene]:
        # The last two frames are kept: `changed_area` compares a frame with the one before.
        found = next((item for item in self._prepared if item[0] == t), None)
        if found is not None:
            pose, scene = found[1], found[2]
        else:
            pose = self.timeline.pose_at(t)
            scene = self._builder(self._shot_index(t)).build(pose, pulse_t=t)
            self._prepared = [*self._prepared[-1:], (t, pose, scene)]
        self.last_scene, self.last_pose = scene, pose
        return pose, scene

    def _bounds(self, scene: Scene) -> QRectF:
        cached = self._scene_bounds
        if cached is not None and cached[0] is scene:
            return cached[1]
        if self._last_bounds is not None and self._last_bounds[0] is scene:
            return self._last_bounds[1]
        bounds = _scene_bounds(scene)
        self._last_bounds, self._scene_bounds = self._scene_bounds, (scene, bounds)
        return bounds

    def changed_area(self, t: float, before: float | None) -> QRectF | None:
        """The part of the picture that changes from the frame at `before` to the one at `t`
        (None: all of it). A fixed camera's floor stays, so only the body's surroundings and
        any chip whose words changed need painting again."""
        if before is None or self._shot_index(t) != self._shot_index(before):
            return None
        if self.plan.shots[self._shot_index(t)].follows:
            return None  # the floor slides under a following camera
        old_pose, old_scene = self.scene_at(before)
        pose, scene = self.scene_at(t)
        if old_scene.arrow_key != scene.arrow_key or old_pose.step_id != pose.step_id:
            return None  # a new roll: its arrow on the floor, perhaps a note
        area = self._bounds(old_scene).united(self._bounds(scene))
        chips = (scene.lead_labels, pose.status, scene.direction_text)
        if chips != (old_scene.lead_labels, old_pose.status, old_scene.direction_text):
            area = area.united(QRectF(0.0, 0.0, float(self.width), _top_margin(self.height)))
        return area.adjusted(-4.0, -4.0, 4.0, 4.0)

    def _floor_image(
        self,
        index: int,
        dpr: float,
        scene: Scene,
        image_format: QImage.Format = QImage.Format.Format_RGB32,
    ) -> tuple[QImage, QPointF]:
        """The rug, its grid, the start line and the roll's arrow, for one shot; a following
        shot's image is as large as the floor it slides over."""
        key = (dpr, scene.arrow_key, image_format)
        cached = self._floors.get(index)
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        shot = self.plan.shots[index]
        min_dx, max_dx, min_dy, max_dy = shot.pan_range()
        w = self.width + max_dx - min_dx
        h = self.height + max_dy - min_dy
        # Opaque: drawn by a plain copy each frame, no blending. Rounded up and a pixel more:
        # the pan is fractional, and a floor a pixel short left the picture's last row or
        # column unpainted (old pixels in a saved frame).
        image = QImage(math.ceil(w * dpr) + 1, math.ceil(h * dpr) + 1, image_format)
        image.setDevicePixelRatio(dpr)
        image.fill(qcolor(BACKDROP))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(max_dx, max_dy)
        builder = self._builder(index)
        shapes, labels = floor_shapes(builder.camera, builder.lateral_range)
        for shape in shapes:
            _draw_shape(p, shape)
        for label in labels:
            _draw_label(p, label)
        for shape in scene.arrow:
            _draw_shape(p, shape)
        # A following camera slides the floor: a label placed for one frame could leave the
        # picture in the next, and the chip says the same.
        for label in scene.floor_labels if self.chrome and not shot.follows else ():
            _draw_label(p, label)
        p.end()
        origin = QPointF(-max_dx, -max_dy)
        self._floors[index] = (key, image, origin)
        return image, origin

    def _draw_legend(self, p: QPainter) -> None:
        layout = self.layout
        key = ("legend", self.width, self.height, layout.legend_rows)
        dpr = _dpr(p)
        height = LEGEND_ROW_H * len(layout.legend_rows) + 8.0
        top = layout.legend_y - height + 6.0
        image = _sprite(key, self.width, height, dpr)
        if image is None:
            image = _sprites[(*key, dpr)]
            q = QPainter(image)
            q.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            q.translate(0.0, -top)
            paint_legend(q, layout)
            q.end()
        p.drawImage(QPointF(0.0, top), image)

    def _note_size(self, text: str) -> tuple[float, float]:
        font = qfont(13.0)
        width = min(self.width - 24.0, 760.0)
        rect = QFontMetricsF(font).boundingRect(
            QRectF(0, 0, width - 20.0, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return width, rect.height() + 14.0

    def _draw_note(self, p: QPainter, text: str) -> None:
        """A step's note on the picture (Part 2 step 4: why the demonstration rolls left)."""
        rect = self.note_rect(text)
        width, height = rect.width(), rect.height()
        key = ("note", text, width)
        dpr = _dpr(p)
        image = _sprite(key, width, height, dpr)
        if image is None:
            image = _sprites[(*key, dpr)]
            q = QPainter(image)
            q.setRenderHint(QPainter.RenderHint.Antialiasing)
            q.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            q.setPen(QPen(qcolor(NOTE_EDGE), 1.5))
            q.setBrush(qcolor(NOTE_FILL))
            q.drawRoundedRect(QRectF(0.75, 0.75, width - 1.5, height - 1.5), 7, 7)
            q.setFont(qfont(13.0))
            q.setPen(qcolor(NOTE_INK))
            q.drawText(
                QRectF(10, 7, width - 20, height - 14),
                int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            q.end()
        p.drawImage(rect.topLeft(), image)

    def note_rect(self, text: str) -> QRectF:
        """Where a step's note sits on the picture: above the insets and the legend."""
        size = self._note_sizes.get(text)
        width, height = size if size is not None else self._note_size(text)
        return QRectF(12.0, self.height - self.layout.bottom_margin - height - 4.0, width, height)

    def paint(self, p: QPainter, t: float, *, insets: bool = True) -> Scene:
        index = self._shot_index(t)
        shot = self.plan.shots[index]
        pose, scene = self.scene_at(t)
        dpr = p.device().devicePixelRatioF() if p.device() else 1.0
        dx, dy = shot.offset_at(t)
        floor, origin = self._floor_image(index, dpr, scene, _opaque_format(p))
        p.drawImage(QPointF(origin.x() + dx, origin.y() + dy), floor)
        p.save()
        p.translate(dx, dy)
        self._draw_shadows(p, scene, dx, dy)
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
                y = self.lead_tag_y(glow, (dx, dy), pose, scene)
                _draw_label(p, _lead_tag(glow, y, alpha))
        p.restore()
        if self.chrome:
            self._draw_legend(p)
        note = self._notes.get(pose.step_id)
        if note:
            self._draw_note(p, note)
        if self.chrome:
            self._overlay(p, pose, scene)
        if insets:
            self.paint_insets(p, pose, t)
        return scene

    def lead_tag_y(
        self, glow: Glow, offset: tuple[float, float], pose: Pose, scene: Scene
    ) -> float:
        """Where the leading part's tag goes (its centre, in the figure's own coordinates;
        `offset` is the pan): just above the part, or just below it where above it would be
        hidden under a chip at the top of the picture."""
        dx, dy = offset
        above = glow.y - glow.radius * 0.9 - 8.0
        if self.chrome:
            box = label_box(_lead_tag(glow, above)).translated(dx, dy)
            if any(box.intersects(chip.rect()) for chip in self._chips(pose, scene)):
                return glow.y + glow.radius * 0.9 + 8.0
        return max(above, 14.0 - dy)

    def paint_insets(self, p: QPainter, pose: Pose, t: float) -> None:
        paint_twist_gauge(
            p,
            self.layout.gauge,
            pose.rotation_deg["shoulders"],
            pose.rotation_deg["pelvis"],
            mirror=self.mirror,
        )
        paint_wave_strip(p, self.layout.strip, self.reading.wave_at(t))

    def _draw_shadows(self, p: QPainter, scene: Scene, dx: float = 0.0, dy: float = 0.0) -> None:
        """Soft shadows: drawn solid at 1/SHADOW_SHRINK size, then scaled up smoothly and faint.

        The bilinear enlargement blurs the edges, which costs far less than a real blur.
        """
        if not scene.shadows:
            return
        k = 1.0 / SHADOW_SHRINK
        left = top = float("inf")
        right = bottom = float("-inf")
        for shape in scene.shadows:
            pad = shape.width / 2.0 + 2.0
            for x, y in shape.points:
                left, right = min(left, x - pad), max(right, x + pad)
                top, bottom = min(top, y - pad), max(bottom, y + pad)
        left, top = max(left, -dx), max(top, -dy)
        right = min(right, float(self.width) - dx)
        bottom = min(bottom, float(self.height) - dy)
        if right <= left or bottom <= top:
            return
        w, h = int((right - left) * k) + 2, int((bottom - top) * k) + 2
        image = self._shadow
        if image is None or image.width() < w or image.height() < h:
            image = self._shadow = QImage(w + 16, h + 16, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        q = QPainter(image)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Scaled here rather than by the painter: Qt strokes an untransformed line at about
        # half the cost, and these are a score of lines a frame.
        solid = (*SHADOW[:3], 255)
        for shape in scene.shadows:  # lines, drawn solid: the opacity comes once, below
            (x0, y0), (x1, y1) = shape.points
            q.setPen(_line_pen(solid, shape.width, False, k))
            q.drawLine(QLineF((x0 - left) * k, (y0 - top) * k, (x1 - left) * k, (y1 - top) * k))
        q.end()
        alpha = SHADOW[3] / 255.0
        p.save()
        p.setOpacity(alpha)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawImage(QRectF(left, top, w / k, h / k), image, QRectF(0, 0, w, h))
        p.restore()

    def _overlay(self, p: QPainter, pose: Pose, scene: Scene) -> None:
        if self.title:
            width = _text_size(self.title, 12.0, False)[0]
            _draw_label(p, Label(13.0 + width / 2.0, 13.0, self.title, (90, 90, 100, 255), 12.0))
        for chip in self._chips(pose, scene):
            _chip(
                p, chip.x, chip.y, chip.text, dot=chip.dot, alpha=chip.alpha,
                right_aligned=chip.right_aligned, size=chip.size,
            )

    def _chips(self, pose: Pose, scene: Scene) -> list[_ChipSpec]:
        """The chips at the top of the picture: who leads, which way, face up or down."""
        y = 26.0
        chips: list[_ChipSpec] = []
        if scene.lead_labels:
            # Hand-over: the old label fades out before the new one fades in, never overlapping.
            for text, weight in scene.lead_labels:
                alpha = min(max(2.0 * weight - 1.0, 0.0), 1.0)
                if alpha > 0.0:
                    chips.append(_ChipSpec(12.0, y, text, GLOW, alpha))
        else:
            resting = QCoreApplication.translate("DemoRenderer", "Resting")
            chips.append(_ChipSpec(12.0, y, resting, None, 0.7))
        if scene.direction_text:
            color = LEFT if scene.direction == "left" else RIGHT
            chips.append(_ChipSpec(12.0, y + 34.0, scene.direction_text, color, 1.0, size=13.0))
        side = FRONT if pose.status == "face up" else BACK
        status = pose.status.capitalize()
        chips.append(_ChipSpec(self.width - 12.0, y, status, side, 1.0, right_aligned=True))
        return chips


def _lead_tag(glow: Glow, y: float, alpha: float = 1.0) -> Label:
    """The tag at the leading part ("right knee"), centred at `y` (see `lead_tag_y`)."""
    return Label(glow.x, y, glow.part.replace("_", " "), LEAD_TAG, 13.0, True, alpha, boxed=True)


def draw_message(p: QPainter, width: int, height: int, text: str) -> None:
    p.fillRect(QRectF(0, 0, width, height), qcolor(BACKDROP))
    p.setPen(QColor(90, 90, 100))
    p.setFont(qfont(16.0))
    p.drawText(
        QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
    )


_render_cache: dict[tuple[object, ...], DemoRenderer] = {}


def frame_renderer(
    exercise: Exercise,
    step_id: str,
    width: int,
    height: int,
    *,
    mirror: bool = False,
    part3_leader: Part3Leader = "head",
    duration_s: float | None = None,
    title: str | None = None,
    arms: Arms | None = None,
    camera: CameraPreset = "auto",
) -> DemoRenderer:
    """The (cached) renderer `render_frame` draws with: its camera says where things are."""
    key = (
        exercise.id,
        id(exercise),
        step_id,
        mirror,
        part3_leader,
        duration_s,
        arms,
        width,
        height,
        title,
        camera,
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
            tl, width, height, mirror=mirror, title=title, camera=camera
        )
    return renderer


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
    camera: CameraPreset = "auto",
) -> Scene:
    """Paint the demonstration of a step (or part) at `t` seconds into `image`, as the panel
    shows it: the figure, its captions, the step's note, the twist gauge and the wave strip."""
    renderer = frame_renderer(
        exercise,
        step_id,
        image.width(),
        image.height(),
        mirror=mirror,
        part3_leader=part3_leader,
        duration_s=duration_s,
        title=title,
        arms=arms,
        camera=camera,
    )
    painter = QPainter(image)
    try:
        return renderer.paint(painter, t)
    finally:
        painter.end()


def _scene_bounds(scene: Scene) -> QRectF:
    """Everything the body puts on the picture: its shapes, shadows, glow and lead tag."""
    left = top = float("inf")
    right = bottom = float("-inf")
    for shapes in (scene.body, scene.shadows):
        for shape in shapes:
            pad = max(shape.radius, shape.width / 2.0) + 2.0
            points = shape.points
            if not points:
                continue
            if len(points) == 2:  # capsules and lines: most of the figure
                (x0, y0), (x1, y1) = points
                if x0 > x1:
                    x0, x1 = x1, x0
                if y0 > y1:
                    y0, y1 = y1, y0
            else:
                xs = [x for x, _ in points]
                ys = [y for _, y in points]
                x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
            left, right = min(left, x0 - pad), max(right, x1 + pad)
            top, bottom = min(top, y0 - pad), max(bottom, y1 + pad)
    for glow in scene.glows:
        radius = max(6, 6 * round(glow.radius / 6.0)) + 2.0
        # The tag is wider than the glow, and above it (or below it, near the chips).
        left, right = min(left, glow.x - radius - 80.0), max(right, glow.x + radius + 80.0)
        top, bottom = min(top, glow.y - radius - 30.0), max(bottom, glow.y + radius + 30.0)
    if left > right:
        return QRectF()
    return QRectF(left, top, right - left, bottom - top)


def _top_margin(height: int) -> float:
    """Room above the figure for the title and the lead and direction chips."""
    return 84.0 if height >= 300 else 60.0


def _step_notes(tl: Timeline) -> dict[str, str]:
    """The note drawn on the picture, for the steps whose file gives one (`canvas_note`)."""
    return {step.id: step.canvas_note for step in tl.steps if step.canvas_note}


def step_title(exercise: Exercise, step_or_part_id: str) -> str:
    for part in exercise.parts:
        if part.id == step_or_part_id and len(part.steps) > 1:
            return QCoreApplication.translate("DemoRenderer", "{exercise} · {part} · all steps"
                                              ).format(exercise=exercise.title, part=part.title)
        for index, step in enumerate(part.steps, start=1):
            if step.id == step_or_part_id:
                if len(part.steps) == 1:
                    return f"{exercise.title} · {part.title}"
                return QCoreApplication.translate(
                    "DemoRenderer", "{exercise} · {part} · step {index} of {count}").format(
                    exercise=exercise.title, part=part.title, index=index, count=len(part.steps))
    return exercise.title


def step_name(exercise: Exercise, step_id: str) -> str:
    """A step's name for headings: "Part 2, roll 4", or the part's title for a one-step part."""
    for part in exercise.parts:
        for index, step in enumerate(part.steps, start=1):
            if step.id == step_id:
                if len(part.steps) == 1:
                    return part.title
                return QCoreApplication.translate("DemoRenderer", "{part}, roll {number}").format(
                    part=part.title, number=index
                )
    return step_id
