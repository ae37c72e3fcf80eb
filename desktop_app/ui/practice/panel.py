"""The practice panel beside the demonstration: session timer and guided practice.

Built to be read from the rug, about two metres away: the elapsed time, the roll's
countdown and a short caption are large; the seed's own sentence sits smaller below.
"""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime, tzinfo
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop_app.journal.entry import DURATION_MAX_S, DURATION_MIN_S, EntryData, FriendRoll
from desktop_app.journal.errors import JournalError
from desktop_app.journal.schedule import Pause
from desktop_app.practice.clock import MonotonicClock, SessionClock, format_elapsed
from desktop_app.practice.guide import Demonstration, GuidedSession
from desktop_app.practice.periods import CountSessions, Progress, local_now, progress
from desktop_app.practice.plan import (
    PACE_MAX_S,
    PACE_MIN_S,
    GuidedPlan,
    SegmentKind,
    build_plan,
    default_pace,
)
from desktop_app.practice.settings import ALL_PARTS, PracticeSettings
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.palette import is_dark, pick
from desktop_app.ui.practice.friend_check import FriendCheckFrame
from desktop_app.ui.practice.pain_before import PainBeforePicker
from desktop_app.ui.practice.pain_warning import PainWarningFrame, seen_lines
from desktop_app.ui.practice.pause_controls import PauseControls
from desktop_app.ui.practice.settings_dialog import PracticeSettingsDialog
from desktop_app.ui.practice.start_confirm import ask_start_despite_warning
from desktop_app.ui.practice.store import PracticeSettingsStore

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.choreography.models import Exercise
    from desktop_app.ui.practice.safety import PracticeSafety

HURT_ADVICE = "If the movement hurts, don't do it yet. Focus on other exercises instead."
TICK_MS = 100  # display refresh only; time itself comes from the monotonic clock
FLASH_MS = 600
_NO_SOUND_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb"})


class CloseChoice(Enum):
    FINISH = "finish"
    PAUSE = "pause"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_close_choice(parent: QWidget) -> CloseChoice:
    """The close-while-practising question; Cancel (Escape) keeps everything as it was."""
    box = QMessageBox(parent)
    box.setObjectName("closeWhilePractising")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("A practice session is running")
    box.setText("A practice session is running. What would you like to do?")
    box.setInformativeText(
        "Finish opens the journal form with this session filled in. "
        "Pause keeps the session so you can carry on. Discard forgets it and closes."
    )
    finish = box.addButton("Finish and write it down", QMessageBox.ButtonRole.AcceptRole)
    pause = box.addButton("Pause", QMessageBox.ButtonRole.ActionRole)
    discard = box.addButton("Discard and close", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    finish.setObjectName("closeFinish")
    pause.setObjectName("closePause")
    discard.setObjectName("closeDiscard")
    cancel.setObjectName("closeCancel")
    box.setDefaultButton(finish)
    box.setEscapeButton(cancel)
    box.exec()
    clicked: QAbstractButton | None = box.clickedButton()
    choices: dict[QAbstractButton | None, CloseChoice] = {
        finish: CloseChoice.FINISH,
        pause: CloseChoice.PAUSE,
        discard: CloseChoice.DISCARD,
    }
    return choices.get(clicked, CloseChoice.CANCEL)


def prefill_message(data: EntryData, *, saved: bool = False) -> str:
    """What the journal form says above a session handed over by the practice timer
    (`saved`: a hurt stop the journal already holds, opened for adding to)."""
    if data.stopped_hurt and saved:
        return QCoreApplication.translate(
            "PracticePanel",
            "Stopped because it hurt. {advice} This session is already saved in your journal; "
            "add your pain and a note if you like, then Save. Undo (Ctrl+Z) removes it.",
        ).format(advice=HURT_ADVICE)
    if data.stopped_hurt:
        return (f"Stopped because it hurt. {HURT_ADVICE} The session is filled in; "
                "add a note if you like, then Save.")
    return "From the practice timer: add how it went, then Save."


def platform_sound() -> Callable[[], None] | None:
    """The desktop's short alert sound, or None where there is none (headless)."""
    if QApplication.platformName() in _NO_SOUND_PLATFORMS:
        return None
    return QApplication.beep


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


# Font sizes (px) at full size and at their most compact, for a short window (1024x600).
_SIZES = {
    "timer": (96, 50),
    "countdown": (72, 40),
    "caption": (30, 19),
    "progress": (18, 14),
    "detail": (15, 13),
    "next": (18, 14),
    "unit": (14, 12),
    "counts": (20, 15),
    "hurt": (22, 16),
    "hurt_pad": (14, 6),
    "button": (18, 14),
    "button_pad": (10, 4),
    "move": (16, 13),
    "move_pad": (8, 3),
}


def practice_style(palette: QPalette, scale: float = 1.0) -> str:
    """The panel's style sheet: sizes for the room there is (`scale` 0 compact .. 1 full),
    colours from the palette (text roles) or chosen for a light or a dark one (accents)."""

    def px(name: str) -> int:
        full, compact = _SIZES[name]
        return round(compact + (full - compact) * scale)

    def c(light: str, dark: str) -> str:
        return pick(palette, light, dark)

    return f"""
#timerDisplay {{ font-size: {px("timer")}px; font-weight: 600; color: palette(window-text); }}
#rollCountdown {{ font-size: {px("countdown")}px; font-weight: 600;
    color: {c("#2f6f5f", "#7fd6bb")}; }}
#rollCaption {{ font-size: {px("caption")}px; font-weight: 600; color: palette(window-text); }}
#rollProgress {{ font-size: {px("progress")}px; color: {c("#4a5a60", "#bccacf")}; }}
#rollDetail {{ font-size: {px("detail")}px; color: {c("#4a5a60", "#bccacf")}; }}
#rollNext {{ font-size: {px("next")}px; color: {c("#2f4f4f", "#aee0de")}; }}
#countdownUnit {{ font-size: {px("unit")}px; color: {c("#4a5a60", "#bccacf")}; }}
#todayCount, #weekCount {{ font-size: {px("counts")}px; font-weight: 600;
    color: {c("#2f4f4f", "#cdeceb")}; }}
#guideFrame {{ background: {c("#f4f7f6", "#243034")}; border: 2px solid {c("#d5e0dc", "#3d4d52")};
    border-radius: 10px; }}
#guideFrame[flash="true"] {{ background: {c("#fff1b8", "#4f4310")}; border-color: #e0b030; }}
#guideFrame[state="rest"] {{ background: {c("#eef3fb", "#1f2a3b")};
    border-color: {c("#c9d6ea", "#3a4b68")}; }}
#guideFrame[state="hurt"] {{ background: {c("#fdecea", "#45201c")}; border-color: #d9534f; }}
#hurtStop {{ font-size: {px("hurt")}px; font-weight: 700; color: white; background: #c0392b;
    border: none; border-radius: 8px; padding: {px("hurt_pad")}px; }}
#hurtStop:disabled {{ background: {c("#e6b8b3", "#5e3431")}; color: {c("#ffffff", "#d9c2bf")}; }}
#guideFrame[state="hurt"] #rollCaption {{ color: {c("#8a1f15", "#ff9d90")}; }}
#startSession, #pauseSession, #finishSession {{ font-size: {px("button")}px;
    padding: {px("button_pad")}px 16px; }}
#backRoll, #skipRoll {{ font-size: {px("move")}px; padding: {px("move_pad")}px 12px; }}
"""


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
        self.setAccessibleName("Practice timer")
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

        self._hurt_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._hurt_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._hurt_shortcut.activated.connect(self.hurt_stop)

        self.set_exercise(exercise)
        if safety is not None:
            safety.changed.connect(self._safety_changed)
        self._safety_changed()
        self._show_idle()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(6)

        counts = QHBoxLayout()
        self.today_count = QLabel()
        _named(self.today_count, "todayCount", "Sessions today")
        self.week_count = QLabel()
        _named(self.week_count, "weekCount", "Sessions this week")
        self.settings_button = QPushButton("Settings…")
        _named(self.settings_button, "practiceSettings", "Practice settings")
        self.settings_button.clicked.connect(self.open_settings)
        counts.addWidget(self.today_count)
        counts.addSpacing(18)
        counts.addWidget(self.week_count)
        counts.addStretch(1)
        counts.addWidget(self.settings_button)
        outer.addLayout(counts)

        self.pain_warning = PainWarningFrame()
        self.pain_warning.dismissed.connect(self._dismiss_warning)
        outer.addWidget(self.pain_warning)

        self.timer_display = QLabel("00:00")
        _named(self.timer_display, "timerDisplay", "Session time")
        self.timer_display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.timer_display)

        self.pain_before = PainBeforePicker()
        outer.addWidget(self.pain_before)

        self.guide_frame = QFrame()
        _named(self.guide_frame, "guideFrame", "Current roll")
        guide = QVBoxLayout(self.guide_frame)
        guide.setContentsMargins(14, 6, 14, 8)
        top = QHBoxLayout()
        self.roll_progress = QLabel()
        _named(self.roll_progress, "rollProgress", "Where you are in the practice")
        self.roll_progress.setWordWrap(True)
        self.roll_countdown = QLabel()
        _named(self.roll_countdown, "rollCountdown", "Seconds left in this roll")
        self.roll_countdown.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.countdown_unit = QLabel("seconds left")
        self.countdown_unit.setObjectName("countdownUnit")
        self.countdown_unit.setAlignment(Qt.AlignmentFlag.AlignRight)
        countdown = QVBoxLayout()
        countdown.setSpacing(0)
        countdown.addWidget(self.roll_countdown)
        countdown.addWidget(self.countdown_unit)
        top.addWidget(self.roll_progress, 1, Qt.AlignmentFlag.AlignTop)
        top.addLayout(countdown)
        self.roll_caption = QLabel()
        _named(self.roll_caption, "rollCaption", "What to do now")
        self.roll_caption.setWordWrap(True)
        self.roll_bar = QProgressBar()
        _named(self.roll_bar, "rollBar", "Progress through this roll")
        self.roll_bar.setRange(0, 1000)
        self.roll_bar.setTextVisible(False)
        self.roll_bar.setFixedHeight(10)
        self.roll_detail = QLabel()
        _named(self.roll_detail, "rollDetail", "The exercise's words for this roll")
        self.roll_detail.setWordWrap(True)
        self.roll_detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The seed's long sentence gives way first when the window is short: the big
        # caption says the same in fewer words.
        self.roll_detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.roll_detail.setMinimumHeight(34)
        self.roll_next = QLabel()
        _named(self.roll_next, "rollNext", "What comes next")
        self.roll_next.setWordWrap(True)
        self.roll_next.setAlignment(Qt.AlignmentFlag.AlignCenter)
        guide.addLayout(top)
        guide.addWidget(self.roll_caption)
        guide.addWidget(self.roll_bar)
        guide.addWidget(self.roll_detail, 1)

        moves = QHBoxLayout()
        self.back_button = QPushButton("◀ Back")
        _named(self.back_button, "backRoll", "Back one roll")
        self.back_button.clicked.connect(self.back)
        self.skip_button = QPushButton("Skip ▶")
        _named(self.skip_button, "skipRoll", "Skip to the next roll")
        self.skip_button.clicked.connect(self.skip)
        moves.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignBottom)
        moves.addWidget(self.roll_next, 1)
        moves.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignBottom)
        guide.addLayout(moves)
        outer.addWidget(self.guide_frame, 1)

        self.friend_check = FriendCheckFrame()
        self.friend_check.answered.connect(self._friend_answered)
        outer.addWidget(self.friend_check)

        controls = QHBoxLayout()
        self.start_button = QPushButton("Start")
        _named(self.start_button, "startSession", "Start the practice")
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton("Pause")
        _named(self.pause_button, "pauseSession", "Pause or resume the practice")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.finish_button = QPushButton("Finish")
        _named(self.finish_button, "finishSession", "Finish and write it in the journal")
        self.finish_button.clicked.connect(self.finish)
        for button in (self.start_button, self.pause_button, self.finish_button):
            controls.addWidget(button)
        outer.addLayout(controls)

        self.hurt_button = QPushButton("It hurts: stop  (Esc)")
        _named(self.hurt_button, "hurtStop", "It hurts: stop now")
        self.hurt_button.clicked.connect(self.hurt_stop)
        outer.addWidget(self.hurt_button)

        # Choices for the next session; hidden while one runs, to leave room for the guide.
        self.setup_area = QWidget()
        self.setup_area.setObjectName("practiceSetup")
        # The choices wrap onto two rows when the column is narrow (a 1024-pixel screen).
        setup = FlowLayout(self.setup_area, spacing=8)
        setup.setContentsMargins(0, 0, 0, 0)
        self.parts_box = QGroupBox("Parts to practise")
        _named(self.parts_box, "practiceParts", "Parts to practise")
        parts_layout = QHBoxLayout(self.parts_box)
        self.part_boxes: dict[str, QCheckBox] = {}
        for number, part_id in enumerate(ALL_PARTS, start=1):
            box = QCheckBox(f"Part {number}")
            _named(box, f"practicePart{number}", f"Practise part {number}")
            box.toggled.connect(self._parts_changed)
            parts_layout.addWidget(box)
            self.part_boxes[part_id] = box
        setup.addWidget(self.parts_box)

        pace_box = QGroupBox("Pace")
        pace_layout = QHBoxLayout(pace_box)
        self.pace = QDoubleSpinBox()
        _named(self.pace, "paceSeconds", "Seconds per roll")
        self.pace.setRange(PACE_MIN_S, PACE_MAX_S)
        self.pace.setSingleStep(0.5)
        self.pace.setDecimals(1)
        self.pace.setSuffix(" s per roll")
        self.pace.setToolTip("Seconds for each half roll (face up to face down). "
                             "Slower is fine: slow, smooth, at a constant speed.")
        self.pace.valueChanged.connect(self._pace_changed)
        pace_layout.addWidget(self.pace)
        self.cue_sound = QCheckBox("Sound")
        _named(self.cue_sound, "cueSound", "Sound at each new roll")
        self.cue_sound.setToolTip("A short sound marks each new roll; the caption always "
                                  "flashes.")
        self.cue_sound.toggled.connect(lambda on: self._store.update(cue_sound=on))
        pace_layout.addWidget(self.cue_sound)
        setup.addWidget(pace_box)
        outer.addWidget(self.setup_area)

        # Who is there and whether to practise at all: kept visible apart from a session.
        self.extras_area = QWidget()
        self.extras_area.setObjectName("practiceExtras")
        extras = FlowLayout(self.extras_area, spacing=12)
        extras.setContentsMargins(0, 0, 0, 0)
        self.friend_mode = QCheckBox(self.tr("With a friend"))
        _named(self.friend_mode, "friendMode", self.tr("With a friend: they check what led "
                                                       "each roll"))
        self.friend_mode.setToolTip(self.tr("After each roll your friend taps what led it, "
                                            "in big buttons; it goes into the journal."))
        self.friend_mode.toggled.connect(lambda on: self._store.update(friend_mode=on))
        self.pause_controls = PauseControls()
        self.pause_controls.pauseRequested.connect(self.pause_practice)
        self.pause_controls.resumeRequested.connect(self.resume_practice)
        self.pause_controls.setVisible(self._safety is not None)
        extras.addWidget(self.friend_mode)
        extras.addWidget(self.pause_controls)
        outer.addWidget(self.extras_area)

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
        parts = {p.id: p for p in exercise.parts} if exercise is not None else {}
        settings = self._store.settings
        for part_id, box in self.part_boxes.items():
            box.blockSignals(True)
            box.setVisible(exercise is None or part_id in parts)
            if part_id in parts:
                box.setText(parts[part_id].title)
                box.setToolTip(parts[part_id].intro or "")
            box.setChecked(part_id in settings.parts)
            box.blockSignals(False)
        self.pace.blockSignals(True)
        self.pace.setValue(self._pace_for(settings))
        self.pace.blockSignals(False)
        self.cue_sound.blockSignals(True)
        self.cue_sound.setChecked(settings.cue_sound and self._sound is not None)
        self.cue_sound.setEnabled(self._sound is not None)
        if self._sound is None:
            self.cue_sound.setToolTip("This system has no sound for cues; the caption flashes.")
        self.cue_sound.blockSignals(False)
        self.friend_mode.blockSignals(True)
        self.friend_mode.setChecked(settings.friend_mode)
        self.friend_mode.setEnabled(exercise is not None)
        self.friend_mode.blockSignals(False)
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
        return frozenset(p for p, box in self.part_boxes.items()
                         if box.isChecked() and box.isVisibleTo(self.parts_box))

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
            self.today_count.setText(self.tr("– of {target} today").format(
                target=settings.daily_target))
            self.week_count.setText(self.tr("– of {target} this week").format(
                target=settings.daily_target * 7))
            return None
        self._progress = result
        if result.paused_today:
            today = self.tr("Paused today") if result.today == 0 else \
                self.tr("{count} today · paused").format(count=result.today)
        else:
            today = self.tr("{count} of {target} today").format(
                count=result.today, target=result.daily_target)
            if result.today_met:
                today += " ✓"
        self.today_count.setText(today)
        self.week_count.setText(self.tr("{count} of {target} this week").format(
            count=result.week, target=result.weekly_target))
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
        if session.complete or not session.guided:
            self._show_without_segment(session)
        elif segment is not None:
            into = session.into_segment()
            position = (session.index, segment.half_roll_at(into))
            if position != self._last_position and session.clock.running:
                self._cue(new_roll=segment.is_roll)
            self._last_position = position
            self._show_segment(session, into)
        self._update_buttons()

    # --- display -------------------------------------------------------------------------

    def _show_segment(self, session: GuidedSession, into: float) -> None:
        segment = session.current
        assert segment is not None
        remaining = session.remaining()
        self._set_caption(segment.cue)
        self.roll_detail.setText(segment.detail)
        self.roll_countdown.setText(f"{math.ceil(remaining - 1e-9)}")
        self._show_countdown(True)
        self.roll_bar.setValue(int(1000 * min(1.0, into / segment.duration_s)))
        self.roll_next.setText(self._next_text(session))
        if segment.kind is SegmentKind.ROLL:
            where = f"{segment.part_title} · roll {segment.roll_number} of {segment.rolls_in_part}"
            if segment.half_rolls > 1:
                where += f" · half roll {segment.half_roll_at(into)} of {segment.half_rolls}"
        elif segment.kind is SegmentKind.REST:
            where = "Rest between parts"
        else:
            where = "Starting soon"
        if session.clock.paused:
            where += " · paused (Resume starts this roll again)"
        self.roll_progress.setText(where)
        self._set_state("roll" if segment.is_roll else "rest")

    def _set_caption(self, text: str) -> None:
        if text != self.roll_caption.text():
            self.roll_caption.setText(text)
            self._fit_caption()

    def _fit_caption(self) -> None:
        # A wrapped label's share of a crowded layout can be less than its lines need;
        # the caption is what the person reads from the floor, so it never gets clipped.
        layout = self.guide_frame.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        width = self.guide_frame.width() - margins.left() - margins.right() - 4
        if width > 50:
            self.roll_caption.setMinimumHeight(self.roll_caption.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_caption()

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
            if hasattr(self, "roll_caption"):
                self._fit_caption()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()

    def _next_text(self, session: GuidedSession) -> str:
        later = session.plan.segments[session.index + 1:]
        if not later:
            return "Last roll"
        following = later[0]
        if following.kind is SegmentKind.REST:
            return f"Next: a short rest, then {following.part_title}"
        return f"Next: {following.cue}"

    def _show_countdown(self, shown: bool) -> None:
        if not shown:
            self.roll_countdown.setText("")
            self.roll_next.setText("")
        self.roll_countdown.setVisible(shown)
        self.countdown_unit.setVisible(shown)
        self.roll_bar.setVisible(shown)

    def _show_without_segment(self, session: GuidedSession) -> None:
        self._show_countdown(False)
        if session.complete:
            done = session.completed_parts()
            titles = [p.title for p in self._exercise.parts if p.id in done] \
                if self._exercise is not None else []
            self.roll_progress.setText("Practice done")
            self._set_caption("Well done. Press Finish to write it in your journal.")
            self.roll_detail.setText(
                f"Completed: {', '.join(titles)}." if titles
                else "Some rolls were skipped, so no part is complete."
            )
        else:
            self.roll_progress.setText("Timing your practice"
                                       + (" · paused" if session.clock.paused else ""))
            self._set_caption("Slow, smooth, with the right part leading.")
            self.roll_detail.setText("No exercise file is loaded, so there is no guide: "
                                     "the timer keeps your time for the journal.")
        self._set_state("roll")

    def _show_idle(self) -> None:
        self._set_state("idle")
        self._show_countdown(False)
        plan = self.plan()
        paused = self._safety.pause_today if self._safety is not None else None
        if paused is not None:
            self.roll_progress.setText(self.tr("Practice is paused"))
            self._set_caption(self.tr("Rest during the flare-up."))
            self.roll_detail.setText(self.tr(
                "Paused days leave your target, no reminders come, and your practice "
                "strength does not fall. Resume practice when you are ready (Start still "
                "works if you want to practise today)."))
        elif plan.segments:
            rolls = len(plan.roll_indices)
            minutes = max(1, round(plan.total_s / 60))
            self.roll_progress.setText(
                f"{rolls} roll{'s' if rolls != 1 else ''}, about {minutes} min")
            self._set_caption("Press Start, then lie down on the rug, face up.")
            self.roll_detail.setText("Slow, smooth, at a constant speed. "
                                     "If it hurts, stop: press the red button or Escape.")
        elif self._exercise is not None:
            self.roll_progress.setText("")
            self._set_caption("Tick the parts you want to practise.")
            self.roll_detail.setText("")
        else:
            self.roll_progress.setText("")
            self._set_caption("Press Start to time your practice.")
            self.roll_detail.setText("")
        self._update_buttons()

    def _show_stopped(self, stopped_hurt: bool) -> None:
        self._show_countdown(False)
        if stopped_hurt:
            self._set_state("hurt")
            self.roll_progress.setText("Stopped because it hurt")
            self._set_caption(HURT_ADVICE)
            self.roll_detail.setText(self.tr(
                "Your journal keeps this session at once, marked as stopped because it hurt. "
                "Add your pain and a note in the form if you like."))
        else:
            self._set_state("idle")
            self.roll_progress.setText("Finished")
            self._set_caption("Write how it went in the journal form.")
            self.roll_detail.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.is_running()
        session = self._session
        complete = session is not None and session.complete
        guided_moves = running and session is not None and session.guided and not complete
        self.start_button.setEnabled(not running and (
            self._exercise is None or bool(self.chosen_parts())))
        self.pause_button.setEnabled(running and not complete)
        self.pause_button.setText("Resume" if self.is_paused() else "Pause")
        self.finish_button.setEnabled(running)
        self.finish_button.setDefault(complete)
        self.hurt_button.setEnabled(running)
        self._hurt_shortcut.setEnabled(running)
        self.back_button.setEnabled(guided_moves)
        self.skip_button.setEnabled(guided_moves)
        # Back and Skip only mean something in a session: out of one their room goes to the
        # choices for the next (which a session hides in turn).
        self.back_button.setVisible(running)
        self.skip_button.setVisible(running)
        self.setup_area.setVisible(not running)
        self.extras_area.setVisible(not running)
        self.parts_box.setEnabled(self._exercise is not None)
        self.pace.setEnabled(self._exercise is not None)

    def _set_state(self, state: str) -> None:
        if self.guide_frame.property("state") != state:
            self.guide_frame.setProperty("state", state)
            self._repolish(self.guide_frame)
            self._repolish(self.roll_caption)  # its colour depends on the frame's state

    def _cue(self, *, new_roll: bool) -> None:
        self._set_flash(True)
        self._flash_timer.start(FLASH_MS)
        if new_roll and self._sound is not None and self._store.settings.cue_sound:
            self._sound()

    def _set_flash(self, on: bool) -> None:
        self.guide_frame.setProperty("flash", on)
        self._repolish(self.guide_frame)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()

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
        self._show_stopped(stopped_hurt)
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

    def _parts_changed(self, _checked: bool) -> None:
        self._store.update(parts=self.chosen_parts())
        if not self.is_running():
            self._show_idle()

    def _settings_changed(self, settings: PracticeSettings) -> None:
        if self._progress is None or settings.daily_target != self._progress.daily_target:
            self.refresh_counts()
        if self.friend_mode.isChecked() != settings.friend_mode:
            self.friend_mode.blockSignals(True)
            self.friend_mode.setChecked(settings.friend_mode)
            self.friend_mode.blockSignals(False)
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
