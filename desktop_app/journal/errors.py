"""Errors the journal raises with words meant for the person using the app."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.journal.backups import BackupInfo


class JournalError(Exception):
    """A problem with the journal file the user can act on; str() is the message."""


class EntryNotFound(JournalError):
    pass


class JournalCorrupt(JournalError):
    """The journal file was damaged. It has been renamed aside, never deleted."""

    def __init__(self, message: str, moved_to: Path, backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup
