"""The application context: what the window works with, built once in app.py.

It owns the journal service, the settings file, the practice settings store, what
practising safely reads from the journal (the pain warning, pauses, the target's
history) and the reminders, and says what changed (signals). The window shows dialogs and passes the
person's choices on; what a choice does to the journal is decided in the service.
Imports run here on a worker thread (`BackgroundImport`) so the window stays live.

Cheap to build: the practice modules and the database libraries load after the first
paint, when the journal is opened.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QThread, Signal

from desktop_app.journal.errors import ImportCancelled, JournalError
from desktop_app.journal.lock import WINDOW_ROLE
from desktop_app.paths import SETTINGS_FILENAME

if TYPE_CHECKING:
    from desktop_app.journal.backups import BackupInfo
    from desktop_app.journal.dialect import ChangeListener
    from desktop_app.journal.export import ExportResult
    from desktop_app.journal.importer import ImportProgress, ImportResult
    from desktop_app.journal.problems import Notice, OpenResult
    from desktop_app.journal.repository import Journal
    from desktop_app.journal.restore import RestoreOutcome
    from desktop_app.journal.service import CheckReport, JournalService
    from desktop_app.ui.practice.reminders import ReminderService
    from desktop_app.ui.practice.safety import PracticeSafety
    from desktop_app.ui.practice.store import PracticeSettingsStore


class _Worker(QThread):
    def __init__(self, work: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("journalImport")
        self._work = work

    def run(self) -> None:
        self._work()


class BackgroundImport(QObject):
    """One import on a worker thread. `progressed(rows, fraction)` while it reads;
    then exactly one of `finished(ImportResult)`, `failed(message)`, `cancelled()`."""

    progressed = Signal(int, float)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, service: JournalService, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._service = service
        self._stop = threading.Event()
        self._thread = _Worker(self._run, self)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Stop at the next batch; nothing is written (the transaction rolls back)."""
        self._stop.set()

    def wait(self, ms: int = 60_000) -> bool:
        return bool(self._thread.wait(ms))

    def _run(self) -> None:
        def report(progress: ImportProgress) -> None:
            self.progressed.emit(progress.rows, progress.fraction)

        try:
            result = self._service.import_file(
                self.path, progress=report, cancelled=self._stop.is_set)
        except ImportCancelled:
            self.cancelled.emit()
        except (JournalError, ValueError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # logged and shown: never a thread that dies unseen
            logging.getLogger(__name__).exception("The import of %s failed", self.path)
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)


class AppContext(QObject):
    """The journal, the settings and the reminders of one data folder."""

    journalOpened = Signal()
    journalClosed = Signal()
    journalChanged = Signal()
    noticesChanged = Signal()
    # Another computer saved to the server journal (emitted on the GUI thread).
    changedElsewhere = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None, *,
                 database_url: str | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._explicit_url = database_url  # --database-url; else environment, settings
        self._service: JournalService | None = None
        self._listener: ChangeListener | None = None
        # Settings live beside the journal they belong to (tab, target, reminders, pace).
        self.settings = QSettings(str(data_dir / SETTINGS_FILENAME), QSettings.Format.IniFormat)
        self.settings_store: PracticeSettingsStore | None = None
        self.safety: PracticeSafety | None = None
        self.reminders: ReminderService | None = None
        self.notices: list[Notice] = []

    # --- the journal -------------------------------------------------------------------

    @property
    def service(self) -> JournalService:
        """Built on first use, after the first paint (it is what opens the journal)."""
        if self._service is None:
            from desktop_app.journal.service import JournalService

            self._service = JournalService(self.data_dir, role=WINDOW_ROLE,
                                           database_url=self.database_url())
        return self._service

    def database_url(self) -> str | None:
        """The server journal's URL (--database-url, the environment, the settings), or
        None for the SQLite file."""
        from desktop_app.journal.location import resolve_database_url

        self.settings.sync()
        return resolve_database_url(self._explicit_url, self.data_dir)

    def use_database_url(self, url: str | None) -> None:
        """Switch to another journal (a server, or None: the SQLite file): the one open
        is closed; open_journal() opens the new one."""
        self.close_journal()
        self._explicit_url = url if url else ""
        self._service = None

    @property
    def is_open(self) -> bool:
        return self._service is not None and self._service.journal is not None

    @property
    def journal(self) -> Journal:
        journal = self._service.journal if self._service is not None else None
        if journal is None:
            raise JournalError(self.tr("The journal in {folder} is not open.").format(
                folder=self.data_dir))
        return journal

    def open_journal(self) -> OpenResult:
        return self._opened(self.service.open())

    def start_empty(self) -> OpenResult:
        return self._opened(self.service.start_empty())

    def _opened(self, result: OpenResult) -> OpenResult:
        if result.journal is not None:
            self.notices = list(result.notices)
            self.noticesChanged.emit()
            self._listen(result.journal)
            self.journalOpened.emit()
        return result

    def _listen(self, journal: Journal) -> None:
        """On a server journal, hear the other computers' saves (LISTEN/NOTIFY)."""
        if journal.server is None or self._listener is not None:
            return
        from desktop_app.journal.dialect import ChangeListener

        # The listener's thread emits; Qt queues the signal to this object's thread.
        self._listener = ChangeListener(journal.server, self.changedElsewhere.emit)
        self._listener.start()

    def _stop_listening(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    @property
    def server_name(self) -> str | None:
        """USER@HOST:PORT/DB of the server journal, None for the SQLite file."""
        server = self._service.server if self._service is not None else None
        return server.describe() if server is not None else None

    def close_journal(self) -> None:
        self._stop_listening()
        if self.is_open:
            self.service.close()
            self.journalClosed.emit()

    def count_sessions(self, since: datetime | None, until: datetime | None) -> int:
        return self.journal.count(since, until)

    def changed(self) -> None:
        """The journal changed (a save, an import, a restore): tell every view."""
        self.journalChanged.emit()

    def dismiss_notice(self, notice: Notice) -> None:
        if notice in self.notices:
            self.notices.remove(notice)
            self.noticesChanged.emit()

    # --- backups -------------------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        return self.service.backups()

    def newest_good_backup(self) -> BackupInfo | None:
        return self.service.newest_good_backup()

    def restore(self, backup: Path) -> RestoreOutcome:
        """Replace the journal with `backup` (checked first); the journal is closed
        meanwhile and opened again by the caller (open_journal)."""
        self.close_journal()
        return self.service.restore(backup)

    # --- import, export, checks ----------------------------------------------------------

    def start_import(self, path: Path) -> BackgroundImport:
        if not self.is_open:
            raise JournalError(self.tr("The journal in {folder} is not open.").format(
                folder=self.data_dir))
        job = BackgroundImport(self.service, path, self)
        job.finished.connect(lambda _result: self.changed())
        return job

    def import_now(self, path: Path) -> ImportResult:
        """The same import, on this thread (scripts, tests)."""
        result = self.service.import_file(path)
        self.changed()
        return result

    def export(self, path: Path, fmt: Any = None) -> ExportResult:
        return self.service.export(path, fmt)

    def check(self) -> CheckReport:
        return self.service.check()

    def keep_unreadable_aside(self) -> int:
        from desktop_app.journal.problems import NoticeKind

        moved = self.journal.keep_aside()
        self.notices = [n for n in self.notices if n.kind is not NoticeKind.UNREADABLE_ROWS]
        self.noticesChanged.emit()
        self.changed()
        return moved

    # --- practice settings and reminders (after the first paint) ---------------------------

    def practice_settings(self) -> PracticeSettingsStore:
        if self.settings_store is None:
            from desktop_app.ui.practice.store import PracticeSettingsStore

            self.settings_store = PracticeSettingsStore(self.settings, self)
        return self.settings_store

    def practice_safety(self) -> PracticeSafety:
        """The pain warning, the pauses and the daily target's history of the open
        journal (JournalError inside while it is closed: then nothing stands)."""
        if self.safety is None:
            from desktop_app.ui.practice.safety import PracticeSafety

            self.safety = PracticeSafety(lambda: self.journal, self.practice_settings(),
                                         parent=self)
        return self.safety

    def start_reminders(self, busy: Callable[[], bool]) -> ReminderService:
        """Reminders, held while practice is paused, the pain warning stands or
        practice was just stopped because it hurt."""
        if self.reminders is None:
            from desktop_app.ui.practice.reminders import ReminderService

            self.reminders = ReminderService(self.practice_settings(), self._count_or_fail,
                                             busy=busy, hold=self.practice_safety().reminder_hold,
                                             parent=self)
        return self.reminders

    def _count_or_fail(self, since: Any, until: Any) -> int:
        if not self.is_open:
            raise JournalError(self.tr("The journal is not open yet."))
        return self.journal.count(since, until)

    def shutdown(self) -> None:
        if self.reminders is not None:
            self.reminders.stop()
        self.close_journal()
