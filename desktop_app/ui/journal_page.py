"""The Journal tab: the entry form beside the history, saving, editing, undoable deletes
and the unsaved draft. The window hands it the journal once that is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton, QSplitter, QWidget

from desktop_app.journal.draft import clear_draft, load_draft, save_draft
from desktop_app.journal.errors import EntryConflict, JournalError
from desktop_app.journal.server import ServerUnreachable
from desktop_app.ui.dates import local_text
from desktop_app.ui.history import HistoryPanel
from desktop_app.ui.journal_form import JournalForm

if TYPE_CHECKING:
    from desktop_app.journal.entry import EntryData
    from desktop_app.journal.repository import Journal, JournalEntry
    from desktop_app.ui.conflict_message import ConflictMessage

DRAFT_DELAY_MS = 800  # write the draft this long after typing stops
SERVER_RETRY_S = 5  # an unsaved entry is saved again this often while the server is away


class _DeleteEntry(QUndoCommand):
    """Soft delete with undo; the entry row stays in the file until then."""

    def __init__(self, page: JournalPage, entry_id: int, label: str,
                 version: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("JournalPage", "Delete entry of {when}")
                         .format(when=label))
        self._page = page
        self._entry_id = entry_id
        # The version shown: the first delete is refused if another computer changed
        # the entry since (a redo after an undo deletes what this window put back).
        self._version = version

    def redo(self) -> None:
        version, self._version = self._version, None
        self._page.journal().delete(self._entry_id, version=version)
        self._page.journal_changed(select_id=None)

    def undo(self) -> None:
        self._page.journal().restore(self._entry_id)
        self._page.journal_changed(select_id=self._entry_id)


class _RecordHurtStop(QUndoCommand):
    """A session stopped because it hurt, saved the moment it stopped; Undo removes it
    (a soft delete: Redo brings it back)."""

    def __init__(self, page: JournalPage, saved: JournalEntry, label: str) -> None:
        super().__init__(QCoreApplication.translate("JournalPage", "Record the hurt stop of {when}")
                         .format(when=label))
        self._page = page
        self._entry_id = saved.id
        self._done = True  # saved before the command was pushed

    def redo(self) -> None:
        if self._done:
            return
        if self._page.run_journal(lambda j: j.restore(self._entry_id),
                                  QCoreApplication.translate("JournalPage", "restore the entry")):
            self._done = True
            self._page.journal_changed(select_id=self._entry_id)

    def undo(self) -> None:
        if self._page.run_journal(lambda j: j.delete(self._entry_id),
                                  QCoreApplication.translate("JournalPage", "remove the entry")):
            self._done = False
            self._page.forget_form_of(self._entry_id)
            self._page.journal_changed(select_id=None)


class _EditEntry(QUndoCommand):
    """Saved changes to an entry; Undo puts back what it said before."""

    def __init__(self, page: JournalPage, entry_id: int, before: EntryData, after: EntryData,
                 label: str) -> None:
        super().__init__(QCoreApplication.translate("JournalPage", "Edit the entry of {when}")
                         .format(when=label))
        self._page = page
        self._entry_id = entry_id
        self._before = before
        self._after = after
        self._first = True  # the changes were saved before the command was pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, data: EntryData) -> None:
        if self._page.run_journal(lambda j: j.update(self._entry_id, data),
                                  QCoreApplication.translate("JournalPage", "undo the edit")):
            self._page.reload_form_of(self._entry_id)
            self._page.journal_changed(select_id=self._entry_id)


class JournalPage(QSplitter):
    """Form and history. `changed` after every change to the journal made here;
    `message` carries status-bar text (and how long to show it, in ms)."""

    changed = Signal()
    message = Signal(str, int)
    # The journal's server could not be reached (the message says which and why), and
    # then could again.
    serverUnreachable = Signal(str)
    serverReachable = Signal()

    def __init__(
        self, data_dir: Path, journal: Callable[[], Journal], parent: QWidget | None = None,
        *, undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("journalPage")
        self.data_dir = data_dir
        self.journal = journal  # raises JournalError while the journal is not open
        self.is_open = False
        # The window's stack when it has one (its Edit menu is built before this page).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        # A practice session that ended while the form held unsaved edits: it fills the
        # form (a new entry, or a saved hurt stop to add to) once the form is free.
        self._waiting_session: Callable[[], bool] | None = None
        # The version of each entry as this window last showed it: an edit names it, and
        # is refused if another computer changed the entry meanwhile.
        self._versions: dict[int, int] = {}
        self._retry_timer = QTimer(self)
        self._retry_timer.setObjectName("saveRetryTimer")
        self._retry_timer.setInterval(SERVER_RETRY_S * 1000)
        self._retry_timer.timeout.connect(self.retry_save)
        self.conflict_message: ConflictMessage | None = None

        self.form = JournalForm()
        self.form.setMinimumWidth(380)
        self.history = HistoryPanel()
        self.addWidget(self.form)
        self.addWidget(self.history)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([430, 850])

        self.delete_button = QPushButton(self.tr("Delete entry"))
        self.delete_button.setObjectName("deleteEntry")
        self.delete_button.setAccessibleName(self.tr("Delete entry"))
        self.delete_button.setToolTip(self.tr("Delete this entry (Delete); you can undo it "
                                              "(Ctrl+Z)"))
        self.form.buttons.insertWidget(1, self.delete_button)
        self.delete_button.clicked.connect(self.delete_selected)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.form.changed.connect(self._draft_timer.start)
        self.form.saveRequested.connect(self.save_entry)
        self.form.newRequested.connect(self.new_entry)
        self.history.entrySelected.connect(self._on_entry_selected)
        self.history.rangeChanged.connect(self.reload_history)
        self.set_open(False)

    def set_open(self, is_open: bool) -> None:
        """With the journal open, show it and offer back an unsaved draft; closed, lock."""
        self.is_open = is_open
        self.form.save_button.setEnabled(is_open)
        self.history.table.setEnabled(is_open)
        if is_open:
            self.journal_changed()
            self._restore_draft()
        else:
            self.undo_stack.clear()  # its entry ids belong to the file being closed
        self._update_delete_button()

    # --- showing the journal -----------------------------------------------------------

    def journal_changed(self, select_id: int | None = None) -> None:
        """After a save, edit, delete, undo, import or restore: the history, the counts
        and the charts show it at once."""
        self.reload_history(select_id)
        self.changed.emit()

    def reload_history(self, select_id: int | None = None) -> None:
        if not self.is_open:
            return
        journal = self.journal()
        since, until = self.history.date_range()
        entries = journal.entries(since=since, until=until)
        total = journal.count() if since or until else len(entries)
        self.history.show_entries(entries, total, select_id)
        self._update_delete_button()

    # --- actions -------------------------------------------------------------------------

    def save_entry(self) -> bool:
        errors = self.form.validation_errors()
        if errors:
            self.form.show_errors(errors)
            self.message.emit(self.tr("Not saved: please fix the marked field(s)."), 6000)
            return False
        data = self.form.entry_data()
        try:
            if self.form.editing_id is None:
                saved = self.journal().add(data)
                self._versions[saved.id] = saved.version
                text = self.tr("Saved the session of {when}.").format(when=_when(data))
                self.form.clear()
                self.history.clear_selection()
                select_id = None
            else:
                entry_id = self.form.editing_id
                before_entry = self.journal().get(entry_id)
                before = before_entry.data
                shown = self._versions.get(entry_id, before_entry.version)
                saved = self.journal().update(entry_id, data, version=shown)
                self._versions[saved.id] = saved.version
                text = self.tr("Saved the changes to the session of {when}.").format(
                    when=_when(data))
                self.form.set_data(saved.data, editing_id=saved.id)
                select_id = saved.id
                if before != saved.data:
                    self.undo_stack.push(
                        _EditEntry(self, entry_id, before, saved.data, _when(data)))
        except ServerUnreachable as exc:
            return self._server_away(exc)
        except EntryConflict as exc:
            self._conflict(exc, data)
            return False
        except JournalError as exc:
            self.form.show_message(str(exc), error=True)
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self._server_back()
        self.form.show_message(text)
        self.message.emit(text, 6000)
        self.keep_draft()
        self.journal_changed(select_id)
        self._take_waiting_session()
        return True

    # --- a server journal: away, back, and changed elsewhere ---------------------------------

    def _server_away(self, exc: ServerUnreachable) -> bool:
        """The save could not reach the server: keep what is typed (the form and the
        draft file), say so, and save again by itself every SERVER_RETRY_S seconds."""
        self._draft_timer.stop()
        try:
            save_draft(self.data_dir, self.form.entry_data(), self.form.editing_id)
        except OSError as err:
            self.message.emit(self.tr("Could not keep the unsaved entry: {reason}")
                              .format(reason=err), 8000)
        self.form.show_message(self.tr("Not saved yet: {reason} It is kept as a draft and "
                                       "saved as soon as the server answers.")
                               .format(reason=exc), error=True)
        self.serverUnreachable.emit(str(exc))
        if not self._retry_timer.isActive():
            self._retry_timer.start()
        return False

    def _server_back(self) -> None:
        if self._retry_timer.isActive():
            self._retry_timer.stop()
            self.serverReachable.emit()

    def retry_save(self) -> None:
        """Try the save that could not reach the server again (the timer, Try again)."""
        if not self.form.dirty:
            self._server_back()
            return
        self.save_entry()

    def _conflict(self, exc: EntryConflict, yours: EntryData) -> None:
        """Another computer changed the entry: show the message and its new version."""
        from desktop_app.ui.conflict_message import ConflictMessage

        self._server_back()
        current = exc.current
        if current is not None:
            self._versions[current.id] = current.version
            self.form.set_data(current.data, editing_id=current.id)
            self.history.select_entry(current.id)
        else:
            self.form.clear()
        self.keep_draft()
        self.journal_changed(current.id if current is not None else None)
        self.form.show_message(str(exc), error=True)
        if self.conflict_message is None:
            self.conflict_message = ConflictMessage(self)
        self.conflict_message.show_conflict(_when(yours), _describe(yours), current is None)

    def changed_elsewhere(self) -> None:
        """Another computer saved to the server journal: show it (the form keeps what
        is being typed; an edit of an entry changed there is refused when saved)."""
        if self.is_open:
            self.reload_history(self.form.editing_id)
            self.changed.emit()

    def new_entry(self) -> None:
        if not self.confirm_discard():
            return
        self.form.clear()
        self.keep_draft()
        self.history.clear_selection()
        self._update_delete_button()
        self.form.started_at.setFocus()
        self._take_waiting_session()

    def delete_selected(self) -> None:
        entry_id = self.form.editing_id or self.history.selected_id()
        if entry_id is None:
            self.message.emit(self.tr("Select an entry in the history to delete it."), 5000)
            return
        entry = self.journal().get(entry_id)
        label = _when(entry.data)
        try:
            self.undo_stack.push(_DeleteEntry(self, entry_id, label,
                                              self._versions.get(entry_id, entry.version)))
        except EntryConflict as exc:
            self._conflict(exc, entry.data)
            return
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return
        self.form.clear()
        self._update_delete_button()
        self.message.emit(self.tr("Deleted the session of {when}.").format(when=label), 10000)

    def load_session(self, data: EntryData, note: str) -> bool:
        """A session from the practice timer, as a new entry that waits for Save.

        Unsaved edits in the form are saved or discarded first (the person chooses).
        If they cannot be saved yet, the session waits and fills the form as soon as
        the form is saved or cleared: neither the typing nor the session is lost.
        """
        if not self._form_free(lambda: self.load_session(data, note)):
            return False
        self.history.clear_selection()
        self.form.load_prefill(data, message=note)
        self._update_delete_button()
        self.form.pain_after.setFocus()
        return True

    def record_hurt_stop(self, data: EntryData, note: str) -> bool:
        """"It hurts: stop": save the session at once, then open it in the form as an edit
        so the person can add pain and notes (Undo removes it again).

        Nothing is lost if the form is never saved, the app is closed or crashes. If the
        journal cannot save it, the session fills the form unsaved (kept as a draft).
        """
        try:
            saved = self.journal().add(data)
        except JournalError as exc:
            self.message.emit(self.tr("The session could not be saved yet: {reason}").format(
                reason=exc), 20000)
            return self.load_session(data, note)
        self.undo_stack.push(_RecordHurtStop(self, saved, _when(saved.data)))
        self.journal_changed(select_id=None)
        self.message.emit(self.tr("Saved the session of {when}, stopped because it hurt.")
                          .format(when=_when(data)), 10000)
        return self.open_saved(saved.id, note)

    def open_saved(self, entry_id: int, note: str) -> bool:
        """Open a saved entry in the form for editing, with `note` above it; unsaved edits
        in the form are saved or discarded first (the person chooses)."""
        if not self._form_free(lambda: self.open_saved(entry_id, note)):
            return False
        try:
            entry = self.journal().get(entry_id)
        except JournalError as exc:
            self.message.emit(str(exc), 8000)
            return False
        self._versions[entry.id] = entry.version
        self.form.set_data(entry.data, editing_id=entry.id)
        self.form.show_message(note)
        self.history.select_entry(entry.id)
        self.keep_draft()
        self._update_delete_button()
        self.form.pain_after.setFocus()
        return True

    def _form_free(self, retry: Callable[[], bool]) -> bool:
        """True when the form may take a practice session: nothing unsaved, or the person
        saved or discarded it. Otherwise `retry` runs when the form is saved or cleared."""
        if self.form.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved entry"),
                self.tr("The form has changes that are not saved. Save them before the "
                        "practice session is filled in?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save and not self.save_entry():
                self._waiting_session = retry
                self.message.emit(
                    self.tr("Your practice session is waiting: fix and save this entry, or "
                            "press New entry, and it fills the form."),
                    20000,
                )
                return False
        self._waiting_session = None
        return True

    def run_journal(self, action: Callable[[Journal], object], what: str) -> bool:
        """Do `action` on the journal for an undo or redo; say so when it fails."""
        try:
            action(self.journal())
        except JournalError as exc:
            self.message.emit(self.tr("Could not {what}: {reason}").format(what=what, reason=exc),
                              10000)
            return False
        return True

    def forget_form_of(self, entry_id: int) -> None:
        """The entry is gone (undone): the form stops editing it."""
        if self.form.editing_id == entry_id:
            self.form.clear()
            self.keep_draft()
            self._update_delete_button()

    def reload_form_of(self, entry_id: int) -> None:
        """The entry changed (undo or redo of an edit): the form shows it as it is now."""
        if self.form.editing_id == entry_id and not self.form.dirty:
            self.form.set_data(self.journal().get(entry_id).data, editing_id=entry_id)

    def _take_waiting_session(self) -> None:
        if self._waiting_session is not None:
            retry, self._waiting_session = self._waiting_session, None
            retry()

    def confirm_discard(self) -> bool:
        """True when the form holds nothing unsaved, or the person lets it go."""
        if not self.form.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved entry"),
            self.tr("The form has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_entry()
        return answer == QMessageBox.StandardButton.Discard

    # --- the unsaved draft ---------------------------------------------------------------

    def keep_draft(self) -> None:
        """Write the form's unsaved content beside the journal (crash and close safety)."""
        self._draft_timer.stop()
        if not self.is_open:
            return
        try:
            if self.form.dirty:
                save_draft(self.data_dir, self.form.entry_data(), self.form.editing_id)
            else:
                clear_draft(self.data_dir)
        except OSError as exc:
            self.message.emit(self.tr("Could not keep the unsaved entry: {reason}").format(
                reason=exc), 8000)

    def _restore_draft(self) -> None:
        draft = load_draft(self.data_dir)
        if draft is None:
            return
        editing_id = draft.editing_id
        if editing_id is not None:
            try:
                self.journal().get(editing_id)
            except JournalError:
                editing_id = None  # its entry was deleted meanwhile: offer it as new
        self.form.load_prefill(
            draft.data, message=self.tr("Restored the entry you had not saved last time.")
        )
        self.form.editing_id = editing_id
        if editing_id is not None:
            self.history.select_entry(editing_id)
        self._update_delete_button()

    # --- internals -----------------------------------------------------------------------

    def _update_delete_button(self) -> None:
        self.delete_button.setVisible(self.form.editing_id is not None)

    def _on_entry_selected(self, entry_id: int) -> None:
        if entry_id == self.form.editing_id:
            return
        if not self.confirm_discard():
            if self.form.editing_id is not None:
                self.history.select_entry(self.form.editing_id)
            else:
                self.history.clear_selection()
            return
        try:
            entry = self.journal().get(entry_id)
        except JournalError as exc:
            self.message.emit(str(exc), 6000)
            return
        self._versions[entry.id] = entry.version
        self.form.set_data(entry.data, editing_id=entry.id)
        self.keep_draft()
        self._update_delete_button()


def _when(data: EntryData) -> str:
    return local_text(data.started_at,
                      QCoreApplication.translate("JournalPage", "ddd dd MMM HH:mm"))


def _describe(data: EntryData) -> str:
    """An entry as plain lines (what a refused edit had typed)."""
    from desktop_app.journal.entry import to_record

    return "\n".join(f"{name}: {value}" for name, value in to_record(data).items()
                     if value not in ("", None))
