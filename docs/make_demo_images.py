"""Regenerate the demonstration images in docs/ headless: a strip of Part 1 step 1, the panel,
and contact sheets of every step (8 frames each) from the side and from the feet.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_demo_images.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.choreography import load_exercises  # noqa: E402
from desktop_app.motion import timeline  # noqa: E402
from desktop_app.ui.demo import DemoPanel, DemoRenderer, render_frame  # noqa: E402

DOCS = ROOT / "docs"
FRAME_W, FRAME_H = 560, 350
STRIP_FRACTIONS = (0.0, 0.1, 0.22, 0.36, 0.5, 0.64, 0.8, 1.0)
COLUMNS = 4


def make_strip(exercise_id: str = "middle_back_rolling", step_id: str = "part1.1") -> Path:
    exercise = load_exercises().exercises[exercise_id]
    tl = timeline(exercise, step_id)
    rows = (len(STRIP_FRACTIONS) + COLUMNS - 1) // COLUMNS
    gap = 6
    sheet = QImage(
        COLUMNS * FRAME_W + (COLUMNS - 1) * gap,
        rows * FRAME_H + (rows - 1) * gap,
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    for index, fraction in enumerate(STRIP_FRACTIONS):
        t = fraction * tl.duration_s
        frame = QImage(FRAME_W, FRAME_H, QImage.Format.Format_ARGB32_Premultiplied)
        title = f"{index + 1}/{len(STRIP_FRACTIONS)} · Part 1 step 1 · {t:.1f} s"
        render_frame(frame, exercise, step_id, t, title=title)
        row, col = divmod(index, COLUMNS)
        painter.drawImage(QPointF(col * (FRAME_W + gap), row * (FRAME_H + gap)), frame)
    painter.end()
    out = DOCS / "demo-part1-step1-strip.png"
    sheet.save(str(out))
    return out


# Cameras of the contact sheets: (file suffix, yaw, elevation) in degrees. From the side looks
# across the body from the person's right; from the feet looks up the body, the view that shows
# the arms, the head on the neck and the crossing leg best.
SHEET_VIEWS = (("side", 90.0, 18.0), ("feet", 8.0, 24.0))
SHEET_W, SHEET_H = 420, 260


def make_contact_sheets() -> list[Path]:
    exercise = load_exercises().exercises["middle_back_rolling"]
    rolls = [(step.id, "head") for step in exercise.steps if not step.leader_choices]
    rolls += [("part3", "head"), ("part3", "knee_hip")]
    written = []
    for suffix, yaw, elevation in SHEET_VIEWS:
        rows = len(rolls)
        sheet = QImage(8 * SHEET_W, rows * SHEET_H, QImage.Format.Format_ARGB32_Premultiplied)
        sheet.fill(QColor("white"))
        painter = QPainter(sheet)
        for row, (step_id, leader) in enumerate(rolls):
            tl = timeline(exercise, step_id, part3_leader=leader)
            label = step_id if step_id != "part3" else f"part3 ({leader.replace('_', ' then ')})"
            # The figure and its floor only: the chips, insets and notes of a full frame would
            # leave a sliver of body in a cell this small, and the sheet is for the body.
            renderer = DemoRenderer(
                tl, SHEET_W, SHEET_H, view=(yaw, elevation), insets=False, chrome=False
            )
            for col in range(8):
                t = tl.duration_s * col / 7
                frame = QImage(SHEET_W, SHEET_H, QImage.Format.Format_ARGB32_Premultiplied)
                frame_painter = QPainter(frame)
                renderer.paint(frame_painter, t, insets=False)
                pose = renderer.last_pose
                status = f" · {pose.status}" if pose is not None else ""
                frame_painter.setPen(QColor(60, 60, 70))
                frame_painter.drawText(QPointF(8.0, 16.0), f"{label} · {t:.1f} s{status}")
                frame_painter.end()
                painter.drawImage(QPointF(col * SHEET_W, row * SHEET_H), frame)
        painter.end()
        out = DOCS / f"demo-contact-sheet-{suffix}.png"
        sheet.save(str(out))
        written.append(out)
    return written


def make_panel(app: QApplication) -> Path:
    panel = DemoPanel()
    panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    panel.resize(1100, 700)
    panel.show()
    app.processEvents()
    panel.set_exercises(load_exercises())
    panel.select_step("middle_back_rolling", "part1.1")
    panel.preparer.wait()
    app.processEvents()
    tl = panel.timeline()
    assert tl is not None
    panel.advance(0.42 * tl.duration_s)
    app.processEvents()
    out = DOCS / "demo-panel.png"
    panel.grab().save(str(out))
    panel.close()
    return out


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    for path in (make_strip(), make_panel(app), *make_contact_sheets()):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
