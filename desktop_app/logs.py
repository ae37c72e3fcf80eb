"""Logging to a rotating file in the user log folder, and uncaught errors into it."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from desktop_app.paths import log_dir

LOG_NAME = "rolling-journal.log"
log = logging.getLogger("desktop_app")


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log INFO and above to <log dir>/rolling-journal.log (1 MB x 3). None if unwritable."""
    folder = folder or log_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        print(f"rolling-journal: not logging to a file ({exc})", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / LOG_NAME


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(show: Callable[[str], None]) -> ExceptHook:
    """Log every uncaught exception and show it with `show` instead of dying silently."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("Uncaught error", exc_info=(kind, error, tb))
        try:
            show(f"{kind.__name__}: {error}")
        except Exception:  # the dialog itself failing must not hide the first error
            log.exception("Could not show the error dialog")

    sys.excepthook = hook
    return hook
