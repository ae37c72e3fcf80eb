"""What every command shares: one way to open the journal, and one way to report a problem.

A command opens the journal with `open_journal` (the journal service: the same recovery
as the window, as messages here) and runs its body through `run`, which turns the
journal's errors into one message naming the files involved and a non-zero exit status.
Heavy imports wait inside the functions: the window's start builds the parser too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from desktop_app.journal.problems import JournalProblem
    from desktop_app.journal.service import JournalService

PROG = "rolling-journal"


class CommandFailed(Exception):
    """Ends a command with this message on stderr and exit status 1."""


def report_error(message: str, command: str | None = None) -> None:
    """`rolling-journal [command]: message` on stderr, the one shape of every error."""
    where = f"{PROG} {command}" if command else PROG
    print(f"{where}: {message}", file=sys.stderr)


def fail(message: str) -> int:
    """A wrong option or argument: the message, and exit status 2."""
    report_error(message)
    return 2


def data_dir_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --data-dir given before the command (on the main parser) is kept.
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
        help="the journal folder (default: $ROLLING_JOURNAL_DATA or the user data folder)",
    )


def database_url_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url", metavar="URL", default=argparse.SUPPRESS,
        help="a journal on a PostgreSQL server, postgresql://USER@HOST[:PORT]/DB"
             "[?sslmode=...] (default: $ROLLING_JOURNAL_DATABASE_URL, then the settings, "
             "then the SQLite file in the data folder)")


def journal_options(parser: argparse.ArgumentParser) -> None:
    data_dir_option(parser)
    database_url_option(parser)


def whole_number(low: int, high: int | None, out_of_range: str) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high` (None: no limit)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(out_of_range)
        return value

    return parse


# --- one way to open the journal ---------------------------------------------------------

def service_for(args: argparse.Namespace, command: str) -> JournalService:
    """The journal the options name: --database-url, $ROLLING_JOURNAL_DATABASE_URL, the
    settings' server, or the data folder's SQLite file (ValueError for a bad URL)."""
    import logging

    from desktop_app.journal.location import resolve_database_url
    from desktop_app.journal.service import JournalService
    from desktop_app.paths import resolve_data_dir

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    url = resolve_database_url(getattr(args, "database_url", None), data_dir)
    service = JournalService(data_dir, role=f"{PROG} {command} (command line)",
                             database_url=url)
    if service.server is not None:
        logging.getLogger(__name__).info("%s: the journal on %s", command,
                                         service.server.masked())
    return service


def problem_text(problem: JournalProblem) -> str:
    """The problem's message, and what to run next."""
    from desktop_app.journal.problems import ProblemKind

    text = problem.message
    if problem.kind in (ProblemKind.DAMAGED, ProblemKind.SET_ASIDE):
        if problem.newest_backup is not None:
            text += (f"\nTo put it back: {PROG} restore --newest (or choose one from "
                     f"`{PROG} backups`). Or open the app to choose.")
        else:
            text += "\nOpen the app to start an empty journal, or restore a copy you kept."
    return text


@contextmanager
def open_journal(args: argparse.Namespace, command: str, *, write: bool,
                 err: TextIO | None = None) -> Iterator[JournalService]:
    """The open journal's service (closed afterwards), or CommandFailed naming the
    problem. Notices (backups not writable, unreadable rows) go to stderr."""
    err = err or sys.stderr
    service = service_for(args, command)
    result = service.open(write=write)
    if result.problem is not None:
        raise CommandFailed(problem_text(result.problem))
    for notice in result.notices:
        print(f"{PROG}: note: {notice.message}", file=err)
    try:
        yield service
    finally:
        service.close()


# --- one way to report a problem -----------------------------------------------------------

def run(handler: Callable[[argparse.Namespace], Any], args: argparse.Namespace) -> int:
    """Run a command's body, turning the journal's errors into a message and status."""
    from desktop_app.journal.errors import JournalError, JournalUnavailable

    try:
        return int(handler(args))
    except JournalUnavailable as exc:
        report_error(problem_text(exc.problem), args.command)
        return 1
    except (CommandFailed, JournalError) as exc:
        report_error(str(exc), args.command)
        return 1
    except ValueError as exc:  # a database URL that is not one
        report_error(str(exc), args.command)
        return 2


def run_command(func: Callable[[argparse.Namespace], Any], args: argparse.Namespace) -> int:
    """The last net under every command: what its own handling let through still ends as
    a message, never a traceback (1 for the journal, 2 for a wrong value)."""
    from desktop_app.journal.errors import JournalError

    try:
        return int(func(args))
    except JournalError as exc:
        report_error(str(exc))
        return 1
    except ValueError as exc:
        report_error(str(exc))
        return 2
