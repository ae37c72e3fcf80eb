"""What the Charts tab asks of each of its charts."""

from __future__ import annotations

from typing import Protocol

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from desktop_app.stats.progress import Progress
from desktop_app.ui.charts.plots import ChartColors


class Chart(Protocol):
    """`widget` goes into the tab's layout; `plot` is its time chart (the tab gives every
    plot the same weeks); `update(progress)` redraws from the numbers of one refresh."""

    @property
    def widget(self) -> QWidget: ...

    @property
    def plot(self) -> pg.PlotWidget: ...

    def set_colors(self, colors: ChartColors) -> None: ...

    def update(self, progress: Progress) -> None: ...
