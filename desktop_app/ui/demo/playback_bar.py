"""Previous, Play/Pause, Next, Loop, the scrub bar with its lead bands, and the speed."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.ui.demo.named import check_box, combo, tool_button
from desktop_app.ui.demo.scrub_bar import LeadScrubBar

SPEEDS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SCRUB_STEPS = 1000


class PlaybackBar(QWidget):
    """The playback controls; the panel connects to their signals and says what is
    playing with `show_playing`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPlayback")
        self.prev_button = tool_button("prevStep", self.tr("◀ Previous"),
                                       self.tr("Previous step"))
        self.play_button = tool_button("playPause", self.tr("▶ Play"),
                                       self.tr("Play or pause (Space)"))
        self.next_button = tool_button("nextStep", self.tr("Next ▶"), self.tr("Next step"))
        self.loop_box = check_box("loop", self.tr("Loop"), self.tr("Loop the step"))
        self.scrub = LeadScrubBar()
        self.scrub.setRange(0, SCRUB_STEPS)
        self.scrub.setToolTip(self.tr("Coloured bands: who leads (amber the head, purple a "
                                      "knee, blue a hip); a dark mark: the hand-over. Click "
                                      "to jump there."))
        self.speed_box = combo("speed", self.tr("Playback speed"), min_chars=3)
        for speed in SPEEDS:
            self.speed_box.addItem(f"{speed:g}×", speed)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        controls = QHBoxLayout(self)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(4)
        for control in (self.prev_button, self.play_button, self.next_button, self.loop_box):
            controls.addWidget(control)
        controls.addWidget(self.scrub, 1)
        speed_label = QLabel(self.tr("Speed"))
        speed_label.setBuddy(self.speed_box)
        controls.addWidget(speed_label)
        controls.addWidget(self.speed_box)

    def show_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))

    def speed(self) -> float:
        value = self.speed_box.currentData()
        return float(value) if value else 1.0
