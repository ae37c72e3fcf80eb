"""The journal form: one practice session, checked by journal.entry.validate before saving.

It never changes what was typed: pain, duration and start time are text fields that
say what is wrong with their text (a pain of 15, -3 or 5.5, a start in the future) next
to the field. An error goes away as soon as its field is fixed, and the space it took
stays, so the form does not jump under the person's pointer.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.journal.entry import (
    FRIEND_REMARK_MAX,
    NOTES_MAX,
    PART_LABELS,
    PARTS,
    EntryData,
    FieldError,
    FriendRoll,
    friend_rolls_summary,
    validate,
)
from desktop_app.ui.form_fields import DateTimeEdit, DurationEdit, PainEdit
from desktop_app.ui.stylesheet import stylesheet

NOT_RECORDED = "not recorded"
# Translated where they are shown (QT_TRANSLATE_NOOP marks them for the translators).
_LED_CHOICES: tuple[tuple[str, str | None], ...] = (
    (str(QT_TRANSLATE_NOOP("JournalForm", "not noted")), None),
    (str(QT_TRANSLATE_NOOP("JournalForm", "Yes, the right part led")), "yes"),
    (str(QT_TRANSLATE_NOOP("JournalForm", "Partly")), "partly"),
    (str(QT_TRANSLATE_NOOP("JournalForm", "No, another part led")), "no"),
)
# The parts' names (journal.entry.PART_LABELS) for the translators; shown translated.
_PART_NAMES = (QT_TRANSLATE_NOOP("JournalForm", "Part 1"),
               QT_TRANSLATE_NOOP("JournalForm", "Part 2"),
               QT_TRANSLATE_NOOP("JournalForm", "Part 3"))
# A form row: the field's name (as EntryData and the errors call it), its label, its widget.
_Row = tuple[str, str, QWidget]


def _name(widget: QWidget, object_name: str, accessible: str) -> None:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)


class JournalForm(QWidget):
    """Edits an EntryData. Emits saveRequested; the window does the saving."""

    saveRequested = Signal()
    newRequested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _name(self, "journalForm", self.tr("Journal entry"))
        self.editing_id: int | None = None
        self._error_labels: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._loading = False
        self._friend_rolls: tuple[FriendRoll, ...] = ()
        self._loaded_text = ""
        self._style = stylesheet("journal_form")

        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.heading.setStyleSheet(self._style)
        rows = [
            *self._when_section(),
            *self._parts_section(),
            *self._pain_section(),
            *self._quality_section(),
            *self._friend_section(),
            *self._notes_section(),
        ]
        self.form_layout = self._form(rows)
        self.form_message = QLabel()
        self.form_message.setObjectName("formMessage")
        self.form_message.setWordWrap(True)
        self.form_message.setStyleSheet(self._style)
        self.form_message.hide()
        self.buttons = self._buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form_layout, 1)
        layout.addWidget(self.form_message)
        layout.addLayout(self.buttons)
        self._watch_changes()
        self.clear()

    # --- the sections of the form, top to bottom ----------------------------------------

    def _when_section(self) -> list[_Row]:
        """When the session started and how long it took."""
        self.started_at = DateTimeEdit()
        _name(self.started_at, "startedAt", self.tr("Started at (year-month-day hours:minutes)"))
        self.duration = DurationEdit()
        _name(self.duration, "duration",
              self.tr("Duration: minutes, minutes:seconds or hours:minutes:seconds"))
        return [("started_at", self.tr("Started"), self.started_at),
                ("duration_s", self.tr("Duration"), self.duration)]

    def _parts_section(self) -> list[_Row]:
        """Which parts of the exercise were done."""
        self.part_boxes: dict[str, QCheckBox] = {}
        parts_row = QHBoxLayout()
        for part in PARTS:
            label = QCoreApplication.translate("JournalForm", PART_LABELS[part])
            box = QCheckBox(label)
            _name(box, part, label)
            self.part_boxes[part] = box
            parts_row.addWidget(box)
        parts_row.addStretch(1)
        parts_widget = QWidget()
        parts_widget.setLayout(parts_row)
        parts_row.setContentsMargins(0, 0, 0, 0)
        return [("parts", self.tr("Parts done"), parts_widget)]

    def _pain_section(self) -> list[_Row]:
        """Pain before and after, and whether it hurt so much the session stopped."""
        self.pain_before = self._pain_box("painBefore", self.tr("Pain before (0 to 10)"))
        self.pain_after = self._pain_box("painAfter", self.tr("Pain after (0 to 10)"))
        self.stopped_hurt = QCheckBox(self.tr("I stopped because the movement hurt"))
        _name(self.stopped_hurt, "stoppedHurt", self.tr("Stopped because it hurt"))
        return [("pain_before", self.tr("Pain before"), self.pain_before),
                ("pain_after", self.tr("Pain after"), self.pain_after),
                ("stopped_hurt", "", self.stopped_hurt)]

    def _quality_section(self) -> list[_Row]:
        """How smooth the rolls were and whether the right part led."""
        self.smoothness = QSpinBox()
        _name(self.smoothness, "smoothness", self.tr("Smoothness (1 jerky to 5 smooth)"))
        self.smoothness.setRange(0, 5)
        self.smoothness.setSpecialValueText(self.tr("not rated"))
        self.smoothness.setToolTip(self.tr("1 = jerky or collapsing … 5 = smooth, constant "
                                           "speed, peaceful"))
        self.right_part_led = QComboBox()
        _name(self.right_part_led, "rightPartLed", self.tr("Did the right part lead?"))
        for label, value in _LED_CHOICES:
            self.right_part_led.addItem(QCoreApplication.translate("JournalForm", label), value)
        return [("smoothness", self.tr("Smoothness"), self.smoothness),
                ("right_part_led", self.tr("Right part led"), self.right_part_led)]

    def _friend_section(self) -> list[_Row]:
        """A friend's check: ticked by hand, a remark, and the checks of each roll."""
        self.friend_checked = QCheckBox(self.tr("A friend watched and checked the lead"))
        _name(self.friend_checked, "friendChecked", self.tr("A friend checked"))
        self.friend_remark = QLineEdit()
        _name(self.friend_remark, "friendRemark", self.tr("Friend's remark"))
        self.friend_remark.setPlaceholderText(self.tr("What your friend noticed (optional)"))
        self.friend_remark.setMaxLength(FRIEND_REMARK_MAX + 100)
        self.friend_rolls = QLabel()
        _name(self.friend_rolls, "friendRolls", self.tr("The friend's check of each roll"))
        self.friend_rolls.setWordWrap(True)
        return [("friend_checked", "", self.friend_checked),
                ("friend_remark", self.tr("Friend's remark"), self.friend_remark),
                ("friend_rolls", self.tr("Friend's checks"), self.friend_rolls)]

    def _notes_section(self) -> list[_Row]:
        """Free notes, with their length against the limit."""
        self.notes = QPlainTextEdit()
        _name(self.notes, "notes", self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("How did it feel? Anything that sneaked in to "
                                              "lead?"))
        self.notes.setTabChangesFocus(True)
        self.notes_count = QLabel()
        self.notes_count.setObjectName("notesCount")
        self.notes_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.notes_count.setStyleSheet(self._style)
        return [("notes", self.tr("Notes"), self.notes)]

    def _form(self, rows: list[_Row]) -> QFormLayout:
        """The rows, each field with the line for its error below it."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field_name, label, widget in rows:
            self._field_widgets[field_name] = widget
            error = QLabel()
            error.setObjectName(f"error_{field_name}")
            error.setProperty("fieldError", True)
            error.setStyleSheet(self._style)
            error.setWordWrap(True)
            policy = error.sizePolicy()
            policy.setRetainSizeWhenHidden(False)
            error.setSizePolicy(policy)
            error.hide()
            self._error_labels[field_name] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if widget.maximumWidth() < 1000:
                # A narrow field (pain, duration, start): its error still gets the whole
                # width of the column, not just the field's.
                narrow = QHBoxLayout()
                narrow.addWidget(widget)
                narrow.addStretch(1)
                cell.addLayout(narrow)
            else:
                cell.addWidget(widget)
            if field_name == "notes":
                cell.addWidget(self.notes_count)
            cell.addWidget(error)
            form.addRow(label, cell)
        return form

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save"))
        _name(self.save_button, "saveEntry", self.tr("Save entry"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this entry (Ctrl+S)"))
        self.new_button = QPushButton(self.tr("New entry"))
        _name(self.new_button, "newEntry", self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.save_button.clicked.connect(self.saveRequested)
        self.new_button.clicked.connect(self.newRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        return buttons

    def _watch_changes(self) -> None:
        for signal in (
            self.started_at.textChanged,
            self.duration.textChanged,
            self.pain_before.textChanged,
            self.pain_after.textChanged,
            self.smoothness.valueChanged,
            self.right_part_led.currentIndexChanged,
            self.friend_remark.textChanged,
            self.notes.textChanged,
            *(b.toggled for b in self.part_boxes.values()),
            self.stopped_hurt.toggled,
            self.friend_checked.toggled,
        ):
            signal.connect(self._on_changed)

    def _pain_box(self, object_name: str, accessible: str) -> PainEdit:
        box = PainEdit()
        _name(box, object_name, accessible)
        box.setToolTip(self.tr("0 = no pain, 10 = worst imaginable; leave it empty if you "
                               "did not note it"))
        return box

    # --- reading and writing the fields ------------------------------------------------

    def entry_data(self) -> EntryData:
        """What the fields say now, unvalidated (a field whose text is not a value gives
        its empty value; `validation_errors` names it)."""
        led = self.right_part_led.currentData()
        return EntryData(
            started_at=self._started_at_value(),
            duration_s=self.duration.value(),
            parts=frozenset(p for p, box in self.part_boxes.items() if box.isChecked()),
            pain_before=self.pain_before.rating(),
            pain_after=self.pain_after.rating(),
            stopped_hurt=self.stopped_hurt.isChecked(),
            smoothness=self.smoothness.value() or None,
            right_part_led=led,
            friend_checked=self.friend_checked.isChecked(),
            friend_remark=self.friend_remark.text().strip(),
            notes=self.notes.toPlainText(),
            friend_rolls=self._friend_rolls,
        )

    def set_data(self, data: EntryData, editing_id: int | None = None) -> None:
        self._loading = True
        try:
            self.editing_id = editing_id
            self._loaded_start = data.started_at
            self.started_at.setDateTime(_to_qdatetime(data.started_at))
            self._loaded_text = self.started_at.text()
            self.duration.setValue(data.duration_s)
            for part, box in self.part_boxes.items():
                box.setChecked(part in data.parts)
            self.pain_before.setValue(-1 if data.pain_before is None else data.pain_before)
            self.pain_after.setValue(-1 if data.pain_after is None else data.pain_after)
            self.stopped_hurt.setChecked(data.stopped_hurt)
            self.smoothness.setValue(data.smoothness or 0)
            self.right_part_led.setCurrentIndex(
                max(0, self.right_part_led.findData(data.right_part_led))
            )
            self.friend_checked.setChecked(data.friend_checked)
            self.friend_remark.setText(data.friend_remark)
            self.notes.setPlainText(data.notes)
            self._friend_rolls = data.friend_rolls
            self._show_friend_rolls()
        finally:
            self._loading = False
        self._reset_error_space()
        self.show_errors([])
        self._update_heading()
        self._update_notes_count()
        self.dirty = False

    def clear(self) -> None:
        """A new, empty entry starting now."""
        now = datetime.now(UTC).replace(microsecond=0)
        self.set_data(EntryData(started_at=now, duration_s=0))

    def load_prefill(self, data: EntryData, *, message: str = "") -> None:
        """A new entry filled in by the practice timer; the person still has to Save."""
        self.set_data(data)
        self.dirty = True
        self.show_message(message)
        self.changed.emit()

    # --- validation feedback -----------------------------------------------------------

    def validation_errors(self) -> list[FieldError]:
        """Every problem, in field order: text that is not a value (as typed), a start in
        the future, then the journal's own checks of the rest."""
        typed = {
            "started_at": self._start_problem(),
            "duration_s": self.duration.problem(),
            "pain_before": self.pain_before.problem(),
            "pain_after": self.pain_after.problem(),
        }
        errors = [FieldError(name, message) for name, message in typed.items() if message]
        named = {e.field for e in errors}
        errors += [e for e in validate(self.entry_data()) if e.field not in named]
        order = list(self._field_widgets)
        return sorted(errors, key=lambda e: order.index(e.field) if e.field in order else 99)

    def show_errors(self, errors: list[FieldError], *, focus: bool = True) -> None:
        by_field: dict[str, str] = {}
        for error in errors:
            by_field.setdefault(error.field, error.message)
        for field_name, label in self._error_labels.items():
            message = by_field.get(field_name)
            widget = self._field_widgets[field_name]
            widget.setProperty("invalid", bool(message))
            _mark(widget, bool(message))
            if message:
                label.setText(_sentence(field_name, message))
                # Once shown, its line stays when fixed: the fields below do not move.
                policy = label.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                label.setSizePolicy(policy)
                label.show()
            else:
                if not label.sizePolicy().retainSizeWhenHidden():
                    label.clear()  # kept when its space is kept: the space is its height
                label.hide()
        if errors:
            first = self._field_widgets.get(errors[0].field)
            if focus and first is not None:
                first.setFocus()
            self.show_message(self.tr("Not saved: please fix the marked field(s)."), error=True)
        elif self.form_message.property("error"):
            self.show_message("")

    def error_text(self, field_name: str) -> str:
        label = self._error_labels[field_name]
        return label.text() if not label.isHidden() else ""

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.form_message.setProperty("error", error)
        _repolish(self.form_message)
        self.form_message.setText(text)
        self.form_message.setVisible(bool(text))

    # --- internals ---------------------------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self._update_notes_count()
        self._recheck_shown_errors()
        self.changed.emit()

    def _recheck_shown_errors(self) -> None:
        """An error shown goes away (or changes) as its field is fixed; no new error
        appears while typing: those wait for Save."""
        shown = {name for name, label in self._error_labels.items() if not label.isHidden()}
        if not shown:
            return
        self.show_errors([e for e in self.validation_errors() if e.field in shown], focus=False)

    def _reset_error_space(self) -> None:
        for label in self._error_labels.values():
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(False)
            label.setSizePolicy(policy)
            label.clear()

    def _start_problem(self) -> str:
        if self.started_at.text() == self._loaded_text:
            return ""  # as loaded: the journal's own check applies
        return self.started_at.problem()

    def _started_at_value(self) -> datetime:
        # The field shows minutes only: an untouched field must give back the stored
        # time exactly, or editing another field would shift the start time.
        if self.started_at.text() == self._loaded_text:
            return self._loaded_start
        moment = self.started_at.value()
        return self._loaded_start if moment is None else moment.astimezone(UTC)

    def _show_friend_rolls(self) -> None:
        right, total = friend_rolls_summary(self._friend_rolls)
        if total:
            self.friend_rolls.setText(self.tr("{right} of {total} rolls led by the right part, "
                                              "as your friend saw it").format(
                                                  right=right, total=total))
        else:
            self.friend_rolls.setText(self.tr("none (turn on “With a friend” when practising)"))

    def _update_heading(self) -> None:
        self.heading.setText(self.tr("Edit entry") if self.editing_id is not None
                             else self.tr("New entry"))

    def _update_notes_count(self) -> None:
        count = len(self.notes.toPlainText())
        self.notes_count.setText(f"{count} / {NOTES_MAX}")
        over = count > NOTES_MAX
        if self.notes_count.property("over") != over:
            self.notes_count.setProperty("over", over)
            _repolish(self.notes_count)


_INVALID_TINT = QColor("#fde4e4")


def _repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _mark(widget: QWidget, invalid: bool) -> None:
    """Tint a field that has an error. A tint, not a red border: a border stylesheet
    changes the field's height, and the form would jump when the error is fixed."""
    role = QPalette.ColorRole.Window if type(widget) is QWidget or isinstance(widget, QLabel) \
        else QPalette.ColorRole.Base
    palette = QPalette(widget.palette())
    if invalid:
        palette.setColor(role, _INVALID_TINT)
    else:
        palette.setColor(role, QApplication.palette(widget).color(role))
    widget.setPalette(palette)
    if role is QPalette.ColorRole.Window:
        widget.setAutoFillBackground(invalid)


def _to_qdatetime(moment: datetime) -> QDateTime:
    """Local wall-clock time for display; the edit works in the system time zone."""
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second, local.microsecond // 1000))


_FIELD_WORDS = {
    "started_at": QT_TRANSLATE_NOOP("JournalForm", "Start time"),
    "duration_s": QT_TRANSLATE_NOOP("JournalForm", "Duration"),
    "parts": QT_TRANSLATE_NOOP("JournalForm", "Parts"),
    "pain_before": QT_TRANSLATE_NOOP("JournalForm", "Pain before"),
    "pain_after": QT_TRANSLATE_NOOP("JournalForm", "Pain after"),
    "stopped_hurt": QT_TRANSLATE_NOOP("JournalForm", "Stopped because it hurt"),
    "smoothness": QT_TRANSLATE_NOOP("JournalForm", "Smoothness"),
    "right_part_led": QT_TRANSLATE_NOOP("JournalForm", "Right part led"),
    "friend_checked": QT_TRANSLATE_NOOP("JournalForm", "Friend checked"),
    "friend_remark": QT_TRANSLATE_NOOP("JournalForm", "Friend's remark"),
    "friend_rolls": QT_TRANSLATE_NOOP("JournalForm", "Friend's checks"),
    "notes": QT_TRANSLATE_NOOP("JournalForm", "Notes"),
}


def _sentence(field_name: str, message: str) -> str:
    if message.startswith(("tick", "unknown")):
        return message[0].upper() + message[1:] + "."
    words = _FIELD_WORDS.get(field_name)
    field = QCoreApplication.translate("JournalForm", str(words)) if words else field_name
    return f"{field} {message}."
