"""The demonstration on screen: the drawn frame and the panel's controls."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLabel, QSlider, QWidget

from desktop_app.choreography import ChoreographyError, LoadResult
from desktop_app.motion import fit_camera, timeline
from desktop_app.motion.scene import BACK, FRONT, LEFT, RIGHT
from desktop_app.ui.demo import DemoPanel, DemoView, render_frame
from desktop_app.ui.demo.renderer import frame_renderer
from tests.helpers.widgets import find_named


def _near(color: QColor, rgba: tuple[int, int, int, int], tol: int = 18) -> bool:
    return (
        abs(color.red() - rgba[0]) <= tol
        and abs(color.green() - rgba[1]) <= tol
        and abs(color.blue() - rgba[2]) <= tol
    )


def _is_glow(color: QColor) -> bool:
    # Amber, pure or blended over the rug/body: strong red, middling green, little blue.
    r, g, b = color.red(), color.green(), color.blue()
    return r >= 225 and 140 <= g <= 215 and b <= 110


def _colors(image: QImage, step: int = 4) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]


def _render(exercise, step_id: str, fraction: float, size=(800, 500), **kw) -> QImage:
    tl = timeline(exercise, step_id, part3_leader=kw.get("part3_leader", "head"))
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    render_frame(image, exercise, step_id, fraction * tl.duration_s, **kw)
    return image


@pytest.mark.parametrize("size", [(320, 220), (640, 400), (1280, 800), (1920, 1080)])
def test_frames_are_drawn_at_any_size(qapp, exercise, size) -> None:
    image = _render(exercise, "part1.1", 0.5, size)
    colors = _colors(image, 3)
    distinct = {c.rgb() for c in colors}
    assert len(distinct) > 50
    for rgba in (LEFT, RIGHT):
        assert any(_near(c, rgba) for c in colors), rgba


def test_face_up_shows_the_front_and_face_down_the_back(qapp, exercise) -> None:
    up = _colors(_render(exercise, "part2.1", 0.0), 2)
    down = _colors(_render(exercise, "part2.1", 1.0), 2)

    def count(colors, rgba):
        return sum(_near(c, rgba, 6) for c in colors)

    assert count(up, FRONT) > 5 * max(count(up, BACK), 1)
    assert count(down, BACK) > 5 * max(count(down, FRONT), 1)


@pytest.mark.parametrize(
    ("step_id", "seconds", "joint"),
    [
        ("part1.1", 0.6, "right_knee"),
        ("part1.1", 4.0, "right_hip"),
        ("part1.3", 0.6, "left_knee"),
        ("part1.3", 5.0, "left_hip"),
        ("part2.1", 3.0, "head"),
        ("part1.2", 5.0, "head"),
    ],
)
def test_the_glow_is_on_the_leading_part(qapp, exercise, step_id, seconds, joint) -> None:
    tl = timeline(exercise, step_id)
    pose = tl.pose_at(seconds)
    assert pose.leading == joint
    width, height = 900, 560
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    render_frame(image, exercise, step_id, seconds)
    camera = frame_renderer(exercise, step_id, width, height).camera_at(seconds)
    x, y, _ = camera.project(pose.joints[joint])
    radius = 0.12 * camera.pixels_per_m(pose.joints[joint])
    near = [
        image.pixelColor(int(x + dx), int(y + dy))
        for dx in range(-int(radius), int(radius) + 1, 2)
        for dy in range(-int(radius), int(radius) + 1, 2)
        if dx * dx + dy * dy <= radius * radius
    ]
    assert sum(_is_glow(c) for c in near) >= 6
    # ...and not at the far end of the body.
    far_joint = "left_foot" if joint == "head" else "head"
    fx, fy, _ = camera.project(pose.joints[far_joint])
    far = [image.pixelColor(int(fx + dx), int(fy + dy)) for dx in (-3, 0, 3) for dy in (-3, 0, 3)]
    assert not any(_is_glow(c) for c in far)


def test_mirror_flips_the_picture(qapp, exercise) -> None:
    plain = _render(exercise, "part1.1", 0.5)
    mirrored = _render(exercise, "part1.1", 0.5, mirror=True)
    assert plain != mirrored
    tl = timeline(exercise, "part1.1")
    a = fit_camera(800, 500, tl.lateral_range()).project((0.5, 0.0, 0.0))[0]
    b = fit_camera(800, 500, tl.lateral_range(), mirror=True).project((0.5, 0.0, 0.0))[0]
    centre = fit_camera(800, 500, tl.lateral_range()).project((0.0, 0.0, 0.0))[0]
    assert math.copysign(1, a - centre) != math.copysign(
        1, b - fit_camera(800, 500, tl.lateral_range(), mirror=True).project((0, 0, 0))[0]
    )


@pytest.fixture
def panel(qtbot) -> DemoPanel:
    widget = DemoPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def ready(qtbot, panel: DemoPanel) -> None:
    """Wait until the shown step's motion is computed (it is, off the window's thread)."""
    qtbot.waitUntil(lambda: not panel.is_preparing(), timeout=120_000)


def find(panel: DemoPanel, name: str) -> QWidget:
    return find_named(panel, QWidget, name)


def test_empty_panel_says_loading_and_does_not_crash(panel: DemoPanel) -> None:
    caption = find(panel, "stepCaption")
    assert isinstance(caption, QLabel) and "Loading exercises" in caption.text()
    assert not find(panel, "playPause").isEnabled()
    assert not find(panel, "nextStep").isEnabled()
    panel.play()
    panel.next_step()
    assert not panel.is_playing()
    assert not panel.grab().isNull()


def test_set_exercises_fills_the_panel(panel: DemoPanel, exercises, exercise) -> None:
    with_signal = []
    panel.stepChanged.connect(with_signal.append)
    panel.set_exercises(exercises)
    assert with_signal == ["part1.1"]
    assert find(panel, "stepCaption").text() == exercise.step("part1.1").caption
    parts = find(panel, "partSelector")
    assert isinstance(parts, QComboBox) and parts.count() == 3
    for name in ("playPause", "prevStep", "nextStep", "speed", "scrub", "mirror", "partSelector"):
        assert find(panel, name).isEnabled(), name
    assert find(panel, "demoView") is panel.view and isinstance(panel.view, DemoView)
    assert not find(panel, "loadErrors").isVisible()


def test_load_errors_are_shown_in_plain_words(panel: DemoPanel, exercises) -> None:
    broken = LoadResult(
        exercises=dict(exercises.exercises),
        errors=[ChoreographyError("x.toml", "is missing", step_id="part1.1", field="leader")],
    )
    panel.set_exercises(broken)
    errors = find(panel, "loadErrors")
    assert errors.isVisible()
    assert "x.toml, step part1.1, field 'leader': is missing" in errors.text()
    panel.set_exercises(LoadResult(errors=broken.errors))
    assert "No exercises" in find(panel, "stepCaption").text()
    assert not find(panel, "playPause").isEnabled()


def test_next_and_previous_step(qtbot, panel: DemoPanel, exercises, exercise) -> None:
    panel.set_exercises(exercises)
    ready(qtbot, panel)
    with qtbot.waitSignal(panel.stepChanged) as blocker:
        qtbot.mouseClick(find(panel, "nextStep"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["part1.2"]
    assert find(panel, "stepCaption").text() == exercise.step("part1.2").caption
    qtbot.mouseClick(find(panel, "prevStep"), Qt.MouseButton.LeftButton)
    assert panel.current_step() == "part1.1"
    for _ in range(12):
        panel.next_step()
    assert panel.current_step() == "part3"
    assert find(panel, "part3Leader").isEnabled()


def test_play_pause_by_button_and_space(qtbot, panel: DemoPanel, exercises) -> None:
    panel.set_exercises(exercises)
    ready(qtbot, panel)
    button = find(panel, "playPause")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.is_playing()
    qtbot.waitUntil(lambda: panel.position() > 0.05, timeout=3000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not panel.is_playing()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert panel.is_playing()
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert not panel.is_playing()


def test_the_frame_timer_runs_only_while_playing_and_visible(qtbot, panel: DemoPanel, exercises):
    panel.set_exercises(exercises)
    ready(qtbot, panel)
    timer = panel._timer
    assert not timer.isActive()
    panel.play()
    assert timer.isActive()
    panel.hide()
    assert not timer.isActive() and panel.is_playing()
    panel.show()
    qtbot.waitExposed(panel)
    assert timer.isActive()
    panel.pause()
    assert not timer.isActive()


def test_scrub_speed_mirror_and_loop(qtbot, panel: DemoPanel, exercises) -> None:
    panel.set_exercises(exercises)
    ready(qtbot, panel)
    scrub = find(panel, "scrub")
    assert isinstance(scrub, QSlider)
    scrub.setValue(scrub.maximum() // 2)
    assert panel.position() == pytest.approx(panel.timeline().duration_s / 2, rel=0.01)
    speed = find(panel, "speed")
    assert isinstance(speed, QComboBox)
    speeds = [speed.itemData(i) for i in range(speed.count())]
    assert min(speeds) == 0.25 and max(speeds) == 2.0
    speed.setCurrentIndex(speeds.index(2.0))
    assert panel.speed() == 2.0
    mirror = find(panel, "mirror")
    assert isinstance(mirror, QCheckBox)
    qtbot.mouseClick(mirror, Qt.MouseButton.LeftButton)
    assert panel.view.is_mirrored()
    loop = find(panel, "loop")
    assert isinstance(loop, QCheckBox)
    loop.setChecked(True)
    finished = []
    panel.stepFinished.connect(finished.append)
    panel.play()
    panel.advance(panel.timeline().duration_s)
    assert finished == ["part1.1"] and panel.is_playing()
    panel.pause()


def test_part_and_step_choosers(qtbot, panel: DemoPanel, exercises) -> None:
    panel.set_exercises(exercises)
    ready(qtbot, panel)
    parts = find(panel, "partSelector")
    with qtbot.waitSignal(panel.stepChanged) as blocker:
        parts.setCurrentIndex(1)
    assert blocker.args == ["part2.1"]
    steps = find(panel, "stepSelector")
    whole = steps.findData("part2")
    assert whole >= 0
    steps.setCurrentIndex(whole)
    assert panel.current_target() == "part2"
    ready(qtbot, panel)
    panel.advance(panel.timeline().step_spans()[1][1] + 0.1)
    assert panel.current_step() == "part2.2"
    assert "roll back to your right" in find(panel, "stepCaption").text()
    panel.select_step("middle_back_rolling", "part2.4")
    note = find(panel, "stepNote")
    assert note.isVisible() and "to the right again" in note.text()
    with pytest.raises(KeyError):
        panel.select_step("middle_back_rolling", "part5.5")


def test_play_step_plays_once_at_the_timers_pace(qtbot, panel: DemoPanel, exercises) -> None:
    panel.set_exercises(exercises)
    ready(qtbot, panel)
    panel.set_interactive(False)
    for name in ("prevStep", "nextStep", "partSelector", "stepSelector", "scrub"):
        assert not find(panel, name).isEnabled(), name
    assert find(panel, "playPause").isEnabled()
    panel.play_step("part1.3", 3.0)
    assert panel.is_playing() and panel.current_step() == "part1.3"
    assert panel.timeline().duration_s == pytest.approx(3.0)
    with qtbot.waitSignal(panel.stepFinished) as blocker:
        panel.advance(3.5)
    assert blocker.args == ["part1.3"] and not panel.is_playing()
    panel.set_interactive(True)
    assert find(panel, "nextStep").isEnabled()


def test_guidance_is_one_click_away(qtbot, panel: DemoPanel, exercises) -> None:
    panel.set_exercises(exercises)
    ready(qtbot, panel)
    qtbot.mouseClick(find(panel, "guideButton"), Qt.MouseButton.LeftButton)
    dialog = panel.guidance_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.index("Head leading") < text.index("Why?")
    assert "eyes" in text and "Twice a day" in text and "to the right again" in text
    dialog.close()


def test_every_control_has_an_accessible_name(panel: DemoPanel, exercises) -> None:
    panel.set_exercises(exercises)
    controls = panel.findChildren(QAbstractButton) + panel.findChildren(QComboBox)
    controls += panel.findChildren(QSlider)
    assert len(controls) >= 10
    for widget in controls:
        assert widget.accessibleName(), widget.objectName()


@pytest.mark.parametrize("size", [(360, 240), (900, 560), (1500, 900)])
def test_the_view_widget_draws_the_figure_at_any_size(qtbot, exercise, size) -> None:
    view = DemoView()
    qtbot.addWidget(view)
    view.set_timeline(timeline(exercise, "part2.1"), "Part 2")
    view.set_time(1.0)
    view.resize(*size)
    image = view.grab().toImage()
    assert (image.width(), image.height()) == size
    colors = _colors(image, 3)
    assert any(_near(c, FRONT, 6) for c in colors)
    assert any(_near(c, LEFT) for c in colors) and any(_near(c, RIGHT) for c in colors)
    assert view.last_scene is not None and view.last_scene.lead_labels[0][0] == "Head leads"


def test_the_lead_is_explained_under_the_caption(qtbot, panel: DemoPanel, exercises) -> None:
    panel.set_exercises(exercises)
    ready(qtbot, panel)
    hint = find(panel, "leadHint")
    assert "right knee lifts and crosses over the left leg" in hint.text()
    panel.select_step("middle_back_rolling", "part1.2")
    assert hint.text().startswith("Head leading: your eyes and head turn first")
    panel.select_step("middle_back_rolling", "part3")
    leader = find(panel, "part3Leader")
    leader.setCurrentIndex(leader.findData("knee_hip"))
    assert "the right knee lifts and crosses over the left leg" in hint.text()
    assert "the left knee and then the left hip lead" in hint.text()
    ready(qtbot, panel)
    assert panel.timeline().part3_leader == "knee_hip"


def test_guided_play_keeps_the_timers_pace_whatever_the_speed_box(
    panel: DemoPanel, exercises, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel.set_exercises(exercises)
    speed = find(panel, "speed")
    speed.setCurrentIndex(speed.findData(2.0))
    now = [0]
    monkeypatch.setattr(panel, "_now_ms", lambda: now[0])
    panel.play_step("part2.1", 8.0)
    now[0] = 1000
    panel._tick()
    assert panel.position() == pytest.approx(1.0), "one real second is one second of the roll"
    panel.pause()
    panel.select_step("middle_back_rolling", "part2.1")
    panel.play()
    now[0] = 1000
    panel._tick()
    assert panel.position() == pytest.approx(2.0), "watching at 2x"
    panel.pause()


def test_a_step_not_yet_computed_says_so_then_plays_when_ready(
    qtbot, panel: DemoPanel, exercises, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """The body's motion is simulated on a worker thread: the window stays responsive, says
    what it is preparing, and a Play pressed meanwhile starts as soon as it is ready."""
    from desktop_app.motion import cache

    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "fresh"))
    monkeypatch.setattr(cache, "_memory", cache.OrderedDict())
    panel.set_exercises(exercises)
    assert panel.is_preparing() and panel.timeline() is None
    assert "Preparing the demonstration" in panel.view._message
    assert "sending your right knee" in find(panel, "stepCaption").text()
    panel.play()
    ready(qtbot, panel)
    assert panel.timeline() is not None and panel.is_playing()
    panel.pause()


def _note_pixels(image: QImage) -> int:
    from desktop_app.ui.demo.renderer import NOTE_FILL

    return sum(_near(c, NOTE_FILL, 3) for c in _colors(image, 3))


def test_part2_step4_says_on_the_canvas_why_it_rolls_left(qapp, exercise, tmp_path) -> None:
    """The note is in the frame itself, so `render` output and videos carry it too."""
    from desktop_app.app import main

    with_note = _render(exercise, "part2.4", 0.3, (1280, 800))
    without = _render(exercise, "part2.3", 0.3, (1280, 800))
    assert _note_pixels(with_note) > 2000
    assert _note_pixels(without) < 50
    assert "rolls LEFT" in exercise.step("part2.4").canvas_note
    out = tmp_path / "p24.png"
    assert main(["render", "--step", "part2.4", "--out", str(out)]) == 0
    assert _note_pixels(QImage(str(out))) > 2000


def test_the_guides_step_notes_are_headed_by_the_step_name(qtbot, panel: DemoPanel, exercises):
    panel.set_exercises(exercises)
    panel.show_guidance()
    text = panel.guidance_dialog.browser.toPlainText()
    assert "Part 2, roll 4: The original text says" in text
    assert "part2.4" not in text and "part3:" not in text
    panel.guidance_dialog.close()


@pytest.mark.parametrize(
    ("image_format", "floor_format"),
    [
        (QImage.Format.Format_ARGB32_Premultiplied, QImage.Format.Format_ARGB32_Premultiplied),
        (QImage.Format.Format_RGB32, QImage.Format.Format_RGB32),
        (QImage.Format.Format_ARGB32, QImage.Format.Format_RGB32),
    ],
)
def test_the_floor_is_kept_in_the_pictures_own_format(
    qapp, exercise, image_format, floor_format
) -> None:
    """The cached floor is copied into every frame: in the picture's own format (when it holds
    an opaque picture as is) that is a plain copy, and the picture is the same either way."""
    image = QImage(640, 400, image_format)
    render_frame(image, exercise, "part1.2", 3.0)
    renderer = frame_renderer(exercise, "part1.2", 640, 400)
    (_key, floor, _origin), = renderer._floors.values()
    assert floor.format() == floor_format
    if image_format != floor_format:
        return  # blending in a format with straight alpha rounds differently
    reference = QImage(640, 400, QImage.Format.Format_RGB32)
    render_frame(reference, exercise, "part1.2", 3.0)
    assert image.convertToFormat(QImage.Format.Format_RGB32) == reference


def test_the_view_repaints_only_when_the_picture_can_change(qtbot, exercise, monkeypatch) -> None:
    """Asking again for the moment on screen paints nothing; a new moment, camera, mirror or
    size does."""
    view = DemoView()
    qtbot.addWidget(view)
    view.resize(640, 400)
    view.set_timeline(timeline(exercise, "part2.1"), "Part 2")
    view.set_time(1.0)
    view.grab()  # the renderer for this size is made and the frame painted
    asked: list[object] = []
    monkeypatch.setattr(view, "update", lambda *args: asked.append(args))
    view.set_time(1.0)
    assert asked == []
    view.set_time(1.25)
    assert len(asked) == 1
    view.set_camera("side")
    view.set_time(1.25)
    assert len(asked) == 3  # the camera's own repaint, then the same moment from the new camera
    view.grab()
    view.set_mirror(True)
    view.set_time(1.25)
    assert len(asked) == 5
    view.grab()
    view.resize(700, 420)
    view.grab()  # the resize drops the renderer; the next paint makes one at the new size
    asked.clear()
    view.set_time(1.25)
    assert asked == []
    view.resize(720, 430)
    view.set_time(1.25)
    assert len(asked) == 1


@pytest.mark.parametrize("size", [(640, 400), (800, 500), (1280, 800)])
def test_the_arrow_label_keeps_clear_of_the_step_note(qapp, exercise, size) -> None:
    """Part 2 step 4's note sits at the bottom of the picture; the arrow's label ("to the
    person's LEFT") goes where neither the note nor the chips at the top cover it."""
    from desktop_app.ui.demo.renderer import _top_margin, frame_renderer, label_box

    renderer = frame_renderer(exercise, "part2.4", *size)
    note = renderer.note_rect(exercise.step("part2.4").canvas_note)
    for fraction in (0.1, 0.45, 0.9):
        _pose, scene = renderer.scene_at(fraction * renderer.timeline.duration_s)
        (label,) = scene.floor_labels
        box = label_box(label)  # as drawn: boxed, in the reader's words
        assert not box.intersects(note), (size, fraction, box, note)
        assert box.top() >= _top_margin(size[1]), (size, fraction, box)


def _tag_box(glow, y: float, offset) -> QRectF:
    """The leading part's tag at `y` as drawn, on the picture (pan included)."""
    from desktop_app.ui.demo.renderer import _lead_tag, label_box

    return label_box(_lead_tag(glow, y)).translated(*offset)


def test_the_lead_tag_is_not_hidden_under_the_chips(qapp, exercise) -> None:
    """In a small picture the head can lie near the top: its tag goes below it then, not
    under the "Rolling to the person's LEFT" chip; elsewhere it stays above the part."""
    from desktop_app.ui.demo.renderer import frame_renderer

    for step_id, size, fraction, hidden_above in (
        ("part2.4", (640, 400), 0.45, True),
        ("part1.1", (1280, 800), 0.3, False),
    ):
        renderer = frame_renderer(exercise, step_id, *size)
        t = fraction * renderer.timeline.duration_s
        pose, scene = renderer.scene_at(t)
        offset = renderer.plan.shots[0].offset_at(t)
        (glow,) = scene.glows
        chips = [chip.rect() for chip in renderer._chips(pose, scene)]
        above = _tag_box(glow, glow.y - glow.radius * 0.9 - 8.0, offset)
        assert any(above.intersects(c) for c in chips) == hidden_above
        y = renderer.lead_tag_y(glow, offset, pose, scene)
        assert not any(_tag_box(glow, y, offset).intersects(c) for c in chips)
        assert (y > glow.y) == hidden_above


@pytest.mark.parametrize("size", [(420, 260), (641, 401), (1280, 800)])
def test_a_frame_paints_every_pixel_even_while_the_camera_follows(qapp, exercise, size) -> None:
    """The floor under a following camera moves by fractions of a pixel: a saved frame must
    not keep whatever the image held before at its last row or column."""
    sentinel = QColor(255, 0, 255)
    tl = timeline(exercise, "part3")
    for fraction in (0.0, 0.13, 0.5, 0.77, 1.0):
        image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(sentinel)
        render_frame(image, exercise, "part3", fraction * tl.duration_s)
        w, h = size
        edges = [image.pixelColor(x, y) for x in range(w) for y in (0, h - 1)]
        edges += [image.pixelColor(x, y) for y in range(h) for x in (0, w - 1)]
        assert sentinel not in edges, (size, fraction)
