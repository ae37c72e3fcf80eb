"""The exercise files: the seed's steps as data, and plain-words errors for broken files."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from desktop_app.choreography import (
    ChoreographyError,
    default_animations_dir,
    load_exercise,
    load_exercises,
)
from tests.helpers import ROOT

ANIMATIONS = ROOT / "animations"
SEED_FILE = ANIMATIONS / "middle_back_rolling.toml"

# (step, leader, direction, start, end) in the person's own left/right, as issue 3 lists them.
EXPECTED = [
    ("part1.1", ("right_knee", "right_hip"), "left", "face_up", "face_down"),
    ("part1.2", ("head",), "right", "face_down", "face_up"),
    ("part1.3", ("left_knee", "left_hip"), "right", "face_up", "face_down"),
    ("part1.4", ("head",), "left", "face_down", "face_up"),
    ("part2.1", ("head",), "left", "face_up", "face_down"),
    ("part2.2", ("head",), "right", "face_down", "face_up"),
    ("part2.3", ("head",), "right", "face_up", "face_down"),
    ("part2.4", ("head",), "left", "face_down", "face_up"),
    ("part3", ("head",), "left", "face_up", "face_up"),
]

MINIMAL = """
schema_version = 1
id = "{id}"
title = "{title}"

[guidance]
intro = "Intro."
why = "Why."
how_often = "Daily."
safety = "Stop if it hurts."

[[parts]]
id = "part1"
title = "Part 1"

[[parts.steps]]
id = "part1.1"
caption = "Roll to the left."
leader = ["head"]
direction = "left"
start = "face_up"
end = "face_down"
duration_s = 8.0
"""


@pytest.fixture
def seed():
    result = load_exercises(ANIMATIONS)
    assert result.errors == []
    return result.exercises["middle_back_rolling"]


def test_the_seed_exercise_has_every_step_in_order(seed) -> None:
    assert [s.id for s in seed.steps] == [row[0] for row in EXPECTED]
    assert [p.id for p in seed.parts] == ["part1", "part2", "part3"]
    for step_id, leader, direction, start, end in EXPECTED:
        step = seed.step(step_id)
        assert (step.leader, step.direction, step.start, step.end) == (
            leader,
            direction,
            start,
            end,
        ), step_id
        assert 6.0 <= step.duration_s <= 12.0, "a half roll is slow: 6-12 s"


def test_captions_are_the_seed_sentences(seed) -> None:
    assert seed.step("part1.1").caption.startswith("Start to roll by sending your right knee")
    assert "roll to the right again" in seed.step("part2.4").caption
    assert "over and over" in seed.step("part3").caption


def test_part2_step4_rolls_left_and_says_why(seed) -> None:
    step = seed.step("part2.4")
    assert step.direction == "left"
    assert step.back_to_centre
    assert step.note and "to the right again" in step.note and "LEFT" in step.note


def test_part3_goes_over_and_over_then_back_with_a_choice_of_leader(seed) -> None:
    step = seed.step("part3")
    assert step.and_back and step.half_turns >= 4
    assert set(step.leader_choices) == {"head", "knee_hip"}


def test_guidance_has_the_seed_texts(seed) -> None:
    g = seed.guidance
    assert "middle back pain" in g.intro
    assert "organise" in g.why
    assert "Twice a day" in g.how_often
    assert g.with_a_friend and "sneak in" in g.with_a_friend
    assert g.head_leading and "eyes" in g.head_leading and "shoulders" in g.head_leading
    assert g.notice and "dip in and out" in g.notice
    assert "hurts" in g.safety
    titles = [title for title, _ in g.sections()]
    assert "Head leading" in titles and "Why?" in titles


def test_default_folder_is_the_checkout_and_the_bundle_under_pyinstaller(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert default_animations_dir() == ANIMATIONS
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert default_animations_dir() == tmp_path / "animations"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_file_is_a_new_exercise(tmp_path: Path) -> None:
    shutil.copy(SEED_FILE, tmp_path / SEED_FILE.name)
    _write(tmp_path, "a_side_stretch.toml", MINIMAL.format(id="side_stretch", title="Side"))
    result = load_exercises(tmp_path)
    assert result.errors == []
    assert list(result.exercises) == ["side_stretch", "middle_back_rolling"]
    assert result.exercises["side_stretch"].step("part1.1").caption == "Roll to the left."


BROKEN = {
    "bad_toml": (MINIMAL.replace('title = "Part 1"', "title = Part 1"), None, None, "TOML"),
    "unknown_leader": (
        MINIMAL.replace('leader = ["head"]', 'leader = ["right_foot"]'),
        "part1.1",
        "leader",
        "right_foot",
    ),
    "missing_field": (
        MINIMAL.replace('direction = "left"\n', ""),
        "part1.1",
        "direction",
        "missing",
    ),
    "wrong_type": (
        MINIMAL.replace("duration_s = 8.0", 'duration_s = "slow"'),
        "part1.1",
        "duration_s",
        "number",
    ),
    "wrong_end": (
        MINIMAL.replace('end = "face_down"', 'end = "face_up"'),
        "part1.1",
        "end",
        "face down",
    ),
    "knee_rolls_the_wrong_way": (
        MINIMAL.replace('leader = ["head"]', 'leader = ["right_knee", "right_hip"]').replace(
            'direction = "left"', 'direction = "right"'
        ),
        "part1.1",
        "direction",
        "right knee",
    ),
    "knee_without_hip": (
        MINIMAL.replace('leader = ["head"]', 'leader = ["right_knee"]'),
        "part1.1",
        "leader",
        "same side",
    ),
    "missing_guidance": (
        MINIMAL.replace('why = "Why."\n', ""),
        None,
        "guidance.why",
        "missing",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_names_file_step_and_field(tmp_path: Path, case: str) -> None:
    text, step_id, field, words = BROKEN[case]
    path = _write(tmp_path, f"{case}.toml", text.format(id=case, title="Broken"))
    with pytest.raises(ChoreographyError) as caught:
        load_exercise(path)
    message = str(caught.value)
    assert message.startswith(f"{case}.toml"), message
    if step_id:
        assert f"step {step_id}" in message, message
        assert caught.value.step_id == step_id
    if field:
        assert f"field '{field}'" in message, message
    assert words.lower() in message.lower(), message


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_never_stops_the_others(tmp_path: Path, case: str) -> None:
    text = BROKEN[case][0]
    _write(tmp_path, "a_broken.toml", text.format(id="broken", title="Broken"))
    _write(tmp_path, "b_good.toml", MINIMAL.format(id="good", title="Good"))
    result = load_exercises(tmp_path)
    assert list(result.exercises) == ["good"]
    assert result.errors and all(e.file.name == "a_broken.toml" for e in result.errors)


def test_the_seed_read_literally_is_refused_with_a_reason(tmp_path: Path) -> None:
    # Part 2 step 4 says "roll to the right again": from face down on the right that
    # can't bring the person back to the centre.
    text = SEED_FILE.read_text(encoding="utf-8")
    start = text.index('id = "part2.4"')
    literal = text[:start] + text[start:].replace('direction = "left"', 'direction = "right"', 1)
    path = _write(tmp_path, "literal.toml", literal)
    with pytest.raises(ChoreographyError) as caught:
        load_exercise(path)
    message = str(caught.value)
    assert "step part2.4" in message and "field 'direction'" in message
    assert "to the right of the centre" in message


def test_duplicate_ids_and_missing_folder_are_reported(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", MINIMAL.format(id="same", title="A"))
    _write(tmp_path, "b.toml", MINIMAL.format(id="same", title="B"))
    result = load_exercises(tmp_path)
    assert list(result.exercises) == ["same"]
    assert "b.toml" in str(result.errors[0]) and "already used" in str(result.errors[0])
    missing = load_exercises(tmp_path / "nowhere")
    assert missing.exercises == {} and "does not exist" in str(missing.errors[0])


def test_every_problem_in_a_file_is_listed(tmp_path: Path) -> None:
    text = MINIMAL.replace('leader = ["head"]', 'leader = ["tail"]').replace(
        "duration_s = 8.0", 'duration_s = "x"'
    )
    _write(tmp_path, "two.toml", text.format(id="two", title="Two"))
    fields = {e.field for e in load_exercises(tmp_path).errors}
    assert {"leader.0", "duration_s"} <= fields or {"leader", "duration_s"} <= fields


def test_the_json_schema_for_editors_is_up_to_date() -> None:
    from desktop_app.choreography.schema import SCHEMA_NAME, schema_text

    committed = (ANIMATIONS / "schema" / SCHEMA_NAME).read_text(encoding="utf-8")
    assert committed == schema_text(), "run: python -m desktop_app.choreography.schema"
    assert SEED_FILE.read_text(encoding="utf-8").startswith(f"#:schema ./schema/{SCHEMA_NAME}")
