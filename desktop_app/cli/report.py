"""`rolling-journal report`: the physiotherapist report as a PDF, from the command line.

Kept light: the parser is built on every start of the app, so Qt, pyqtgraph and the
journal are imported only when the command runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop_app.cli.common import (
    CommandFailed,
    data_dir_option,
    database_url_option,
    open_journal,
    report_error,
    run,
    service_for,
    whole_number,
)

DEFAULT_WEEKS = 12
WEEKS = whole_number(1, 520, "must be from 1 to 520 weeks")


def add_commands(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write a PDF report of the practice for a physiotherapist",
        description=(
            "Write a PDF of the last N weeks: sessions per week against the target (with "
            "paused days), pain before and after practice and the trend, every session "
            "stopped because it hurt, the pain warnings that stood, a friend's checks, "
            "smoothness, how often the right part led, and the notes."
        ),
    )
    parser.add_argument("--weeks", type=WEEKS, default=DEFAULT_WEEKS, metavar="N",
                        help=f"the last N weeks, this week included (default {DEFAULT_WEEKS})")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="the PDF to write, e.g. report.pdf")
    parser.add_argument("--no-notes", dest="notes", action="store_false",
                        help="leave the notes out of the report")
    parser.add_argument("--paper", choices=("a4", "letter"), default=None,
                        help="paper size (default: Letter where the locale measures in US "
                             "units, else A4)")
    database_url_option(parser)
    data_dir_option(parser)
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace, out: TextIO | None = None) -> int:
    return run(lambda parsed: _report(parsed, out or sys.stdout), args)


def _report(args: argparse.Namespace, out: TextIO) -> int:
    target: Path = args.out
    if target.suffix.lower() != ".pdf":
        report_error(f"{target.name}: the report is a PDF; name it .pdf", "report")
        return 2
    if not target.parent.is_dir():
        raise CommandFailed(f"the folder {target.parent} does not exist")
    service = service_for(args, "report")
    data_dir = service.data_dir
    if not service.is_server and not service.db_path.exists() and not service.has_history():
        raise CommandFailed(f"there is no journal in {data_dir} yet")
    # No window is shown: draw offscreen unless the caller chose a platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QPageSize
    from PySide6.QtWidgets import QApplication

    from desktop_app.paths import SETTINGS_FILENAME
    from desktop_app.practice.settings import read_settings_file
    from desktop_app.ui.report.document import save_report

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    paper = None if args.paper is None else QPageSize(
        QPageSize.PageSizeId.A4 if args.paper == "a4" else QPageSize.PageSizeId.Letter)
    per_day = read_settings_file(data_dir / SETTINGS_FILENAME).daily_target
    # The same way to open the journal as every command (lock, recovery, messages).
    with open_journal(args, "report", write=False) as opened:
        assert opened.journal is not None
        try:
            pages = save_report(opened.journal, target, weeks=args.weeks,
                                include_notes=args.notes, sessions_per_day=per_day,
                                page_size=paper)
        except OSError as exc:
            raise CommandFailed(f"could not write {target}: {exc.strerror or exc}") from exc
    print(f"Wrote the report of the last {args.weeks} weeks to {target} "
          f"({pages} page{'s' if pages != 1 else ''})", file=out)
    return 0
