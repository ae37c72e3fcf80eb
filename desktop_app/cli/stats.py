"""`rolling-journal stats`: the weekly numbers of the Charts tab on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop_app.cli.common import (
    data_dir_option,
    database_url_option,
    open_journal,
    run,
    service_for,
    whole_number,
)

if TYPE_CHECKING:
    from desktop_app.stats.weekly import WeekRow

MISSING = "-"
POSITIVE = whole_number(1, None, "must be at least 1")


def add_commands(subparsers: Any) -> None:
    """Add the `stats` sub-command to an argparse sub-parsers object."""
    parser = subparsers.add_parser(
        "stats",
        help="print sessions and pain per ISO week",
        description=(
            "Print one row per ISO week (Monday to Sunday, local time): sessions against "
            "the target, sessions stopped because it hurt, mean pain before and after, "
            "mean smoothness, the share of sessions where the right part led, the days "
            "practice was paused (they leave the target) and the practice strength "
            "(0-100, a forgiving score of keeping to the target) at the end of the week."
        ),
    )
    parser.add_argument("--weeks", type=POSITIVE, metavar="N",
                        help="only the last N weeks, this week included (default: all)")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list of objects instead of a table")
    parser.add_argument("--sessions-per-day", type=POSITIVE, default=None, metavar="N",
                        help="the aim per day, for every day; the weekly target is 7 times "
                             "it, less paused days (default: the daily target each day had, "
                             "as set in the app; 2 unless changed)")
    database_url_option(parser)
    data_dir_option(parser)
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    # Outside `run`: a wrong --database-url is the app's error (exit 2), as for every command.
    service = service_for(args, "stats")
    if not service.is_server and not service.db_path.exists() and not service.has_history():
        print("[]" if args.json else f"No journal yet in {service.data_dir}.", file=out)
        return 0
    return run(lambda parsed: _stats(parsed, service.data_dir, out), args)


def _stats(args: argparse.Namespace, data_dir: Path, out: TextIO) -> int:
    from desktop_app.journal.schedule import PracticeSchedule
    from desktop_app.paths import SETTINGS_FILENAME
    from desktop_app.practice.settings import read_settings_file
    from desktop_app.stats.progress import progress

    chosen = getattr(args, "sessions_per_day", None)
    per_day = chosen or read_settings_file(data_dir / SETTINGS_FILENAME).daily_target
    with open_journal(args, "stats", write=False) as opened:
        journal = opened.journal
        assert journal is not None
        # An explicit aim replaces the target's history (the pauses still count).
        schedule = PracticeSchedule(pauses=journal.pauses(), default_per_day=chosen) \
            if chosen else None
        numbers = progress(journal, weeks=args.weeks, sessions_per_day=per_day,
                           schedule=schedule)
    rows = numbers.weekly.rows()
    if args.json:
        json.dump([row.as_dict() for row in rows], out, indent=2)
        out.write("\n")
        return 0
    if numbers.journal_empty:
        print("No sessions in the journal yet.", file=out)
        return 0
    out.write(format_table(rows))
    if any(row.partial for row in rows):
        print("* this week is not over yet", file=out)
    print(numbers.trend.summary + ".", file=out)
    if numbers.strength is not None and numbers.strength.current is not None:
        print(f"Practice strength today: {numbers.strength.current:.0f} %.", file=out)
    return 0


def format_table(rows: list[WeekRow]) -> str:
    """The rows as an aligned text table with a ROW_KEYS header."""
    # Imported here: `rolling-journal` builds this parser on its way to the window.
    from desktop_app.stats.weekly import ROW_KEYS

    cells = [list(ROW_KEYS)]
    for row in rows:
        values = row.as_dict()
        line = []
        for key in ROW_KEYS:
            value = values[key]
            if value is None:
                line.append(MISSING)
            elif key == "week" and row.partial:
                line.append(f"{value}*")
            elif isinstance(value, float):
                line.append(f"{value:.2f}")
            else:
                line.append(str(value))
        cells.append(line)
    widths = [max(len(line[i]) for line in cells) for i in range(len(ROW_KEYS))]
    text = []
    for line in cells:
        parts = [line[0].ljust(widths[0]), line[1].ljust(widths[1])]
        parts += [cell.rjust(width) for cell, width in zip(line[2:], widths[2:], strict=True)]
        text.append("  ".join(parts).rstrip())
    return "\n".join(text) + "\n"
