"""Private files: the journal's folder is 0700 and every file the app writes 0600.

The umask set at start (as vorta does) covers files made by SQLite (-wal, -shm),
Qt (settings.ini) and us alike; the explicit modes below also hold when the journal
code runs inside another program (the tests, a script) with a laxer umask.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, cast

from desktop_app.journal.errors import JournalError

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def set_private_umask() -> int:
    """From now on new files are 0600 and new folders 0700; returns the old umask."""
    return os.umask(PRIVATE_UMASK)


def ensure_data_dir(data_dir: Path) -> None:
    """Create the data dir private to the user (0700), or say plainly why not."""
    try:
        data_dir.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
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


def make_private_folder(folder: Path) -> None:
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def private_atomic_file(target: Path, mode: str = "w") -> Iterator[TextIO]:
    """Write `target` through a 0600 temporary file beside it, renamed over it only
    when the block ends without an error: the file appears whole or not at all."""
    tmp = target.with_name(f".{target.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)  # a leftover temporary file keeps its old mode
        handle = cast(TextIO, os.fdopen(fd, mode, encoding="utf-8", newline=""))
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)
