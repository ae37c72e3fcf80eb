"""`make bench`: every benchmark in fresh processes, several repetitions, one run.

Prints a table and writes benchmarks/results.json. Ratios compare against a bare
PySide6 window measured in the same run, so they mean the same on any machine.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REPEATS = int(os.environ.get("BENCH_REPEATS", "7"))
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
# The app as people run it keeps its compiled modules: pip and the bundle ship them, and a
# checkout writes them on the first start. A shell with PYTHONDONTWRITEBYTECODE set would
# otherwise have every start compile the app's 170 modules again (0.25 s of the start here).
ENV.pop("PYTHONDONTWRITEBYTECODE", None)

GOALS: dict[str, tuple[str, float]] = {
    "startup_first_paint_ratio": ("<=", 2.5),
    "startup_first_frame_ratio": ("<=", 2.5),
    "startup_ready_s": ("<=", 0.8),
    "peak_rss_mib": ("<=", 160),
    "frame_ms_median": ("<=", 2.0),
    "frame_ms_p95": ("", 0),
    "frame_2560_ms_median": ("", 0),
    "precompute_step_s_median": ("", 0),
    "charts_refresh_ms_7300": ("<=", 30),
    "charts_refresh_ms_100000": ("<=", 150),
    "save_ms_median": ("<=", 5),
    "play_cpu_percent": ("<=", 20),
    "play_fps": ("", 0),
    "play_ms_per_frame_cpu": ("", 0),
    "play_cpu_percent_at_60fps": ("<=", 20),
    "animate_s_per_video_s": ("", 0),
    "import_1m_ratio": ("<=", 3.0),
    "import_1m_peak_mib": ("<=", 400),
    "import_1m_s": ("", 0),
    "import_1m_plain_s": ("", 0),
    # A journal on a local PostgreSQL server, each against the same figure on SQLite
    # measured in the same run.
    "server_save_ratio": ("<=", 5.0),
    "server_charts_ratio_7300": ("<=", 2.0),
    "server_charts_ratio_100000": ("<=", 2.0),
    "server_save_ms_median": ("", 0),
    "server_sqlite_save_ms_median": ("", 0),
    "server_charts_refresh_ms_7300": ("", 0),
    "server_charts_refresh_ms_100000": ("", 0),
    "server_sqlite_charts_refresh_ms_7300": ("", 0),
    "server_sqlite_charts_refresh_ms_100000": ("", 0),
}
IMPORT_ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "1000000"))


def child(script: str, *args: str) -> dict[str, float]:
    """Run one benchmark script in a fresh process; it prints JSON as its last line."""
    env = {**ENV, "BENCH_SPAWNED": repr(time.time())}
    out = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        check=True, capture_output=True, text=True, env=env,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def seeded_journal(folder: Path, entries: int) -> Path:
    """A journal of `entries` generated sessions (tools/sample_journal.py), made once per run."""
    subprocess.run(
        [sys.executable, str(HERE / "make_journal.py"), str(folder), str(entries)],
        check=True, env=ENV,
    )
    return folder


def bench_startup(results: dict[str, float], work: Path) -> None:
    data_dir = seeded_journal(work / "startup", 1460)
    # The first start takes the daily backup, computes the first step's motion and keeps its
    # first frame: later starts (the ones measured) show that frame at once.
    child("startup_child.py", "prime", str(data_dir))
    bare, app, frame, ready, rss = [], [], [], [], []
    for _ in range(REPEATS):  # interleaved, so machine load hits both alike
        bare.append(child("startup_child.py", "bare")["first_paint_s"])
        run = child("startup_child.py", "app", str(data_dir))
        app.append(run["first_paint_s"])
        frame.append(run["first_frame_s"])
        ready.append(run["ready_s"])
        rss.append(run["peak_rss_mib"])
    results["startup_bare_first_paint_s"] = statistics.median(bare)
    results["startup_app_first_paint_s"] = statistics.median(app)
    results["startup_first_paint_ratio"] = statistics.median(app) / statistics.median(bare)
    # The window with Watch & practise showing its first demonstration frame.
    results["startup_first_frame_s"] = statistics.median(frame)
    results["startup_first_frame_ratio"] = statistics.median(frame) / statistics.median(bare)
    results["startup_ready_s"] = statistics.median(ready)
    results["peak_rss_mib"] = max(rss)


def bench_play(results: dict[str, float], work: Path) -> None:
    data_dir = seeded_journal(work / "play", 100)
    child("startup_child.py", "prime", str(data_dir))
    runs = [child("play_child.py", str(data_dir)) for _ in range(2)]
    for key in runs[0]:
        results[key] = statistics.median(r[key] for r in runs)


def bench_animate(results: dict[str, float], _work: Path) -> None:
    results.update(child("animate_child.py"))


def bench_save(results: dict[str, float], _work: Path) -> None:
    results["save_ms_median"] = statistics.median(
        child("save_child.py")["save_ms_median"] for _ in range(3)
    )


def bench_frames(results: dict[str, float], work: Path) -> None:
    # The first run simulates every step into a fresh cache (timed); the frame runs reuse it.
    shared = ENV["ROLLING_JOURNAL_CACHE"]
    ENV["ROLLING_JOURNAL_CACHE"] = str(work / "motion-fresh")
    try:
        results.update(child("precompute_child.py"))
        runs = [child("frames_child.py") for _ in range(3)]
    finally:
        ENV["ROLLING_JOURNAL_CACHE"] = shared
    for key in runs[0]:
        results[key] = statistics.median(r[key] for r in runs)


def bench_charts(results: dict[str, float], work: Path) -> None:
    for size in (7300, 100_000):
        data_dir = seeded_journal(work / f"charts{size}", size)
        runs = [child("charts_child.py", str(data_dir)) for _ in range(3)]
        results[f"charts_refresh_ms_{size}"] = statistics.median(
            r["charts_refresh_ms"] for r in runs
        )


def bench_import(results: dict[str, float], work: Path) -> None:
    """A million-row CSV export imported into a new journal, against csv.reader and
    sqlite3.executemany of the same file into a plain table (interleaved, fresh
    processes, three of each)."""
    source = work / "import-1m.csv"
    child("import_child.py", "make", str(source), str(IMPORT_ROWS))
    plain, ours, peaks = [], [], []
    for _ in range(3):
        plain.append(child("import_child.py", "baseline", str(source))["seconds"])
        run = child("import_child.py", "journal", str(source))
        if run["added"] != IMPORT_ROWS:
            raise SystemExit(f"the import added {run['added']} of {IMPORT_ROWS} rows")
        ours.append(run["seconds"])
        peaks.append(run["peak_mib"])
    results["import_1m_s"] = statistics.median(ours)
    results["import_1m_plain_s"] = statistics.median(plain)
    results["import_1m_ratio"] = statistics.median(ours) / statistics.median(plain)
    results["import_1m_peak_mib"] = max(peaks)


BENCHES: dict[str, Callable[[dict[str, float], Path], None]] = {
    "startup": bench_startup,
    "save": bench_save,
    "frames": bench_frames,
    "play": bench_play,
    "animate": bench_animate,
    "charts": bench_charts,
    "import": bench_import,
}


def bench_server(results: dict[str, float], work: Path) -> None:
    """Save of one entry and the charts refresh on a throwaway local PostgreSQL server
    (started here from the Debian package's binaries) and on SQLite, interleaved."""
    sys.path.insert(0, str(ROOT))
    from tools.postgres import running_server

    with running_server(durable=True) as server:  # fsync on, like SQLite's FULL
        url = server.url(server.new_database("bench_save"))
        saves: dict[str, list[float]] = {"sqlite": [], "server": []}
        for _ in range(3):
            saves["sqlite"].append(child("save_child.py", "200")["save_ms_median"])
            saves["server"].append(child("save_child.py", "200", url)["save_ms_median"])
        results["server_sqlite_save_ms_median"] = statistics.median(saves["sqlite"])
        results["server_save_ms_median"] = statistics.median(saves["server"])
        results["server_save_ratio"] = (results["server_save_ms_median"]
                                        / results["server_sqlite_save_ms_median"])
        for size in (7300, 100_000):
            data_dir = seeded_journal(work / f"server{size}", size)
            sized = server.url(server.new_database(f"bench_{size}"))
            subprocess.run([sys.executable, "-m", "desktop_app", "copy", "--to", sized,
                            "--data-dir", str(data_dir)], check=True, env=ENV, cwd=ROOT,
                           capture_output=True)
            local, remote = [], []
            for _ in range(3):
                local.append(child("charts_child.py", str(data_dir))["charts_refresh_ms"])
                remote.append(child("charts_child.py", str(data_dir), sized)
                              ["charts_refresh_ms"])
            results[f"server_sqlite_charts_refresh_ms_{size}"] = statistics.median(local)
            results[f"server_charts_refresh_ms_{size}"] = statistics.median(remote)
            results[f"server_charts_ratio_{size}"] = statistics.median(remote) / \
                statistics.median(local)


BENCHES["server"] = bench_server


def main() -> int:
    chosen = sys.argv[1:] or list(BENCHES)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        # Motions and the saved first frame of this run only, never the user's cache.
        ENV["ROLLING_JOURNAL_CACHE"] = str(Path(folder) / "motion")
        for name in chosen:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            BENCHES[name](results, Path(folder))
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"{'key':32} {'value':>10}  goal")
    for key, value in results.items():
        op, goal = GOALS.get(key, ("", 0))
        verdict = ""
        if op:
            verdict = f"{op} {goal:g}  " + ("ok" if value <= goal else "MISSED")
        print(f"{key:32} {value:10.3f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
