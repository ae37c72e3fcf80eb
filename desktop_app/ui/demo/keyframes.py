"""Reduced motion: each step as still key frames with a line of text each, to read and print.

The frames are the demonstration's own (the same renderer, camera and timeline); the moments
come from the timeline's reading: the start, the lead begins, the hand-over (or, for a head
lead, the body on its side), the twist at its peak, the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.motion.reading import KeyFrame, reading_for
from desktop_app.ui.demo.renderer import DemoRenderer

if TYPE_CHECKING:
    from desktop_app.motion import Pose, Timeline
    from desktop_app.motion.views import CameraPreset

CARD_MIN_W = 280
PRINT_DPI = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyFrames", text)


translate = QCoreApplication.translate


# The body's words the stills' lines fill in (motion's orientation words, the leads),
# marked for `make translations`; _tr translates them where they are used.
_WORDS = (
    QT_TRANSLATE_NOOP("KeyFrames", "face up"),
    QT_TRANSLATE_NOOP("KeyFrames", "on left side"),
    QT_TRANSLATE_NOOP("KeyFrames", "face down"),
    QT_TRANSLATE_NOOP("KeyFrames", "on right side"),
    QT_TRANSLATE_NOOP("KeyFrames", "head"),
    QT_TRANSLATE_NOOP("KeyFrames", "right knee"),
    QT_TRANSLATE_NOOP("KeyFrames", "right hip"),
    QT_TRANSLATE_NOOP("KeyFrames", "left knee"),
    QT_TRANSLATE_NOOP("KeyFrames", "left hip"),
)


def _part(name: str) -> str:
    return _tr(name.replace("_", " "))


def keyframe_text(frame: KeyFrame, pose: Pose) -> str:
    """One line for a still: what to see in it."""
    roll = frame.roll
    leader = roll.leaders[0] if roll.leaders else "head"
    way = (
        translate("KeyFrames", "left")
        if roll.direction == "left"
        else translate("KeyFrames", "right")
    )
    status = _tr(pose.status)
    if frame.kind == "start":
        return translate("KeyFrames", "Start: lying {status}, about to roll to the {way}.").format(
            status=status, way=way
        )
    if frame.kind == "lead":
        if leader.endswith("knee"):
            side = leader.split("_")[0]
            other = (
                translate("KeyFrames", "right")
                if side == "left"
                else translate("KeyFrames", "left")
            )
            return translate(
                "KeyFrames",
                "The {knee} leads: it lifts and crosses over the {other} leg before anything "
                "else moves.",
            ).format(knee=_part(leader), other=other)
        if leader == "head":
            return translate(
                "KeyFrames",
                "The head leads: the eyes and head turn first; the shoulders have not started.",
            )
        return translate("KeyFrames", "The {part} leads: it turns first; the rest follows.").format(
            part=_part(leader)
        )
    if frame.kind == "handover":
        after = roll.leaders[1] if len(roll.leaders) > 1 else leader
        return translate(
            "KeyFrames", "Hand-over: the {after} takes over the lead from the {before}."
        ).format(after=_part(after), before=_part(leader))
    if frame.kind == "side":
        return translate(
            "KeyFrames",
            "On the side: the turn has travelled down from the head to the pelvis and legs.",
        )
    if frame.kind == "twist":
        return translate(
            "KeyFrames", "The twist at its peak: {degrees}° between the shoulders and the pelvis."
        ).format(degrees=round(abs(pose.twist_deg)))
    return translate("KeyFrames", "End: {status}, the twist back to {degrees}°.").format(
        status=status, degrees=round(abs(pose.twist_deg))
    )


class KeyFrameSet:
    """The stills of a timeline: moments, their lines of text, and images at any size."""

    def __init__(
        self,
        tl: Timeline,
        title: str,
        *,
        camera: CameraPreset = "auto",
        mirror: bool = False,
        step_titles: dict[str, str] | None = None,
    ) -> None:
        self.timeline = tl
        self.title = title
        self.camera: CameraPreset = camera
        self.mirror = mirror
        self.reading = reading_for(tl)
        self.frames = self.reading.keyframes()
        self.step_titles = step_titles or {}
        self.texts = [keyframe_text(frame, tl.pose_at(frame.t)) for frame in self.frames]
        self._renderers: dict[tuple[int, int, bool], DemoRenderer] = {}

    def image(self, index: int, width: int, height: int, *, insets: bool = False) -> QImage:
        key = (width, height, insets)
        renderer = self._renderers.get(key)
        if renderer is None:
            renderer = self._renderers[key] = DemoRenderer(
                self.timeline,
                width,
                height,
                mirror=self.mirror,
                camera=self.camera,
                insets=insets,
                reading=self.reading,
                chrome=False,
            )
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            renderer.paint(painter, self.frames[index].t, insets=insets)
        finally:
            painter.end()
        return image

    def heading(self, index: int) -> str:
        """The step's name above its first still (a whole part has several steps)."""
        frame = self.frames[index]
        first = index == 0 or self.frames[index - 1].roll.step_id != frame.roll.step_id
        return self.step_titles.get(frame.roll.step_id, "") if first else ""

    def write_pages(self, device: QPagedPaintDevice) -> int:
        """Paint every still with its text onto a printer or PDF writer; returns the pages."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(translate("KeyFrames", "The printer or file could not be opened."))
        try:
            return self._paint_pages(painter, device)
        finally:
            painter.end()

    def _paint_pages(self, painter: QPainter, device: QPagedPaintDevice) -> int:
        page = QRectF(0, 0, device.width(), device.height())
        dpi = device.logicalDpiY() or 96
        mm = dpi / 25.4
        title_font = QFont()
        title_font.setPointSizeF(15)
        title_font.setBold(True)
        text_font = QFont()
        text_font.setPointSizeF(11)
        heading_font = QFont(text_font)
        heading_font.setBold(True)
        image_w = page.width() * 0.52
        image_h = image_w * 0.62
        row_h = image_h + 6 * mm
        y = page.top()
        pages = 1
        painter.setFont(title_font)
        painter.drawText(
            QRectF(page.left(), y, page.width(), 12 * mm),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        y += 14 * mm
        pixels = (round(image_w / dpi * PRINT_DPI), round(image_h / dpi * PRINT_DPI))
        for index, text in enumerate(self.texts):
            heading = self.heading(index)
            need = row_h + (9 * mm if heading else 0)
            if y + need > page.bottom():
                device.newPage()
                pages += 1
                y = page.top()
            if heading:
                painter.setFont(heading_font)
                painter.drawText(
                    QRectF(page.left(), y, page.width(), 8 * mm),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    heading,
                )
                y += 9 * mm
            image = self.image(index, *pixels, insets=True)
            painter.drawImage(QRectF(page.left(), y, image_w, image_h), image)
            painter.setFont(text_font)
            number = f"{index + 1}. "
            painter.drawText(
                QRectF(page.left() + image_w + 5 * mm, y, page.width() - image_w - 5 * mm, image_h),
                int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter),
                number + text,
            )
            y += row_h
        return pages

    def save_pdf(self, path: Path) -> int:
        """Write the stills to a PDF, whole or not at all; returns the number of pages."""
        target = Path(path)
        tmp = target.with_name(f".{target.name}.tmp")
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PRINT_DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.title)
        try:
            pages = self.write_pages(writer)
            del writer  # closes the file
            tmp.replace(target)
        except OSError:
            tmp.unlink(missing_ok=True)
            raise
        return pages


class _Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFrameCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 8)
        self.heading = QLabel()
        self.heading.setObjectName("keyFrameHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setObjectName("keyFrameImage")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("keyFrameText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.text.setFont(font)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.heading)
        layout.addWidget(self.picture)
        layout.addWidget(self.text)
        layout.addStretch(1)


class KeyFramesView(QWidget):
    """The still frames of the shown step (or part), in a grid that fits the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFrames")
        self.setAccessibleName(self.tr("Still key frames of the roll"))
        self._set: KeyFrameSet | None = None
        self._columns = 0
        self._card_width = 0
        self.cards: list[_Card] = []
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(80)
        self._relayout.timeout.connect(self._fill)

        self.heading = QLabel(self.tr("Reduced motion: the roll as still frames"))
        self.heading.setObjectName("keyFramesTitle")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printKeyFrames")
        self.print_button.setAccessibleName(self.tr("Print the still frames"))
        self.print_button.clicked.connect(self.print_frames)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("saveKeyFramesPdf")
        self.pdf_button.setAccessibleName(self.tr("Save the still frames as a PDF"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.pdf_button)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("keyFramesScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.scroll_area.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)

    def set_frames(self, frames: KeyFrameSet | None) -> None:
        self._set = frames
        self._columns = 0
        self.print_button.setEnabled(frames is not None)
        self.pdf_button.setEnabled(frames is not None)
        self._fill()

    def frame_set(self) -> KeyFrameSet | None:
        return self._set

    def texts(self) -> list[str]:
        return [] if self._set is None else list(self._set.texts)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    def _fill(self) -> None:
        frames = self._set
        # Leave room for the vertical scroll bar, which appears once the cards are in.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(self.scroll_area.width() - bar - 6, CARD_MIN_W)
        columns = max(1, min(5, width // CARD_MIN_W))
        card_w = (width - (columns - 1) * self.grid.spacing()) // columns
        if frames is None:
            self._clear()
            return
        if columns == self._columns and abs(card_w - self._card_width) < 24 and self.cards:
            return
        self._clear()
        self._columns, self._card_width = columns, card_w
        image_w = max(card_w - 14, 120)
        image_h = round(image_w * 0.62)
        for index, text in enumerate(frames.texts):
            card = _Card()
            heading = frames.heading(index)
            card.heading.setText(heading)
            card.heading.setVisible(bool(heading))
            card.picture.setPixmap(QPixmap.fromImage(frames.image(index, image_w, image_h)))
            card.text.setText(f"{index + 1}. {text}")
            card.setAccessibleName(text)
            row, column = divmod(index, columns)
            self.grid.addWidget(card, row, column, Qt.AlignmentFlag.AlignTop)
            self.cards.append(card)

    def _clear(self) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []

    def print_frames(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._set is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printKeyFramesDialog")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            self._set.write_pages(printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))

    def save_pdf(self, path: Path | None = None) -> Path | None:
        if self._set is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the still frames"),
                str(Path.home() / "rolling-still-frames.pdf"),
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
        try:
            self._set.save_pdf(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("Could not write {path}: {reason}").format(path=path, reason=exc),
            )
            return None
        return path
