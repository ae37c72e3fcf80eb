"""The `poses` and `render` sub-commands, called the way app.py will call them."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import demo as demo_cli
from tests.helpers import ROOT
from tests.helpers.exercises import seed_exercise


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="rolling-journal")
    demo_cli.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_poses_prints_the_step_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["poses", "--exercise", "middle_back_rolling", "--step", "part1.1", "--fps", "30"])
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert data["exercise"] == "middle_back_rolling" and data["step"] == "part1.1"
    written = seed_exercise().step("part1.1").duration_s
    assert data["direction"] == "left" and data["duration_s"] == pytest.approx(written)
    assert len(data["frames"]) == round(written * 30) + 1  # both ends of the roll
    assert data["frames"][0]["leading"] == "right_knee"
    assert data["frames"][-1]["rotation_deg"]["pelvis"] == pytest.approx(180.0, abs=0.5)
    # The bones the figure is made of, between exported joints.
    joints = set(data["frames"][0]["joints"])
    assert data["bones"] and all({b["from"], b["to"]} <= joints for b in data["bones"])


def test_poses_of_a_whole_part_and_part3_leader(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["poses", "--step", "part2", "--fps", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in data["steps"]] == ["part2.1", "part2.2", "part2.3", "part2.4"]
    assert run(["poses", "--step", "part3", "--fps", "2", "--leader", "knee_hip"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["part3_leader"] == "knee_hip" and data["frames"][0]["leading"] == "right_knee"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["poses", "--step", "part7.1"], "unknown step 'part7.1'"),
        (["poses", "--exercise", "yoga", "--step", "part1.1"], "unknown exercise 'yoga'"),
        (["poses", "--step", "part1.1", "--fps", "0"], "fps"),
        (["render", "--step", "part1.1", "--out", "x.png", "--size", "big"], "bad --size"),
        (["render", "--step", "part1.1", "--out", "x.png", "--size", "10x10"], "bad --size"),
        (["render", "--step", "part1.1", "--out", "x.png", "--at", "2"], "bad --at"),
        (["render", "--step", "nope", "--out", "x.png"], "unknown step 'nope'"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = [str(tmp_path / a) if a == "x.png" else a for a in argv]
    assert run(argv) == 2
    captured = capsys.readouterr()
    assert words in captured.err and captured.out == ""


def test_a_broken_exercise_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.toml").write_text("schema_version = 1\ntitle = [", encoding="utf-8")
    assert (
        run(["poses", "--exercise", "broken", "--step", "part1.1", "--animations", str(tmp_path)])
        == 2
    )
    assert "broken.toml" in capsys.readouterr().err


def test_render_writes_a_png(tmp_path: Path, qapp, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "frame.png"
    code = run(
        ["render", "--step", "part1.1", "--at", "0.5", "--out", str(out), "--size", "640x400"]
    )
    assert code == 0, capsys.readouterr().err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 400)
    missing = tmp_path / "no" / "such" / "dir" / "f.png"
    assert run(["render", "--step", "part1.1", "--out", str(missing)]) == 2


def test_poses_stays_free_of_qt() -> None:
    code = (
        "import sys, io, contextlib, argparse\n"
        "from desktop_app.cli import demo as demo_cli\n"
        "p = argparse.ArgumentParser(); demo_cli.add_commands(p.add_subparsers())\n"
        "a = p.parse_args(['poses', '--step', 'part1.2', '--fps', '2'])\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert a.func(a) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
