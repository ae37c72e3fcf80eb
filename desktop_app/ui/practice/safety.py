"""What the practice page needs to practise safely: the pain warning, the pauses, the
last hurt stop and the daily target's history, read from the journal and kept current.

No SQL here: it reads and writes through the journal (`Journal.session_columns`,
`practice_schedule`, `pause_practice`...) and computes with `stats`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.journal.errors import JournalError
from desktop_app.journal.schedule import Pause, PracticeSchedule
from desktop_app.practice.periods import local_now
from desktop_app.practice.reminders import reminder_hold
from desktop_app.practice.settings import PracticeSettings
from desktop_app.ui.practice.store import PracticeSettingsStore

log = logging.getLogger(__name__)
_CHECK_MS = 60_000  # the warning also clears with time (hurt stops older than 7 days)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class PracticeSafety(QObject):
    """The warning, the pauses and the target's history for the journal `journal()` returns.

    `changed()`: the warning, the pause or the schedule may look different now.
    `scheduleChanged()`: a pause or a target change was written (the journal changed).
    """

    changed = Signal()
    scheduleChanged = Signal()

    def __init__(
        self,
        journal: Callable[[], Any],
        store: PracticeSettingsStore,
        *,
        now: Callable[[], datetime] = _utc_now,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._store = store
        self._now = now
        self._tz = tz
        self._columns: Any = None
        self._schedule = PracticeSchedule(default_per_day=store.settings.daily_target)
        self._per_day = store.settings.daily_target
        self._warning: Any = None
        self._last_hurt: datetime | None = None
        store.changed.connect(self._settings_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(_CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    # --- state -----------------------------------------------------------------------------

    @property
    def today(self) -> date:
        return local_now(self._now(), self._tz).date()

    @property
    def warning(self) -> Any:
        """The pain warning standing now (stats.safety.PainWarning), or None."""
        return self._warning

    @property
    def warning_shown(self) -> bool:
        """It stands and was not dismissed today (a changed warning shows again)."""
        return self._warning is not None and \
            self._store.settings.warning_dismissed != self._dismissal_key()

    @property
    def schedule(self) -> PracticeSchedule:
        return self._schedule

    @property
    def pause_today(self) -> Pause | None:
        return self._schedule.pause_on(self.today)

    @property
    def last_hurt_stop(self) -> datetime | None:
        return self._last_hurt

    def reminder_hold(self) -> str | None:
        """Why a reminder must not show now, or None."""
        return reminder_hold(self._now(), paused=self.pause_today is not None,
                             warning=self._warning is not None,
                             last_hurt_stop=self._last_hurt)

    # --- actions ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the journal (after every change to it)."""
        try:
            journal = self._journal()
            self._columns = journal.session_columns()
            targets = journal.target_changes()
            self._schedule = journal.practice_schedule(default_per_day=self._per_day)
        except Exception as exc:  # not open yet, or unreadable: the journal reports that
            log.info("practice safety: the journal is not readable (%s)", exc)
            self._columns = None
            self._schedule = PracticeSchedule(default_per_day=self._per_day)
        else:
            if targets:
                # The journal's history is the authority: the settings follow it.
                current = self._schedule.per_day_on(self.today)
                if current != self._per_day:
                    self._per_day = current
                    self._store.update(daily_target=current)
        self.check()

    def check(self) -> None:
        """Re-evaluate the warning at the current time (it also clears with time)."""
        from desktop_app.stats.safety import last_hurt_stop, pain_warning

        now = self._now()
        if self._columns is None:
            self._warning, self._last_hurt = None, None
        else:
            self._warning = pain_warning(self._columns, now)
            hurt = last_hurt_stop(self._columns, now)
            self._last_hurt = None if hurt is None else datetime.fromtimestamp(hurt, UTC)
        self.changed.emit()

    def dismiss_warning(self) -> None:
        """Hide the warning for the rest of today (Start still asks while it stands)."""
        if self._warning is not None:
            self._store.update(warning_dismissed=self._dismissal_key())
            self.changed.emit()

    def pause(self, days: int | None) -> Pause:
        """Pause practice from today for `days` days (None: until resumed)."""
        pause = self._journal().pause_practice(self.today, days)
        self._schedule_written()
        return pause

    def resume(self) -> None:
        self._journal().resume_practice(self.today)
        self._schedule_written()

    # --- internals -------------------------------------------------------------------------

    def _dismissal_key(self) -> str:
        signature = self._warning.signature if self._warning is not None else ""
        return f"{self.today.isoformat()} {signature}"

    def _schedule_written(self) -> None:
        self.refresh()
        self.scheduleChanged.emit()

    def _settings_changed(self, settings: PracticeSettings) -> None:
        if settings.daily_target == self._per_day:
            return
        previous, self._per_day = self._per_day, settings.daily_target
        try:
            self._journal().set_daily_target(settings.daily_target, self.today, previous)
        except JournalError as exc:
            # Not open yet: the settings keep the target; it is recorded at the next change.
            log.warning("the daily target change was not recorded in the journal: %s", exc)
            return
        self._schedule_written()
