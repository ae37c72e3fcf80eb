"""What opening the journal found, as values: the window turns them into dialogs, the
command line into a message and an exit status. Nothing here decides what to do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.journal.backups import BackupInfo
    from desktop_app.journal.repository import Journal


class ProblemKind(StrEnum):
    # The file is fine but cannot be used right now: touch nothing, say so, try again later.
    IN_USE = "in-use"  # another process holds it (a lock, or SQLite says busy)
    UNREADABLE = "unreadable"  # permission denied on the journal or its -wal/-shm
    FOLDER = "folder"  # the journal's folder cannot be created or written
    UNREACHABLE = "unreachable"  # the journal's server: refused, authentication, TLS, ...
    # The file is not a journal this app may open: left untouched.
    NEWER = "newer"  # written by a newer version of the app
    FOREIGN = "foreign"  # another program's SQLite database
    UPGRADE_BLOCKED = "upgrade-blocked"  # an older schema, but no backup could be made first
    # No usable journal: the person chooses between a backup and an empty journal.
    DAMAGED = "damaged"  # not a readable journal; it was just renamed aside
    SET_ASIDE = "set-aside"  # the journal is missing, but backups or set-aside files exist


@dataclass(frozen=True)
class JournalProblem:
    kind: ProblemKind
    message: str  # a whole sentence or two, naming the files involved
    journal: Path
    set_aside_as: Path | None = None  # where a damaged journal was moved
    newest_backup: BackupInfo | None = None  # the newest copy that passed every check
    holder_pid: int | None = None  # for IN_USE, when the process is known
    reason: str = ""  # for UNREACHABLE: refused, authentication, tls, timeout, ...

    @property
    def needs_choice(self) -> bool:
        """True when the person must choose a backup or an empty journal to go on."""
        return self.kind in (ProblemKind.DAMAGED, ProblemKind.SET_ASIDE)

    @property
    def may_pass(self) -> bool:
        """True when trying again later may succeed without changing anything."""
        return self.kind in (ProblemKind.IN_USE, ProblemKind.UNREADABLE, ProblemKind.FOLDER,
                             ProblemKind.UNREACHABLE)


class NoticeKind(StrEnum):
    BACKUPS_UNWRITABLE = "backups-unwritable"
    UNREADABLE_ROWS = "unreadable-rows"


@dataclass(frozen=True)
class Notice:
    """Something the person should know although the journal opened."""

    kind: NoticeKind
    message: str


@dataclass(frozen=True)
class OpenResult:
    """The journal, or the problem that stopped it opening; and what to tell either way."""

    journal: Journal | None
    problem: JournalProblem | None = None
    notices: tuple[Notice, ...] = ()

    @property
    def ok(self) -> bool:
        return self.journal is not None
