"""Practice reminders: a tray notification where the desktop has a tray, else a banner.

Timing is checked against the wall clock each time the timer fires (never by counting
ticks), so a suspended laptop or a changed system clock cannot shift a reminder.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

from desktop_app.practice.reminders import (
    Slot,
    active_times,
    current_slot,
    due_slot,
    next_reminder,
    slot_has_session,
)
from desktop_app.ui.icon import app_icon
from desktop_app.ui.stylesheet import stylesheet

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.practice.periods import CountSessions
    from desktop_app.practice.settings import PracticeSettings
    from desktop_app.ui.practice.store import PracticeSettingsStore

# Re-check at least this often so a sleep or a clock change is noticed within a minute.
_MAX_WAIT_MS = 60_000
_TRAY_MESSAGE_MS = 15_000


def _utc_now() -> datetime:
    return datetime.now(UTC)


def reminder_text(slot: Slot) -> str:
    return QCoreApplication.translate(
        "Reminders", "Time for your rolls ({time}). Twice a day, but as often as you like. If it "
        "hurts, don't do it.").format(time=f"{slot.at:%H:%M}")


class ReminderService(QObject):
    """Fires each enabled reminder once at its time, unless its slot already has a session,
    a practice is under way, or `hold()` gives a reason (practice paused, the pain warning,
    a recent hurt stop)."""

    reminderFired = Signal(object)  # Slot: shown in the tray or as a banner
    reminderSkipped = Signal(object)  # Slot: left out, the slot already has a session
    bannerRequested = Signal(str)  # no tray: show this text in the window
    openRequested = Signal()  # the person clicked the tray notification or icon

    def __init__(
        self,
        store: PracticeSettingsStore,
        count_sessions: CountSessions,
        *,
        busy: Callable[[], bool] | None = None,
        hold: Callable[[], str | None] | None = None,
        now: Callable[[], datetime] = _utc_now,
        tz: tzinfo | None = None,
        use_tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._count_sessions = count_sessions
        self._busy = busy or (lambda: False)
        self._hold = hold or (lambda: None)
        self._now = now
        self._tz = tz
        self._fired: set[datetime] = set()
        self._times = active_times(store.settings.reminders)
        self._use_tray = (QSystemTrayIcon.isSystemTrayAvailable()
                          if use_tray is None else use_tray)
        self._tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        store.changed.connect(self._settings_changed)

    @property
    def uses_tray(self) -> bool:
        return self._use_tray

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self._tray

    def start(self) -> None:
        """Begin watching the clock; a reminder missed by less than the grace shows now."""
        self._update_tray(self._store.settings)
        self.check()

    def stop(self) -> None:
        self._timer.stop()
        if self._tray is not None:
            self._tray.hide()

    def next_time(self) -> datetime | None:
        times = active_times(self._store.settings.reminders)
        return next_reminder(self._now(), times, self._tz) if times else None

    def check(self) -> Slot | None:
        """Handle a due reminder, if any, then wait for the next; returns the shown slot."""
        now = self._now()
        times = active_times(self._store.settings.reminders)
        slot = due_slot(now, times, self._tz, fired=self._fired)
        shown: Slot | None = None
        if slot is not None:
            self._fired.add(slot.start)
            if self._busy() or self._slot_done(slot) or self._held():
                self.reminderSkipped.emit(slot)
            else:
                self._notify(slot)
                self.reminderFired.emit(slot)
                shown = slot
        self._schedule(now, times)
        return shown

    # --- internals -----------------------------------------------------------------------

    def _held(self) -> bool:
        try:
            return self._hold() is not None
        except Exception:  # a needless reminder is the lesser harm than none at all
            return False

    def _slot_done(self, slot: Slot) -> bool:
        try:
            return slot_has_session(slot, self._count_sessions)
        except Exception:  # the journal is unreadable: a needless reminder is the lesser harm
            return False

    def _settings_changed(self, settings: PracticeSettings) -> None:
        times = active_times(settings.reminders)
        if times == self._times:
            return  # another practice setting changed (pace, parts, target)
        self._times = times
        self._update_tray(settings)
        now = self._now()
        # A time just set to a moment already past is not announced at once: the person
        # is at the computer changing it, so they know.
        slot = current_slot(now, times, self._tz)
        if slot is not None:
            self._fired.add(slot.start)
        self._schedule(now, times)

    def _update_tray(self, settings: PracticeSettings) -> None:
        enabled = bool(active_times(settings.reminders))
        if self._use_tray and enabled and self._tray is None:
            self._tray = self._make_tray()
        if self._tray is not None:
            self._tray.setVisible(enabled)

    def _schedule(self, now: datetime, times: tuple[time, ...]) -> None:
        if not times:
            self._timer.stop()
            return
        wait_ms = (next_reminder(now, times, self._tz) - now).total_seconds() * 1000
        # +50 ms: land just after the minute, not a hair before it.
        self._timer.start(int(min(_MAX_WAIT_MS, max(1000, wait_ms + 50))))

    def _notify(self, slot: Slot) -> None:
        text = reminder_text(slot)
        if self._tray is not None:
            self._tray.showMessage(self.tr("Rolling Journal"), text, self._tray.icon(),
                                   _TRAY_MESSAGE_MS)
        else:
            self.bannerRequested.emit(text)

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(self.tr("Rolling Journal: practice reminders"))
        tray.messageClicked.connect(self.openRequested)
        tray.activated.connect(lambda _reason: self.openRequested.emit())
        return tray


class ReminderBanner(QFrame):
    """The in-window reminder for desktops without a tray; hidden until a reminder comes."""

    practiseRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Practice reminder"))
        self.setStyleSheet(stylesheet("reminder_banner"))
        self.message = QLabel()
        self.message.setObjectName("reminderMessage")
        self.message.setWordWrap(True)
        practise = QPushButton(self.tr("Practise now"))
        practise.setObjectName("reminderPractise")
        practise.setAccessibleName(self.tr("Practise now"))
        practise.clicked.connect(self.practiseRequested)
        practise.clicked.connect(self.hide)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setObjectName("reminderDismiss")
        dismiss.setAccessibleName(self.tr("Dismiss the reminder"))
        dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(practise)
        layout.addWidget(dismiss)
        self.hide()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.show()
