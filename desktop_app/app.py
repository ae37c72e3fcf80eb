"""Command line and wiring: `rolling-journal` and `python -m desktop_app` land here.

Without a sub-command it opens the window; `export`, `import`, `backups`, `restore`,
`check`, `poses`, `render`, `stats` and `report` work without it. Heavy imports stay
inside the functions that need them so the window paints first.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop_app import __version__, cli, i18n
from desktop_app.journal.errors import JournalError
from desktop_app.paths import DATA_ENV, resolve_data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.single_instance import SingleInstance


def create_window(data_dir: Path, *, open_journal: bool = True,
                  database_url: str | None = None) -> MainWindow:
    """Build the whole main window without starting the event loop.

    With `open_journal=False` the exercises and the journal are loaded after the
    first paint (what `main` does, to show the window sooner). `database_url`: the
    --database-url given (else the environment's, then the settings').
    """
    from desktop_app.context import AppContext
    from desktop_app.journal.files import ensure_data_dir
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.translations import ensure_translations

    ensure_translations()  # English, unless run_gui chose a language
    ensure_data_dir(data_dir)  # 0700, before anything (settings, journal) writes there
    window = MainWindow(AppContext(data_dir, database_url=database_url))
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


def _language(value: str) -> str:
    try:
        return i18n.check_language(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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
    parser.add_argument(
        "--lang",
        type=_language,
        default=None,
        metavar="LANGUAGE",
        help=f"the window's language: {', '.join(i18n.available_languages())} "
        "(default: the system's language where the app speaks it, else English)",
    )
    _data_dir_option(parser)
    cli.common.database_url_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    # Every sub-command (desktop_app/cli/); their heavy imports wait inside the handlers.
    cli.add_commands(commands)
    return parser


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
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.journal.files import ensure_data_dir
    from desktop_app.logs import install_excepthook, setup_logging
    from desktop_app.ui.single_instance import SingleInstance

    translate = QCoreApplication.translate
    app = _application(getattr(args, "lang", None))
    log_file = setup_logging()
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        ensure_data_dir(data_dir)
    except JournalError as exc:
        QMessageBox.critical(None, translate("App", "Rolling Journal cannot start"), str(exc))
        return None
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        _say_already_open(instance, data_dir)
        return None
    window = create_window(data_dir, open_journal=False,
                           database_url=getattr(args, "database_url", None))
    instance.raiseRequested.connect(lambda: _bring_forward(window))
    where = ("\n\n" + translate("App", "Details are in {file}.").format(file=log_file)
             if log_file else "")

    def show_error(text: str) -> None:
        QMessageBox.critical(
            window, translate("App", "Something went wrong"),
            f"{text}{where}\n\n" + translate("App", "Every entry you saved is safe on disk."),
        )

    install_excepthook(show_error)
    return app, window, instance


def _application(language: str | None) -> QApplication:
    """The QApplication, named, with its icon and the chosen language installed."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.icon import app_icon
    from desktop_app.ui.translations import install_translations

    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    install_translations(language)
    app.setApplicationName("rolling-journal")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Rolling Journal"))
    app.setOrganizationName("rolling-journal")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.rollingjournal.RollingJournal")
    app.setWindowIcon(app_icon())
    return app


def _say_already_open(instance: SingleInstance, data_dir: Path) -> None:
    """Why the window does not open: a command holds the journal, or a window has it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.journal.lock import WINDOW_ROLE

    translate = QCoreApplication.translate
    holder = instance.holder
    if holder is not None and holder.role and holder.role != WINDOW_ROLE:
        QMessageBox.information(
            None,
            translate("App", "The journal is in use"),
            translate("App", "The journal in {folder} is in use by {holder}. Rolling "
                      "Journal opens once it is done; try again in a moment.").format(
                folder=data_dir, holder=holder.describe()),
        )
        return
    QMessageBox.information(
        None,
        translate("App", "Rolling Journal is already open"),
        translate("App", "Rolling Journal is already open on the journal in {folder} "
                  "(only one window may write to it). That window has been asked to come "
                  "forward.").format(folder=data_dir),
    )


def _bring_forward(window: QMainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def main(argv: Sequence[str] | None = None) -> int:
    # Every file the app writes is the user's alone (0600; folders 0700): the journal's
    # -wal and -shm, settings.ini, exports, logs, whatever folder --data-dir names.
    from desktop_app.journal.files import set_private_umask

    set_private_umask()
    parser = build_parser()
    args = parser.parse_args(argv)
    return cli.run_command(_dispatch, args)


def _dispatch(args: argparse.Namespace) -> int:
    """The self-test, the window, or a sub-command."""
    if args.smoke:
        from desktop_app.smoke import run_smoke

        return run_smoke()
    func = getattr(args, "func", None)
    if func is None:
        return run_gui(args)
    return int(func(args))


if __name__ == "__main__":
    sys.exit(main())
