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


def ensure_data_dir(data_dir: Path) -> None:
    """Create the data dir private to the user (0700), or say plainly why not."""
    from desktop_app.journal.errors import JournalError

    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalError(
            f"Cannot create the journal folder {data_dir}: {exc.strerror or exc}. "
            "Choose another folder with --data-dir."
        ) from exc
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise JournalError(
            f"The journal folder {data_dir} is not writable. "
            "Check its permissions or choose another folder with --data-dir."
        )


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
