"""The demonstration as a file: `rolling-journal animate` and Save as video…, WebP, GIF and MP4,
frames as on screen; `render` and `animate` with no display at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop_app.app import main
from desktop_app.motion import timeline
from desktop_app.ui.demo import DemoRenderer, DemoView
from desktop_app.ui.demo.animation import (
    AnimationCancelled,
    frame_durations_ms,
    frame_times,
    render_image,
    write_animation,
)
from tests.helpers import ROOT
from tests.helpers.demo import shown_demo_panel


def test_frame_times_and_durations() -> None:
    assert frame_times(1.0, 4) == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert frame_times(1.1, 4)[-1] == pytest.approx(1.1)
    gif = frame_durations_ms(30, 30, 10)
    assert set(gif) <= {30, 40} and sum(gif) == 1000
    assert sum(frame_durations_ms(90, 30)) == 3000


@pytest.mark.parametrize("suffix", [".webp", ".gif", ".mp4"])
def test_animate_writes_each_format(tmp_path: Path, qapp, capsys, exercise, suffix) -> None:
    out = tmp_path / f"roll{suffix}"
    code = main(["animate", "--step", "part1.2", "--size", "160x100", "--fps", "4",
                 "--camera", "feet", "--out", str(out)])
    assert code == 0 and out.exists()
    captured = capsys.readouterr()
    assert "100%" in captured.err and "frames" in captured.err, "a progress bar on the terminal"
    assert str(out) in captured.out
    frames = len(frame_times(exercise.step("part1.2").duration_s, 4))
    if suffix == ".mp4":
        import av

        with av.open(str(out)) as container:
            stream = container.streams.video[0]
            decoded = list(container.decode(stream))
        assert len(decoded) == frames
        assert (decoded[0].width, decoded[0].height) == (160, 100)
    else:
        from PIL import Image

        with Image.open(out) as image:
            assert image.size == (160, 100) and image.info.get("loop") == 0
            # Identical frames (the body at rest) may be merged into one shown longer.
            assert frames - 3 <= image.n_frames <= frames
            shown = 0
            for index in range(image.n_frames):
                image.seek(index)
                image.load()  # WebP reads a frame's duration as it decodes it
                shown += image.info["duration"]
        assert shown == pytest.approx(frames * 250, abs=20)
    assert not list(tmp_path.glob(".*partial*")), "no half-written file left beside it"


def test_animate_refuses_bad_input_clearly(tmp_path: Path, qapp, capsys) -> None:
    cases = [
        (["--out", str(tmp_path / "a.avi")], "use .webp, .gif or .mp4"),
        (["--out", str(tmp_path / "a.webp"), "--size", "10x10"], "bad --size"),
        (["--out", str(tmp_path / "a.webp"), "--fps", "0"], "bad --fps"),
        (["--out", str(tmp_path / "missing" / "a.webp")], "does not exist"),
    ]
    for extra, message in cases:
        assert main(["animate", "--step", "part1.1", *extra]) == 2
        assert message in capsys.readouterr().err
    assert main(["animate", "--step", "part9", "--out", str(tmp_path / "a.webp")]) == 2
    assert "unknown step 'part9'" in capsys.readouterr().err


def test_a_stopped_export_leaves_nothing(tmp_path: Path, qapp, exercise) -> None:
    renderer = DemoRenderer(timeline(exercise, "part1.1"), 96, 64)
    out = tmp_path / "stopped.webp"
    with pytest.raises(AnimationCancelled):
        write_animation(out, renderer, fps=4, progress=lambda done, total: done < 5)
    assert list(tmp_path.iterdir()) == []


def test_frames_are_the_same_as_on_screen(qtbot, exercise) -> None:
    """A saved frame is the panel's canvas, gauge and strip included, pixel for pixel."""
    tl = timeline(exercise, "part1.1")
    view = DemoView()
    qtbot.addWidget(view)
    view.resize(480, 300)
    view.set_timeline(tl, "Part 1")
    view.set_camera("feet")
    view.set_time(3.0)
    shown = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    renderer = DemoRenderer(tl, 480, 300, title="Part 1", camera="feet")
    saved = render_image(renderer, 3.0).convertToFormat(QImage.Format.Format_RGB32)
    assert shown.size() == saved.size()
    differing = sum(
        1 for y in range(0, 300, 2) for x in range(0, 480, 2)
        if shown.pixel(x, y) != saved.pixel(x, y)
    )
    assert differing < 0.002 * 240 * 150, f"{differing} pixels differ"


def test_save_as_video_from_the_panel(qtbot, tmp_path: Path, exercises) -> None:
    panel = shown_demo_panel(qtbot, exercises, (900, 600))
    button = panel.export_button
    assert button.objectName() == "exportAnimation" and button.text() == "Save as video…"
    assert button.accessibleName()
    out = panel.export_animation(tmp_path / "panel.gif", size=(161, 101), fps=3)
    assert out == tmp_path / "panel.gif"
    from PIL import Image

    with Image.open(out) as image:
        assert image.size == (160, 100)  # even sides, for MP4 as well
        assert image.n_frames >= len(frame_times(panel.timeline().duration_s, 3)) - 3


NO_DISPLAY = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}


def test_render_and_animate_need_no_display(tmp_path: Path) -> None:
    """Without a display Qt's default platform aborts the process (a core dump); the
    commands choose the offscreen one themselves."""
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    env["PYTHONPATH"] = str(ROOT)
    for args in (
        ["render", "--step", "part2.4", "--size", "320x200", "--out", str(tmp_path / "a.png")],
        ["animate", "--step", "part1.1", "--size", "96x64", "--fps", "2",
         "--out", str(tmp_path / "a.webp")],
    ):
        run = subprocess.run([sys.executable, "-m", "desktop_app", *args], env=env,
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
    assert QImage(str(tmp_path / "a.png")).width() == 320
    assert (tmp_path / "a.webp").stat().st_size > 1000
