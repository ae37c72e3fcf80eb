"""The app's Qt style sheets, kept as files in resources/styles/ (a checkout, a wheel or the
bundle: `desktop_app.paths.bundled_dir`).

A sheet may hold `$name` fields (string.Template) for what only the running app knows:
sizes for the room there is, accent colours for a light or a dark palette. Every
field must be given: a missing one is a KeyError, not a silently broken sheet.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from string import Template

from desktop_app.paths import bundled_dir

STYLES_FOLDER = "styles"


def stylesheet_path(name: str) -> Path:
    return bundled_dir("resources") / STYLES_FOLDER / f"{name}.qss"


@cache
def _template(name: str) -> Template:
    # Read once per run: restyling on a resize must not touch the disk.
    return Template(stylesheet_path(name).read_text(encoding="utf-8"))


def stylesheet(name: str, **values: object) -> str:
    """The sheet resources/styles/`name`.qss with its `$fields` filled in."""
    return _template(name).substitute({key: str(value) for key, value in values.items()})
