"""Regenerate the journal-safety screenshots, headless:

- docs/recovery-damaged.png: the journal was damaged and set aside; its newest backup
  is offered (with choosing another, or an empty journal, as choices)
- docs/recovery-in-use.png: another program holds the journal; nothing was touched
- docs/notice-unreadable.png: the window with one unreadable row kept out and named
- docs/import-progress.png: an import on its worker thread, with Cancel
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.journal import backups  # noqa: E402
from desktop_app.journal.problems import JournalProblem, ProblemKind  # noqa: E402
from desktop_app.journal.repository import Journal  # noqa: E402
from desktop_app.journal.service import JournalService  # noqa: E402
from desktop_app.ui.import_progress import ImportProgressDialog  # noqa: E402
from desktop_app.ui.recovery_dialog import RecoveryDialog  # noqa: E402

DOCS = ROOT / "docs"


def _save(widget: object, name: str) -> None:
    widget.adjustSize()  # type: ignore[attr-defined]
    QApplication.processEvents()
    widget.grab().save(str(DOCS / name))  # type: ignore[attr-defined]
    print(DOCS / name)


def _journal(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "docs"))
    from datetime import datetime

    from make_journal_images import sample_entries  # type: ignore[import-not-found]

    journal = Journal.open(folder)
    journal.import_entries(sample_entries(datetime.now()))
    backups.backup_database(journal.path, "daily")
    journal.close()
    return folder / "journal.sqlite"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        path = _journal(folder)
        path.write_bytes(b"\x00" * 4096)
        problem = JournalService(folder).open().problem
        assert problem is not None and problem.kind is ProblemKind.DAMAGED
        _save(RecoveryDialog(problem, has_backups=True), "recovery-damaged.png")

        busy = JournalProblem(
            ProblemKind.IN_USE,
            f"The journal {path} is in use by process 4242 and could not be read "
            "(journal.sqlite is locked by another program (database is locked)). Nothing "
            "was changed; try again when it is free.",
            path, holder_pid=4242,
        )
        _save(RecoveryDialog(busy, has_backups=True), "recovery-in-use.png")

        dialog = ImportProgressDialog("rolling-journal-2025.csv")
        dialog.show()
        dialog.show_progress(412_000, 0.41)
        _save(dialog, "import-progress.png")
        dialog.close()

        from desktop_app.app import create_window

        spoiled = Path(tmp) / "spoiled"
        conn_path = _journal(spoiled)
        conn = sqlite3.connect(conn_path)
        conn.execute("UPDATE entry SET started_at = 'garbage' WHERE id = 3")
        conn.commit()
        conn.close()
        window = create_window(spoiled)
        window.resize(1280, 820)
        window.tabs.setCurrentWidget(window.journal_page)
        window.show()
        app.processEvents()
        window.grab().save(str(DOCS / "notice-unreadable.png"))
        print(DOCS / "notice-unreadable.png")
        window.close()


if __name__ == "__main__":
    main()
