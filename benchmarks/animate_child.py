"""`rolling-journal animate` of Part 1 to WebP at 640x400, 30 fps: seconds of work per second of
video (the motions already computed)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "part1.webp"
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop_app", "animate", "--step", "part1",
             "--size", "640x400", "--fps", "30", "--out", str(out)],
            check=True, capture_output=True,
        )
        elapsed = time.perf_counter() - start
        size = out.stat().st_size
    from desktop_app.choreography import load_exercises
    from desktop_app.motion import timeline

    video_s = timeline(load_exercises().exercises["middle_back_rolling"], "part1").duration_s
    print(json.dumps({
        "animate_part1_webp_s": elapsed,
        "animate_s_per_video_s": elapsed / video_s,
        "animate_part1_webp_mb": size / 1e6,
    }))


if __name__ == "__main__":
    main()
