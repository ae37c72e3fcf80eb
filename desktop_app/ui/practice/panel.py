"""The practice panel beside the demonstration: session timer and guided practice.

Built to be read from the rug, about two metres away: the elapsed time, the roll's
countdown and a short caption are large; the seed's own sentence sits smaller below.
The panel composes small widgets, top to bottom: the counts (counts.py), the pain
warning, the timer, the pain-before question, the guide card (guide_card.py), the
friend's check, the session's buttons (controls.py), the choices for the next session
(choices.py) and the friend mode and pause (extras.py). It keeps the session itself.
"""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QSystemTrayIcon, QVBoxLayout, QWidget

from desktop_app.journal.entry import DURATION_MAX_S, DURATION_MIN_S, EntryData, FriendRoll
from desktop_app.journal.errors import JournalError
from desktop_app.journal.schedule import Pause
from desktop_app.practice.clock import MonotonicClock, SessionClock, format_elapsed
from desktop_app.practice.guide import Demonstration, GuidedSession
from desktop_app.practice.periods import CountSessions, Progress, local_now, progress
from desktop_app.practice.plan import GuidedPlan, build_plan, default_pace
from desktop_app.practice.settings import PracticeSettings
from desktop_app.ui.palette import is_dark
from desktop_app.ui.practice.choices import PracticeChoices
from desktop_app.ui.practice.close_prompt import CloseChoice, ask_close_choice
from desktop_app.ui.practice.controls import SessionControls
from desktop_app.ui.practice.counts import SessionCounts
from desktop_app.ui.practice.extras import PracticeExtras
from desktop_app.ui.practice.friend_check import FriendCheckFrame
from desktop_app.ui.practice.guide_card import GuideCard
from desktop_app.ui.practice.pain_before import PainBeforePicker
from desktop_app.ui.practice.pain_warning import PainWarningFrame, seen_lines
from desktop_app.ui.practice.prefill import HURT_ADVICE, prefill_message
from desktop_app.ui.practice.settings_dialog import PracticeSettingsDialog
from desktop_app.ui.practice.start_confirm import ask_start_despite_warning
from desktop_app.ui.practice.store import PracticeSettingsStore
from desktop_app.ui.practice.style import practice_style
from desktop_app.ui.sound import platform_sound

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.choreography.models import Exercise
    from desktop_app.ui.practice.safety import PracticeSafety

# Kept importable from here: the window takes the prefill text from the panel's module.
__all__ = ["HURT_ADVICE", "CloseChoice", "PracticePanel", "prefill_message"]

TICK_MS = 100  # display refresh only; time itself comes from the monotonic clock
FLASH_MS = 600


def _utc_now() -> datetime:
    return datetime.now(UTC)


class PracticePanel(QWidget):
    """Session timer and guided practice.

    Signals: `sessionStarted()`, `sessionEnded(EntryData)` (Finish or "It hurts: stop";
    the prefill for the journal form, `stopped_hurt` set when it hurt; the window saves a
    hurt stop at once), `runningChanged(bool)` (a session became active or ended).

    With a `safety` (PracticeSafety) the panel shows the pain warning, asks before Start
    while it stands, and offers pausing practice.
    """

    sessionStarted = Signal()
    sessionEnded = Signal(object)
    runningChanged = Signal(bool)

    def __init__(
        self,
        demo: Demonstration,
        count_sessions: CountSessions,
        exercise: Exercise | None = None,
        *,
        store: PracticeSettingsStore,
        clock: MonotonicClock = time.monotonic,
        now: Callable[[], datetime] = _utc_now,
        tz: tzinfo | None = None,
        sound: Callable[[], None] | bool | None = True,
        safety: PracticeSafety | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`sound`: True for the platform's alert (none headless), None/False for silence,
        or a callable to play."""
        super().__init__(parent)
        self.setObjectName("practicePanel")
        self.setAccessibleName(self.tr("Practice timer"))
        self._demo = demo
        self._count_sessions = count_sessions
        self._exercise = exercise
        self._store = store
        self._clock_fn = clock
        self._now = now
        self._tz = tz
        self._sound: Callable[[], None] | None = (
            platform_sound() if sound is True else (sound or None)
        )
        self._session: GuidedSession | None = None
        self._started_at: datetime | None = None
        self._last_position: tuple[int, int] | None = None
        self._counts_date = local_now(now(), tz).date()
        self._progress: Progress | None = None
        self._safety = safety
        self._shown_pause: Pause | None = None
        self._friend_rolls: list[FriendRoll] = []
        self._asked_rolls: set[int] = set()
        #: Replaceable for tests and embedding: asks what to do when closing mid-session.
        self.close_prompt: Callable[[QWidget], CloseChoice] = ask_close_choice
        #: Replaceable too: asks whether to start while the pain warning stands.
        self.start_prompt: Callable[[QWidget, str], bool] = ask_start_despite_warning

        self._style_key: tuple[bool, float] | None = None
        self._height_for_fonts = 900
        self._apply_style()
        self._build()
        self._store.changed.connect(self._settings_changed)
        self._start_timers()

        self._hurt_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._hurt_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._hurt_shortcut.activated.connect(self.hurt_stop)

        self.set_exercise(exercise)
        if safety is not None:
            safety.changed.connect(self._safety_changed)
        self._safety_changed()
        self._show_idle()

    def _start_timers(self) -> None:
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self._set_flash(False))
        # Counts roll over at local midnight even with the app left open.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_new_day)
        self._day_timer.start()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(6)
        self.counts = SessionCounts()
        self.counts.settingsRequested.connect(self.open_settings)
        self.pain_warning = PainWarningFrame()
        self.pain_warning.dismissed.connect(self._dismiss_warning)
        self.timer_display = QLabel("00:00")
        self.timer_display.setObjectName("timerDisplay")
        self.timer_display.setAccessibleName(self.tr("Session time"))
        self.timer_display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pain_before = PainBeforePicker()
        self.guide = GuideCard()
        self.guide.backRequested.connect(self.back)
        self.guide.skipRequested.connect(self.skip)
        self.friend_check = FriendCheckFrame()
        self.friend_check.answered.connect(self._friend_answered)
        self.controls = SessionControls()
        self.controls.startRequested.connect(self.start)
        self.controls.pauseToggled.connect(self.toggle_pause)
        self.controls.finishRequested.connect(self.finish)
        self.controls.hurtRequested.connect(self.hurt_stop)
        self.choices = PracticeChoices()
        self.choices.partsChanged.connect(self._parts_changed)
        self.choices.paceChanged.connect(self._pace_changed)
        self.choices.cueSoundToggled.connect(lambda on: self._store.update(cue_sound=on))
        self.extras = PracticeExtras(pausing=self._safety is not None)
        self.extras.friendModeToggled.connect(lambda on: self._store.update(friend_mode=on))
        self.extras.pause_controls.pauseRequested.connect(self.pause_practice)
        self.extras.pause_controls.resumeRequested.connect(self.resume_practice)
        for widget, stretch in ((self.counts, 0), (self.pain_warning, 0),
                                (self.timer_display, 0), (self.pain_before, 0),
                                (self.guide, 1), (self.friend_check, 0), (self.controls, 0),
                                (self.choices, 0), (self.extras, 0)):
            outer.addWidget(widget, stretch)
        self._expose_parts()

    def _expose_parts(self) -> None:
        """The parts' widgets under the names the window, the tests and the screenshots
        have always used."""
        self.today_count = self.counts.today_count
        self.week_count = self.counts.week_count
        self.settings_button = self.counts.settings_button
        self.guide_frame = self.guide
        self.start_button = self.controls.start_button
        self.pause_button = self.controls.pause_button
        self.finish_button = self.controls.finish_button
        self.hurt_button = self.controls.hurt_button
        self.back_button = self.guide.back_button
        self.skip_button = self.guide.skip_button
        self.setup_area = self.choices
        self.parts_box = self.choices.parts_box
        self.part_boxes = self.choices.part_boxes
        self.pace = self.choices.pace
        self.cue_sound = self.choices.cue_sound
        self.extras_area = self.extras
        self.friend_mode = self.extras.friend_mode
        self.pause_controls = self.extras.pause_controls

    # --- public API ----------------------------------------------------------------------

    @property
    def store(self) -> PracticeSettingsStore:
        return self._store

    @property
    def session(self) -> GuidedSession | None:
        return self._session

    def set_exercise(self, exercise: Exercise | None) -> None:
        """The exercise to guide through (None: a plain timer). Takes effect at the next
        Start; the demonstration must show the same exercise."""
        self._exercise = exercise
        settings = self._store.settings
        self.choices.show_choices(exercise, settings.parts, self._pace_for(settings),
                                  cue_sound=settings.cue_sound,
                                  sound_available=self._sound is not None)
        self.extras.show_friend_mode(settings.friend_mode, enabled=exercise is not None)
        if not self.is_running():
            self._show_idle()

    def is_running(self) -> bool:
        """A session is under way: started and not yet finished, stopped or discarded
        (it may be paused, or waiting for Finish after the last roll)."""
        return self._session is not None and self._session.active

    def is_paused(self) -> bool:
        session = self._session
        return (session is not None and session.active and session.clock.paused
                and not session.complete)

    def elapsed(self) -> float:
        return self._session.elapsed() if self._session is not None else 0.0

    def chosen_parts(self) -> frozenset[str]:
        return self.choices.chosen_parts()

    def plan(self) -> GuidedPlan:
        """The guided practice Start would run with the current choices."""
        if self._exercise is None:
            return GuidedPlan((), ())
        settings = self._store.settings
        return build_plan(self._exercise, self.chosen_parts(), self._chosen_pace(),
                          rest_s=settings.rest_s)

    def start(self) -> None:
        if self.is_running() or not self.start_button.isEnabled():
            return
        warning = self._safety.warning if self._safety is not None else None
        if warning is not None and not self.start_prompt(self, "\n".join(seen_lines(warning))):
            return
        plan = self.plan()
        self._session = GuidedSession(plan, SessionClock(self._clock_fn), self._demo)
        self._started_at = self._now().astimezone(UTC).replace(microsecond=0)
        self._last_position = None
        self._friend_rolls = []
        self._asked_rolls = set()
        self.friend_check.clear()
        if self._store.settings.ask_pain_before:
            self.pain_before.ask()
        else:
            self.pain_before.reset()
        self._session.start()
        self._ticker.start()
        self.sessionStarted.emit()
        self.runningChanged.emit(True)
        self.tick()

    def toggle_pause(self) -> None:
        if self.is_paused():
            self.resume()
        else:
            self.pause()

    def pause(self) -> None:
        if self._session is None or not self.is_running() or self._session.complete:
            return
        self._session.pause()
        self._ticker.stop()
        self.tick()

    def resume(self) -> None:
        if self._session is None or not self.is_paused():
            return
        self._session.resume()
        self._last_position = None  # the roll starts again: cue it
        self._ticker.start()
        self.tick()

    def skip(self) -> None:
        if self._session is not None and self.is_running():
            self._session.skip()
            self.tick()

    def back(self) -> None:
        if self._session is not None and self.is_running():
            self._session.back()
            self._last_position = None
            self.tick()

    def finish(self) -> None:
        """Stop and hand the session to the journal form (which saves only on Save)."""
        self._end(stopped_hurt=False)

    def hurt_stop(self) -> None:
        """Stop everything at once; the form opens with `stopped_hurt` and the time so far."""
        self._end(stopped_hurt=True)

    def discard(self) -> None:
        """Forget the running session; nothing reaches the journal."""
        if self._session is None or not self.is_running():
            return
        self._session.stop()
        self._session = None
        self._ticker.stop()
        self.pain_before.hide()
        self.friend_check.clear()
        self.runningChanged.emit(False)
        self._show_idle()

    def refresh_counts(self) -> Progress | None:
        """Re-read today's and this week's sessions; call after every journal change."""
        settings = self._store.settings
        self._counts_date = local_now(self._now(), self._tz).date()
        schedule = self._safety.schedule if self._safety is not None else None
        try:
            result = progress(self._count_sessions, self._now(), settings.daily_target, self._tz,
                              schedule)
        except Exception:  # counts are a courtesy; the journal reports its own errors
            self._progress = None
            self.counts.show_unknown(settings.daily_target)
            return None
        self._progress = result
        self.counts.show_progress(result)
        return result

    def ask_before_close(self) -> bool:
        """True when the window may close. Mid-session, asks: Finish (form opens, window
        stays), Pause (window stays), Discard (closes) or Cancel (window stays)."""
        if not self.is_running():
            return True
        choice = self.close_prompt(self)
        if choice is CloseChoice.FINISH:
            self.finish()
            return False
        if choice is CloseChoice.PAUSE:
            self.pause()
            return False
        if choice is CloseChoice.DISCARD:
            self.discard()
            return True
        return False

    def open_settings(self) -> None:
        dialog = PracticeSettingsDialog(
            self._store, tray_available=QSystemTrayIcon.isSystemTrayAvailable(),
            safety=self._safety, parent=self,
        )
        dialog.exec()

    def tick(self) -> None:
        """Bring the display up to the clock; the QTimer calls this, tests may too."""
        session = self._session
        if session is None or not session.active:
            return
        session.update()
        self.timer_display.setText(format_elapsed(session.elapsed()))
        self._ask_friend(session)
        segment = session.current
        if self.pain_before.isVisible() and segment is not None and segment.is_roll \
                and session.clock.running:
            self.pain_before.hide()  # the first roll has begun: the question was skipped
        if session.complete:
            self.guide.show_done(self._completed_titles(session))
        elif not session.guided:
            self.guide.show_timing(session.clock.paused)
        elif segment is not None:
            into = session.into_segment()
            position = (session.index, segment.half_roll_at(into))
            if position != self._last_position and session.clock.running:
                self._cue(new_roll=segment.is_roll)
            self._last_position = position
            self.guide.show_segment(session, into)
        self._update_buttons()

    # --- display -------------------------------------------------------------------------

    def _completed_titles(self, session: GuidedSession) -> list[str]:
        done = session.completed_parts()
        if self._exercise is None:
            return []
        return [p.title for p in self._exercise.parts if p.id in done]

    def fit_to_height(self, available: int) -> None:
        """Size the big texts for the height there is to show the panel in (the window's
        column; the panel may scroll inside it): full size from 860 px, compact at 560."""
        self._height_for_fonts = available
        self._apply_style()

    def font_scale(self) -> float:
        return min(max((self._height_for_fonts - 560) / 300.0, 0.0), 1.0)

    def _apply_style(self) -> None:
        # Steps of a fifth: restyling every widget on each pixel of a resize would be slow.
        key = (is_dark(self.palette()), round(self.font_scale() * 5) / 5)
        if key != self._style_key:
            self._style_key = key
            self.setStyleSheet(practice_style(self.palette(), key[1]))
            if hasattr(self, "guide"):
                self.guide.fit_caption()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()

    def _show_idle(self) -> None:
        paused = self._safety is not None and self._safety.pause_today is not None
        self.guide.show_idle(self.plan(), paused=paused, has_exercise=self._exercise is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.is_running()
        session = self._session
        complete = session is not None and session.complete
        guided_moves = running and session is not None and session.guided and not complete
        self.controls.show_state(
            running=running, paused=self.is_paused(), complete=complete,
            can_start=self._exercise is None or bool(self.chosen_parts()))
        self._hurt_shortcut.setEnabled(running)
        # Back and Skip only mean something in a session: out of one their room goes to the
        # choices for the next (which a session hides in turn).
        self.guide.show_moves(shown=running, enabled=guided_moves)
        self.choices.setVisible(not running)
        self.extras.setVisible(not running)
        self.choices.set_exercise_loaded(self._exercise is not None)

    def _cue(self, *, new_roll: bool) -> None:
        self._set_flash(True)
        self._flash_timer.start(FLASH_MS)
        if new_roll and self._sound is not None and self._store.settings.cue_sound:
            self._sound()

    def _set_flash(self, on: bool) -> None:
        self.guide.set_flash(on)

    # --- internals -----------------------------------------------------------------------

    def _end(self, *, stopped_hurt: bool) -> None:
        session = self._session
        if session is None or not self.is_running():
            return
        elapsed = session.stop()
        self._ticker.stop()
        self.timer_display.setText(format_elapsed(elapsed))
        assert self._started_at is not None
        rolls = tuple(self._friend_rolls)
        prefill = EntryData(
            started_at=self._started_at,
            duration_s=max(DURATION_MIN_S, min(DURATION_MAX_S, round(elapsed))),
            parts=session.completed_parts(),
            pain_before=self.pain_before.value(),
            stopped_hurt=stopped_hurt,
            friend_checked=bool(rolls),
            friend_rolls=rolls,
        )
        self.pain_before.hide()
        self.friend_check.clear()
        self.guide.show_stopped(stopped_hurt)
        self._update_buttons()
        self.runningChanged.emit(False)
        self.sessionEnded.emit(prefill)

    def _pace_for(self, settings: PracticeSettings) -> float:
        if settings.pace_s is not None:
            return settings.pace_s
        return default_pace(self._exercise) if self._exercise is not None else 8.0

    def _chosen_pace(self) -> float | None:
        """None while the spin box shows the exercise's own pace, keeping its nuances."""
        if self._exercise is None or math.isclose(self.pace.value(), default_pace(self._exercise)):
            return None
        return self.pace.value()

    def _pace_changed(self, _value: float) -> None:
        self._store.update(pace_s=self._chosen_pace())
        if not self.is_running():
            self._show_idle()

    def _parts_changed(self) -> None:
        self._store.update(parts=self.chosen_parts())
        if not self.is_running():
            self._show_idle()

    def _settings_changed(self, settings: PracticeSettings) -> None:
        if self._progress is None or settings.daily_target != self._progress.daily_target:
            self.refresh_counts()
        if self.friend_mode.isChecked() != settings.friend_mode:
            self.extras.show_friend_mode(settings.friend_mode)
        if not self.is_running():
            self._show_idle()

    def _check_new_day(self) -> None:
        if local_now(self._now(), self._tz).date() != self._counts_date:
            self.refresh_counts()
            if self._safety is not None:
                self._safety.check()

    # --- safety: the pain warning, pauses, friend checks --------------------------------------

    def pause_practice(self, days: int | None) -> None:
        """Pause from today for `days` days (None: until resumed)."""
        if self._safety is None:
            return
        try:
            self._safety.pause(days)
        except (JournalError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Practice not paused"), str(exc))

    def resume_practice(self) -> None:
        if self._safety is None:
            return
        try:
            self._safety.resume()
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Practice not resumed"), str(exc))

    def friend_rolls(self) -> tuple[FriendRoll, ...]:
        """The friend's checks of this session so far."""
        return tuple(self._friend_rolls)

    def _safety_changed(self) -> None:
        safety = self._safety
        if safety is not None:
            self.pain_warning.show_warning(safety.warning, safety.warning_shown)
            self.pause_controls.set_pause(safety.pause_today, safety.today)
        self.refresh_counts()
        pause = safety.pause_today if safety is not None else None
        if pause != self._shown_pause:
            # Paused or resumed: the guide says so (a stopped session's words stay else).
            self._shown_pause = pause
            if not self.is_running():
                self._show_idle()

    def _dismiss_warning(self) -> None:
        if self._safety is not None:
            self._safety.dismiss_warning()

    def _ask_friend(self, session: GuidedSession) -> None:
        """After each roll done, in friend mode, the friend says what led it."""
        if not self._store.settings.friend_mode or not session.guided:
            return
        new = sorted(session.done_rolls - self._asked_rolls)
        if not new:
            return
        self._asked_rolls.update(new)
        # Rolls done while nobody answered are left unchecked: only the latest is asked.
        self.friend_check.ask(session.plan.segments[new[-1]])

    def _friend_answered(self, roll: FriendRoll) -> None:
        self._friend_rolls.append(roll)
