"""`rolling-journal --smoke`: a self-test of an installed app or a PyInstaller bundle.

It exercises every part a broken bundle tends to lose (Qt plugins, the Alembic
migration scripts, the exercise files, pyqtgraph's lazily imported modules) without a
display and without touching the person's journal: everything happens in a temporary
data dir, and Qt settings are redirected there while it runs.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

# A frame needs at least this many distinct colours in a coarse sample to count as drawn
# (an empty or single-colour image has one or two; a real frame well over a hundred).
MIN_FRAME_COLOURS = 12
FRAME_SIZE = (640, 400)
# How close (per channel) a pixel must be to a body shape's colour to count as painted.
COLOUR_TOLERANCE = 24


class SmokeFailure(Exception):
    """A check found something wrong (as opposed to crashing)."""


class _Report:
    """Runs the checks and prints one line for each."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.failed: list[str] = []

    def check(self, name: str, func: Callable[[], str]) -> bool:
        start = time.perf_counter()
        try:
            with _slot_errors() as slot_errors:
                detail = func()
            if slot_errors:
                raise SmokeFailure(f"an event handler raised {slot_errors[0]}")
        except Exception as exc:  # a smoke test reports every failure, whatever its kind
            elapsed = (time.perf_counter() - start) * 1000
            self.failed.append(name)
            reason = str(exc) or type(exc).__name__
            print(f"FAIL {name}: {reason} ({elapsed:.0f} ms)", file=self.out)
            if not isinstance(exc, SmokeFailure):
                traceback.print_exc(file=self.out)
            return False
        elapsed = (time.perf_counter() - start) * 1000
        print(f"ok   {name}: {detail} ({elapsed:.0f} ms)", file=self.out)
        return True

    def skip(self, name: str, reason: str) -> None:
        # A check that could not run because an earlier one failed is a failure too.
        self.failed.append(name)
        print(f"FAIL {name}: not run, {reason}", file=self.out)


@contextmanager
def _slot_errors() -> Iterator[list[str]]:
    """Collect exceptions raised in Qt slots and event handlers while a check runs.

    PySide6 reports those through sys.excepthook and carries on, so without this a
    broken tab would print a traceback and the check would still pass.
    """
    errors: list[str] = []
    previous = sys.excepthook

    def record(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        errors.append(f"{kind.__name__}: {value}")
        previous(kind, value, tb)

    sys.excepthook = record
    try:
        yield errors
    finally:
        sys.excepthook = previous


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("rolling-journal")
        app.setOrganizationName("rolling-journal")
    elif not isinstance(app, QApplication):
        # Building a widget under a bare QGuiApplication aborts the whole process.
        raise SmokeFailure(f"a {type(app).__name__} is running, widgets need a QApplication")
    return app


def _distinct_colours(image: Any, columns: int = 40, rows: int = 25) -> int:
    width, height = image.width(), image.height()
    return len(
        {
            image.pixel(x * (width - 1) // (columns - 1), y * (height - 1) // (rows - 1))
            for x in range(columns)
            for y in range(rows)
        }
    )


def _figure_painted(image: Any, scene: Any) -> tuple[int, int]:
    """(shapes whose anchor pixel has the shape's colour, opaque shapes looked at).

    The floor and labels alone already give dozens of colours, so counting colours
    cannot tell whether the figure was drawn; its own pixels can. Limbs overlap, so
    only about half of the anchors show their own colour in a good frame, none in a
    frame without the figure.
    """
    looked = matched = 0
    for shape in scene.body:
        colour = shape.fill or shape.stroke
        if colour is None or not shape.points or (len(colour) > 3 and colour[3] < 250):
            continue
        looked += 1
        if shape.kind == "poly":  # the centroid: inside the (convex) body segments
            x = sum(point[0] for point in shape.points) / len(shape.points)
            y = sum(point[1] for point in shape.points) / len(shape.points)
        else:  # a disc's centre, or a round-capped line's first end: both painted
            x, y = shape.points[0]
        if not (0 <= x < image.width() and 0 <= y < image.height()):
            continue
        pixel = image.pixelColor(int(x), int(y))
        found = (pixel.red(), pixel.green(), pixel.blue())
        if max(abs(a - b) for a, b in zip(found, colour[:3], strict=True)) <= COLOUR_TOLERANCE:
            matched += 1
    return matched, looked


def _without_mnemonics(label: str) -> str:
    """"&Watch && practise" -> "Watch & practise"."""
    return re.sub("&(&?)", r"\1", label)


def _sample_entry() -> Any:
    from desktop_app.journal.entry import EntryData

    started = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    return EntryData(
        started_at=started,
        duration_s=600,
        parts=frozenset({"part1", "part2"}),
        pain_before=4,
        pain_after=2,
        smoothness=4,
        right_part_led="yes",
        notes="smoke test",
    )


class _Smoke:
    """The checks, sharing the temporary data dir and what earlier checks produced."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.journal: Any = None
        self.exercises: dict[str, Any] = {}
        self.app: Any = None

    def qt(self) -> str:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtGui import QGuiApplication

        self.app = _application()
        return f"PySide6 {pyside_version}, platform {QGuiApplication.platformName()}"

    def journal_round_trip(self) -> str:
        from desktop_app.journal.db import SCHEMA_REVISION, stored_revision
        from desktop_app.journal.repository import Journal

        self.journal = Journal.open(self.data_dir)
        wanted = _sample_entry()
        saved = self.journal.add(wanted)
        back = self.journal.get(saved.id)
        if back.data != wanted:
            raise SmokeFailure(f"entry read back differs: {back.data!r} != {wanted!r}")
        count = len(self.journal.entries())
        if count != 1:
            raise SmokeFailure(f"expected 1 entry in the new journal, found {count}")
        revision = stored_revision(self.journal.path)
        if revision != SCHEMA_REVISION:
            raise SmokeFailure(f"schema {revision}, expected {SCHEMA_REVISION}")
        return f"migrated to {revision}, saved and read back entry {saved.id}"

    def exercise_files(self) -> str:
        from desktop_app.choreography import default_animations_dir, load_exercises

        folder = default_animations_dir()
        result = load_exercises()
        if result.errors:
            raise SmokeFailure("; ".join(str(error) for error in result.errors))
        if not result.exercises:
            raise SmokeFailure(f"no exercise files in {folder}")
        self.exercises = result.exercises
        return f"{len(result.exercises)} exercise(s) from {folder}"

    def frames(self) -> str:
        from PySide6.QtGui import QColor, QImage

        from desktop_app.ui.demo import render_frame

        drawn = 0
        for exercise in self.exercises.values():
            for part in exercise.parts:
                for step in part.steps:
                    image = QImage(*FRAME_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
                    image.fill(QColor(0, 0, 0, 0))
                    # Half-way through the first half roll: the figure is mid-turn.
                    scene = render_frame(image, exercise, step.id, step.duration_s / 2)
                    colours = _distinct_colours(image)
                    if colours < MIN_FRAME_COLOURS:
                        raise SmokeFailure(
                            f"{exercise.id}/{step.id} looks blank ({colours} colours)"
                        )
                    painted, looked = _figure_painted(image, scene)
                    if painted < max(3, looked // 4):
                        raise SmokeFailure(
                            f"{exercise.id}/{step.id}: the figure is missing "
                            f"({painted} of {looked} body shapes found in the image)"
                        )
                    drawn += 1
        if not drawn:
            raise SmokeFailure("the exercises have no steps")
        from desktop_app.motion.body import load_body

        bones = len(load_body().bones)
        return (
            f"{drawn} step(s) of the {bones}-bone body simulated and rendered at "
            f"{FRAME_SIZE[0]}x{FRAME_SIZE[1]}; as video: {self.video()}"
        )

    def video(self) -> str:
        """Pillow (WebP, GIF) and PyAV (MP4, FFmpeg's libraries) as `animate` uses them: part
        of the frames check, as the frames are what they write."""
        import av
        from PIL import Image

        from desktop_app.motion import timeline
        from desktop_app.ui.demo.animation import write_animation
        from desktop_app.ui.demo.renderer import DemoRenderer

        exercise = next(iter(self.exercises.values()))
        renderer = DemoRenderer(timeline(exercise, exercise.steps[0].id), 96, 64)
        written = []
        for suffix in (".webp", ".gif", ".mp4"):
            path = self.data_dir.parent / f"smoke{suffix}"
            result = write_animation(path, renderer, fps=1.0)
            if suffix == ".mp4":
                with av.open(str(path)) as container:
                    frames = sum(1 for _ in container.decode(video=0))
            else:
                with Image.open(path) as image:
                    frames = int(getattr(image, "n_frames", 1))
            if frames < 2:
                raise SmokeFailure(f"{path.name} holds {frames} frame(s), expected several")
            written.append(f"{suffix[1:]} {result.bytes // 1024} KiB")
        return ", ".join(written)

    def charts(self) -> str:
        from desktop_app.ui.charts.tab import ChartsTab

        tab = ChartsTab(self.journal)
        try:
            tab.resize(900, 700)
            data = tab.progress
            if data is None or data.journal_empty:
                raise SmokeFailure("the charts did not see the saved entry")
            colours = _distinct_colours(tab.grab().toImage())
            if colours < 3:
                raise SmokeFailure(f"the charts look blank ({colours} colours)")
            return f"{data.weekly.weeks} week(s) drawn"
        finally:
            tab.deleteLater()

    def main_window(self) -> str:
        from desktop_app.app import create_window

        # The window opens the journal itself: release ours so only one holder remains.
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        window = create_window(self.data_dir)
        try:
            window.show()
            self.app.processEvents()
            entries = len(window.journal.entries())
            if entries != 1:
                raise SmokeFailure(f"the window shows {entries} entries, expected 1")
            # Visit every tab: some build their content the first time they are shown.
            tabs = []
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                self.app.processEvents()
                tabs.append(_without_mnemonics(window.tabs.tabText(index)))
                colours = _distinct_colours(window.grab().toImage())
                if colours < 3:
                    raise SmokeFailure(f"the {tabs[-1]!r} tab looks blank ({colours} colours)")
            if window.ensure_charts() is None:
                raise SmokeFailure("the window did not build its charts")
            return f"{window.windowTitle()!r} with tabs {', '.join(tabs)}"
        finally:
            window.close()  # its closeEvent closes the journal
            window.deleteLater()
            self.app.processEvents()


def run_smoke(out: TextIO | None = None) -> int:
    """Run every check, print one line each to `out` (stdout); 0 only when all passed."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = _Report(out)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rolling-journal-smoke-") as tmp:
        # The demonstration's motions are simulated afresh into the temporary folder, so the
        # smoke run proves the body model works in this build, not that a cache exists.
        os.environ["ROLLING_JOURNAL_CACHE"] = str(Path(tmp) / "motion")
        smoke = _Smoke(Path(tmp) / "data")
        if report.check("qt", smoke.qt):
            _run_checks(report, smoke)  # every setting lives in the temporary data dir
        else:
            for name in ("journal", "exercises", "frames", "charts", "window"):
                report.skip(name, "Qt did not start")
        if smoke.journal is not None:
            smoke.journal.close()
    elapsed = time.perf_counter() - started
    verdict = "passed" if not report.failed else f"FAILED ({', '.join(report.failed)})"
    print(f"smoke test {verdict} in {elapsed:.1f} s", file=out)
    return 0 if not report.failed else 1


def _run_checks(report: _Report, smoke: _Smoke) -> None:
    journal_ok = report.check("journal", smoke.journal_round_trip)
    if report.check("exercises", smoke.exercise_files):
        report.check("frames", smoke.frames)
    else:
        report.skip("frames", "no exercises loaded")
    if journal_ok:
        report.check("charts", smoke.charts)
    else:
        report.skip("charts", "the journal did not open")
    report.check("window", smoke.main_window)


if __name__ == "__main__":
    sys.exit(run_smoke())
