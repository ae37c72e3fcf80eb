"""Test configuration: every test runs headless, on its own temporary data dir.

Markers (pyproject.toml): `gui` is put here on every test that uses `qtbot` or `qapp`
(directly or through a fixture), so `pytest -m "not gui" tests/journal` runs without Qt;
`slow` tests (the bundle, 50 kills) run only when asked for (`-m slow`).
Hypothesis profiles: `dev` (the default) and `ci` (more examples), by HYPOTHESIS_PROFILE.

Nothing here imports PySide6 at module level: the pure tests must run without it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Set before anything imports Qt: the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Simulated demonstrations go to a cache of this test run only (never the user's), and windows
# do not compute every exercise in the background unless a test asks for it.
os.environ.setdefault("ROLLING_JOURNAL_CACHE", tempfile.mkdtemp(prefix="rolling-journal-motion-"))
os.environ.setdefault("ROLLING_JOURNAL_WARM_UP", "0")
# Tests never read or write the person's own keyring (server passwords); tests of the
# keyring install one of their own.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# A throwaway PostgreSQL server and journals of both kinds (journal_url, any_journal).
pytest_plugins = ["tests.helpers.fixtures"]


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application with the app's English catalogue, as the window always has
    it: Qt's "%n session(s)" texts read "1 session", "2 sessions" in widgets tested alone."""
    from desktop_app.ui.translations import ensure_translations

    ensure_translations()
    return qapp
from tests.helpers import FILLED_TZ  # noqa: E402 (needs ROOT on sys.path)

# Hypothesis: `dev` keeps `make test` quick; `ci` (.ci/run) draws six times as many cases
# (tests that need more scale with it: tests/helpers/examples.py). No deadline: on a loaded
# 2-core machine a single example can take a second.
_QUIET = [HealthCheck.too_slow]
settings.register_profile("dev", max_examples=50, deadline=None, suppress_health_check=_QUIET)
settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

GUI_FIXTURES = frozenset({"qtbot", "qapp"})


def _selects_gui(markexpr: str) -> bool:
    """Whether `-m markexpr` can select a test marked gui (alone or with slow)."""
    if not markexpr:
        return True
    try:
        from _pytest.mark.expression import Expression

        expression = Expression.compile(markexpr)
    except (ImportError, SyntaxError):  # an unknown form: let pytest-qt load as usual
        return True
    return any(expression.evaluate(lambda name, markers=markers, **_: name in markers)
               for markers in ({"gui"}, {"gui", "slow"}))


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Without gui tests, pytest-qt is not loaded: it imports PySide6 when configured."""
    if not _selects_gui(config.option.markexpr):
        plugin = config.pluginmanager.get_plugin("pytest-qt")
        if plugin is not None:
            config.pluginmanager.unregister(plugin)
            # Its `qt_api` setting (pyproject.toml) is then nobody's: accept it quietly.
            config.addinivalue_line("filterwarnings", "ignore:Unknown config option")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark gui every test needing Qt's application; leave slow tests out unless asked."""
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
    if config.option.markexpr:
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


# --- shared fixtures ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def exercises() -> Any:
    """Every exercise in animations/ (a LoadResult)."""
    from tests.helpers.exercises import seed_exercises

    return seed_exercises()


@pytest.fixture(scope="session")
def exercise() -> Any:
    """The seed's exercise, from animations/."""
    from tests.helpers.exercises import seed_exercise

    return seed_exercise()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir; settings are isolated there too so tests never touch the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("ROLLING_JOURNAL_DATA", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return folder


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Any]:
    """An empty journal in the data dir, closed after the test."""
    from desktop_app.journal.repository import Journal

    opened = Journal.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def filled_journal(journal: Any) -> Any:
    """The journal with 150 days of generated practice ending today (in FILLED_TZ)."""
    from desktop_app.localtime import today_in
    from tools.sample_journal import generate_journal

    journal.import_entries(generate_journal(150, seed=21, end=today_in(FILLED_TZ), tz=FILLED_TZ))
    return journal


@pytest.fixture
def window(qtbot: Any, data_dir: Path) -> Iterator[Any]:
    """The whole main window on a fresh journal, shown (as `make run` shows it)."""
    from desktop_app.app import create_window

    win = create_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.practice is not None and win.practice.is_running():
        win.practice.discard()  # a failed test must not hang on the close question
