"""Regenerate docs/screenshot-{practice,journal,progress}-de.png: each tab of the window
in German (as `rolling-journal --lang de` shows it), with a fortnight of sessions."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

from make_journal_images import sample_window  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.ui.translations import install_translations  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication([])
    install_translations("de")
    with tempfile.TemporaryDirectory() as folder:
        window = sample_window(app, Path(folder))
        window.grab().save(str(ROOT / "docs" / "screenshot-practice-de.png"))
        window.tabs.setCurrentWidget(window.journal_page)
        window.history.table.selectRow(1)
        app.processEvents()
        window.grab().save(str(ROOT / "docs" / "screenshot-journal-de.png"))
        window.tabs.setCurrentWidget(window.charts_page)
        app.processEvents()
        window.grab().save(str(ROOT / "docs" / "screenshot-progress-de.png"))
        window.tabs.setCurrentWidget(window.journal_page)  # the next start lands here
        window.close()


if __name__ == "__main__":
    main()
