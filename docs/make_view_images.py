"""Regenerate the images of issue 12 in docs/ headless: every camera preset, the twist gauge and
the wave strip, reduced motion's stills, the first start's welcome, the window at 1024x600, the
dark palette (practice and charts), and the animated WebP of Part 1 shown in the README.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_view_images.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ROLLING_JOURNAL_WARM_UP", "0")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.choreography import load_exercises  # noqa: E402
from desktop_app.motion import timeline  # noqa: E402
from desktop_app.motion.reading import reading_for  # noqa: E402
from desktop_app.ui.demo import DemoRenderer  # noqa: E402
from desktop_app.ui.demo.animation import render_image, write_animation  # noqa: E402
from desktop_app.ui.demo.renderer import step_title  # noqa: E402

DOCS = ROOT / "docs"
EXERCISE = "middle_back_rolling"
# (preset, step, fraction of the step, what it shows)
CAMERAS = (
    ("auto", "part1.2", 0.32, "Auto: Part 1 step 2 from the side the face turns to"),
    ("side", "part1.1", 0.3, "Side: the right knee crossing over"),
    ("feet", "part2.1", 0.5, "From the feet: shoulders and pelvis end-on, the twist"),
    ("above", "part1.3", 0.45, "From above: the left hip leading"),
    ("leader", "part1.1", 0.2, "Close-up on the leader: the right knee"),
)


def _exercise():
    return load_exercises().exercises[EXERCISE]


def _frame(preset: str, step: str, fraction: float, size: tuple[int, int] = (1280, 800)) -> QImage:
    exercise = _exercise()
    tl = timeline(exercise, step)
    renderer = DemoRenderer(tl, *size, title=step_title(exercise, step), camera=preset)
    return render_image(renderer, fraction * tl.duration_s)


def make_cameras() -> list[Path]:
    written = []
    for preset, step, fraction, _words in CAMERAS:
        out = DOCS / f"camera-{preset}.png"
        _frame(preset, step, fraction).save(str(out))
        written.append(out)
    # Part 3 followed across the floor: three moments side by side.
    exercise = _exercise()
    tl = timeline(exercise, "part3")
    renderer = DemoRenderer(tl, 640, 400, title=step_title(exercise, "part3"), camera="auto")
    sheet = QImage(3 * 640 + 12, 400, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    for col, fraction in enumerate((0.08, 0.3, 0.46)):
        painter.drawImage(QPointF(col * 646, 0), render_image(renderer, fraction * tl.duration_s))
    painter.end()
    out = DOCS / "camera-part3-follows.png"
    sheet.save(str(out))
    written.append(out)
    return written


def make_gauge_and_strip() -> Path:
    """The twist gauge and the wave strip at four moments of Part 2 step 1 (head leading)."""
    exercise = _exercise()
    tl = timeline(exercise, "part2.1")
    roll = reading_for(tl).rolls[0]
    moments = (
        ("the head starts", roll.starts["head"] + 0.3),
        ("the wave reaches the chest", roll.starts["mid_back"] + 0.1),
        (f"the twist at its peak ({abs(roll.twist_peak_deg):.0f}°)", roll.twist_peak_t),
        ("the end: back to 0°", tl.duration_s),
    )
    renderer = DemoRenderer(tl, 800, 500, title=step_title(exercise, "part2.1"), camera="feet")
    layout = renderer.layout
    crop = QRectF(0, layout.strip.top() - 70, 800, 500 - layout.strip.top() + 70).toRect()
    label_h = 26
    height = len(moments) * (crop.height() + label_h)
    sheet = QImage(crop.width(), height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    font = QFont()
    font.setPixelSize(15)
    font.setBold(True)
    painter.setFont(font)
    for row, (words, t) in enumerate(moments):
        y = row * (crop.height() + label_h)
        painter.setPen(QColor(40, 40, 48))
        painter.drawText(QRectF(10, y, crop.width(), label_h), Qt.AlignmentFlag.AlignVCenter,
                         f"{t:.1f} s: {words}")
        painter.drawImage(QPointF(0, y + label_h), render_image(renderer, t).copy(crop))
    painter.end()
    out = DOCS / "twist-gauge-and-wave-strip.png"
    sheet.save(str(out))
    return out


def _window(app: QApplication, data_dir: Path, size: tuple[int, int]):
    from desktop_app.app import create_window

    window = create_window(data_dir)
    window.resize(*size)
    window.show()
    for _ in range(10):
        app.processEvents()
    window.demo.preparer.wait()
    for _ in range(20):
        app.processEvents()
    return window


def _save(window, name: str, app: QApplication) -> Path:
    for _ in range(10):
        app.processEvents()
    out = DOCS / name
    window.grab().save(str(out))
    return out


def make_windows(app: QApplication, folder: Path) -> list[Path]:
    written = []
    window = _window(app, folder / "welcome", (1280, 820))
    written.append(_save(window, "welcome.png", app))
    window.practice_page.close_welcome()
    window.demo.set_reduced_motion(True)
    written.append(_save(window, "reduced-motion.png", app))
    window.demo.set_reduced_motion(False)
    window.close()

    small = _window(app, folder / "small", (1024, 600))
    written.append(_save(small, "window-1024x600-welcome.png", app))
    small.practice_page.close_welcome()
    small.demo.advance(3.0)
    written.append(_save(small, "window-1024x600.png", app))
    small.close()
    big = _window(app, folder / "big", (1920, 1080))
    big.practice_page.close_welcome()
    big.demo.advance(3.0)
    written.append(_save(big, "window-1920x1080.png", app))
    big.close()
    return written


def make_dark(app: QApplication, folder: Path) -> list[Path]:
    from desktop_app.journal.repository import Journal
    from tools.palettes import dark_palette
    from tools.sample_journal import generate_journal

    data_dir = folder / "dark"
    zone = datetime.now().astimezone().tzinfo
    journal = Journal.open(data_dir)
    journal.import_entries(generate_journal(90, seed=12, end=date.today(), tz=zone))
    journal.close()
    before = app.palette()
    app.setPalette(dark_palette())
    try:
        window = _window(app, data_dir, (1280, 820))
        window.practice_page.close_welcome()
        window.demo.advance(3.0)
        written = [_save(window, "dark-palette.png", app)]
        window.tabs.setCurrentWidget(window.charts_page)
        window.ensure_charts()
        written.append(_save(window, "dark-palette-charts.png", app))
        window.close()
    finally:
        app.setPalette(before)
    return written


def make_video() -> Path:
    """Part 1, all four rolls, as the README's animation (small and light enough to load)."""
    exercise = _exercise()
    tl = timeline(exercise, "part1")
    renderer = DemoRenderer(tl, 480, 300, title=step_title(exercise, "part1"), camera="auto")
    out = DOCS / "demo-part1.webp"
    write_animation(out, renderer, fps=12, quality=55)
    return out


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("XDG_CONFIG_HOME", str(folder / "config"))
        paths = [
            *make_cameras(),
            make_gauge_and_strip(),
            *make_windows(app, folder),
            *make_dark(app, folder),
            make_video(),
        ]
    for path in paths:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
