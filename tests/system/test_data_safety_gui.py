"""One writer per journal, backups from the window, damaged files, errors and privacy."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.app import build_parser, create_window, main
from desktop_app.journal import backups, db
from desktop_app.journal.repository import Journal
from desktop_app.logs import install_excepthook, setup_logging
from desktop_app.ui.single_instance import SingleInstance
from tests.helpers.builders import numbered_session


def test_second_copy_on_the_same_journal_is_refused_and_first_raised(qtbot, tmp_path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.raiseRequested, timeout=3000):
        assert not second.acquire()
    assert second.owner_pid() == os.getpid()
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()
    third.release()


def test_stale_lock_of_a_killed_run_is_taken_over(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from PySide6.QtCore import QLockFile\n"
         f"lock = QLockFile({str(tmp_path / 'journal.lock')!r}); assert lock.tryLock(1000)\n"
         "print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (tmp_path / "journal.lock").exists()
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    instance.release()


def test_restore_backup_from_the_window(qtbot, data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.import_entries([numbered_session(i) for i in range(3)])
    copy = backups.backup_database(journal.path, "daily")
    journal.close()
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.journal.add(numbered_session(9))
    window.journal_changed()
    assert window.history.model.rowCount() == 4
    assert window.restore_backup(copy, confirm=False)
    assert window.history.model.rowCount() == 3
    reasons = [b.reason for b in backups.list_backups(data_dir)]
    assert "before-restore" in reasons


def test_restore_dialog_lists_backups_with_counts(qtbot, data_dir: Path) -> None:
    from desktop_app.ui.backup_dialog import RestoreBackupDialog

    journal = Journal.open(data_dir)
    journal.import_entries([numbered_session(i) for i in range(5)])
    backups.backup_database(journal.path, "before-import")
    journal.close()
    dialog = RestoreBackupDialog(backups.list_backups(data_dir))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "5 entries" in dialog.list.item(0).text()
    assert "before an import" in dialog.list.item(0).text()
    assert not dialog.ok_button.isEnabled()
    dialog.list.setCurrentRow(0)
    assert dialog.ok_button.isEnabled()
    assert dialog.chosen() == backups.list_backups(data_dir)[0].path


def test_damaged_journal_at_start_is_set_aside_and_backup_restored(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.recovery_dialog import RecoveryChoice

    journal = Journal.open(data_dir)
    journal.import_entries([numbered_session(i) for i in range(6)])
    backups.backup_database(journal.path, "daily")
    journal.close()
    db.database_path(data_dir).write_bytes(b"\x00garbage" * 4096)
    asked: list[str] = []

    def restore_newest(_window, problem):
        asked.append(problem.message)
        return RecoveryChoice.RESTORE_NEWEST

    monkeypatch.setattr(MainWindow, "ask_recovery", restore_newest)
    window = create_window(data_dir)
    qtbot.addWidget(window)
    assert "6 entries" in asked[0]
    assert window.history.model.rowCount() == 6
    assert list(data_dir.glob("journal-corrupt-*.sqlite"))


def test_uncaught_errors_are_logged_and_shown(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path / "logs")
    assert log_file is not None
    shown: list[str] = []
    previous = sys.excepthook
    try:
        hook = install_excepthook(shown.append)
        try:
            raise RuntimeError("the figure tripped")
        except RuntimeError as error:
            hook(RuntimeError, error, error.__traceback__)
    finally:
        sys.excepthook = previous
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert shown == ["RuntimeError: the figure tripped"]
    assert "the figure tripped" in log_file.read_text()


def test_version_and_help(capsys) -> None:
    from desktop_app import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out
    help_text = build_parser().format_help()
    for command in ("export", "import", "backups", "restore", "check", "--data-dir", "--smoke"):
        assert command in help_text


def _inet_socket_inodes() -> set[str]:
    inodes = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/self/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                inodes.add(line.split()[9])
    return inodes


def _my_socket_inodes() -> set[str]:
    found = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            found.add(target[8:-1])
    return found


@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="needs Linux /proc")
def test_a_full_gui_session_opens_no_network_connection(qtbot, data_dir, monkeypatch) -> None:
    import socket

    created: list[object] = []
    real_init = socket.socket.__init__

    def watching_init(self, family=-1, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            created.append(family)
        real_init(self, family, *args, **kwargs)

    # Sockets this process already holds (a server test's connection earlier in the same
    # run) are not the window's: only what the session opens counts.
    held_before = _my_socket_inodes() & _inet_socket_inodes()
    monkeypatch.setattr(socket.socket, "__init__", watching_init)
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    window.form.duration.setTime(window.form.duration.time().addSecs(300))
    window.form.part_boxes["part1"].setChecked(True)
    assert window.save_entry()
    window.export_file("csv", data_dir / "out.csv")
    window.close()
    assert created == []
    assert not (_my_socket_inodes() & _inet_socket_inodes()) - held_before
