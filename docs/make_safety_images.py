"""Regenerate the screenshots of practising safely, headless:

    .venv/bin/python docs/make_safety_images.py

docs/practice-warning.png  the pain warning on the practice page
docs/practice-pause.png    practice paused for a flare-up (today's count says so)
docs/practice-pain-before.png  the quick pain choice at Start
docs/practice-friend.png   friend mode: the friend taps what led the roll just done
docs/progress-safety.png   the Progress tab: paused days, after - before, strength
docs/form-errors.png       the journal form naming what is wrong, as typed
docs/report-page-N.png     the physiotherapist report's pages (pdftoppm)

A generated journal with setbacks (tools/sample_journal.py) on fixed dates, so every run
draws the same pictures.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget  # noqa: E402

from desktop_app.choreography import load_exercises  # noqa: E402
from desktop_app.journal.repository import Journal  # noqa: E402
from desktop_app.ui.charts.tab import ChartsTab  # noqa: E402
from desktop_app.ui.demo import DemoPanel  # noqa: E402
from desktop_app.ui.journal_form import JournalForm  # noqa: E402
from desktop_app.ui.practice import PracticePanel, PracticeSettingsStore  # noqa: E402
from desktop_app.ui.practice.safety import PracticeSafety  # noqa: E402
from desktop_app.ui.report.document import save_report  # noqa: E402
from tools.sample_journal import practice_with_setbacks  # noqa: E402

DOCS = ROOT / "docs"
TZ = ZoneInfo("Europe/London")
TODAY = date(2026, 11, 25)
NOW = datetime.combine(TODAY, time(9, 5), tzinfo=TZ)


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def save(widget: QWidget, name: str, app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
    path = DOCS / name
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT)}")


def practice_page(journal: Journal, folder: Path, app: QApplication, *, now: datetime):
    exercises = load_exercises()
    store = PracticeSettingsStore(QSettings(str(folder / "practice.ini"),
                                            QSettings.Format.IniFormat))
    safety = PracticeSafety(lambda: journal, store, now=lambda: now, tz=TZ)
    window = QWidget()
    window.setWindowTitle("Rolling Journal: practice")
    layout = QHBoxLayout(window)
    demo = DemoPanel()
    demo.set_exercises(exercises)
    clock = Clock()
    panel = PracticePanel(demo, journal.count, exercises.exercises["middle_back_rolling"],
                          store=store, clock=clock, now=lambda: now, tz=TZ, sound=None,
                          safety=safety)
    panel.setFixedWidth(560)
    layout.addWidget(demo, 1)
    layout.addWidget(panel)
    window.resize(1440, 900)
    window.show()
    safety.refresh()
    return window, panel, demo, clock, store, safety


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        journal = Journal.open(folder / "data")
        practice_with_setbacks(journal, TODAY, TZ)

        window, panel, demo, clock, store, safety = practice_page(journal, folder, app,
                                                                  now=NOW)
        save(window, "practice-warning.png", app)

        # The next day, paused for a flare-up.
        tomorrow = NOW + timedelta(days=1)
        window.close()
        window, panel, demo, clock, store, safety = practice_page(journal, folder, app,
                                                                  now=tomorrow)
        safety.dismiss_warning()
        panel.pause_controls.days.setValue(5)
        panel.pause_practice(5)
        save(window, "practice-pause.png", app)
        panel.resume_practice()

        # With a friend, after the first roll; the pain question at Start above it.
        store.update(friend_mode=True)
        panel.start_prompt = lambda _parent, _text: True
        panel.start()
        clock.t = 2.0
        panel.tick()
        save(window, "practice-pain-before.png", app)
        panel.pain_before.buttons[4].click()
        clock.t = 10.0 + 8.5 + 0.6
        panel.tick()
        demo.advance(0.6 - demo.position())
        panel._set_flash(False)
        save(window, "practice-friend.png", app)
        panel.discard()
        window.close()

        tab = ChartsTab(journal, tz=TZ, today=lambda: TODAY)
        tab.set_range(12)
        tab.resize(1400, 1000)
        tab.show()
        save(tab, "progress-safety.png", app)
        tab.close()

        form = JournalForm()
        form.resize(470, 760)
        form.show()
        form.duration.setText("10.5")
        form.part_boxes["part1"].setChecked(True)
        form.pain_before.setText("15")
        form.pain_after.setText("5.5")
        form.started_at.setText("2027-06-01 08:00")
        form.show_errors(form.validation_errors())
        save(form, "form-errors.png", app)
        form.close()

        pdf = folder / "report.pdf"
        pages = save_report(journal, pdf, weeks=12, tz=TZ, today=TODAY)
        journal.close()
        for old in DOCS.glob("report-page-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(DOCS / "report-page")],
                       check=True)
        print(f"wrote {pages} report pages as docs/report-page-N.png")


if __name__ == "__main__":
    main()
