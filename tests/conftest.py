"""Test configuration: every test runs headless, on its own temporary data dir."""

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


@pytest.fixture(scope="session")
def exercise() -> Any:
    """The seed's exercise, from animations/."""
    from desktop_app.choreography import load_exercises

    return load_exercises(ROOT / "animations").exercises["middle_back_rolling"]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir; settings are isolated there too so tests never touch the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("ROLLING_JOURNAL_DATA", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return folder


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
