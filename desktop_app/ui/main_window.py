"""The main window: the three tabs (practice, journal, charts), the menus, the status
bar, and the dialogs around opening, restoring, importing and exporting the journal.
What those do is the application context's and the journal service's business: the
window shows the problem or the progress and passes the person's choice on.

The window paints with the tab it opens on only: the Watch & practise tab shows the saved
first frame, and the Journal tab's form and history are built right after the first paint
(or as soon as anything asks for them) unless the window opens on them. `finish_startup`
(right after the first paint) builds the practice page and opens the journal, then loads the
exercises and their motion, so the window appears before SQLAlchemy, pydantic, numpy and the
motion code are imported, and the journal is open before MuJoCo is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.journal.errors import JournalError
from desktop_app.ui.blocked import Blocked
from desktop_app.ui.notice_bar import NoticeBar
from desktop_app.ui.practice_page import PracticePage, landing_tab
from desktop_app.ui.server_status import ServerStatusBar

if TYPE_CHECKING:
    from desktop_app.context import AppContext
    from desktop_app.journal.entry import EntryData
    from desktop_app.journal.problems import JournalProblem
    from desktop_app.journal.repository import Journal
    from desktop_app.motion.body import Arms
    from desktop_app.ui.demo.panel import DemoPanel
    from desktop_app.ui.history import HistoryPanel
    from desktop_app.ui.journal_form import JournalForm
    from desktop_app.ui.journal_page import JournalPage
    from desktop_app.ui.practice.panel import PracticePanel
    from desktop_app.ui.practice.reminders import ReminderBanner, ReminderService
    from desktop_app.ui.practice.safety import PracticeSafety
    from desktop_app.ui.practice.store import PracticeSettingsStore
    from desktop_app.ui.recovery_dialog import RecoveryChoice



def _arms(choice: str) -> Arms | None:
    """The demonstration's arms from the settings' choice ("": each exercise file's own;
    the settings keep only the choices the body knows, see practice.settings)."""
    return cast("Arms", choice) if choice else None


class _FirstPaint(QObject):
    """Calls back once, when the watched widget has painted for the first time."""

    def __init__(self, watched: QWidget, callback: Any) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self._callback)
        return False


class MainWindow(QMainWindow):
    """Rolling Journal's window. Other tabs (demonstration, practice, charts) plug in."""

    journalOpened = Signal()
    journalChanged = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Rolling Journal"))
        self.resize(1280, 820)
        self.context = context
        self.data_dir = context.data_dir

        self._build_central()

        # The demonstration and the practice timer are filled in by finish_startup:
        # their modules (motion, rendering, practice plans) are not needed to paint.
        self.demo: DemoPanel | None = None
        self.practice: PracticePanel | None = None
        self.safety: PracticeSafety | None = None
        self.reminders: ReminderService | None = None
        self.banner: ReminderBanner | None = None
        self.settings_store: PracticeSettingsStore | None = None
        self._exercises_loaded = False
        # Settings live beside the journal they belong to (tab, target, reminders, pace).
        self._settings = context.settings
        self.practice_page = PracticePage(self._settings)
        self.tabs.addTab(self.practice_page, self.tr("&Watch && practise"))

        # The Journal tab's form and history: a stand-in until they are built (see
        # `journal_page`). The undo stack is the window's, so the Edit menu has it at once.
        self.undo_stack = QUndoStack(self)
        self._journal_page: JournalPage | None = None
        self._journal_stand_in: QWidget | None = QWidget()
        self._journal_stand_in.setObjectName("journalPageStandIn")
        self.tabs.addTab(self._journal_stand_in, self.tr("&Journal"))

        # pyqtgraph costs a third of a second to import: the charts are built the
        # first time their tab is shown, never on the way to the first paint.
        self.charts: Any = None
        self.charts_page = QWidget()
        self.charts_page.setObjectName("progressPage")
        self._charts_layout = QVBoxLayout(self.charts_page)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.charts_page, self.tr("&Progress"))
        # Watch & practise (with its welcome) on a first start; later, the last tab used.
        last_tab = landing_tab(self._settings)
        self._build_menus()
        self._build_status_bar()
        self._set_journal_enabled(False)
        if last_tab == "journal":
            self.tabs.setCurrentWidget(self.journal_page)  # shown at the first paint: built now
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def _build_central(self) -> None:
        """The tabs, under the notices and the server's status."""
        context = self.context
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self.notice_bar = NoticeBar()
        self.notice_bar.dismissed.connect(context.dismiss_notice)
        self.notice_bar.keepAsideRequested.connect(self.keep_unreadable_aside)
        context.noticesChanged.connect(lambda: self.notice_bar.show_notices(context.notices))
        self._central_layout.addWidget(self.notice_bar)
        self.server_status = ServerStatusBar()
        self._central_layout.addWidget(self.server_status)
        self._central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    @property
    def journal_page(self) -> JournalPage:
        """The Journal tab: the form and the history, built the first time anything needs
        them (right after the first paint at the latest, see `finish_startup`)."""
        page = self._journal_page
        if page is None:
            page = self._build_journal_page()
        return page

    @property
    def form(self) -> JournalForm:
        return self.journal_page.form

    @property
    def history(self) -> HistoryPanel:
        return self.journal_page.history

    def _build_journal_page(self) -> JournalPage:
        """The form and the history, wired to the journal's changes, in the stand-in's
        place (the same tab, still current if it was)."""
        from desktop_app.ui.journal_page import SERVER_RETRY_S, JournalPage

        context = self.context
        page = self._journal_page = JournalPage(self.data_dir, lambda: self.journal,
                                                undo_stack=self.undo_stack)
        page.changed.connect(self.journalChanged)
        context.journalChanged.connect(page.journal_changed)
        page.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        # A journal on a server: the other computers' saves, and a server that is away.
        context.changedElsewhere.connect(page.changed_elsewhere)
        page.serverUnreachable.connect(
            lambda text: self.server_status.show_unreachable(text, SERVER_RETRY_S))
        page.serverReachable.connect(self.server_status.show_reachable)
        self.server_status.retryRequested.connect(page.retry_save)
        # Delete is the history table's own shortcut (in a text field it deletes text).
        page.history.table.addAction(self.delete_action)
        stand_in, self._journal_stand_in = self._journal_stand_in, None
        assert stand_in is not None
        index, current = self.tabs.indexOf(stand_in), self.tabs.currentIndex()
        with Blocked(self.tabs):  # the same tab stays current: nothing to announce
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, self.tr("&Journal"))
            self.tabs.setCurrentIndex(current)
        stand_in.deleteLater()
        return page

    def findChild(self, *args: Any, **kwargs: Any) -> Any:
        """Qt's findChild, finding the Journal tab's widgets before they are built too."""
        found = super().findChild(*args, **kwargs)
        if found is None and self._journal_page is None:
            self._build_journal_page()
            found = super().findChild(*args, **kwargs)
        return found

    def findChildren(self, *args: Any, **kwargs: Any) -> Any:
        """Qt's findChildren, the Journal tab's widgets included even before the first
        paint built them."""
        if self._journal_page is None:
            self._build_journal_page()
        return super().findChildren(*args, **kwargs)

    # --- the journal -------------------------------------------------------------------

    @property
    def journal(self) -> Journal:
        if not self.context.is_open:
            self.open_journal()
        return self.context.journal  # JournalError when it could not be opened

    def finish_startup_after_first_paint(self) -> None:
        _FirstPaint(self.tabs, lambda: self.finish_startup(exercises_later=True))

    def finish_startup(self, *, exercises_later: bool = False) -> None:
        """Build the Journal tab and the practice page, load the exercises and open the
        journal: all that the first paint need not wait for.

        `exercises_later`: load the exercises (and MuJoCo, and the first step's motion) only
        once the journal is open and its history shown, from the event loop; the saved first
        frame stands in for the demonstration until then.
        """
        self.journal_page  # noqa: B018 - builds it, if the first paint did not
        self._build_practice_page()
        if exercises_later:
            # Queued now, so it runs as soon as the event loop does: after the journal is
            # open, or while a recovery dialog asks what to do with it.
            QTimer.singleShot(0, self._load_exercises_once)
        else:
            self.load_exercises()
        if self.open_journal():
            assert self.reminders is not None
            self.reminders.start()
            if self._settings.value("window/tab") == "progress":
                self.tabs.setCurrentWidget(self.charts_page)

    def _load_exercises_once(self) -> None:
        if not self._exercises_loaded:  # unless something asked for them first
            self.load_exercises()

    def _build_practice_page(self) -> None:
        if self.practice is not None:
            return
        from desktop_app.ui.demo.panel import DemoPanel
        from desktop_app.ui.practice.panel import PracticePanel
        from desktop_app.ui.practice.reminders import ReminderBanner

        self.settings_store = self.context.practice_settings()
        self.safety = self.context.practice_safety()
        self.demo = DemoPanel()
        self.practice = PracticePanel(self.demo, self._count_sessions, store=self.settings_store,
                                      safety=self.safety)
        self.demo.set_settings(self._settings)
        self.practice_page.install(self.demo, self.practice)

        self.banner = ReminderBanner()
        self.banner.hide()
        self._central_layout.insertWidget(0, self.banner)
        self.reminders = self.context.start_reminders(busy=self.practice.is_running)
        self.reminders.bannerRequested.connect(self.banner.show_message)
        self.reminders.openRequested.connect(self._bring_to_practice)
        self.banner.practiseRequested.connect(self._bring_to_practice)
        self.practice.sessionEnded.connect(self._on_session_ended)
        # The safety model first: the counts read its pauses and targets.
        self.journalChanged.connect(self.safety.refresh)
        self.journalOpened.connect(self.safety.refresh)
        self.journalChanged.connect(self.practice.refresh_counts)
        self.safety.scheduleChanged.connect(lambda: self.journal_changed())
        self.settings_store.changed.connect(self._on_settings_changed)
        self.demo.set_arms(_arms(self.settings_store.settings.arms))
        self.settings_action.setEnabled(True)
        self.guide_action.setEnabled(True)

    def load_exercises(self, folder: Path | None = None) -> None:
        from desktop_app.choreography import load_exercises
        from desktop_app.i18n import language

        self._build_practice_page()
        assert self.demo is not None and self.practice is not None
        self._exercises_loaded = True
        # Each exercise as the chosen language has it (its file's caption_de, [guidance.de]).
        result = load_exercises(folder).localized(language())
        self.demo.set_exercises(result)
        # The timer guides through the exercise the demonstration opened on.
        self.practice.set_exercise(self.demo.current_exercise())
        self.practice_page.exercises_loaded()

    def open_journal(self) -> bool:
        """Open the journal and show it. When it cannot be opened, say why and offer
        what fits (a backup, an empty journal, trying again); never start an empty
        journal unasked. False when the journal stays closed."""
        if self.context.is_open:
            return True
        result = self.context.open_journal()
        if result.problem is not None:
            from desktop_app.ui.recovery_dialog import RecoveryChoice
        while result.problem is not None:
            problem = result.problem
            self.history.summary.setText(problem.message)
            choice = self.ask_recovery(problem)
            result = self._carry_out(choice, problem)
            if result is None:
                self._set_journal_enabled(False)
                if choice is RecoveryChoice.QUIT:
                    QTimer.singleShot(0, self.close)
                return False
        self._set_journal_enabled(True)
        self.journal_page.set_open(True)
        self.notice_bar.show_notices(self.context.notices)
        self.journalOpened.emit()
        return True

    def ask_recovery(self, problem: JournalProblem) -> RecoveryChoice:
        """The dialog for a journal that could not be opened (tests replace this)."""
        from desktop_app.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(problem, has_backups=bool(self.context.backups()), parent=self)
        return dialog.ask()

    def _carry_out(self, choice: RecoveryChoice, problem: JournalProblem) -> Any:
        """The OpenResult of the person's choice, or None to leave the journal closed."""
        from desktop_app.ui.recovery_dialog import RecoveryChoice

        if choice is RecoveryChoice.RETRY:
            return self.context.open_journal()
        if choice is RecoveryChoice.START_EMPTY:
            return self.context.start_empty()
        backup: Path | None = None
        if choice is RecoveryChoice.RESTORE_NEWEST and problem.newest_backup is not None:
            backup = problem.newest_backup.path
        elif choice is RecoveryChoice.CHOOSE_BACKUP:
            backup = self._choose_backup()
            if backup is None:
                return self.context.open_journal()  # asks again
        if backup is None:
            return None
        try:
            self.context.restore(backup)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), str(exc))
        return self.context.open_journal()

    def _choose_backup(self) -> Path | None:
        from desktop_app.ui.backup_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.context.backups(), self)
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def restore_backup(self, backup: Path | None = None, *, confirm: bool = True) -> bool:
        """Replace the journal with a backup (File > Restore backup)."""
        from desktop_app.ui.backup_dialog import describe

        infos = self.context.backups()
        if backup is None:
            backup = self._choose_backup()
            if backup is None:
                return False
        label = next((describe(i) for i in infos if i.path == backup), backup.name)
        if confirm and QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr("Replace the journal with the backup of {label}?\n\n"
                    "The current journal is backed up first.").format(label=label),
        ) != QMessageBox.StandardButton.Yes:
            return False
        self.journal_page.keep_draft()
        self.journal_page.set_open(False)
        try:
            self.context.restore(backup)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), str(exc))
            self.open_journal()
            return False
        self.form.clear()
        opened = self.open_journal()
        self.statusBar().showMessage(
            self.tr("Restored the backup of {label}.").format(label=label), 10000)
        return opened

    def keep_unreadable_aside(self) -> None:
        """The notice's "Keep them aside": move unreadable rows into their own table."""
        try:
            moved = self.context.keep_unreadable_aside()
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        self.statusBar().showMessage(
            self.tr("Kept %n unreadable row(s) aside as text; exports include them.", "",
                    moved), 10000)

    def check_journal(self) -> None:
        """File > Check the journal: what `rolling-journal check` says, in a dialog."""
        report = self.context.check()
        lines = [self.tr("Journal: {path}").format(path=report.journal),
                 self.tr("State: {state}").format(
                     state=report.state + (f" ({report.reason})" if report.reason else ""))]
        if report.entries is not None:
            lines.append(self.tr("Entries: {count}").format(count=report.entries))
        lines.append(self.tr("Unreadable rows: {count}").format(count=len(report.unreadable)))
        lines += [f"    {row}" for row in report.unreadable[:10]]
        lines.append(self.tr("Kept aside: {count}").format(count=report.kept_aside))
        lines.append(self.tr("Backups: {count}").format(count=len(report.backups)))
        box = QMessageBox(QMessageBox.Icon.Information if report.healthy
                          else QMessageBox.Icon.Warning,
                          self.tr("Check the journal"), "\n".join(lines),
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("checkJournalReport")
        keep = None
        if report.unreadable and self.context.is_open:
            keep = box.addButton(self.tr("Keep them aside"), QMessageBox.ButtonRole.ActionRole)
            keep.setObjectName("checkKeepAside")
        box.exec()
        if keep is not None and box.clickedButton() is keep:
            self.keep_unreadable_aside()

    def journal_changed(self, select_id: int | None = None) -> None:
        """The journal changed behind the page's back (import, restore, a script)."""
        self.journal_page.journal_changed(select_id)

    def save_entry(self) -> bool:
        return self.journal_page.save_entry()

    # --- actions -----------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> None:
        """File > Import: on a worker thread, with progress and Cancel (which writes
        nothing). Returns when the import is over."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import journal"), str(Path.home()),
                self.tr("Journal files (*.csv *.json)"))
            if not chosen:
                return
            path = Path(chosen)
        try:
            self.journal  # noqa: B018 - opens it (or explains why not) first
            job = self.context.start_import(path)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Nothing was imported"), str(exc))
            return
        from desktop_app.ui.import_progress import ImportProgressDialog

        dialog = ImportProgressDialog(path.name, self)
        outcome: dict[str, Any] = {}
        loop = QEventLoop()
        job.progressed.connect(dialog.show_progress)
        job.finished.connect(lambda result: outcome.setdefault("result", result))
        job.failed.connect(lambda text: outcome.setdefault("error", text))
        job.cancelled.connect(lambda: outcome.setdefault("cancelled", True))
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(loop.quit)
        dialog.canceled.connect(job.cancel)
        dialog.canceled.connect(dialog.cancelling)
        # The journal is being written: no saves, edits or menus until it is done.
        self._busy(True)
        job.start()
        try:
            loop.exec()
        finally:
            job.wait()
            dialog.reset()
            dialog.close()
            self._busy(False)
        if "error" in outcome:
            QMessageBox.warning(self, self.tr("Nothing was imported"), outcome["error"])
            return
        if "cancelled" in outcome:
            self.statusBar().showMessage(
                self.tr("Import cancelled: nothing was imported."), 10000)
            return
        result = outcome["result"]
        message = self.tr("Imported %n session(s) from {name}", "", result.added).format(
            name=path.name)
        if result.skipped:
            message += self.tr("; skipped %n already in the journal", "", result.skipped)
        if result.pauses_added or result.targets_added:
            message += (self.tr("; added %n pause(s)", "", result.pauses_added)
                        + self.tr(" and %n daily target change(s)", "", result.targets_added))
        self.statusBar().showMessage(message + ".", 10000)
        QMessageBox.information(self, self.tr("Import finished"), message + ".")

    def _busy(self, busy: bool) -> None:
        for widget in (self.centralWidget(), self.menuBar()):
            if widget is not None:
                widget.setEnabled(not busy)

    def export_file(self, fmt: str, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export journal as {fmt}").format(fmt=fmt.upper()),
                str(Path.home() / f"rolling-journal.{fmt}"),
                self.tr("{fmt} files (*.{ext})").format(fmt=fmt.upper(), ext=fmt),
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            self.journal  # noqa: B018 - opens it (or explains why not) first
            result = self.context.export(path, fmt)
        except (OSError, JournalError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return
        message = self.tr("Exported %n session(s) to {path}.", "", result.count).format(
            path=path)
        if result.pauses or result.targets:
            message += " " + (self.tr("With %n practice pause(s)", "", result.pauses)
                              + self.tr(" and %n daily target change(s).", "", result.targets))
        if result.kept_aside:
            message += " " + self.tr("%n unreadable row(s) went out as raw text.", "",
                                     result.kept_aside)
        self.statusBar().showMessage(message, 10000)

    def save_report(
        self, path: Path | None = None, *, weeks: int | None = None, include_notes: bool = True
    ) -> Path | None:
        """File > Save report…: the physiotherapist report as a PDF. Without `path` asks
        for the weeks, the notes and the file; returns the file written (None if not)."""
        from PySide6.QtWidgets import QApplication

        from desktop_app.practice.periods import DEFAULT_DAILY_TARGET
        from desktop_app.ui.report.dialog import SaveReportDialog
        from desktop_app.ui.report.document import save_report

        if path is None:
            dialog = SaveReportDialog(self)
            if dialog.exec() != SaveReportDialog.DialogCode.Accepted:
                return None
            weeks, include_notes = dialog.weeks(), dialog.include_notes()
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"),
                str(Path.home() / "rolling-journal-report.pdf"), self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
        store = self.settings_store
        per_day = store.settings.daily_target if store is not None else DEFAULT_DAILY_TARGET
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = save_report(self.journal, path, weeks=weeks or 12,
                                include_notes=include_notes, sessions_per_day=per_day)
        except (OSError, JournalError) as exc:
            QMessageBox.warning(self, self.tr("Report not saved"),
                                self.tr("Could not write {path}: {reason}").format(
                                    path=path, reason=exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(
            self.tr("Saved the report to {path} (pages: {pages}).").format(path=path,
                                                                          pages=pages), 10000)
        return path

    # --- plumbing ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_edit_menu()
        self._build_help_menu()

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.triggered.connect(lambda: self.import_file())
        self.export_csv_action = QAction(self.tr("Export as &CSV…"), self)
        self.export_csv_action.triggered.connect(lambda: self.export_file("csv"))
        self.export_json_action = QAction(self.tr("Export as &JSON…"), self)
        self.export_json_action.triggered.connect(lambda: self.export_file("json"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.restore_action = QAction(self.tr("&Restore backup…"), self)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        self.check_action = QAction(self.tr("C&heck the journal…"), self)
        self.check_action.setObjectName("checkJournalAction")
        self.check_action.triggered.connect(self.check_journal)
        self.report_action = QAction(self.tr("Save &report…"), self)
        self.report_action.setObjectName("saveReport")
        self.report_action.setToolTip(self.tr("Save a PDF report of your practice for your "
                                              "physiotherapist"))
        self.report_action.triggered.connect(lambda: self.save_report())
        for action in (self.import_action, self.export_csv_action, self.export_json_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.check_action)
        self.server_action = QAction(self.tr("Journal &server…"), self)
        self.server_action.setObjectName("journalServerAction")
        self.server_action.triggered.connect(lambda: self.choose_journal_server())
        file_menu.addAction(self.server_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _build_edit_menu(self) -> None:
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.save_action = QAction(self.tr("&Save entry"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda: self.journal_page.save_entry())
        self.new_action = QAction(self.tr("&New entry"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.journal_page.new_entry())
        self.delete_action = QAction(self.tr("&Delete entry"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Only from the history table: in a text field Delete must delete text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self.journal_page.delete_selected())
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.new_action, self.save_action, self.delete_action):
            edit_menu.addAction(action)

        self.settings_action = QAction(self.tr("Practice &settings…"), self)
        self.settings_action.triggered.connect(self._open_practice_settings)
        self.settings_action.setEnabled(False)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("The exercise and &head leading…"), self)
        self.guide_action.triggered.connect(self._show_guidance)
        self.guide_action.setEnabled(False)
        help_menu.addAction(self.guide_action)
        self.welcome_action = QAction(self.tr("&Welcome…"), self)
        self.welcome_action.triggered.connect(self._show_welcome)
        help_menu.addAction(self.welcome_action)
        about = QAction(self.tr("&About Rolling Journal"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        # Deletes, hurt stops saved at once and saved edits are undoable: the button
        # shows while there is one to undo.
        self.undo_stack.canUndoChanged.connect(self.undo_button.setVisible)

    def _set_journal_enabled(self, enabled: bool) -> None:
        for action in (self.import_action, self.export_csv_action, self.export_json_action,
                       self.report_action):
            action.setEnabled(enabled)

    # --- practice, reminders and charts ---------------------------------------------------

    def _count_sessions(self, since: Any, until: Any) -> int:
        if not self.context.is_open:
            raise JournalError(self.tr("The journal is not open yet."))
        return self.context.journal.count(since, until)

    def _on_session_ended(self, data: EntryData) -> None:
        """Finish: the form, filled in, waits for the person's Save. "It hurts: stop": the
        session is saved at once and opened in the form to add pain and notes."""
        from desktop_app.ui.practice.panel import prefill_message

        self.tabs.setCurrentWidget(self.journal_page)
        if data.stopped_hurt:
            self.journal_page.record_hurt_stop(data, prefill_message(data, saved=True))
        else:
            self.journal_page.load_session(data, prefill_message(data))

    def _open_practice_settings(self) -> None:
        if self.practice is not None:
            self.practice.open_settings()

    def _show_guidance(self) -> None:
        if self.demo is not None:
            self.demo.show_guidance()

    def _show_welcome(self) -> None:
        self.tabs.setCurrentWidget(self.practice_page)
        self.practice_page.show_welcome()

    def _bring_to_practice(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentWidget(self.practice_page)

    def _on_tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.charts_page:
            self.ensure_charts()
        if page is not None and page is self._journal_stand_in:
            page = self.journal_page  # the person opened the tab before it was built
        names: dict[QWidget | None, str] = {
            self.practice_page: "practice", self._journal_page: "journal"}
        self._settings.setValue("window/tab", names.get(page, "progress"))

    def ensure_charts(self) -> Any:
        """Build the charts tab the first time it is needed; None without a journal."""
        if self.charts is None and self.context.is_open:
            from desktop_app.practice.periods import DEFAULT_DAILY_TARGET
            from desktop_app.ui.charts.tab import ChartsTab

            store = self.settings_store
            per_day = store.settings.daily_target if store is not None else DEFAULT_DAILY_TARGET
            self.charts = ChartsTab(lambda: self.context.journal, sessions_per_day=per_day)
            self._charts_layout.addWidget(self.charts)
            self.journalChanged.connect(self.charts.refresh)
        return self.charts

    def _on_settings_changed(self, settings: Any) -> None:
        if self.demo is not None:
            self.demo.set_arms(_arms(settings.arms))
        if self.charts is not None:
            self.charts.set_sessions_per_day(settings.daily_target)
        if self.practice is not None:
            self.practice.refresh_counts()

    def _about(self) -> None:
        from desktop_app import __version__

        QMessageBox.about(
            self,
            self.tr("About Rolling Journal"),
            "<b>" + self.tr("Rolling Journal {version}").format(version=__version__)
            + "</b><p>" + self.tr("Watch, practise and log the middle-back rolling exercise. "
                                  "Your journal stays on this computer:")
            + f"</p><p><code>{self.data_dir}</code></p>",
        )

    def choose_journal_server(self, dialog: Any = None) -> bool:
        """File > Journal server…: keep the journal on a PostgreSQL server, or in this
        computer's file; the journal is opened again from there. True when changed."""
        from desktop_app.journal.location import SETTINGS_GROUP, SETTINGS_KEY
        from desktop_app.ui.server_settings import JournalServerDialog

        current = str(self._settings.value(f"{SETTINGS_GROUP}/{SETTINGS_KEY}", "") or "") or None
        dialog = dialog or JournalServerDialog(current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.url == current:
            return False
        if not self.journal_page.confirm_discard():
            return False
        self._settings.setValue(f"{SETTINGS_GROUP}/{SETTINGS_KEY}", dialog.url or "")
        self._settings.sync()
        self._set_journal_enabled(False)
        self.journal_page.set_open(False)
        self.context.use_database_url(dialog.url)
        self.open_journal()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.practice is not None and not self.practice.ask_before_close():
            event.ignore()
            return
        if self.demo is not None:
            self.demo.pause()
            # A demonstration still being computed stops at its next chunk.
            self.demo.preparer.shutdown()
        # No question about the form: an unsaved entry is kept as a draft and
        # offered back on the next start.
        if self._journal_page is not None:
            self._journal_page.keep_draft()
        self.context.shutdown()
        event.accept()

