"""Reduced motion: no autoplay; every step as still key frames with a line of text each,
readable and printable; on by default when the platform asks for less motion."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop_app.ui.demo import DemoPanel, preferences
from tests.helpers.demo import shown_demo_panel


def _panel(qtbot, exercises, settings: QSettings | None = None) -> DemoPanel:
    return shown_demo_panel(qtbot, exercises, (1100, 700), settings)


def test_reduced_motion_shows_five_stills_with_a_line_each(qtbot, exercises) -> None:
    panel = _panel(qtbot, exercises)
    box = panel.findChild(QCheckBox, "reducedMotion")
    assert box is not None and box.accessibleName() and not box.isChecked()
    box.setChecked(True)
    stills = panel.findChild(QWidget, "keyFrames")
    assert stills.isVisible() and not panel.view.isVisible()
    texts = stills.texts()
    assert len(texts) == 5
    assert texts[0].startswith("Start: lying face up")
    assert "right knee leads" in texts[1] and "crosses over the left leg" in texts[1]
    assert texts[2].startswith("Hand-over: the right hip takes over the lead")
    assert "twist at its peak" in texts[3]
    degrees = int(texts[3].split(": ")[1].split("°")[0])
    assert 15 <= degrees <= 60
    assert texts[4].startswith("End: face down")
    assert len(stills.cards) == 5
    assert all(not card.picture.pixmap().isNull() for card in stills.cards)


def test_reduced_motion_never_plays(qtbot, exercises) -> None:
    panel = _panel(qtbot, exercises)
    panel.set_reduced_motion(True)
    panel.play()
    assert not panel.is_playing()
    assert not panel.play_button.isEnabled()
    panel.play_step("part2.1", 8.0)  # guided practice asks: the stills of that step
    assert not panel.is_playing() and panel.current_target() == "part2.1"
    qtbot.waitUntil(lambda: bool(panel.keyframes.texts()), timeout=120_000)
    assert "head leads" in panel.keyframes.texts()[1]
    panel.set_reduced_motion(False)
    panel.play()
    assert panel.is_playing()
    panel.pause()


def test_a_whole_part_as_stills_is_headed_by_each_step_name(qtbot, exercises) -> None:
    panel = _panel(qtbot, exercises)
    panel.set_reduced_motion(True)
    panel.select_step("middle_back_rolling", "part2")
    qtbot.waitUntil(lambda: not panel.is_preparing(), timeout=120_000)
    frames = panel.keyframes.frame_set()
    headings = [frames.heading(i) for i in range(len(frames.texts)) if frames.heading(i)]
    assert headings == ["Part 2, roll 1", "Part 2, roll 2", "Part 2, roll 3", "Part 2, roll 4"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_stills_print_to_a_pdf_with_their_text(qtbot, exercises, tmp_path: Path) -> None:
    panel = _panel(qtbot, exercises)
    panel.set_reduced_motion(True)
    path = panel.keyframes.save_pdf(tmp_path / "stills.pdf")
    assert path == tmp_path / "stills.pdf" and path.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Middle Back Exercise: Rolling" in text
    assert "Hand-over: the right hip takes over" in " ".join(text.split())
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_platform_decides_the_default_and_the_choice_is_kept(
    qtbot, exercises, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preferences, "platform_prefers_reduced_motion", lambda: True)
    settings = QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat)
    asked = _panel(qtbot, exercises, settings)
    assert asked.is_reduced_motion(), "the platform asks for less motion"
    asked.set_reduced_motion(False)
    settings.sync()
    kept = _panel(qtbot, exercises, QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    assert not kept.is_reduced_motion(), "the person's own choice wins"
    monkeypatch.setattr(preferences, "platform_prefers_reduced_motion", lambda: False)
    fresh = _panel(qtbot, exercises, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    assert not fresh.is_reduced_motion()


def test_what_qt_reports_about_the_platform(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    assert preferences.platform_prefers_reduced_motion() is False  # offscreen reports nothing
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "windows"))
    monkeypatch.setattr(QApplication, "isEffectEnabled", staticmethod(lambda effect: False))
    assert preferences.platform_prefers_reduced_motion() is True
    monkeypatch.setattr(QApplication, "isEffectEnabled", staticmethod(lambda effect: True))
    assert preferences.platform_prefers_reduced_motion() is False
