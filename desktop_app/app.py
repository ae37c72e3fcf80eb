"""Command line and wiring: `rolling-journal` and `python -m desktop_app` land here.

Without a sub-command it opens the window; `export`, `import`, `poses`, `render`
and `stats` work without one. Heavy imports stay inside the functions that need
them so the window paints first.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__, demo_cli, report_cli, stats_cli
from desktop_app.journal.errors import JournalError
from desktop_app.paths import DATA_ENV, resolve_data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from desktop_app.journal.repository import Journal
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.single_instance import SingleInstance


def create_window(data_dir: Path, *, open_journal: bool = True) -> MainWindow:
    """Build the whole main window without starting the event loop.

    With `open_journal=False` the exercises and the journal are loaded after the
    first paint (what `main` does, to show the window sooner).
    """
    from desktop_app.paths import ensure_data_dir
    from desktop_app.ui.main_window import MainWindow

    ensure_data_dir(data_dir)  # 0700, before anything (settings, journal) writes there
    window = MainWindow(data_dir)
    if open_journal:
        window.finish_startup()
    else:
        window.finish_startup_after_first_paint()
    return window


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"folder holding the journal (default: ${DATA_ENV} or the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rolling-journal",
        description="Watch, practise and log the middle-back rolling exercise.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="self-test: open a journal in a temporary folder, load and render every "
        "exercise, build the charts, then exit (0 = all good)",
    )
    _data_dir_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser("export", help="write the whole journal to a CSV or JSON file")
    export.add_argument("--format", choices=("csv", "json"), help="default: from --out's suffix")
    export.add_argument("--out", type=Path, required=True, help="file to write")
    _data_dir_option(export)
    export.set_defaults(func=_export)

    importer = commands.add_parser("import", help="add the entries of a CSV or JSON file")
    importer.add_argument("file", type=Path)
    importer.add_argument("--format", choices=("csv", "json"), help="default: from the suffix")
    _data_dir_option(importer)
    importer.set_defaults(func=_import)

    # Each adds its own sub-commands; their heavy imports wait inside the handlers.
    demo_cli.add_commands(commands)
    stats_cli.add_commands(commands)
    report_cli.add_commands(commands)
    return parser


@contextmanager
def _journal(args: argparse.Namespace) -> Iterator[Journal]:
    from desktop_app.journal.repository import Journal

    journal = Journal.open(resolve_data_dir(getattr(args, "data_dir", None)))
    try:
        yield journal
    finally:
        journal.close()


def _export(args: argparse.Namespace) -> int:
    from desktop_app.journal.transfer import export_journal, format_for

    fmt = format_for(args.out, args.format)
    with _journal(args) as journal:
        try:
            count = export_journal(journal, args.out, fmt)
        except OSError as exc:
            print(f"rolling-journal: could not write {args.out}: {exc}", file=sys.stderr)
            return 1
    print(f"Exported {count} session(s) to {args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from desktop_app.journal.transfer import ImportRejected, format_for, import_file

    fmt = format_for(args.file, args.format)
    with _journal(args) as journal:
        try:
            result = import_file(journal, args.file, fmt)
        except ImportRejected as exc:
            print(f"rolling-journal: {exc}", file=sys.stderr)
            return 1
    print(
        f"Imported {result.added} session(s) from {args.file}; "
        f"skipped {result.skipped} already in the journal"
    )
    return 0


def run_gui(args: argparse.Namespace) -> int:
    prepared = prepare_gui(args)
    if prepared is None:
        return 1
    app, window, instance = prepared
    window.show()
    try:
        return app.exec()
    finally:
        instance.release()


def prepare_gui(
    args: argparse.Namespace,
) -> tuple[QApplication, QMainWindow, SingleInstance] | None:
    """Everything `run_gui` does before showing the window; None when it must not start.

    Split out so the start-up benchmark measures exactly the app's own path.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.logs import install_excepthook, setup_logging
    from desktop_app.paths import ensure_data_dir
    from desktop_app.ui.icon import app_icon
    from desktop_app.ui.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("rolling-journal")
    app.setApplicationDisplayName("Rolling Journal")
    app.setOrganizationName("rolling-journal")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.rollingjournal.RollingJournal")
    app.setWindowIcon(app_icon())
    log_file = setup_logging()
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        ensure_data_dir(data_dir)
    except JournalError as exc:
        QMessageBox.critical(None, "Rolling Journal cannot start", str(exc))
        return None
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        QMessageBox.information(
            None,
            "Rolling Journal is already open",
            f"Rolling Journal is already open on the journal in {data_dir} "
            "(only one window may write to it). That window has been asked to come forward.",
        )
        return None
    window = create_window(data_dir, open_journal=False)
    instance.raiseRequested.connect(lambda: _bring_forward(window))
    where = f"\n\nDetails are in {log_file}." if log_file else ""
    install_excepthook(
        lambda text: QMessageBox.critical(
            window,
            "Something went wrong",
            f"{text}{where}\n\nEvery entry you saved is safe on disk.",
        )
    )
    return app, window, instance


def _bring_forward(window: QMainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    try:
        if args.smoke:
            from desktop_app.smoke import run_smoke

            return run_smoke()
        if func is None:
            return run_gui(args)
        return int(func(args))
    except JournalError as exc:
        print(f"rolling-journal: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"rolling-journal: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
