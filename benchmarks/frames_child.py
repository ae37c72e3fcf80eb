"""Time to render the full demonstration frame into a QImage, over every step, at 1280x800 and
at 2560x1600 (a HiDPI laptop). The motions are already computed (see precompute_child.py)."""

from __future__ import annotations

import json
import statistics
import sys
import time

from PySide6.QtGui import QGuiApplication, QImage

from desktop_app.choreography import load_exercises
from desktop_app.ui.demo.renderer import render_frame

SAMPLES_PER_STEP = 40


def frame_times(width: int, height: int) -> list[float]:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
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
    return sorted(times)


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need an application)
    out = {}
    for width, height, suffix in ((1280, 800, ""), (2560, 1600, "_2560")):
        times = frame_times(width, height)
        out[f"frame{suffix}_ms_median"] = statistics.median(times)
        out[f"frame{suffix}_ms_p95"] = times[int(len(times) * 0.95)]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
