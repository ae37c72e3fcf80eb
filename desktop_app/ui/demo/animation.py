"""The demonstration as a file: WebP or GIF (Pillow) or MP4 (PyAV, FFmpeg's libraries).

Frames are painted by the same renderer as the panel's canvas, with the twist gauge and the
wave strip where the panel shows them. The file is written beside the target and moved into
place at the end, so a cancelled or failed export never leaves half a video behind.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPainter

if TYPE_CHECKING:
    from PIL import Image

    from desktop_app.ui.demo.renderer import DemoRenderer

FORMATS = {".webp": "webp", ".gif": "gif", ".mp4": "mp4"}
MIN_FPS, MAX_FPS = 1.0, 60.0
# progress(done, total) -> False to stop.
Progress = Callable[[int, int], bool]


class AnimationCancelled(Exception):
    """The person stopped the export; nothing was written."""


class AnimationError(Exception):
    """The animation could not be written (message names the file and the reason)."""


@dataclass(frozen=True)
class AnimationResult:
    path: Path
    frames: int
    seconds: float
    bytes: int


translate = QCoreApplication.translate


def format_for(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(
            translate(
                "Animation",
                "can't tell the format of {name}: use a name ending in .webp, .gif or .mp4",
            ).format(name=path.name)
        )
    return fmt


def frame_times(duration_s: float, fps: float) -> list[float]:
    """Every frame's time: from 0 to the end inclusive, `fps` a second."""
    count = max(1, math.floor(duration_s * fps + 1e-9)) + 1
    times = [min(i / fps, duration_s) for i in range(count)]
    if times[-1] < duration_s - 1e-6:
        times.append(duration_s)
    return times


def frame_durations_ms(count: int, fps: float, step_ms: int = 1) -> list[int]:
    """Per-frame display times, rounded so they add up to the true length (GIF counts in
    hundredths of a second: 30 fps is 30, 40, 30, ... ms)."""
    out = []
    for i in range(count):
        a = round(i * 1000.0 / fps / step_ms) * step_ms
        b = round((i + 1) * 1000.0 / fps / step_ms) * step_ms
        out.append(max(step_ms, b - a))
    return out


def render_image(renderer: DemoRenderer, t: float) -> QImage:
    image = QImage(renderer.width, renderer.height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        renderer.paint(painter, t, insets=True)
    finally:
        painter.end()
    return image


def _to_pil(image: QImage) -> Image.Image:
    from PIL import Image

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())
    return Image.frombuffer(
        "RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine(), 1
    ).copy()


def write_animation(
    path: Path,
    renderer: DemoRenderer,
    *,
    fps: float = 30.0,
    progress: Progress | None = None,
    quality: int = 80,
) -> AnimationResult:
    """Write the renderer's whole timeline to `path` (.webp, .gif or .mp4); `quality` (0-100)
    is WebP's (lossy) quality."""
    path = Path(path)
    fmt = format_for(path)
    if not (MIN_FPS <= fps <= MAX_FPS):
        raise ValueError(
            translate("Animation", "fps must be between 1 and 60, not {fps:g}").format(fps=fps)
        )
    if not path.parent.is_dir():
        raise AnimationError(
            translate("Animation", "can't write {path}: the folder {folder} does not exist").format(
                path=path, folder=path.parent
            )
        )
    times = frame_times(renderer.timeline.duration_s, fps)
    tmp = path.with_name(f".{path.stem}.partial{path.suffix}")

    def frames() -> Iterator[QImage]:
        for index, t in enumerate(times):
            if progress is not None and not progress(index, len(times)):
                raise AnimationCancelled
            yield render_image(renderer, t)
        if progress is not None:
            progress(len(times), len(times))

    try:
        if fmt == "mp4":
            _write_mp4(tmp, frames(), fps, renderer.width, renderer.height)
        else:
            _write_pillow(tmp, frames(), fmt, fps, len(times), quality)
        tmp.replace(path)
    except AnimationCancelled:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AnimationError(
            translate("Animation", "can't write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return AnimationResult(path, len(times), times[-1], path.stat().st_size)


def _write_pillow(
    tmp: Path, frames: Iterator[QImage], fmt: str, fps: float, count: int, quality: int
) -> None:
    from PIL import Image

    images = (_to_pil(image) for image in frames)
    first = next(images)
    if fmt == "gif":
        # One palette for every frame (from the first), so colours never flicker between frames.
        palette = first.quantize(colors=255, method=Image.Quantize.MEDIANCUT)

        def quantized() -> Iterator[Image.Image]:
            for image in images:
                yield image.quantize(palette=palette, dither=Image.Dither.NONE)

        palette.save(
            tmp,
            format="GIF",
            save_all=True,
            append_images=quantized(),
            duration=frame_durations_ms(count, fps, 10),
            loop=0,
            optimize=False,
            disposal=1,
        )
        return
    first.save(
        tmp,
        format="WEBP",
        save_all=True,
        append_images=images,
        duration=frame_durations_ms(count, fps),
        loop=0,
        quality=quality,
        method=2,
        minimize_size=False,
    )


def _write_mp4(tmp: Path, frames: Iterator[QImage], fps: float, width: int, height: int) -> None:
    import av
    import numpy as np

    # H.264 in 4:2:0 wants even sides: a pixel is dropped from an odd one.
    w, h = width - width % 2, height - height % 2
    rate = Fraction(fps).limit_denominator(1001)
    with av.open(str(tmp), mode="w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=rate)
        stream.width, stream.height = w, h
        stream.pix_fmt = "yuv420p"
        stream.options = {"crf": "20", "preset": "faster"}
        for image in frames:
            rgb = image.convertToFormat(QImage.Format.Format_RGB888)
            array = (
                np.frombuffer(rgb.constBits(), dtype=np.uint8)
                .reshape(rgb.height(), rgb.bytesPerLine())[:, : rgb.width() * 3]
                .reshape(rgb.height(), rgb.width(), 3)[:h, :w]
            )
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(array), format="rgb24")
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
