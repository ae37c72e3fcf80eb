"""Every command of `rolling-journal`: the journal's (`export`, `import`, `backups`,
`restore`, `check`; journal.py), `stats` (stats.py), `report` (report.py) and the
demonstration's (`poses`, `render`, `animate`; demo.py). They share one way to open the
journal and report a problem (common.py).

Cheap to import: the window's start builds this parser too, so each command's heavy
imports wait inside its handler.
"""

from __future__ import annotations

from typing import Any

from desktop_app.cli import demo, journal, report, stats
from desktop_app.cli.common import run_command

__all__ = ["add_commands", "run_command"]


def add_commands(subparsers: Any) -> None:
    """Add every sub-command to an argparse sub-parsers object."""
    journal.add_commands(subparsers)
    demo.add_commands(subparsers)
    stats.add_commands(subparsers)
    report.add_commands(subparsers)
