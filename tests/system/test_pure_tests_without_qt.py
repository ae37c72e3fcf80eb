"""`pytest -m "not gui"` runs the pure tests without Qt: tests/conftest.py marks every test
that uses qtbot or qapp as gui, and leaves pytest-qt (which imports PySide6) unloaded when
no gui test is selected. Checked in a process where importing Qt fails."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.helpers import ROOT

PURE = ["tests/choreography", "tests/motion", "tests/journal", "tests/stats", "tests/practice"]

# Runs pytest in a process where PySide6, shiboken6 and pyqtgraph cannot be imported.
WITHOUT_QT = """
import sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
            raise ImportError(f"{name} must not be imported by this run")
        return None

sys.meta_path.insert(0, NoQt())
import pytest

sys.exit(pytest.main(sys.argv[1:]))
"""


def pytest_without_qt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_QT, "-q", "-p", "no:cacheprovider", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _count(word: str, output: str) -> int:
    found = re.search(rf"(\d+) {word}", output)
    return int(found.group(1)) if found else 0


def test_the_pure_tests_run_without_qt_and_gui_ones_are_left_out() -> None:
    # Every pure module is collected (imported). The stats command's tests and the practice
    # periods' run; one of them uses qtbot (the daily target set in the app): without its
    # gui mark it would run here and fail for want of pytest-qt.
    done = pytest_without_qt("-v", "-m", "not gui", "-k", "stats_cli or practice_periods", *PURE)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert _count("passed", output) >= 10, output
    assert "test_stats_uses_the_daily_target_set_in_the_app" not in output, output
    assert "Unknown config option" not in output, output


def test_qt_cannot_be_imported_in_that_process() -> None:
    """The check can fail: there, importing PySide6 (as a ui test module does) fails."""
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_QT.replace("import pytest", "import PySide6.QtCore")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert done.returncode != 0
    assert "must not be imported by this run" in done.stderr
