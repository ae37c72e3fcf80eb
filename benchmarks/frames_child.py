"""Time to render the full demonstration frame at 1280x800 into a QImage, over every step."""

from __future__ import annotations

import json
import statistics
import time

from PySide6.QtGui import QGuiApplication, QImage

from desktop_app.choreography import load_exercises
from desktop_app.ui.demo.renderer import render_frame

SAMPLES_PER_STEP = 40


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 (fonts need an application)
    image = QImage(1280, 800, QImage.Format.Format_ARGB32_Premultiplied)
    times: list[float] = []
    for exercise in load_exercises().exercises.values():
        for step in exercise.steps:
            render_frame(image, exercise, step.id, 0.0)  # builds the cached timeline
            duration = step.duration_s
            for i in range(SAMPLES_PER_STEP):
                t = duration * i / (SAMPLES_PER_STEP - 1)
                start = time.perf_counter()
                render_frame(image, exercise, step.id, t)
                times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(json.dumps({
        "frame_ms_median": statistics.median(times),
        "frame_ms_p95": times[int(len(times) * 0.95)],
    }))


if __name__ == "__main__":
    main()
