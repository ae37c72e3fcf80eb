"""Regenerate docs/practice-*.png headless: the practice timer beside the demonstration.

    .venv/bin/python docs/make_practice_images.py

Time is driven by a hand-moved clock, so every run draws the same moments.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget  # noqa: E402

from desktop_app.choreography import load_exercises  # noqa: E402
from desktop_app.ui.demo import DemoPanel  # noqa: E402
from desktop_app.ui.practice import PracticePanel, PracticeSettingsStore  # noqa: E402

DOCS = ROOT / "docs"
SIZE = (1400, 860)


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def example_counts(since: datetime, until: datetime) -> int:
    """The issue's example: one session so far today, nine this week."""
    return 1 if until - since <= timedelta(hours=25) else 9


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    result = load_exercises()
    exercise = result.exercises["middle_back_rolling"]
    settings_file = DOCS / ".practice-images.ini"
    settings_file.unlink(missing_ok=True)
    store = PracticeSettingsStore(QSettings(str(settings_file), QSettings.Format.IniFormat))

    window = QWidget()
    window.setWindowTitle("Rolling Journal: practice")
    layout = QHBoxLayout(window)
    demo = DemoPanel()
    demo.set_exercises(result)
    clock = Clock()
    panel = PracticePanel(
        demo, example_counts, exercise, store=store, clock=clock,
        now=lambda: datetime(2026, 11, 25, 7, 45, tzinfo=UTC), sound=None,
    )
    panel.setFixedWidth(520)
    layout.addWidget(demo, 1)
    layout.addWidget(panel)
    window.resize(*SIZE)
    window.show()

    def at(seconds: float, demo_into: float) -> None:
        clock.t = seconds
        panel.tick()
        demo.advance(demo_into - demo.position())  # the figure at the same moment
        panel._set_flash(False)  # a still shows the steady look, not the cue flash
        app.processEvents()

    def save(name: str) -> None:
        app.processEvents()
        path = DOCS / name
        window.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")

    panel.start()
    at(10.0 + 3.6, 3.6)  # Part 1, roll 1: the right knee has crossed, the hip is leading
    save("practice-guided.png")
    at(10.0 + 8.5 + 8.0 + 8.5 + 8.0 + 10.0 + 8.0 + 2.0, 2.0)  # Part 2, roll 2
    save("practice-guided-part2.png")
    panel.hurt_stop()
    save("practice-hurt.png")
    window.close()
    settings_file.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
