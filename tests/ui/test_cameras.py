"""Cameras that show the lead: presets, framing, following Part 3, orbit and zoom."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QImage, QWheelEvent

from desktop_app.app import main
from desktop_app.motion import timeline
from desktop_app.motion.reading import reading_for
from desktop_app.motion.views import CAMERA_PRESETS, ViewAdjust, plan_camera, project_many
from desktop_app.ui.demo import DemoPanel, DemoRenderer, DemoView

HEAD_RADIUS_M = 0.085


def _facing_camera(camera, tl, t: float) -> float:
    front = tl.pose_at(t).frames["head"][1]
    return sum(a * b for a, b in zip(front, camera.toward_camera(), strict=True))


@pytest.mark.parametrize(
    "step_id", ["part1.2", "part1.4", "part2.1", "part2.2", "part2.3", "part2.4"]
)
def test_auto_sees_the_face_turn_in_every_head_lead(qapp, exercise, step_id) -> None:
    """From a quarter of the roll on, while the head leads, the face looks towards the
    camera; the other side's camera sees the back of the head."""
    tl = timeline(exercise, step_id)
    auto = DemoRenderer(tl, 1280, 800, camera="auto")
    other = DemoRenderer(tl, 1280, 800, view=(-auto.plan.shots[0].camera.yaw_deg, 40.0))
    times = [tl.duration_s * f for f in (0.25, 0.3, 0.35, 0.4, 0.45)]
    assert all(_facing_camera(auto.camera_at(t), tl, t) > 0.1 for t in times)
    assert all(_facing_camera(other.camera_at(t), tl, t) < 0.0 for t in times)


@pytest.mark.parametrize("step_id", ["part1.2", "part2.2"])
def test_the_old_fixed_camera_missed_the_head_lead(qapp, exercise, step_id) -> None:
    """Why Auto: the camera on the person's right never saw the face in these steps."""
    from desktop_app.motion import fit_camera

    tl = timeline(exercise, step_id)
    old = fit_camera(1280, 800, tl.lateral_range())
    times = [tl.duration_s * f for f in (0.1, 0.2, 0.3, 0.4)]
    assert all(_facing_camera(old, tl, t) < -0.5 for t in times)


def test_auto_frames_at_the_start_of_a_head_lead_differ(qapp, exercise) -> None:
    """The issue's frames at 0.00, 0.15 and 0.30 of Part 1 step 2 looked the same."""
    tl = timeline(exercise, "part1.2")
    renderer = DemoRenderer(tl, 640, 400, camera="auto", insets=False)
    crops = []
    for fraction in (0.0, 0.15, 0.30):
        t = fraction * tl.duration_s
        image = QImage(640, 400, QImage.Format.Format_ARGB32_Premultiplied)
        from PySide6.QtGui import QPainter

        painter = QPainter(image)
        renderer.paint(painter, t, insets=False)
        painter.end()
        head = renderer.camera_at(0.0).project(tl.pose_at(0.0).joints["head"])
        crops.append(image.copy(int(head[0]) - 40, int(head[1]) - 40, 80, 80))
    assert crops[0] != crops[1] and crops[1] != crops[2]


def test_presets_look_from_different_directions(qapp, exercise) -> None:
    tl = timeline(exercise, "part1.1")
    reading = reading_for(tl)
    directions = {
        preset: (
            plan_camera(reading, 1280, 800, preset).shots[0].camera.yaw_deg,
            plan_camera(reading, 1280, 800, preset).shots[0].camera.elevation_deg,
        )
        for preset in CAMERA_PRESETS
    }
    assert directions["feet"][0] == 0.0 and directions["feet"][1] < 35.0
    assert directions["above"][1] > 75.0
    assert abs(directions["side"][0]) > 60.0
    assert len({directions[p] for p in ("auto", "feet", "above")}) == 3
    assert plan_camera(reading, 1280, 800, "leader").follows


@pytest.mark.parametrize("preset", CAMERA_PRESETS)
def test_part3_follows_the_body_and_the_head_stays_80_px_tall(qapp, exercise, preset) -> None:
    tl = timeline(exercise, "part3")
    renderer = DemoRenderer(tl, 1280, 800, camera=preset)
    assert renderer.plan.follows
    for i in range(41):
        t = tl.duration_s * i / 40
        camera = renderer.camera_at(t)
        pose = tl.pose_at(t)
        head = 2 * HEAD_RADIUS_M * camera.pixels_per_m(pose.joints["head"])
        assert head >= 80.0, (preset, t, head)
        if preset != "leader":
            for name, p in pose.joints.items():
                x, y, _ = camera.project(p)
                assert -2 <= x <= 1282 and -2 <= y <= 802, (preset, t, name, x, y)


@pytest.mark.parametrize("step_id", ["part1.1", "part1.2", "part2.3", "part1"])
@pytest.mark.parametrize("preset", ["auto", "side", "feet", "above"])
def test_a_fixed_camera_keeps_the_body_and_its_path_in_the_picture(
    qapp, exercise, step_id, preset
) -> None:
    tl = timeline(exercise, step_id)
    renderer = DemoRenderer(tl, 800, 500, camera=preset)
    reading = renderer.reading
    for shot in renderer.plan.shots:
        assert not shot.follows
        inside = (reading.samples.times >= shot.t0) & (reading.samples.times <= shot.t1)
        px, py, _k = project_many(shot.camera, reading.samples.joints[inside])
        assert px.min() >= 0 and px.max() <= 800, (preset, px.min(), px.max())
        assert py.min() >= 0 and py.max() <= 500, (preset, py.min(), py.max())


def test_the_figure_fills_more_of_the_view_than_the_old_fixed_camera(qapp, exercise) -> None:
    from desktop_app.motion import fit_camera

    tl = timeline(exercise, "part1.2")
    old = fit_camera(1280, 800, tl.lateral_range())
    new = DemoRenderer(tl, 1280, 800, camera="auto").camera_at(4.0)
    head = tl.pose_at(4.0).joints["head"]
    assert new.pixels_per_m(head) > 1.25 * old.pixels_per_m(head)


def test_render_takes_every_camera(tmp_path: Path, qapp, capsys) -> None:
    pictures = {}
    for preset in CAMERA_PRESETS:
        out = tmp_path / f"{preset}.png"
        code = main(["render", "--step", "part1.2", "--at", "0.3", "--size", "320x200",
                     "--camera", preset, "--out", str(out)])
        assert code == 0 and out.exists()
        pictures[preset] = QImage(str(out))
    assert len({image.bits().tobytes() for image in pictures.values()}) == len(CAMERA_PRESETS)
    with pytest.raises(SystemExit):
        main(["render", "--step", "part1.2", "--camera", "behind", "--out", str(tmp_path / "x")])
    assert "invalid choice: 'behind'" in capsys.readouterr().err


def _wheel(view: DemoView, notches: int) -> QWheelEvent:
    centre = QPointF(view.width() / 2, view.height() / 2)
    return QWheelEvent(centre, view.mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                       Qt.ScrollPhase.NoScrollPhase, False)


def test_drag_orbits_wheel_zooms_double_click_resets(qtbot, exercise) -> None:
    view = DemoView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    view.set_timeline(timeline(exercise, "part2.1"), "Part 2")
    qtbot.waitExposed(view)
    before = view.renderer.camera_at(1.0)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 250))
    qtbot.mouseMove(view, QPoint(380, 270))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(380, 270))
    turned = view.renderer.camera_at(1.0)
    assert view.adjust().yaw_deg == pytest.approx(80 * 0.35)
    assert turned.yaw_deg == pytest.approx(before.yaw_deg + 28.0)
    assert turned.elevation_deg > before.elevation_deg
    view.wheelEvent(_wheel(view, 2))
    assert view.adjust().zoom == pytest.approx(1.12**2)
    assert view.renderer.camera_at(1.0).scale == pytest.approx(turned.scale * 1.12**2, rel=0.02)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 250))
    assert view.adjust() == ViewAdjust()
    assert math.isclose(view.renderer.camera_at(1.0).yaw_deg, before.yaw_deg)


def test_the_camera_choice_is_remembered(qtbot, tmp_path: Path, exercise) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = DemoPanel()
    qtbot.addWidget(first)
    first.set_settings(settings)
    assert first.camera_preset() == "auto"
    box = first.findChild(type(first.camera_box), "cameraPreset")
    assert box is first.camera_box and box.accessibleName()
    box.setCurrentIndex(box.findData("feet"))
    assert first.view.camera_preset() == "feet"
    settings.sync()
    again = DemoPanel()
    qtbot.addWidget(again)
    again.set_settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.camera_preset() == "feet" and again.view.camera_preset() == "feet"
