"""The guide card: where you are in the practice, the roll's countdown, the big caption
read from the rug, the exercise's own words, what comes next, and Back / Skip.

Its look follows its `state` property (idle, roll, rest, hurt) and a short `flash` at each
new roll; the practice style sheet (resources/styles/practice.qss) draws both.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.practice.plan import GuidedPlan, SegmentKind
from desktop_app.ui.practice.prefill import hurt_advice

if TYPE_CHECKING:
    from desktop_app.practice.guide import GuidedSession


def _label(name: str, accessible: str, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    if accessible:
        label.setAccessibleName(accessible)
    label.setWordWrap(wrap)
    return label


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class GuideCard(QFrame):
    """The current roll. Signals: `backRequested()`, `skipRequested()`."""

    backRequested = Signal()
    skipRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideFrame")
        self.setAccessibleName(self.tr("Current roll"))
        guide = QVBoxLayout(self)
        guide.setContentsMargins(14, 6, 14, 8)
        guide.addLayout(self._build_top())
        self.roll_caption = _label("rollCaption", self.tr("What to do now"))
        self.roll_bar = QProgressBar()
        self.roll_bar.setObjectName("rollBar")
        self.roll_bar.setAccessibleName(self.tr("Progress through this roll"))
        self.roll_bar.setRange(0, 1000)
        self.roll_bar.setTextVisible(False)
        self.roll_bar.setFixedHeight(10)
        self.roll_detail = _label("rollDetail", self.tr("The exercise's words for this roll"))
        self.roll_detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The seed's long sentence gives way first when the window is short: the big
        # caption says the same in fewer words.
        self.roll_detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.roll_detail.setMinimumHeight(34)
        guide.addWidget(self.roll_caption)
        guide.addWidget(self.roll_bar)
        guide.addWidget(self.roll_detail, 1)
        guide.addLayout(self._build_moves())

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.roll_progress = _label("rollProgress", self.tr("Where you are in the practice"))
        self.roll_countdown = _label("rollCountdown", self.tr("Seconds left in this roll"),
                                     wrap=False)
        self.roll_countdown.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.countdown_unit = _label("countdownUnit", "", wrap=False)
        self.countdown_unit.setText(self.tr("seconds left"))
        self.countdown_unit.setAlignment(Qt.AlignmentFlag.AlignRight)
        countdown = QVBoxLayout()
        countdown.setSpacing(0)
        countdown.addWidget(self.roll_countdown)
        countdown.addWidget(self.countdown_unit)
        top.addWidget(self.roll_progress, 1, Qt.AlignmentFlag.AlignTop)
        top.addLayout(countdown)
        return top

    def _build_moves(self) -> QHBoxLayout:
        self.roll_next = _label("rollNext", self.tr("What comes next"))
        self.roll_next.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setObjectName("backRoll")
        self.back_button.setAccessibleName(self.tr("Back one roll"))
        self.back_button.clicked.connect(self.backRequested)
        self.skip_button = QPushButton(self.tr("Skip ▶"))
        self.skip_button.setObjectName("skipRoll")
        self.skip_button.setAccessibleName(self.tr("Skip to the next roll"))
        self.skip_button.clicked.connect(self.skipRequested)
        moves = QHBoxLayout()
        moves.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignBottom)
        moves.addWidget(self.roll_next, 1)
        moves.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignBottom)
        return moves

    # --- what it shows ---------------------------------------------------------------

    def show_segment(self, session: GuidedSession, into: float) -> None:
        """A roll, a rest or the lead-in, `into` seconds in."""
        segment = session.current
        assert segment is not None
        remaining = session.remaining()
        self.set_caption(segment.cue)
        self.roll_detail.setText(segment.detail)
        self.roll_countdown.setText(f"{math.ceil(remaining - 1e-9)}")
        self.show_countdown(True)
        self.roll_bar.setValue(int(1000 * min(1.0, into / segment.duration_s)))
        self.roll_next.setText(self._next_text(session))
        if segment.kind is SegmentKind.ROLL:
            where = self.tr("{part} · roll {number} of {rolls}").format(
                part=segment.part_title, number=segment.roll_number,
                rolls=segment.rolls_in_part)
            if segment.half_rolls > 1:
                where += self.tr(" · half roll {number} of {halves}").format(
                    number=segment.half_roll_at(into), halves=segment.half_rolls)
        elif segment.kind is SegmentKind.REST:
            where = self.tr("Rest between parts")
        else:
            where = self.tr("Starting soon")
        if session.clock.paused:
            where += self.tr(" · paused (Resume starts this roll again)")
        self.roll_progress.setText(where)
        self.set_state("roll" if segment.is_roll else "rest")

    def _next_text(self, session: GuidedSession) -> str:
        later = session.plan.segments[session.index + 1:]
        if not later:
            return self.tr("Last roll")
        following = later[0]
        if following.kind is SegmentKind.REST:
            return self.tr("Next: a short rest, then {part}").format(part=following.part_title)
        return self.tr("Next: {cue}").format(cue=following.cue)

    def show_done(self, completed_titles: list[str]) -> None:
        """Every roll is behind: Finish writes it down."""
        self.show_countdown(False)
        self.roll_progress.setText(self.tr("Practice done"))
        self.set_caption(self.tr("Well done. Press Finish to write it in your journal."))
        self.roll_detail.setText(
            self.tr("Completed: {parts}.").format(parts=", ".join(completed_titles))
            if completed_titles
            else self.tr("Some rolls were skipped, so no part is complete."))
        self.set_state("roll")

    def show_timing(self, paused: bool) -> None:
        """A session without a guide (no exercise file): the timer alone."""
        self.show_countdown(False)
        self.roll_progress.setText(self.tr("Timing your practice")
                                   + (self.tr(" · paused") if paused else ""))
        self.set_caption(self.tr("Slow, smooth, with the right part leading."))
        self.roll_detail.setText(self.tr("No exercise file is loaded, so there is no guide: "
                                         "the timer keeps your time for the journal."))
        self.set_state("roll")

    def show_idle(self, plan: GuidedPlan, *, paused: bool, has_exercise: bool) -> None:
        """Before a session: what Start would do (or why practice is paused)."""
        self.set_state("idle")
        self.show_countdown(False)
        if paused:
            self.roll_progress.setText(self.tr("Practice is paused"))
            self.set_caption(self.tr("Rest during the flare-up."))
            self.roll_detail.setText(self.tr(
                "Paused days leave your target, no reminders come, and your practice "
                "strength does not fall. Resume practice when you are ready (Start still "
                "works if you want to practise today)."))
        elif plan.segments:
            rolls = len(plan.roll_indices)
            minutes = max(1, round(plan.total_s / 60))
            self.roll_progress.setText(
                self.tr("%n roll(s), about {minutes} min", "", rolls).format(minutes=minutes))
            self.set_caption(self.tr("Press Start, then lie down on the rug, face up."))
            self.roll_detail.setText(self.tr("Slow, smooth, at a constant speed. "
                                             "If it hurts, stop: press the red button or "
                                             "Escape."))
        else:
            self.roll_progress.setText("")
            self.set_caption(self.tr("Tick the parts you want to practise.") if has_exercise
                             else self.tr("Press Start to time your practice."))
            self.roll_detail.setText("")

    def show_stopped(self, stopped_hurt: bool) -> None:
        """After Finish, or after "It hurts: stop"."""
        self.show_countdown(False)
        if stopped_hurt:
            self.set_state("hurt")
            self.roll_progress.setText(self.tr("Stopped because it hurt"))
            self.set_caption(hurt_advice())
            self.roll_detail.setText(self.tr(
                "Your journal keeps this session at once, marked as stopped because it hurt. "
                "Add your pain and a note in the form if you like."))
        else:
            self.set_state("idle")
            self.roll_progress.setText(self.tr("Finished"))
            self.set_caption(self.tr("Write how it went in the journal form."))
            self.roll_detail.setText("")

    def show_countdown(self, shown: bool) -> None:
        if not shown:
            self.roll_countdown.setText("")
            self.roll_next.setText("")
        self.roll_countdown.setVisible(shown)
        self.countdown_unit.setVisible(shown)
        self.roll_bar.setVisible(shown)

    def show_moves(self, *, shown: bool, enabled: bool) -> None:
        """Back and Skip: only in a session, and only while it is guided."""
        self.back_button.setEnabled(enabled)
        self.skip_button.setEnabled(enabled)
        self.back_button.setVisible(shown)
        self.skip_button.setVisible(shown)

    # --- the look ----------------------------------------------------------------------

    def set_caption(self, text: str) -> None:
        if text != self.roll_caption.text():
            self.roll_caption.setText(text)
            self.fit_caption()

    def fit_caption(self) -> None:
        # A wrapped label's share of a crowded layout can be less than its lines need;
        # the caption is what the person reads from the floor, so it never gets clipped.
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right() - 4
        if width > 50:
            self.roll_caption.setMinimumHeight(self.roll_caption.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_caption()

    def set_state(self, state: str) -> None:
        if self.property("state") != state:
            self.setProperty("state", state)
            repolish(self)
            repolish(self.roll_caption)  # its colour depends on the frame's state

    def set_flash(self, on: bool) -> None:
        self.setProperty("flash", on)
        repolish(self)
