"""Save as video…: the panel's demonstration written to a WebP, GIF or MP4, with a progress
dialog that can stop it (a stopped export leaves no file)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:
    from desktop_app.motion import Timeline
    from desktop_app.motion.views import CameraPreset, ViewAdjust

MAX_EXPORT_WIDTH = 1280


translate = QCoreApplication.translate


def export_size(size: tuple[int, int]) -> tuple[int, int]:
    """The view's size, no wider than 1280, with even sides (H.264 wants them)."""
    w, h = max(size[0], 64), max(size[1], 64)
    if w > MAX_EXPORT_WIDTH:
        w, h = MAX_EXPORT_WIDTH, round(h * MAX_EXPORT_WIDTH / w)
    return w - w % 2, h - h % 2


def ask_path(parent: QWidget) -> Path | None:
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        translate("ExportAnimation", "Save the demonstration as a video"),
        str(Path.home() / "rolling-demonstration.webp"),
        translate(
            "ExportAnimation", "Animated WebP (*.webp);;Animated GIF (*.gif);;MP4 video (*.mp4)"
        ),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".webp", ".gif", ".mp4"):
        suffix = ".gif" if "gif" in chosen_filter else ".mp4" if "mp4" in chosen_filter else ".webp"
        path = path.with_name(path.name + suffix)
    return path


def export_animation(
    parent: QWidget,
    tl: Timeline,
    title: str,
    *,
    camera: CameraPreset,
    mirror: bool,
    adjust: ViewAdjust,
    path: Path | None,
    size: tuple[int, int],
    fps: float = 30.0,
) -> Path | None:
    """Write the timeline as the panel shows it; None when cancelled or it failed (said)."""
    from desktop_app.ui.demo.animation import (
        AnimationCancelled,
        AnimationError,
        write_animation,
    )
    from desktop_app.ui.demo.renderer import DemoRenderer

    if path is None:
        path = ask_path(parent)
        if path is None:
            return None
    width, height = export_size(size)
    renderer = DemoRenderer(
        tl, width, height, mirror=mirror, title=title, camera=camera, adjust=adjust
    )
    progress = _progress_dialog(parent, path)

    def step(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        result = write_animation(path, renderer, fps=fps, progress=step)
    except AnimationCancelled:
        return None
    except (AnimationError, ValueError) as exc:
        QMessageBox.warning(parent, translate("ExportAnimation", "Video not saved"), str(exc))
        return None
    finally:
        progress.close()
        progress.deleteLater()
    _say_saved(parent, result.path, result.seconds)
    return result.path


def _progress_dialog(parent: QWidget, path: Path) -> QProgressDialog:
    """The export's progress, with Stop; shown only when it takes a moment."""
    progress = QProgressDialog(
        translate("ExportAnimation", "Saving {name}…").format(name=path.name),
        translate("ExportAnimation", "Stop"),
        0,
        100,
        parent,
    )
    progress.setObjectName("exportProgress")
    progress.setWindowTitle(translate("ExportAnimation", "Saving the video"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    return progress


def _say_saved(parent: QWidget, path: Path, seconds: float) -> None:
    """Where the video went, on the window's status bar (when it has one)."""
    status = getattr(parent.window(), "statusBar", None)
    if callable(status):
        status().showMessage(
            translate(
                "ExportAnimation", "Saved the demonstration to {path} ({seconds:.0f} s)."
            ).format(path=path, seconds=seconds),
            10000,
        )
