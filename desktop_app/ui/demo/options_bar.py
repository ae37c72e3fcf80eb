"""How the demonstration is shown: who leads Part 3, the camera, slow at the hand-over,
reduced motion, mirror, the guide and saving as a video. Wraps onto a second row when
the panel is narrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.ui.demo.named import check_box, combo, labelled
from desktop_app.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from desktop_app.motion.views import CameraPreset

CAMERA_CHOICES: tuple[tuple[CameraPreset, str], ...] = (
    ("auto", str(QT_TRANSLATE_NOOP("DemoOptions", "Auto"))),
    ("side", str(QT_TRANSLATE_NOOP("DemoOptions", "Side"))),
    ("feet", str(QT_TRANSLATE_NOOP("DemoOptions", "From the feet"))),
    ("above", str(QT_TRANSLATE_NOOP("DemoOptions", "From above"))),
    ("leader", str(QT_TRANSLATE_NOOP("DemoOptions", "Close-up on the leader"))),
)


class DemoOptions(QWidget):
    """The options' controls; the panel connects to their signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoOptions")
        self.leader_box = combo("part3Leader", self.tr("Who leads Part 3"))
        self.leader_box.addItem(self.tr("Head leads"), "head")
        self.leader_box.addItem(self.tr("Knee, then hip leads"), "knee_hip")
        self.camera_box = combo("cameraPreset", self.tr("Camera"))
        for preset, text in CAMERA_CHOICES:
            self.camera_box.addItem(QCoreApplication.translate("DemoOptions", text), preset)
        self.camera_box.setToolTip(self.tr(
            "Where to look from. Auto: from the side the face turns to, so a head lead is "
            "always seen. Drag the picture to turn round it, scroll to zoom, double-click to "
            "reset."))
        self.slow_box = check_box(
            "slowHandover", self.tr("Slow at the hand-over"),
            self.tr("Play the hand-over at half speed"),
            self.tr("Plays the moment the lead passes from the knee to the hip at half speed."))
        self.reduced_box = check_box(
            "reducedMotion", self.tr("Reduced motion"),
            self.tr("Reduced motion: still frames, no animation"),
            self.tr("Shows each step as still key frames with a line of text each, and never "
                    "plays by itself. They can be printed."))
        self.mirror_box = check_box("mirror", self.tr("Mirror"), self.tr("Show as in a mirror"))
        self.guide_button = self._button(
            "guideButton", self.tr("Guide…"),
            self.tr("Open the head leading explanation and the guide"),
            self.tr("What head leading means, the exercise's own words, and the notes on the "
                    "steps"))
        self.export_button = self._button(
            "exportAnimation", self.tr("Save as video…"),
            self.tr("Save the demonstration as a video"),
            self.tr("Saves what is shown (this step or part, this camera) as an animated WebP "
                    "or GIF, or an MP4 video."))
        options = FlowLayout(self, spacing=6)
        options.addWidget(labelled(self.tr("Lead"), self.leader_box))
        options.addWidget(labelled(self.tr("Camera"), self.camera_box))
        for widget in (self.slow_box, self.reduced_box, self.mirror_box, self.guide_button,
                       self.export_button):
            options.addWidget(widget)

    @staticmethod
    def _button(name: str, text: str, accessible: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        return button
