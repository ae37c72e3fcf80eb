"""Regenerate docs/charts.png and docs/charts-empty.png, headless.

Builds a two-year generated journal in a temporary folder and grabs the Charts tab at
1200x800. Run from the repository root: `.venv/bin/python docs/make_chart_images.py`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.journal.repository import Journal  # noqa: E402
from desktop_app.ui.charts.tab import ChartsTab  # noqa: E402
from tools.sample_journal import generate_journal  # noqa: E402

SIZE = (1200, 800)
TZ = ZoneInfo("Europe/London")


def render(tab: ChartsTab, target: Path, app: QApplication) -> None:
    tab.resize(*SIZE)
    tab.show()
    for _ in range(5):
        app.processEvents()
    if not tab.grab().save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    print(f"wrote {target.relative_to(ROOT)}")


def main(out_dir: Path = ROOT / "docs", today: date | None = None) -> None:
    app = QApplication.instance() or QApplication([])
    today = today or date.today()
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.open(Path(folder) / "full")
        journal.import_entries(generate_journal(730, seed=11, end=today, tz=TZ))
        tab = ChartsTab(journal, tz=TZ, today=lambda: today)
        tab.set_range(None)
        render(tab, out_dir / "charts.png", app)
        tab.close()
        journal.close()

        empty = Journal.open(Path(folder) / "empty")
        tab = ChartsTab(empty, tz=TZ, today=lambda: today)
        render(tab, out_dir / "charts-empty.png", app)
        tab.close()
        empty.close()


if __name__ == "__main__":
    main()
