"""Packaging: the desktop entry, the AppStream metainfo, the icons, the smoke self-test
and (marked slow, run by `make test-package`) the built PyInstaller bundle."""

from __future__ import annotations

import ast
import configparser
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import ROOT

PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
APP_ID = "io.github.rollingjournal.RollingJournal"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
BUNDLE = ROOT / "dist" / "rolling-journal" / "rolling-journal"
ICON_SIZES = (48, 128, 256)
SMOKE_CHECKS = ("qt", "journal", "exercises", "frames", "charts", "window")


def _run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(
            f"{command[0]} is not installed (Debian: packaging/system-packages.sh "
            "desktop-file-utils appstream, or run packaging/validate.sh)"
        )
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


# --- desktop entry and metainfo ---------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = _run_tool("desktop-file-validate", str(DESKTOP_FILE))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output.lower(), output


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = _run_tool("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_metainfo_and_project_name_the_same_app() -> None:
    from desktop_app import __version__

    entry = _desktop_entry()
    component = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    script = next(iter(project["project"]["gui-scripts"]))

    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == script
    assert entry["Exec"].split()[0] == script
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == component.findtext("name")
    release = component.find("releases/release")
    assert release is not None
    assert release.get("version") == __version__
    for image in component.iterfind("screenshots/screenshot/image"):
        assert image.text is not None
        assert (ROOT / "docs" / Path(image.text).name).is_file(), image.text


# --- icons ------------------------------------------------------------------------------


def _png_header(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk."""
    data = path.read_bytes()[:26]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height, data[25]


def test_svg_icon_is_a_square_svg_qt_can_render() -> None:
    from PySide6.QtSvg import QSvgRenderer

    svg = RESOURCES / "icon.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    assert box.width() == box.height() > 0


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icons_are_square_with_transparency(size: int) -> None:
    width, height, colour_type = _png_header(RESOURCES / f"icon-{size}.png")
    assert (width, height) == (size, size)
    assert colour_type == 6, "expected RGBA, so the rounded corners stay transparent"


def test_png_icons_are_rendered_from_the_current_svg(qapp: object, tmp_path: Path) -> None:
    """Fails when icon.svg was edited without re-running packaging/render_icons.py."""
    # qapp first: render() would otherwise create a bare QGuiApplication, and every
    # later test building a widget in this process would abort.
    import numpy as np
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))

    render_icons.render(RESOURCES / "icon.svg", tmp_path)

    def pixels(path: Path) -> np.ndarray:
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGBA8888)
        raw = np.frombuffer(image.constBits(), dtype=np.uint8)
        return raw.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]

    for size in ICON_SIZES:
        fresh = pixels(tmp_path / f"icon-{size}.png").astype(int)
        committed = pixels(RESOURCES / f"icon-{size}.png").astype(int)
        # A little slack for antialiasing differences between Qt versions.
        assert np.abs(fresh - committed).mean() < 1.0, f"icon-{size}.png is out of date"


# --- the smoke self-test ----------------------------------------------------------------


def test_run_smoke_passes_in_process(qapp: object, data_dir: Path) -> None:
    from desktop_app.smoke import run_smoke

    out = io.StringIO()
    status = run_smoke(out=out)
    report = out.getvalue()
    assert status == 0, report
    for check in SMOKE_CHECKS:
        assert f"ok   {check}:" in report, report
    assert not data_dir.exists(), "the smoke test must not touch the configured data dir"


def test_run_smoke_fails_without_exercises(
    qapp: object, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.choreography import loader
    from desktop_app.smoke import run_smoke

    empty = tmp_path / "no-exercises"
    empty.mkdir()
    monkeypatch.setattr(loader, "default_animations_dir", lambda: empty)
    out = io.StringIO()
    assert run_smoke(out=out) == 1
    report = out.getvalue()
    assert "FAIL exercises:" in report, report
    assert "FAIL frames: not run" in report, report
    assert "smoke test FAILED (exercises, frames)" in report, report


def test_run_smoke_notices_a_frame_without_the_figure(
    qapp: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colourful background alone must not pass for a rendered frame."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    import desktop_app.ui.demo
    from desktop_app.smoke import run_smoke

    real_render_frame = desktop_app.ui.demo.render_frame

    def background_only(image: QImage, *args: object, **kwargs: object) -> object:
        scene = real_render_frame(QImage(image.size(), image.format()), *args, **kwargs)
        gradient = QLinearGradient(QPointF(0, 0), QPointF(image.width(), image.height()))
        gradient.setColorAt(0.0, QColor("#F4EDE4"))
        gradient.setColorAt(1.0, QColor("#7A5C3E"))
        painter = QPainter(image)
        painter.fillRect(image.rect(), gradient)
        painter.end()
        return scene

    monkeypatch.setattr(desktop_app.ui.demo, "render_frame", background_only)
    out = io.StringIO()
    assert run_smoke(out=out) == 1
    assert "the figure is missing" in out.getvalue(), out.getvalue()


# --- the PyInstaller spec ---------------------------------------------------------------


def _qt_modules_imported_by_the_app() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6":
                    names = (alias.name for alias in node.names)
                    found.update(f"PySide6.{name}" for name in names if name.startswith("Qt"))
                elif node.module.startswith("PySide6."):
                    found.add(".".join(node.module.split(".")[:2]))
            elif isinstance(node, ast.Import):
                found.update(
                    ".".join(alias.name.split(".")[:2])
                    for alias in node.names
                    if alias.name.startswith("PySide6.")
                )
    return found


def test_spec_excludes_no_qt_module_the_app_imports() -> None:
    """An excluded module fails only inside the bundle: catch it here, cheaply."""
    spec = (PACKAGING / "rolling-journal.spec").read_text(encoding="utf-8")
    excludes_block = spec[spec.index("excludes = [") : spec.index("]", spec.index("excludes = ["))]
    excluded = set(re.findall(r'"(PySide6\.Qt\w+)"', excludes_block))
    assert excluded, "the spec's excludes list was not found"
    clash = excluded & _qt_modules_imported_by_the_app()
    assert not clash, f"remove {sorted(clash)} from the spec's excludes: the app imports them"


# --- the built bundle (make test-package) -----------------------------------------------


def _bundle_env(tmp_path: Path) -> dict[str, str]:
    """A fresh HOME and XDG dirs: the bundle must not read or write the user's files."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "ROLLING_JOURNAL_", "PYTHON", "QT_"))
    }
    home = tmp_path / "home"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        QT_QPA_PLATFORM="offscreen",
    )
    (tmp_path / "runtime").mkdir(mode=0o700)
    home.mkdir()
    return env


def _needs_bundle() -> None:
    if not BUNDLE.is_file():
        pytest.skip(f"the bundle is not built ({BUNDLE.relative_to(ROOT)} is missing): "
                    "run `make package`, or `make test-package` to build and test it")


@pytest.mark.slow
def test_bundle_smoke_run_exits_0(tmp_path: Path) -> None:
    _needs_bundle()
    result = subprocess.run(
        [str(BUNDLE), "--smoke"],
        env=_bundle_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    for check in SMOKE_CHECKS:
        assert f"ok   {check}:" in result.stdout, report
    # The exercises must come from inside the bundle, not from this checkout.
    assert str(BUNDLE.parent / "_internal" / "animations") in result.stdout, report


@pytest.mark.slow
def test_bundle_reports_its_version(tmp_path: Path) -> None:
    _needs_bundle()
    from desktop_app import __version__

    result = subprocess.run(
        [str(BUNDLE), "--version"],
        env=_bundle_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"rolling-journal {__version__}"


@pytest.mark.slow
def test_bundle_holds_the_data_the_app_reads_at_run_time() -> None:
    _needs_bundle()
    internal = BUNDLE.parent / "_internal"
    migrations = internal / "desktop_app" / "journal" / "migrations"
    assert (migrations / "env.py").is_file()
    shipped = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    source = sorted(p.name for p in (ROOT / "desktop_app/journal/migrations/versions").glob("*.py"))
    assert shipped == source
    exercises = sorted(p.name for p in (internal / "animations").glob("*.toml"))
    assert exercises == sorted(p.name for p in (ROOT / "animations").glob("*.toml"))
    assert (internal / "resources" / "icon.svg").is_file()
    styles = sorted(p.name for p in (internal / "resources" / "styles").glob("*.qss"))
    assert styles == sorted(p.name for p in RESOURCES.joinpath("styles").glob("*.qss"))
    assert not list(internal.rglob("__pycache__")), "bytecode caches leaked into the bundle"
