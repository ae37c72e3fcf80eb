"""Where the journal lives: --data-dir, then $ROLLING_JOURNAL_DATA, then the platform's
user data folder. Cheap to import: the start-up path needs it before the first paint."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "rolling-journal"
DATA_ENV = "ROLLING_JOURNAL_DATA"
# The app's settings (daily target, reminders, pace) live beside the journal.
SETTINGS_FILENAME = "settings.ini"


def resolve_data_dir(explicit: Path | str | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def bundled_dir(name: str) -> Path:
    """A top-level data folder (animations/, resources/) from a checkout, a wheel or a bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / name
    checkout = Path(__file__).resolve().parents[1] / name
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parent / "_data" / name
