"""The practice settings a person changes rarely: the daily target and the reminders."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.journal.errors import JournalError
from desktop_app.practice.reminders import ReminderTime
from desktop_app.practice.settings import DAILY_TARGET_MAX, PracticeSettings
from desktop_app.ui.practice.pause_controls import PauseControls

if TYPE_CHECKING:
    from desktop_app.ui.practice.safety import PracticeSafety
    from desktop_app.ui.practice.store import PracticeSettingsStore


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class PracticeSettingsWidget(QWidget):
    """The fields, usable on their own (e.g. on a settings page) or inside the dialog."""

    def __init__(
        self, settings: PracticeSettings, *, tray_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._base = settings
        form = QFormLayout(self)
        self._target_rows(form, settings)
        self._reminder_rows(form, settings, tray_available=tray_available)
        self._practice_rows(form, settings)

    def _target_rows(self, form: QFormLayout, settings: PracticeSettings) -> None:
        self.daily_target = QSpinBox()
        _named(self.daily_target, "dailyTarget", self.tr("Sessions a day"))
        self.daily_target.setRange(1, DAILY_TARGET_MAX)
        self.daily_target.setValue(settings.daily_target)
        self.daily_target.setSuffix(self.tr(" a day"))
        form.addRow(self.tr("Target:"), self.daily_target)
        form.addRow("", QLabel(self.tr("The exercise says: twice a day, but as often as you "
                                       "like.")))
        history = QLabel(self.tr("A new target applies from today on; past weeks keep the "
                                 "target they had."))
        history.setWordWrap(True)
        form.addRow("", history)

    def _reminder_rows(self, form: QFormLayout, settings: PracticeSettings, *,
                       tray_available: bool) -> None:
        self.reminder_enabled: list[QCheckBox] = []
        self.reminder_time: list[QTimeEdit] = []
        for number, reminder in enumerate(settings.reminders, start=1):
            enabled = QCheckBox(self.tr("Remind me at"))
            _named(enabled, f"reminder{number}Enabled",
                   self.tr("Reminder {number} on").format(number=number))
            enabled.setChecked(reminder.enabled)
            at = QTimeEdit(QTime(reminder.at.hour, reminder.at.minute))
            _named(at, f"reminder{number}Time",
                   self.tr("Reminder {number} time").format(number=number))
            at.setDisplayFormat("HH:mm")
            at.setEnabled(reminder.enabled)
            enabled.toggled.connect(at.setEnabled)
            row = QHBoxLayout()
            row.addWidget(enabled)
            row.addWidget(at)
            row.addStretch(1)
            form.addRow(self.tr("Reminder {number}:").format(number=number), row)
            self.reminder_enabled.append(enabled)
            self.reminder_time.append(at)
        where = (
            self.tr("Reminders appear as a notification from the system tray.")
            if tray_available
            else self.tr("Reminders appear as a banner in the Rolling Journal window while it "
                         "is open.")
        )
        note = QLabel(where + " " + self.tr("A reminder is left out when you have already "
                                            "practised since that reminder time."))
        note.setWordWrap(True)
        form.addRow("", note)

    def _practice_rows(self, form: QFormLayout, settings: PracticeSettings) -> None:
        """The rest between parts, the pain question and where the arms lie."""
        self.rest_seconds = QSpinBox()
        _named(self.rest_seconds, "restSeconds", self.tr("Rest between parts, in seconds"))
        self.rest_seconds.setRange(0, 120)
        self.rest_seconds.setValue(int(settings.rest_s))
        self.rest_seconds.setSuffix(" s")
        form.addRow(self.tr("Rest between parts:"), self.rest_seconds)

        self.ask_pain_before = QCheckBox(self.tr("Ask my pain (0 to 10) when I press Start"))
        _named(self.ask_pain_before, "askPainBefore",
               self.tr("Ask the pain before practice at Start"))
        self.ask_pain_before.setChecked(settings.ask_pain_before)
        form.addRow(self.tr("Pain before:"), self.ask_pain_before)

        self.arms = QComboBox()
        _named(self.arms, "armsPosition", self.tr("Where the demonstration's arms lie"))
        self.arms.addItem(self.tr("As the exercise shows them"), "")
        self.arms.addItem(self.tr("Overhead, resting on the floor"), "overhead")
        self.arms.addItem(self.tr("Along the body (gentler on the shoulders)"), "along_body")
        self.arms.setCurrentIndex(max(0, self.arms.findData(settings.arms)))
        self.arms.setToolTip(
            self.tr(
                "A full overhead reach is not comfortable for everyone with a sore middle back:"
                " the demonstration can keep the arms along the body instead."
            )
        )
        form.addRow(self.tr("Arms:"), self.arms)

    def settings(self) -> PracticeSettings:
        reminders = tuple(
            ReminderTime(box.isChecked(), cast(time, edit.time().toPython()))
            for box, edit in zip(self.reminder_enabled, self.reminder_time, strict=True)
        )
        return self._base.with_changes(
            daily_target=self.daily_target.value(),
            reminders=reminders,
            rest_s=float(self.rest_seconds.value()),
            ask_pain_before=self.ask_pain_before.isChecked(),
            arms=str(self.arms.currentData() or ""),
        )


class PracticeSettingsDialog(QDialog):
    """OK saves to the store (which tells the panel and the reminders); Cancel keeps all."""

    def __init__(
        self,
        store: PracticeSettingsStore,
        *,
        tray_available: bool = False,
        safety: PracticeSafety | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practiceSettingsDialog")
        self.setWindowTitle(self.tr("Practice settings"))
        self._store = store
        self._safety = safety
        self.fields = PracticeSettingsWidget(store.settings, tray_available=tray_available)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        # Pausing acts at once (it is not a setting that OK or Cancel could undo).
        self.pause_box = QGroupBox(self.tr("Rest during a flare-up"))
        self.pause_box.setObjectName("pauseBox")
        pause_layout = QVBoxLayout(self.pause_box)
        note = QLabel(self.tr("Paused days leave your target, reminders stop, and your "
                              "practice strength does not fall. This takes effect at once."))
        note.setWordWrap(True)
        self.pause_controls = PauseControls()
        pause_layout.addWidget(note)
        pause_layout.addWidget(self.pause_controls)
        layout.addWidget(self.pause_box)
        self.pause_box.setVisible(safety is not None)
        if safety is not None:
            self.pause_controls.pauseRequested.connect(self._pause)
            self.pause_controls.resumeRequested.connect(self._resume)
            safety.changed.connect(self._show_pause)
            self._show_pause()
        layout.addWidget(buttons)

    def _show_pause(self) -> None:
        if self._safety is not None:
            self.pause_controls.set_pause(self._safety.pause_today, self._safety.today)

    def _pause(self, days: int | None) -> None:
        assert self._safety is not None
        try:
            self._safety.pause(days)
        except (JournalError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Practice not paused"), str(exc))

    def _resume(self) -> None:
        assert self._safety is not None
        try:
            self._safety.resume()
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Practice not resumed"), str(exc))

    def accept(self) -> None:
        self._store.save(self.fields.settings())
        super().accept()
