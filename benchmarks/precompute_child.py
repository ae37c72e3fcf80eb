"""Time to simulate each step's motion once (the body model with MuJoCo), into a fresh cache.

The window does this on a worker thread the first time a step is shown and keeps the result
on disk, so it never delays a frame or the first paint; this says how long that first wait is.
"""

from __future__ import annotations

import json
import statistics
import time

from desktop_app.choreography import load_exercises
from desktop_app.motion import timeline


def main() -> None:
    seconds: list[float] = []
    exercise = load_exercises().exercises["middle_back_rolling"]
    rolls = [(step.id, "head") for step in exercise.steps if not step.leader_choices]
    rolls += [("part3", "head"), ("part3", "knee_hip")]
    part3: list[float] = []
    for step_id, leader in rolls:
        start = time.perf_counter()
        timeline(exercise, step_id, part3_leader=leader)
        elapsed = time.perf_counter() - start
        (part3 if step_id == "part3" else seconds).append(elapsed)
    print(
        json.dumps(
            {
                "precompute_step_s_median": statistics.median(seconds),
                "precompute_step_s_max": max(seconds),
                "precompute_part3_s_max": max(part3),
            }
        )
    )


if __name__ == "__main__":
    main()
