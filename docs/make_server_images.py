"""Regenerate the screenshots of a journal on a PostgreSQL server, headless:

- docs/server-settings.png: File > Journal server… (the address; the password goes to
  the system keyring, never the settings)
- docs/server-unreachable.png: the window while the server is away: which server, why,
  the entry kept as a draft and saved again by itself
- docs/server-unreachable-start.png: the server could not be reached at start
- docs/server-conflict.png: an edit refused because another computer changed the entry

A throwaway PostgreSQL server (tools/postgres.py) plays the server.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("ROLLING_JOURNAL_WARM_UP", "0")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.journal.service import JournalService  # noqa: E402
from desktop_app.ui.recovery_dialog import RecoveryDialog  # noqa: E402
from desktop_app.ui.server_settings import JournalServerDialog  # noqa: E402
from tools.postgres import free_port, running_server  # noqa: E402

DOCS = ROOT / "docs"


def _save(widget: object, name: str, *, adjust: bool = True) -> None:
    if adjust:
        widget.adjustSize()  # type: ignore[attr-defined]
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(DOCS / name))  # type: ignore[attr-defined]
    print(DOCS / name)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from datetime import datetime

    sys.path.insert(0, str(ROOT / "docs"))
    from make_journal_images import sample_entries  # type: ignore[import-not-found]

    from desktop_app.app import create_window

    with tempfile.TemporaryDirectory() as tmp, running_server() as server:
        folder = Path(tmp) / "data"
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        dialog = JournalServerDialog("postgresql://ann@journal.home.arpa:5432/rolling"
                                     "?sslmode=require")
        dialog.password_field.setText("secret")
        dialog.show()
        _save(dialog, "server-settings.png")

        away = f"postgresql://ann@127.0.0.1:{free_port()}/rolling"
        problem = JournalService(folder, database_url=away).open().problem
        assert problem is not None
        start = RecoveryDialog(problem, has_backups=False)
        start.show()
        _save(start, "server-unreachable-start.png")
        start.retry_timer.stop()

        url = server.url(server.new_database())
        service = JournalService(folder, database_url=url)
        journal = service.open_or_raise()
        journal.import_entries(sample_entries(datetime.now()))
        service.close()
        window = create_window(folder, database_url=url)
        window.resize(1280, 800)
        window.tabs.setCurrentWidget(window.journal_page)
        window.show()
        QApplication.processEvents()
        newest = window.context.journal.entries()[0]
        window.journal_page.open_saved(newest.id, "")
        other = JournalService(Path(tmp) / "laptop", database_url=url)
        other_journal = other.open_or_raise()
        other_journal.update(newest.id, newest.data.with_changes(
            notes="Saved on the laptop: head led every roll."), version=newest.version)
        other.close()
        window.form.notes.setPlainText("Typed on the desktop: hip led the second roll.")
        window.journal_page.save_entry()
        box = window.journal_page.conflict_message
        assert box is not None
        _save(box, "server-conflict.png")
        box.close()

        server.stop()
        window.form.load_prefill(sample_entries(datetime.now())[0].with_changes(
            notes="Gentle rolls, no pain."))
        window.journal_page.save_entry()
        _save(window, "server-unreachable.png", adjust=False)
        window.journal_page._retry_timer.stop()
        server.start()
        window.close()
    app.quit()


if __name__ == "__main__":
    main()
