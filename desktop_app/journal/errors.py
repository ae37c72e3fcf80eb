"""Errors the journal raises with words meant for the person using the app.

Every one is a `JournalError`, whose str() is the whole message: the window shows it in
a dialog, the command line prints it after "rolling-journal:".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.journal.backups import BackupInfo
    from desktop_app.journal.problems import JournalProblem
    from desktop_app.journal.repository import JournalEntry


class JournalError(Exception):
    """A problem with the journal file the user can act on; str() is the message."""


class EntryNotFound(JournalError):
    pass


class EntryConflict(JournalError):
    """An edit or delete of an entry that another computer changed since it was shown;
    nothing was written. `current`: the entry as it is now (None: deleted there)."""

    def __init__(self, message: str, current: JournalEntry | None) -> None:
        super().__init__(message)
        self.current = current


class JournalUnavailable(JournalError):
    """The journal cannot be opened as it is; `problem` says why and what may be done."""

    def __init__(self, problem: JournalProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class JournalCorrupt(JournalUnavailable):
    """The journal file was damaged. It has been renamed aside, never deleted."""

    @property
    def moved_to(self) -> Path:
        assert self.problem.set_aside_as is not None
        return self.problem.set_aside_as

    @property
    def backup(self) -> BackupInfo | None:
        return self.problem.newest_backup


class JournalInUse(JournalError):
    """Another process holds the single-writer lock (the window, or another command)."""

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid


class BackupFailed(JournalError):
    """A backup copy could not be written (full disk, unwritable folder)."""


class RestoreRefused(JournalError):
    """The chosen copy is not a journal this app can open; nothing was replaced."""


class ExportRefused(JournalError):
    """The export would overwrite the journal itself or one of its backups."""


class ImportCancelled(JournalError):
    """The person cancelled an import; nothing was written."""
