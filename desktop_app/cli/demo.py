"""The `poses`, `render` and `animate` sub-commands: the demonstration without the window.

`render` and `animate` never need a display: they set Qt's offscreen platform themselves.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import fail

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise

DEFAULT_EXERCISE = "middle_back_rolling"
MAX_SIDE = 8192


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    poses = subparsers.add_parser(
        "poses",
        help="print the demonstration's poses as JSON",
        description="Print the figure's joints and roll angles, frame by frame, as JSON.",
    )
    _common(poses)
    poses.add_argument("--fps", type=float, default=30.0, help="frames per second (default 30)")
    poses.add_argument(
        "--duration", type=float, default=None, help="seconds per half roll (default: the step's)"
    )
    poses.add_argument("--indent", type=int, default=None, help="pretty-print with this indent")
    poses.set_defaults(func=poses_command)

    render = subparsers.add_parser(
        "render",
        help="draw one frame of the demonstration into a PNG",
        description="Draw the demonstration at a fraction of a step into an image file.",
    )
    _common(render)
    render.add_argument(
        "--at", type=float, default=0.5, help="fraction of the step, 0 to 1 (default 0.5)"
    )
    render.add_argument("--out", type=Path, required=True, help="PNG file to write")
    render.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT (default 1280x800)")
    render.add_argument("--mirror", action="store_true", help="draw as in a mirror")
    _camera(render)
    render.set_defaults(func=render_command)

    animate = subparsers.add_parser(
        "animate",
        help="write the demonstration as a video (WebP, GIF or MP4)",
        description="Write a step or a whole part of the demonstration to an animated WebP or "
        "GIF, or an MP4 video, as the panel shows it (figure, captions, twist gauge and wave "
        "strip).",
    )
    _common(animate)
    animate.add_argument(
        "--out", type=Path, required=True, help="file to write: .webp, .gif or .mp4"
    )
    animate.add_argument("--size", default="640x400", help="WIDTHxHEIGHT (default 640x400)")
    animate.add_argument("--fps", type=float, default=30.0, help="frames per second (default 30)")
    animate.add_argument("--mirror", action="store_true", help="draw as in a mirror")
    _camera(animate)
    animate.set_defaults(func=animate_command)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--exercise", default=DEFAULT_EXERCISE, help="exercise id")
    parser.add_argument("--step", required=True, help="step id (e.g. part1.1) or part (part1)")
    parser.add_argument(
        "--leader",
        choices=("head", "knee_hip"),
        default="head",
        help="who leads Part 3: the head, or a knee then its hip",
    )
    parser.add_argument(
        "--arms",
        choices=("overhead", "along_body"),
        default=None,
        help="where the arms lie (default: as the exercise file says)",
    )
    parser.add_argument("--animations", type=Path, default=None, help=argparse.SUPPRESS)


CAMERAS = ("auto", "side", "feet", "above", "leader")


def _camera(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--camera",
        choices=CAMERAS,
        default="auto",
        help="where to look from: auto (the side the face turns to), side, feet (up the body), "
        "above, leader (close on the leading part); default auto",
    )


def _offscreen_app() -> object:
    """A QGuiApplication for painting text; offscreen, so no display is ever needed."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(sys.argv[:1] or ["rolling-journal"])
    return app


def _exercise(args: argparse.Namespace) -> Exercise | str:
    # Imported here: `rolling-journal` builds this parser on its way to the window.
    from desktop_app.choreography import load_exercises

    result = load_exercises(args.animations)
    exercise = result.exercises.get(args.exercise)
    if exercise is None:
        problems = [str(e) for e in result.errors if Path(e.file).stem == args.exercise]
        if problems:
            return f"the exercise '{args.exercise}' has problems: " + "; ".join(problems)
        known = ", ".join(result.exercises) or "none"
        return f"unknown exercise '{args.exercise}' (known: {known})"
    ids = [s.id for s in exercise.steps] + [p.id for p in exercise.parts]
    if args.step not in ids:
        listed = ", ".join(dict.fromkeys([p.id for p in exercise.parts] + ids))
        return f"unknown step '{args.step}' in '{exercise.id}' (choose from {listed})"
    return exercise


def poses_command(args: argparse.Namespace) -> int:
    from desktop_app.motion import poses_document

    exercise = _exercise(args)
    if isinstance(exercise, str):
        return fail(exercise)
    try:
        document = poses_document(
            exercise,
            args.step,
            fps=args.fps,
            part3_leader=args.leader,
            duration_s=args.duration,
            arms=args.arms,
        )
    except ValueError as error:
        return fail(str(error))
    try:
        json.dump(document, sys.stdout, indent=args.indent)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error, and Python must not complain
        # again when it flushes stdout on exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def parse_size(text: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if not match:
        return None
    w, h = int(match[1]), int(match[2])
    if not (64 <= w <= MAX_SIDE and 64 <= h <= MAX_SIDE):
        return None
    return w, h


def render_command(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    if size is None:
        return fail(
            f"bad --size '{args.size}': use WIDTHxHEIGHT, each 64 to {MAX_SIDE} (e.g. 1280x800)"
        )
    if not (0.0 <= args.at <= 1.0):
        return fail(f"bad --at {args.at}: use a fraction of the step from 0 to 1")
    exercise = _exercise(args)
    if isinstance(exercise, str):
        return fail(exercise)
    out: Path = args.out
    if out.parent and not out.parent.exists():
        return fail(f"can't write {out}: the folder {out.parent} does not exist")
    app = _offscreen_app()
    from PySide6.QtGui import QImage

    from desktop_app.motion import timeline
    from desktop_app.ui.demo.renderer import render_frame

    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    tl = timeline(exercise, args.step, part3_leader=args.leader, arms=args.arms)
    render_frame(
        image,
        exercise,
        args.step,
        args.at * tl.duration_s,
        mirror=args.mirror,
        part3_leader=args.leader,
        arms=args.arms,
        camera=args.camera,
    )
    # PySide6 wants the format as text here, whatever its type stubs say.
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]
        return fail(f"can't write {out}")
    del app
    print(out)
    return 0


class _ProgressBar:
    """A bar on the terminal (stderr), redrawn in place; plain lines when not a terminal."""

    WIDTH = 30

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self._shown = -1

    def __call__(self, done: int, total: int) -> bool:
        percent = 100 * done // max(total, 1)
        step = 1 if self.tty else 10
        if percent // step != self._shown // step or done == total:
            if percent == self._shown and done != total:
                return True
            self._shown = percent
            filled = self.WIDTH * done // max(total, 1)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            line = f"{self.label} [{bar}] {percent:3d}% {done}/{total} frames"
            if self.tty:
                sys.stderr.write("\r" + line + ("\n" if done == total else ""))
            else:
                sys.stderr.write(line + "\n")
            sys.stderr.flush()
        return True


def animate_command(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    if size is None:
        return fail(
            f"bad --size '{args.size}': use WIDTHxHEIGHT, each 64 to {MAX_SIDE} (e.g. 640x400)"
        )
    out: Path = args.out
    if out.suffix.lower() not in (".webp", ".gif", ".mp4"):
        return fail(f"can't tell the format of {out.name}: use .webp, .gif or .mp4")
    if not (1.0 <= args.fps <= 60.0):
        return fail(f"bad --fps {args.fps:g}: use 1 to 60 frames per second")
    if out.parent and not out.parent.exists():
        return fail(f"can't write {out}: the folder {out.parent} does not exist")
    exercise = _exercise(args)
    if isinstance(exercise, str):
        return fail(exercise)
    app = _offscreen_app()
    from desktop_app.motion import timeline
    from desktop_app.ui.demo.animation import AnimationError, write_animation
    from desktop_app.ui.demo.renderer import DemoRenderer, step_title

    tl = timeline(exercise, args.step, part3_leader=args.leader, arms=args.arms)
    renderer = DemoRenderer(
        tl,
        size[0],
        size[1],
        mirror=args.mirror,
        title=step_title(exercise, args.step),
        camera=args.camera,
    )
    try:
        result = write_animation(out, renderer, fps=args.fps, progress=_ProgressBar(out.name))
    except AnimationError as error:
        return fail(str(error))
    del app
    print(f"{result.path} ({result.frames} frames, {result.seconds:.1f} s, "
          f"{result.bytes / 1e6:.1f} MB)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry, for running this module directly during development."""
    parser = argparse.ArgumentParser(prog="rolling-journal")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
