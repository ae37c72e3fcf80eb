"""The Charts tab: weekly progress drawn with pyqtgraph from `desktop_app.stats`.

Importing this package is cheap: pyqtgraph is imported only when `ChartsTab` is first
used (`from desktop_app.ui.charts import ChartsTab` or `desktop_app.ui.charts.tab`), so
the app can build the tab lazily and start up without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.ui.charts.tab import ChartsTab

__all__ = ["ChartsTab"]


def __getattr__(name: str) -> Any:
    if name == "ChartsTab":
        from desktop_app.ui.charts.tab import ChartsTab

        return ChartsTab
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
