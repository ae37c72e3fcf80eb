"""The Watch & practise tab: the demonstration beside the practice timer, a welcome on the
first start, and which tab a start lands on.

It paints before the demonstration and the timer are built (their modules load after the first
paint): the saved first frame stands in for the demonstration until then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from desktop_app.ui.first_frame import PosterView, load_poster, poster_key, save_poster
from desktop_app.ui.welcome import WelcomeCard

if TYPE_CHECKING:
    from desktop_app.ui.demo.panel import DemoPanel

TAB_KEY = "window/tab"
WELCOMED_KEY = "window/welcomed"
SEED_EXERCISE = "middle_back_rolling"
# The practice column's width while it follows the window's: its choices fit on one row from
# 440 px; more than 520 only takes room from the figure.
COLUMN_MIN_W, COLUMN_MAX_W = 440, 520


def landing_tab(settings: QSettings) -> str:
    """"practice" on a first start (the exercise and its welcome), else the last tab used."""
    return str(settings.value(TAB_KEY, "practice") or "practice")


def _opening_key(settings: QSettings) -> dict[str, object]:
    """What the demonstration will open on, as the saved first frame's key."""
    exercise = str(settings.value("demo/exercise", "") or SEED_EXERCISE)
    camera = str(settings.value("demo/camera", "auto") or "auto")
    reduced = str(settings.value("demo/reducedMotion", "false")).lower() == "true"
    return poster_key(exercise, "", camera, reduced)


class PracticePage(QWidget):
    watchRequested = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicePage")
        self._settings = settings
        self.demo: DemoPanel | None = None
        self._watch_pending = False
        self._poster_saved = False
        self.welcome = WelcomeCard()
        self.welcome.watchRequested.connect(self.watch_part1)
        self.welcome.closed.connect(self.close_welcome)
        self.welcome.setVisible(not self.is_welcomed())
        key = _opening_key(settings)
        self.poster = PosterView(None if key["reduced"] else load_poster(key))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("practiceSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.poster)
        # The timer's column scrolls when the window is too short for it (first start, with
        # the welcome above the timer, on a 600-pixel screen); its texts shrink before that.
        self.column = QScrollArea()
        self.column.setObjectName("practiceColumn")
        self.column.setWidgetResizable(True)
        self.column.setFrameShape(QFrame.Shape.NoFrame)
        self.column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.column.viewport().installEventFilter(self)
        column = QWidget()
        self._column_layout = QVBoxLayout(column)
        self._column_layout.setContentsMargins(0, 0, 4, 0)
        self._column_layout.addWidget(self.welcome)
        self._column_until_ready = QWidget()
        self._column_layout.addWidget(self._column_until_ready, 1)
        self.column.setWidget(column)
        self.splitter.addWidget(self.column)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([820, 460])
        # The timer's column keeps a share of the width until the person drags the divider.
        self._auto_split = True
        self.splitter.splitterMoved.connect(self._split_by_hand)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        self.practice: QWidget | None = None

    # --- the welcome ---------------------------------------------------------------------

    def is_welcomed(self) -> bool:
        return str(self._settings.value(WELCOMED_KEY, "false")).lower() == "true"

    def show_welcome(self) -> None:
        self.welcome.show()
        self.column.verticalScrollBar().setValue(0)
        self._fit_practice()

    def close_welcome(self) -> None:
        self.welcome.hide()
        self._settings.setValue(WELCOMED_KEY, True)
        self._fit_practice()

    def watch_part1(self) -> None:
        """Play Part 1 of the exercise shown (its stills, with reduced motion)."""
        self.close_welcome()
        demo = self.demo
        exercise = demo.current_exercise() if demo is not None else None
        if demo is None or exercise is None:
            self._watch_pending = True  # the demonstration is still being built
            return
        self._watch_pending = False
        demo.select_step(exercise.id, exercise.parts[0].id)
        demo.play()
        self.watchRequested.emit()

    # --- the demonstration and the timer ---------------------------------------------------

    def install(self, demo: DemoPanel, practice: QWidget) -> None:
        """Put the built demonstration and timer in place of the stand-ins."""
        self.demo = demo
        self.practice = practice
        demo.view.set_poster(self.poster.image)
        sizes = self.splitter.sizes()
        self.splitter.replaceWidget(0, demo)
        self.poster.deleteLater()
        self._column_layout.replaceWidget(self._column_until_ready, practice)
        self._column_layout.setStretchFactor(practice, 1)
        self._column_until_ready.deleteLater()
        self.splitter.setSizes(sizes)
        self._fit_practice()
        demo.timelineShown.connect(self._timeline_shown)
        demo.exerciseChanged.connect(self._exercise_changed)

    def _exercise_changed(self, exercise: object) -> None:
        """The timer guides through the exercise the demonstration shows (from the next
        Start: a session under way keeps its own)."""
        practice = self.practice
        running = getattr(practice, "is_running", None)
        set_exercise = getattr(practice, "set_exercise", None)
        if callable(set_exercise) and not (callable(running) and running()):
            set_exercise(exercise)

    def _split_by_hand(self, _pos: int, _index: int) -> None:
        self._auto_split = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_split:
            width = self.splitter.width()
            column = min(max(round(0.42 * width), COLUMN_MIN_W), COLUMN_MAX_W)
            self.splitter.blockSignals(True)
            self.splitter.setSizes([max(width - column, 1), column])
            self.splitter.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.column.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_practice()
        return False

    def _fit_practice(self) -> None:
        fit = getattr(self.practice, "fit_to_height", None)
        if callable(fit):
            welcome = self.welcome.sizeHint().height() if self.welcome.isVisible() else 0
            fit(self.column.viewport().height() - welcome)

    def exercises_loaded(self) -> None:
        if self._watch_pending:
            self.watch_part1()

    def _timeline_shown(self, target: str) -> None:
        demo = self.demo
        if demo is None or self._poster_saved:
            return
        exercise = demo.current_exercise()
        if exercise is None or target != exercise.steps[0].id:
            return
        self._poster_saved = True
        # Once it has painted: the next start shows this frame before anything is computed.
        QTimer.singleShot(400, self._save_poster)

    def _save_poster(self) -> None:
        demo = self.demo
        if demo is None or demo.is_reduced_motion() or demo.timeline() is None:
            return
        exercise = demo.current_exercise()
        if exercise is None or demo.current_target() != exercise.steps[0].id or demo.position():
            return  # it moved on already: only the opening frame is worth keeping
        key = poster_key(exercise.id, "", demo.camera_preset(), demo.is_reduced_motion())
        save_poster(demo.view.grab().toImage(), key)
