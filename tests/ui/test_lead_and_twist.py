"""The lead and the twist made visible: the reading of a timeline, the twist gauge, the wave
strip, the scrub bar's lead bands and hand-over, and slow at the hand-over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QCheckBox, QSlider, QWidget

from desktop_app.motion import timeline
from desktop_app.motion.reading import WAVE_PARTS, reading_for
from desktop_app.ui.demo import DemoPanel, DemoRenderer
from desktop_app.ui.demo.insets import SHOULDERS, inset_layout, paint_twist_gauge
from desktop_app.ui.demo.twist_gauge import TwistGauge
from desktop_app.ui.demo.wave_strip import WaveStrip
from tests.helpers.demo import shown_demo_panel

CHAIN = ("head", "shoulders", "mid_back", "lower_back", "pelvis", "legs")


def test_part1_step1_knee_then_hip_with_the_hand_over(exercise) -> None:
    tl = timeline(exercise, "part1.1")
    reading = reading_for(tl)
    assert [band.part for band in reading.bands] == ["right_knee", "right_hip"]
    (roll,) = reading.rolls
    assert roll.leaders == ("right_knee", "right_hip")
    assert len(roll.handovers) == 1
    handover = roll.handovers[0]
    assert reading.bands[0].t1 == pytest.approx(handover, abs=0.01)
    assert 0.15 * tl.duration_s < handover < 0.4 * tl.duration_s
    # The knee moves first (the legs), then the wave travels up from the pelvis to the head.
    assert roll.order() == ["legs", "pelvis", "lower_back", "mid_back", "shoulders", "head"]


@pytest.mark.parametrize("step_id", ["part1.2", "part2.1", "part2.4"])
def test_a_head_lead_turns_head_first_then_down_the_chain(exercise, step_id) -> None:
    reading = reading_for(timeline(exercise, step_id))
    (roll,) = reading.rolls
    assert roll.leaders == ("head",) and roll.handovers == ()
    assert roll.order() == list(CHAIN)
    assert 15.0 <= abs(roll.twist_peak_deg) <= 60.0


def test_part3_with_knee_then_hip_hands_over_at_every_face_up_pass(exercise) -> None:
    reading = reading_for(timeline(exercise, "part3", part3_leader="knee_hip"))
    out, back = reading.rolls
    assert len(out.handovers) >= 2 and len(back.handovers) >= 2
    assert out.leaders[:2] == ("right_knee", "right_hip")
    assert back.leaders[:2] == ("left_knee", "left_hip")


def test_slow_at_the_hand_over_plays_it_at_half_speed(exercise) -> None:
    reading = reading_for(timeline(exercise, "part1.1"))
    handover = reading.handovers[0]
    assert reading.speed_at(handover) == pytest.approx(0.5)
    assert reading.speed_at(handover + 0.5) == pytest.approx(0.5)
    assert reading.speed_at(handover + 3.0) == pytest.approx(1.0)
    assert 0.5 < reading.speed_at(handover + 1.05) < 1.0, "eases out, no jolt"
    assert reading_for(timeline(exercise, "part2.1")).speed_at(3.0) == 1.0


def _gauge_at(tl, t: float) -> TwistGauge:
    gauge = TwistGauge()
    gauge.set_pose(tl.pose_at(t))
    return gauge


def test_the_twist_gauge_follows_the_figure_and_ends_at_zero(qtbot, exercise) -> None:
    tl = timeline(exercise, "part2.1")
    reading = reading_for(tl)
    roll = reading.rolls[0]
    start, peak, end = (_gauge_at(tl, t) for t in (0.0, roll.twist_peak_t, tl.duration_s))
    for gauge in (start, peak, end):
        qtbot.addWidget(gauge)
    assert start.twist_degrees() <= 2
    assert 15 <= peak.twist_degrees() <= 60
    assert end.twist_degrees() <= 2
    assert f"Twist {peak.twist_degrees()}°" in peak.accessibleDescription()
    assert peak.objectName() == "twistGauge" and peak.accessibleName()


def _bar_angle(image: QImage) -> float:
    """The angle of the shoulder bar in a painted gauge, from its blue pixels."""
    import math

    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width() // 3, image.width()):
            c = image.pixelColor(x, y)
            if abs(c.red() - SHOULDERS.red()) < 20 and abs(c.green() - SHOULDERS.green()) < 20 \
                    and abs(c.blue() - SHOULDERS.blue()) < 20:
                xs.append(x)
                ys.append(y)
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    syy = sum((y - my) ** 2 for y in ys)
    return math.degrees(0.5 * math.atan2(2 * sxy, sxx - syy))


@pytest.mark.parametrize("degrees", [0.0, 25.0, -30.0])
def test_the_gauge_draws_the_shoulder_bar_at_its_angle(qapp, degrees) -> None:
    image = QImage(228, 120, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    from PySide6.QtCore import QRectF

    paint_twist_gauge(painter, QRectF(0, 0, 228, 120), degrees, 0.0)
    painter.end()
    assert _bar_angle(image) == pytest.approx(degrees, abs=4.0)


def test_the_wave_strip_lights_the_parts_in_the_order_they_start(qtbot, exercise) -> None:
    tl = timeline(exercise, "part1.2")
    reading = reading_for(tl)
    roll = reading.rolls[0]
    strip = WaveStrip()
    qtbot.addWidget(strip)
    strip.set_wave(reading.wave_at(0.0))
    assert strip.lit_parts() == ()
    between = (roll.starts["shoulders"] + roll.starts["mid_back"]) / 2
    strip.set_wave(reading.wave_at(between))
    assert strip.lit_parts() == ("head", "shoulders")
    strip.set_wave(reading.wave_at(tl.duration_s))
    assert strip.lit_parts() == CHAIN
    assert [part.part for part in strip.wave()] == list(WAVE_PARTS) == list(CHAIN)
    assert "head, shoulders, chest" in strip.accessibleDescription()


def test_every_step_has_a_wave(exercise) -> None:
    for step in exercise.steps:
        reading = reading_for(timeline(exercise, step.id))
        for roll in reading.rolls:
            assert set(roll.starts) == set(CHAIN), (step.id, roll.starts)


@pytest.fixture
def panel(qtbot, exercises) -> DemoPanel:
    return shown_demo_panel(qtbot, exercises)




def test_the_panel_shows_gauge_and_strip_over_the_figure(qtbot, panel: DemoPanel) -> None:
    gauge = panel.findChild(QWidget, "twistGauge")
    strip = panel.findChild(QWidget, "waveStrip")
    assert gauge.isVisible() and strip.isVisible()
    layout = inset_layout(panel.view.width(), panel.view.height())
    assert gauge.geometry() == layout.gauge.toRect()
    assert strip.geometry() == layout.strip.toRect()
    roll = panel._reading.rolls[0]
    panel.scrub.setValue(round(roll.twist_peak_t / panel.timeline().duration_s * 1000))
    panel.view.repaint()
    assert gauge.twist_degrees() >= 15
    assert "legs" in strip.lit_parts()


def test_the_scrub_bar_shows_who_leads_and_the_hand_over(qtbot, panel: DemoPanel) -> None:
    scrub = panel.findChild(QSlider, "scrub")
    assert [band.part for band in scrub.bands()] == ["right_knee", "right_hip"]
    assert "Right knee leads" in scrub.bands()[0].label
    handover = scrub.handovers()[0]
    assert handover == pytest.approx(
        panel._reading.handovers[0] / panel.timeline().duration_s, abs=0.002
    )
    assert "hand-over" in scrub.accessibleDescription()
    # Knee purple, hip blue: the two bands are drawn in the groove.
    image = scrub.grab().toImage()
    y = image.height() // 2
    left = image.pixelColor(int(scrub.x_of(handover / 2)), y)
    right = image.pixelColor(int(scrub.x_of((1 + handover) / 2)), y)
    assert left.red() > left.blue() * 0.5 and left.blue() > left.green()  # purple
    assert right.blue() > right.red() + 60  # blue


def test_clicking_the_groove_jumps_there(qtbot, panel: DemoPanel) -> None:
    scrub = panel.scrub
    x = int(scrub.x_of(0.75))
    qtbot.mouseClick(scrub, Qt.MouseButton.LeftButton, pos=QPoint(x, scrub.height() // 2))
    assert panel.position() == pytest.approx(0.75 * panel.timeline().duration_s, abs=0.1)


def test_slow_at_the_hand_over_in_the_panel(qtbot, panel: DemoPanel) -> None:
    slow = panel.findChild(QCheckBox, "slowHandover")
    assert slow.accessibleName()
    handover = panel._reading.handovers[0]
    panel.scrub.setValue(round(handover / panel.timeline().duration_s * 1000))
    start = panel.position()
    panel.advance(0.2)
    assert panel.position() - start == pytest.approx(0.2, abs=1e-6)
    slow.setChecked(True)
    start = panel.position()
    panel.advance(0.2)
    assert panel.position() - start == pytest.approx(0.1, abs=1e-3)
    panel.scrub.setValue(900)
    start = panel.position()
    panel.advance(0.2)
    assert panel.position() - start == pytest.approx(0.2, abs=1e-6), "full speed away from it"


def test_frames_carry_the_gauge_and_strip_where_the_panel_shows_them(qapp, exercise) -> None:
    tl = timeline(exercise, "part1.1")
    renderer = DemoRenderer(tl, 800, 500)
    image = QImage(800, 500, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    renderer.paint(painter, 4.0)
    painter.end()
    gauge = renderer.layout.gauge
    # The gauge's card is drawn (near-white) in its corner, with the shoulder bar inside it.
    corner = image.pixelColor(int(gauge.left() + 6), int(gauge.top() + 6))
    assert corner.lightness() > 230
    crop = image.copy(gauge.toRect())
    blue = sum(
        1 for y in range(crop.height()) for x in range(crop.width())
        if abs(crop.pixelColor(x, y).blue() - SHOULDERS.blue()) < 20
        and abs(crop.pixelColor(x, y).red() - SHOULDERS.red()) < 20
    )
    assert blue > 30


def test_the_insets_compare_with_what_they_painted_so_slow_changes_add_up(qtbot, exercise) -> None:
    """Playing, the canvas repaints an inset only when it would look different; a gauge that
    compared with the last pose handed over (not the one painted) stayed stale for ever when the
    twist changed slowly."""
    tl = timeline(exercise, "part2.1")
    reading = reading_for(tl)
    gauge, strip = TwistGauge(), WaveStrip()
    for widget in (gauge, strip):
        qtbot.addWidget(widget)
        widget.resize(220, 110)
    peak = reading.rolls[0].twist_peak_t
    gauge.set_pose(tl.pose_at(0.0))
    gauge.grab()  # painted at the start
    assert not gauge.differs(tl.pose_at(0.0))
    # Handed poses a little apart each, none painted: the one at the peak differs from the
    # picture on screen, though not from the pose handed over just before it.
    times = [peak * i / 2000 for i in range(1, 2001)]
    for t in times[:-1]:
        gauge.set_pose(tl.pose_at(t))
    assert gauge.differs(tl.pose_at(times[-1]))
    strip.set_wave(reading.wave_at(0.0))
    strip.grab()
    assert not strip.differs(reading.wave_at(0.0))
    for t in times[:-1]:
        strip.set_wave(reading.wave_at(t))
    assert strip.differs(reading.wave_at(times[-1]))
