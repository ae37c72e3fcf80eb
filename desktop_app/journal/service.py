"""The journal service: opening (with recovery), restore, import, export, backups and
checks, the same for the window and the command line. No Qt.

Recovery is reported, never decided: `open` returns an `OpenResult` whose problem says
what is wrong and what can be done (the newest good backup, a file set aside), and the
caller shows it. Only a damaged file (not a database, malformed, wrong tables or
columns) is ever renamed aside; one that is in use or not readable is left exactly as
it is. A journal that is missing after a file was set aside, or while backups exist,
is never silently replaced by an empty one: `start_empty` is a choice.

Writes (the window, import, restore, repair) hold the single-writer lock; a command
that only reads takes it just long enough to do the start-up chores (tidy backups,
the daily copy, a migration) when it is free, and skips them when it is not.

A journal on a PostgreSQL server (`database_url`) opens the same way and offers the
same operations: the server's database is created or upgraded by the same migrations,
refused when it is another program's or newer; its backups are JSON snapshots in the
data folder; a server that cannot be reached is a problem (UNREACHABLE) naming the
server and why, never an empty journal.

Cheap to import: the database libraries load when a journal is opened.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.journal.errors import (
    BackupFailed,
    JournalCorrupt,
    JournalError,
    JournalInUse,
    JournalUnavailable,
    RestoreRefused,
)
from desktop_app.journal.files import ensure_data_dir
from desktop_app.journal.lock import LockHolder, WriterLock
from desktop_app.journal.problems import (
    JournalProblem,
    Notice,
    NoticeKind,
    OpenResult,
    ProblemKind,
)
from desktop_app.journal.schema import DB_FILENAME, SCHEMA_REVISION

if TYPE_CHECKING:
    from desktop_app.journal.backups import BackupInfo
    from desktop_app.journal.export import ExportResult
    from desktop_app.journal.health import Inspection, UnreadableRow
    from desktop_app.journal.importer import Format, ImportProgress, ImportResult
    from desktop_app.journal.repository import Journal
    from desktop_app.journal.restore import RestoreOutcome
    from desktop_app.journal.server import ServerAddress

COMMAND_ROLE = "rolling-journal (command line)"


def describe_backup(info: BackupInfo) -> str:
    entries = "unreadable" if info.entries is None else f"{info.entries} entries"
    return f"{info.created.astimezone():%A %d %B %Y, %H:%M} with {entries}"


def _offer(backup: BackupInfo | None) -> str:
    if backup is None:
        return " There is no backup to restore."
    return (f" The newest good backup is from {describe_backup(backup)}"
            f" ({backup.path.name}).")


def processes_using(path: Path) -> list[int]:
    """Ids of other processes with `path` open (Linux /proc; empty where unknown)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    target = str(path.resolve())
    found = []
    me = os.getpid()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            for fd in (entry / "fd").iterdir():
                if os.readlink(fd) == target:
                    found.append(int(entry.name))
                    break
        except OSError:
            continue
    return found


@dataclass(frozen=True)
class CheckReport:
    """What `rolling-journal check` found; nothing was changed to find it."""

    journal: Path
    state: str  # health.FileState
    reason: str
    revision: str | None
    entries: int | None
    unreadable: list[UnreadableRow] = field(default_factory=list)
    kept_aside: int = 0
    backups: list[BackupInfo] = field(default_factory=list)
    set_aside: list[Path] = field(default_factory=list)
    repaired: int = 0

    @property
    def healthy(self) -> bool:
        return self.state == "ok" and not self.unreadable


class JournalService:
    """The journal of one data folder, for one window or one command."""

    def __init__(self, data_dir: Path, role: str = COMMAND_ROLE, *,
                 database_url: str | None = None) -> None:
        """`database_url`: a journal on a PostgreSQL server instead of the data
        folder's SQLite file (ValueError when it is not a postgresql:// URL)."""
        self.data_dir = data_dir
        self.db_path = data_dir / DB_FILENAME
        self.lock = WriterLock(data_dir, role)
        self.journal: Journal | None = None
        self.notices: tuple[Notice, ...] = ()
        self.server: ServerAddress | None = None
        if database_url:
            from desktop_app.journal.server import parse_url

            self.server = parse_url(database_url)

    @property
    def is_server(self) -> bool:
        return self.server is not None

    def describe(self) -> str:
        """The journal in messages: its file, or its server (never a password)."""
        return str(self.db_path) if self.server is None else \
            f"the server {self.server.describe()}"

    def backup_folder(self) -> Path:
        """Where this journal's copies are: backups/, or its server's snapshots."""
        from desktop_app.journal.backups import backup_dir, snapshot_dir

        if self.server is None:
            return backup_dir(self.data_dir)
        return snapshot_dir(self.data_dir, self.server.key)

    # --- opening -------------------------------------------------------------------------

    def open(self, *, write: bool = True) -> OpenResult:
        """Open the journal (create it on a first start, migrate it, take the daily
        backup), or say why not. With `write`, the writer lock is held until close()."""
        if self.journal is not None:
            return OpenResult(self.journal, None, self.notices)
        try:
            ensure_data_dir(self.data_dir)
        except JournalError as exc:
            return OpenResult(None, self._problem(ProblemKind.FOLDER, str(exc)))
        holder = self.lock.acquire()
        if holder is not None and write:
            return OpenResult(None, self._in_use_by(holder))
        try:
            result = self._open(chores=holder is None)
        except BaseException:
            self.lock.release()
            raise
        if result.journal is None or not write:
            self.lock.release()
        if result.journal is not None:
            self.journal = result.journal
            self.notices = result.notices
            result.journal.on_close(lambda: self._closed(write))
        return result

    def _closed(self, held: bool) -> None:
        self.journal = None
        if held:
            self.lock.release()

    def open_or_raise(self, *, write: bool = True) -> Journal:
        """The open journal, or JournalUnavailable (JournalCorrupt when the file was
        damaged and set aside) carrying the problem."""
        result = self.open(write=write)
        if result.journal is not None:
            return result.journal
        assert result.problem is not None
        if result.problem.kind is ProblemKind.DAMAGED and result.problem.set_aside_as:
            raise JournalCorrupt(result.problem)
        raise JournalUnavailable(result.problem)

    def start_empty(self) -> OpenResult:
        """The person's choice after a damaged or missing journal: begin a new, empty
        one (the set-aside file and every backup stay where they are)."""
        from desktop_app.journal.health import FileState, inspect_journal

        if self.server is not None:
            return self.open()  # a server journal is created when first opened
        holder = self.lock.acquire()
        if holder is not None:
            return OpenResult(None, self._in_use_by(holder))
        try:
            found = inspect_journal(self.db_path, rows=False)
            if found.state in (FileState.MISSING, FileState.EMPTY):
                self._create()
        finally:
            self.lock.release()
        return self.open()

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()  # its close hook lets go of the lock

    def _open(self, *, chores: bool) -> OpenResult:
        if self.server is not None:
            return self._open_server(self.server, chores=chores)
        return self._open_file(chores=chores)

    def _open_server(self, address: ServerAddress, *, chores: bool) -> OpenResult:
        import logging

        from desktop_app.journal import backups
        from desktop_app.journal.health import FileState
        from desktop_app.journal.repository import Journal
        from desktop_app.journal.server import ServerUnreachable, create_server_engine
        from desktop_app.journal.server_journal import create_or_upgrade, inspect_server

        logging.getLogger(__name__).info("Opening the journal on %s", address.masked())
        folder = self.backup_folder()
        if chores:
            backups.reconcile(self.data_dir, folder)
        engine = create_server_engine(address)
        try:
            found = inspect_server(engine, address)
            notices: list[Notice] = []
            if found.state is FileState.MISSING:
                create_or_upgrade(engine, address)
                found = inspect_server(engine, address)
            elif found.state is FileState.OK and found.revision != SCHEMA_REVISION:
                journal = Journal(engine, self.db_path, server=address)
                try:
                    backups.backup_snapshot(journal, f"before-{SCHEMA_REVISION}")
                except BackupFailed as exc:
                    engine.dispose()
                    return OpenResult(None, self._problem(
                        ProblemKind.UPGRADE_BLOCKED,
                        f"The journal on {self.describe()} must be updated for this version "
                        f"of the app, and a snapshot is always kept first. {exc} The journal "
                        "was left as it was."))
                create_or_upgrade(engine, address)
                found = inspect_server(engine, address)
            if found.state is not FileState.OK:
                engine.dispose()
                return OpenResult(None, self._server_refused(found.state, found.reason))
            journal = Journal(engine, self.db_path, server=address)
            if chores and backups.backup_due(self.data_dir, folder=folder):
                try:
                    backups.backup_snapshot(journal, backups.DAILY)
                except BackupFailed as exc:
                    notices.append(self._backups_notice(exc))
            return OpenResult(journal, None, tuple(notices))
        except ServerUnreachable as exc:
            engine.dispose()
            return OpenResult(None, self._problem(ProblemKind.UNREACHABLE, str(exc),
                                                  reason=exc.reason))

    def _server_refused(self, state: str, reason: str) -> JournalProblem:
        from desktop_app.journal.health import FileState

        assert self.server is not None
        where = self.server.describe()
        if state == FileState.NEWER:
            return self._problem(
                ProblemKind.NEWER,
                f"The journal on the server {where} was written by a newer version of "
                f"Rolling Journal ({reason}). Update the app to open it; the database was "
                "left untouched.")
        return self._problem(
            ProblemKind.FOREIGN,
            f"The database {where} is not a Rolling Journal journal: {reason}. It was left "
            "untouched; choose another database (an empty one becomes a new journal).")

    def _open_file(self, *, chores: bool) -> OpenResult:
        from desktop_app.journal import backups, db, restore
        from desktop_app.journal.health import FileState, inspect_journal

        if chores:
            backups.reconcile(self.data_dir)
            restore.remove_stale_staging(self.data_dir)
        found = inspect_journal(self.db_path)
        created = False
        if found.state is FileState.MISSING:
            if self._has_history():
                return OpenResult(None, self._missing_problem())
            if not chores:
                return OpenResult(None, self._in_use_by(self._holder()))
            self._create()
            created = True
            found = inspect_journal(self.db_path)
        elif found.state is FileState.EMPTY:
            if not chores:
                return OpenResult(None, self._in_use_by(self._holder()))
            if self._has_history():
                return OpenResult(None, self._damaged(
                    f"{found.reason.removeprefix('the journal file ')}, though backups of it "
                    "exist"))
            self._create()
            created = True
            found = inspect_journal(self.db_path)
        if found.state is FileState.DAMAGED:
            if not chores:
                return OpenResult(None, self._problem(
                    ProblemKind.DAMAGED,
                    f"The journal {self.db_path} is damaged ({found.reason}). Close the "
                    "program using it, then open it again to recover.",
                ))
            return OpenResult(None, self._damaged(found.reason))
        if found.state is not FileState.OK:
            return OpenResult(None, self._unusable(found))
        notices: list[Notice] = []
        # (A brand-new journal has nothing to keep yet.)
        if chores and not created and backups.backup_due(self.data_dir):
            try:
                backups.backup_database(self.db_path, backups.DAILY)
            except BackupFailed as exc:
                notices.append(self._backups_notice(exc))
        if found.revision != db.SCHEMA_REVISION:
            refused = self._update_schema(chores=chores)
            if refused is not None:
                return refused
            found = inspect_journal(self.db_path)
            if not found.usable:
                return OpenResult(None, self._unusable(found))
        if found.unreadable:
            notices.append(self._unreadable_notice(found.unreadable))
        journal = self._journal(found.unreadable)
        return OpenResult(journal, None, tuple(notices))

    def _update_schema(self, *, chores: bool) -> OpenResult | None:
        """Migrate the file to this version's schema, a copy kept first; the refusal when
        that may not or cannot happen now (None once it is done)."""
        from desktop_app.journal import backups, db

        if not chores:
            return OpenResult(None, self._in_use_by(self._holder()))
        try:
            backups.backup_database(self.db_path, f"before-{db.SCHEMA_REVISION}")
        except BackupFailed as exc:
            return OpenResult(None, self._problem(
                ProblemKind.UPGRADE_BLOCKED,
                f"The journal must be updated for this version of the app, and a copy "
                f"is always kept first. {exc} The journal was left as it was.",
            ))
        self._migrate()
        return None

    def _create(self) -> None:
        from desktop_app.journal import db

        self.db_path.unlink(missing_ok=True)  # 0 bytes or no tables: nothing to keep
        engine = db.create_new(self.db_path)
        engine.dispose()

    def _migrate(self) -> None:
        from desktop_app.journal import db

        engine = db.create_journal_engine(self.db_path)
        try:
            db.upgrade(engine, db.SCHEMA_REVISION)
        finally:
            engine.dispose()

    def _journal(self, unreadable: list[UnreadableRow]) -> Journal:
        from desktop_app.journal import db
        from desktop_app.journal.repository import Journal

        return Journal(db.create_journal_engine(self.db_path), self.db_path, unreadable)

    def has_history(self) -> bool:
        """True when a journal was ever kept here: backups, or a file set aside."""
        if self.server is not None:
            return bool(self.backups())
        return self._has_history()

    def _has_history(self) -> bool:
        from desktop_app.journal import backups, db

        folder = backups.backup_dir(self.data_dir)
        return bool(db.set_aside_files(self.data_dir)) or (
            folder.is_dir() and any(folder.glob("journal-*.sqlite")))

    # --- problems, in words ------------------------------------------------------------

    def _problem(self, kind: ProblemKind, message: str, **extra: object) -> JournalProblem:
        return JournalProblem(kind, message, self.db_path, **extra)  # type: ignore[arg-type]

    def _holder(self) -> LockHolder:
        from desktop_app.journal.lock import holder_of

        return holder_of(self.data_dir) or LockHolder(None, "")

    def _in_use_by(self, holder: LockHolder) -> JournalProblem:
        return self._problem(
            ProblemKind.IN_USE,
            f"The journal in {self.data_dir} is in use by {holder.describe()}, which may be "
            "writing to it. Close it and try again; nothing was changed.",
            holder_pid=holder.pid,
        )

    def _damaged(self, reason: str) -> JournalProblem:
        from desktop_app.journal import backups, db

        moved = db.set_aside(self.db_path)
        newest = backups.newest_good_backup(self.data_dir)
        return self._problem(
            ProblemKind.DAMAGED,
            f"The journal file was damaged ({reason}). It has been kept as {moved.name} "
            f"and nothing in it was deleted.{_offer(newest)}",
            set_aside_as=moved, newest_backup=newest,
        )

    def _missing_problem(self) -> JournalProblem:
        from desktop_app.journal import backups, db

        aside = db.set_aside_files(self.data_dir)
        newest = backups.newest_good_backup(self.data_dir)
        if aside:
            what = (f"an earlier journal was set aside as damaged ({aside[-1].name}"
                    + (f" and {len(aside) - 1} more" if len(aside) > 1 else "") + ")")
        else:
            what = "its backups are there"
        return self._problem(
            ProblemKind.SET_ASIDE,
            f"There is no journal in {self.data_dir}, but {what}. An empty journal is not "
            f"started without asking.{_offer(newest)}",
            set_aside_as=aside[-1] if aside else None, newest_backup=newest,
        )

    def _unusable(self, found: Inspection) -> JournalProblem:
        from desktop_app.journal.health import FileState

        if found.state is FileState.BUSY:
            pids = processes_using(self.db_path)
            holder = self._holder()
            pid = holder.pid or (pids[0] if pids else None)
            who = holder.describe() if holder.pid else (
                f"process {pid}" if pid else "another program")
            return self._problem(
                ProblemKind.IN_USE,
                f"The journal {self.db_path} is in use by {who} and could not be read "
                f"({found.reason}). Nothing was changed; try again when it is free.",
                holder_pid=pid,
            )
        if found.state is FileState.UNREADABLE:
            return self._problem(
                ProblemKind.UNREADABLE,
                f"The journal {self.db_path} cannot be opened: {found.reason}. Nothing was "
                "changed; fix its permissions and try again.",
            )
        if found.state is FileState.NEWER:
            return self._problem(
                ProblemKind.NEWER,
                f"This journal ({self.db_path}) was written by a newer version of Rolling "
                f"Journal ({found.reason}). Update the app to open it; the file was left "
                "untouched.",
            )
        return self._problem(
            ProblemKind.FOREIGN,
            f"{self.db_path} is not a Rolling Journal journal: {found.reason}. It was left "
            "untouched; move it away or choose another folder with --data-dir.",
        )

    def _backups_notice(self, exc: BackupFailed) -> Notice:
        return Notice(
            NoticeKind.BACKUPS_UNWRITABLE,
            f"{exc} The journal opened and is safe, but no new backup was made, and "
            "imports are refused until backups can be written again.",
        )

    @staticmethod
    def _unreadable_notice(rows: list[UnreadableRow]) -> Notice:
        shown = "; ".join(str(row) for row in rows[:5])
        more = f"; and {len(rows) - 5} more" if len(rows) > 5 else ""
        return Notice(
            NoticeKind.UNREADABLE_ROWS,
            f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'} of the journal cannot be "
            f"read and {'is' if len(rows) == 1 else 'are'} not shown: {shown}{more}. "
            "Nothing was deleted. `rolling-journal check --repair` (or File > Check the "
            "journal) keeps them aside as text; exports include them.",
        )

    # --- backups and restore ---------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        from desktop_app.journal.backups import list_backups

        return list_backups(self.data_dir, self.backup_folder())

    def newest_good_backup(self) -> BackupInfo | None:
        from desktop_app.journal.backups import newest_good_backup

        return newest_good_backup(self.data_dir, self.backup_folder())

    def find_backup(self, name: str | Path) -> Path:
        """A backup by path, file name or number in the `backups` list (1 = newest)."""
        text = str(name)
        listed = self.backups()
        if text.isdigit() and 1 <= int(text) <= len(listed):
            return listed[int(text) - 1].path
        candidate = Path(text).expanduser()
        if candidate.exists():
            return candidate
        by_name = [info.path for info in listed if info.path.name == text]
        if by_name:
            return by_name[0]
        raise RestoreRefused(f"There is no backup {text!r}: give a file, a name or a number "
                             "from `rolling-journal backups`.")

    def restore(self, backup: Path) -> RestoreOutcome:
        """Replace the journal with `backup` after checking it as the app would open
        it; the journal is closed first, open() it again afterwards."""
        from desktop_app.journal.restore import restore_file

        ensure_data_dir(self.data_dir)
        holder = self.lock.acquire()
        if holder is not None:
            raise JournalInUse(self._in_use_by(holder).message, holder.pid)
        try:
            self.close()  # (our own hold on the lock stays until the restore is done)
            if self.server is not None or backup.suffix == ".json":
                return self._restore_snapshot(backup)
            return restore_file(self.data_dir, backup)
        finally:
            self.lock.release()

    def _restore_snapshot(self, snapshot: Path) -> RestoreOutcome:
        """A JSON snapshot into this journal (either kind), all or nothing, after a
        copy of the journal as it is (a snapshot, or an SQLite backup)."""
        from desktop_app.journal import backups
        from desktop_app.journal.backups import snapshot_entries
        from desktop_app.journal.restore import RestoreOutcome
        from desktop_app.journal.server_journal import restore_snapshot

        if snapshot.suffix != ".json" or snapshot_entries(snapshot) is None:
            raise RestoreRefused(
                f"Could not restore {snapshot.name}: a journal on a server is restored from "
                "a snapshot (a Rolling Journal JSON export, .json), and this is not one. "
                "Nothing was changed.")
        result = self._open(chores=False) if self.server is not None else None
        if result is not None and result.journal is None:
            assert result.problem is not None
            raise JournalUnavailable(result.problem)
        journal = result.journal if result is not None else self.open_or_raise()
        assert journal is not None
        try:
            try:
                before = (backups.backup_snapshot(journal, backups.BEFORE_RESTORE)
                          if journal.is_server
                          else backups.backup_database(journal.path, backups.BEFORE_RESTORE))
            except BackupFailed as exc:
                raise RestoreRefused(
                    f"{exc} A copy of the current journal must be kept before it is "
                    "replaced, so nothing was restored.") from exc
            entries = restore_snapshot(journal, snapshot)
        finally:
            journal.close()
            self.journal = None
        return RestoreOutcome(snapshot, entries, before, None)

    # --- import and export -------------------------------------------------------------------

    def _open_journal(self) -> Journal:
        if self.journal is None:
            return self.open_or_raise()
        return self.journal

    def import_file(
        self,
        path: Path,
        fmt: Format | None = None,
        *,
        progress: Callable[[ImportProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Add the new entries of `path`, backed up first; all or nothing."""
        from desktop_app.journal.backups import BEFORE_IMPORT, backup_database, backup_snapshot
        from desktop_app.journal.importer import import_path

        journal = self._open_journal()

        def back_up() -> None:
            try:
                if journal.is_server:
                    backup_snapshot(journal, BEFORE_IMPORT)
                else:
                    backup_database(journal.path, BEFORE_IMPORT)
            except BackupFailed as exc:
                raise JournalError(
                    f"Nothing was imported from {path.name}: {exc} A copy of the journal is "
                    "always kept before an import; the journal is unchanged."
                ) from exc

        return import_path(journal.import_target(), path, fmt, before_write=back_up,
                           progress=progress, cancelled=cancelled, server=journal.server)

    def export(self, path: Path, fmt: Format | None = None) -> ExportResult:
        from desktop_app.journal.export import write_export

        return write_export(self._open_journal(), path, fmt)

    # --- checks ----------------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Look the journal over without changing anything."""
        from desktop_app.journal import db
        from desktop_app.journal.health import inspect_journal

        if self.server is not None:
            return self._check_server(self.server)
        found = inspect_journal(self.db_path, count=True)
        return CheckReport(
            journal=self.db_path,
            state=str(found.state),
            reason=found.reason,
            revision=found.revision,
            entries=found.entries,
            unreadable=found.unreadable,
            kept_aside=self._kept_aside_count() if found.usable else 0,
            backups=self.backups(),
            set_aside=db.set_aside_files(self.data_dir),
        )

    def _check_server(self, address: ServerAddress) -> CheckReport:
        from desktop_app.journal.server import create_server_engine
        from desktop_app.journal.server_journal import inspect_server

        engine = create_server_engine(address)
        try:
            found = inspect_server(engine, address, count=True)
            kept = 0
            if found.usable:
                with engine.connect() as conn:
                    kept = int(conn.exec_driver_sql(
                        "SELECT count(*) FROM entry_kept_aside").scalar() or 0)
        finally:
            engine.dispose()
        return CheckReport(journal=Path(address.describe()), state=str(found.state),
                           reason=found.reason, revision=found.revision,
                           entries=found.entries, kept_aside=kept, backups=self.backups())

    def repair(self) -> CheckReport:
        """Keep unreadable rows aside (as text, in their own table), then check again."""
        journal = self.open_or_raise()
        moved = journal.keep_aside()
        self.close()
        return replace(self.check(), repaired=moved)

    def _kept_aside_count(self) -> int:
        import sqlite3

        try:
            conn = sqlite3.connect(f"{self.db_path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                return int(conn.execute("SELECT count(*) FROM entry_kept_aside").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error:
            return 0
