"""The style sheets in resources/styles/: each one the app loads is there, fills in every
template field, and travels with the wheel and the bundle."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STYLES = ROOT / "resources" / "styles"


def test_every_sheet_the_code_names_exists_and_every_file_is_used() -> None:
    from desktop_app.ui.stylesheet import stylesheet_path

    code = "\n".join(p.read_text(encoding="utf-8")
                     for p in (ROOT / "desktop_app").rglob("*.py"))
    named = set(re.findall(r'stylesheet\("([a-z_]+)"', code))
    files = {p.stem for p in STYLES.glob("*.qss")}
    assert named and named == files
    for name in named:
        assert stylesheet_path(name).is_file(), name


def test_template_fields_are_all_filled(qapp) -> None:
    from PySide6.QtGui import QPalette

    from desktop_app.ui.practice.style import practice_style
    from desktop_app.ui.stylesheet import stylesheet

    light = QPalette()
    for scale in (0.0, 0.5, 1.0):
        sheet = practice_style(light, scale)
        assert "$" not in sheet
    assert "font-size: 96px" in practice_style(light, 1.0)  # the timer at full size
    assert "font-size: 50px" in practice_style(light, 0.0)  # ...and at its most compact
    for name in ("journal_form", "pain_before", "pain_warning", "friend_check",
                 "reminder_banner", "journal_notice"):
        assert "$" not in stylesheet(name)


def test_a_missing_template_field_is_an_error_not_a_broken_sheet() -> None:
    from desktop_app.ui.stylesheet import stylesheet

    with pytest.raises(KeyError, match="hint"):
        stylesheet("demo", note="#000", errors="#000")


def test_the_demo_accents_follow_the_palette(qapp) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.demo.step_text import accent_style

    widget = QWidget()
    assert "#805000" in accent_style(widget)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    widget.setPalette(dark)
    assert "#f0c070" in accent_style(widget)


def test_the_wheel_and_the_bundle_carry_the_sheets() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["resources"] == "desktop_app/_data/resources"
    spec = (ROOT / "packaging" / "rolling-journal.spec").read_text(encoding="utf-8")
    assert '_tree(ROOT / "resources", "resources")' in spec
