"""From a saved entry to the redrawn charts, on an existing journal (median of several);
`charts_child.py DIR URL`: on a journal on a PostgreSQL server."""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.journal.entry import EntryData
from desktop_app.journal.service import JournalService
from desktop_app.ui.charts.tab import ChartsTab


def main() -> None:
    app = QApplication([])
    url = sys.argv[2] if len(sys.argv) > 2 else None
    service = JournalService(Path(sys.argv[1]), database_url=url)
    journal = service.open_or_raise()
    tab = ChartsTab(journal)
    tab.set_range(None)  # all weeks: the heaviest view
    tab.resize(1200, 800)
    tab.show()
    app.processEvents()
    times = []
    now = datetime.now(UTC)
    for i in range(15):
        data = EntryData(started_at=now - timedelta(minutes=i + 1), duration_s=600,
                         parts=frozenset({"part1"}), pain_before=3, pain_after=2)
        start = time.perf_counter()
        journal.add(data)
        tab.refresh()
        tab.repaint()  # paint synchronously, so the time includes drawing
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    service.close()
    print(json.dumps({"charts_refresh_ms": statistics.median(times)}))


if __name__ == "__main__":
    main()
