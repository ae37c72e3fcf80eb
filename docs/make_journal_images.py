"""Regenerate docs/window.png (the whole window on the practice tab) and docs/journal.png
(the journal tab), with a fortnight of sessions, headless."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.app import create_window  # noqa: E402
from desktop_app.journal.entry import EntryData  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402

NOTES = (
    "Knee wanted to push; slowed down and it settled.",
    "Smooth, like a cat in the sun.",
    "Head led nicely on the way back.",
    "Shoulders tried to lead in Part 2.",
    "",
)


def sample_entries(today: datetime) -> list[EntryData]:
    entries = []
    for day in range(14):
        for slot, hour in enumerate((8, 18)):
            if (day * 2 + slot) % 5 == 3:
                continue  # a missed session now and then, as in real life
            start = datetime.combine((today - timedelta(days=day)).date(), time(hour, 10))
            if start > today:
                continue  # nothing logged ahead of now
            pain = max(1, 6 - (13 - day) // 3 + slot)
            entries.append(
                EntryData(
                    started_at=start.astimezone(),
                    duration_s=540 + 30 * (day % 4),
                    parts=frozenset({"part1", "part2"} if day % 3 else {"part1", "part2", "part3"}),
                    pain_before=min(10, pain),
                    pain_after=max(0, min(10, pain - 2)),
                    stopped_hurt=day == 12 and slot == 1,
                    smoothness=2 + (13 - day) // 4,
                    right_part_led=("partly", "yes", "yes", "no")[day % 4],
                    friend_checked=day % 5 == 0,
                    friend_remark="Hip led, knee stayed quiet." if day % 5 == 0 else "",
                    notes=NOTES[(day + slot) % len(NOTES)],
                )
            )
    return entries


def sample_window(app: QApplication, folder: Path) -> MainWindow:
    """The window on a fortnight of sessions, showing Part 1's first roll 45 % through."""
    window = create_window(folder)
    window.journal.import_entries(sample_entries(datetime.now()))
    window.journal_changed()
    window.resize(1400, 860)
    window.show()
    window.tabs.setCurrentWidget(window.practice_page)
    window.demo.select_step("middle_back_rolling", "part1.1")
    window.demo.scrub.setValue(window.demo.scrub.maximum() * 45 // 100)
    app.processEvents()
    return window


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        window = sample_window(app, Path(folder))
        window.grab().save(str(ROOT / "docs" / "window.png"))
        window.tabs.setCurrentWidget(window.journal_page)
        window.resize(1280, 800)
        window.history.table.selectRow(1)
        app.processEvents()
        window.grab().save(str(ROOT / "docs" / "journal.png"))
        window.tabs.setCurrentWidget(window.journal_page)  # the next start lands here
        window.close()


if __name__ == "__main__":
    main()
