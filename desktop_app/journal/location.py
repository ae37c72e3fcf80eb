"""Which journal to open: a server named by --database-url, by the environment
variable ROLLING_JOURNAL_DATABASE_URL or by the settings (Journal server), in that
order; without one, the SQLite file in the data folder.

The settings file is read here without Qt (the command line has none): the window
writes the same key through QSettings. Never a password: the window keeps it in the
system keyring and writes the URL without it.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from desktop_app.journal.server import DATABASE_URL_ENV

SETTINGS_GROUP = "journal"
SETTINGS_KEY = "database_url"
SETTINGS_FILENAME = "settings.ini"  # as desktop_app.paths (which this layer may not import)


def settings_url(data_dir: Path) -> str | None:
    """The server URL saved in the data folder's settings, if any."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(data_dir / SETTINGS_FILENAME, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    value = parser.get(SETTINGS_GROUP, SETTINGS_KEY, fallback="").strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':  # QSettings quotes some values
        value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value or None


def resolve_database_url(explicit: str | None, data_dir: Path) -> str | None:
    """The server to use, or None for the SQLite file. An explicit empty value
    (--database-url '') means the SQLite file whatever the environment says."""
    if explicit is not None:
        return explicit.strip() or None
    from_env = os.environ.get(DATABASE_URL_ENV)
    if from_env is not None:
        return from_env.strip() or None
    return settings_url(data_dir)
