"""The demonstration's first frame, kept as a picture so the window can show it at once.

A step's motion is simulated (or read back from the cache) after the first paint; until then the
Watch & practise tab shows the picture of the frame it opened on last time, if it would open on
the same one (same exercise, camera and reduced motion). Qt only: nothing heavy on the way to
the first paint.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app import __version__
from desktop_app.paths import APP_NAME

CACHE_ENV = "ROLLING_JOURNAL_CACHE"
POSTER_FILE = "first-frame.png"
POSTER_KEY_FILE = "first-frame.json"
BACKDROP = QColor(236, 240, 244)


def poster_dir() -> Path:
    """Beside the simulated motions (the same folder the motion cache uses)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "motion"


def poster_key(exercise_id: str, target: str, camera: str, reduced: bool) -> dict[str, object]:
    return {
        "app": __version__,
        "exercise": exercise_id,
        "target": target,
        "camera": camera,
        "reduced": reduced,
    }


def load_poster(key: dict[str, object], folder: Path | None = None) -> QImage | None:
    """The saved first frame if it was saved for this key, else None (never an error)."""
    folder = folder or poster_dir()
    try:
        saved = json.loads((folder / POSTER_KEY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if saved != key:
        return None
    image = QImage(str(folder / POSTER_FILE))
    return None if image.isNull() else image


def save_poster(image: QImage, key: dict[str, object], folder: Path | None = None) -> bool:
    """Keep the first frame for the next start; False if it could not be written."""
    folder = folder or poster_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".partial-{POSTER_FILE}"  # a .png: the format follows the name
        if not image.save(str(tmp)):
            return False
        tmp.replace(folder / POSTER_FILE)
        (folder / POSTER_KEY_FILE).write_text(json.dumps(key), encoding="utf-8")
    except OSError:
        return False
    return True


def paint_poster(p: QPainter, width: int, height: int, image: QImage) -> None:
    """The picture scaled to fill the area (cropped to keep its shape), on the backdrop."""
    p.fillRect(QRectF(0, 0, width, height), BACKDROP)
    size = image.size() / max(image.devicePixelRatio(), 1.0)
    scale = max(width / max(size.width(), 1), height / max(size.height(), 1))
    w, h = size.width() * scale, size.height() * scale
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.drawImage(QRectF((width - w) / 2, (height - h) / 2, w, h), image)


class PosterView(QWidget):
    """Stands in for the demonstration until it is built: the saved first frame, or a word
    that it is on its way."""

    def __init__(self, image: QImage | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPoster")
        self.setAccessibleName(self.tr("Demonstration of the roll"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 220)
        self.image = image
        self.painted_frame = False

    def sizeHint(self) -> QSize:
        return QSize(820, 560)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            if self.image is not None:
                paint_poster(p, self.width(), self.height(), self.image)
                self.painted_frame = True
            else:
                p.fillRect(self.rect(), BACKDROP)
                p.setPen(QColor(90, 90, 100))
                p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                           self.tr("Preparing the demonstration…"))
        finally:
            p.end()
