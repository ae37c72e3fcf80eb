"""Finding a widget by its objectName, the way a person (or an accessibility tool) finds it."""

from __future__ import annotations

from typing import TypeVar

W = TypeVar("W")


def find_named(parent: object, kind: type[W], name: str) -> W:
    """The `kind` child of `parent` called `name`; fails naming what is missing.

    Qt's findChild returns None for a missing child, which would surface later as an
    AttributeError far from the cause.
    """
    found = parent.findChild(kind, name)  # type: ignore[attr-defined]
    assert found is not None, f"no {kind.__name__} named {name!r} in {type(parent).__name__}"
    return found
