"""Every file the app writes is 0600 and every folder it makes 0700, whatever the umask
it was started with and whatever folder --data-dir names (case 8)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT
from tests.helpers.builders import journal_with

# Starts the app the way `rolling-journal` does (main), with a lax umask, and lets it
# write what a session writes: the journal and its -wal, settings, a backup, an export.
SESSION = """
import os, sys
from pathlib import Path
os.umask(0o022)
import desktop_app.app as app

def run_gui(args):
    from PySide6.QtWidgets import QApplication
    qt = QApplication.instance() or QApplication([])
    window = app.create_window(Path(sys.argv[1]))
    window.context.settings.setValue("window/tab", "journal")
    window.context.settings.sync()
    window.export_file("csv", Path(sys.argv[2]))
    from tests.helpers.builders import numbered_session
    window.journal.add(numbered_session(1))
    os._exit(0)  # leave the -wal and -shm as a running app has them

app.run_gui = run_gui
sys.exit(app.main(["--data-dir", sys.argv[1]]))
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _run(*args: str) -> None:
    subprocess.run([sys.executable, "-c", SESSION, *args], check=True, cwd=ROOT, timeout=120,
                   env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})


def test_files_are_private_even_in_an_existing_0755_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "shared"
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    out = tmp_path / "export.csv"
    _run(str(data_dir), str(out))
    written = [p for p in data_dir.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"journal.sqlite", "journal.sqlite-wal", "journal.sqlite-shm", "settings.ini",
            "journal.lock"} <= names
    assert {p.name: oct(_mode(p)) for p in written if _mode(p) != 0o600} == {}
    assert _mode(out) == 0o600


def test_backups_and_exports_of_the_command_line_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    journal_with(data_dir, 3)
    out = tmp_path / "out.json"
    subprocess.run(
        [sys.executable, "-c", "import os, sys; os.umask(0o022); "
         "from desktop_app.app import main; sys.exit(main(sys.argv[1:]))",
         "export", "--out", str(out), "--data-dir", str(data_dir)],
        check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert _mode(out) == 0o600
    folder = data_dir / "backups"
    assert _mode(folder) == 0o700 and _mode(data_dir) == 0o700
    assert all(_mode(p) == 0o600 for p in folder.iterdir()), {
        p.name: oct(_mode(p)) for p in folder.iterdir()}
