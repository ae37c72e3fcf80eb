"""The physiotherapist report: its text read back with pdftotext against the journal, its
page count and paper size, the command line and File > Save report…"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.app import main
from desktop_app.journal.repository import Journal
from desktop_app.localtime import local_zone, today_in
from desktop_app.stats.report import build_report
from tools.sample_journal import practice_with_setbacks

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is missing: make test-packages")
WEEKS = 8


@pytest.fixture(scope="module")
def journal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report") / "data"
    journal = Journal.open(folder)
    tz = local_zone()
    practice_with_setbacks(journal, today_in(tz) - timedelta(days=1), tz)
    journal.close()
    return folder


def pdf_text(path: Path, layout: bool = True) -> str:
    """The PDF's text: laid out as on the page (tables in columns), or in reading order."""
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in
                                                  out.splitlines())}


def between(text: str, start: str, end: str) -> str:
    """The part of `text` from heading `start` to heading `end`."""
    first = text.index(start)
    return text[first:text.index(end, first)]


def flat(text: str) -> str:
    """Whitespace as single spaces, ligatures (the PDF's "fi") as letters."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def report(journal_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("pdf") / "report.pdf"
    assert main(["report", "--weeks", str(WEEKS), "--out", str(out), "--paper", "a4",
                 "--data-dir", str(journal_dir)]) == 0
    journal = Journal.open(journal_dir)
    data = build_report(journal, weeks=WEEKS)
    journal.close()
    return out, pdf_text(out), data, flat(pdf_text(out, layout=False))


def test_the_report_states_the_period_and_the_weekly_figures(report) -> None:
    _, text, data, words = report
    assert f"Period: {data.first_day:%a %d %b %Y} to {data.last_day:%a %d %b %Y} " \
           f"({WEEKS} weeks)" in flat(text)
    # Each week's row: week, start, sessions, target, paused days, hurt stops.
    rows = {m[0]: tuple(int(v) for v in m[2:]) for m in re.findall(
        r"^\s*(W\d\d)\*?\s+(\d\d \w{3})\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", text, re.M)}
    expected = {f"W{row.week[-2:]}": (row.sessions, row.target, row.paused_days,
                                      row.stopped_hurt) for row in data.weeks}
    assert rows == expected
    assert sum(r[2] for r in rows.values()) == 4  # the pause
    assert len({r[1] for r in rows.values()}) > 1  # targets from their history
    assert f"{data.sessions} of a target of {data.target} " \
           f"({data.paused_days} paused days left out of the target)" in words
    assert f"{data.summary}." in words
    assert re.search(r"pain after practice was on average [\d.]+ points higher than before",
                     data.summary)


def test_every_hurt_stop_warning_and_friend_check_is_in_it(report) -> None:
    _, _, data, words = report
    assert len(data.hurt_stops) == 2
    section = between(words, "Every session stopped because it hurt", "A friend’s checks")
    for stop in data.hurt_stops:
        assert f"{stop.started_at.astimezone(data.tz):%a %d %b %Y, %H:%M}" in section
        assert stop.notes in section
        assert f"{stop.pain_before}→{stop.pain_after}" in section.replace(" ", "")
    assert data.warnings and data.warnings[-1].end is None
    warnings = between(words, "Pain warnings that stood", "Every session stopped")
    assert warnings.count("still stands") == 1
    assert "2 or more sessions stopped because it hurt within 7 days" in warnings
    right, total = data.friend_rolls
    assert (right, total) == (14, 16)  # two sessions, the shoulders led one roll in each
    assert f"{right} of {total} rolls led right, in 2 sessions" in words
    assert words.count("7 of 8") == 2 and "shoulders (1)" in words
    assert f"{data.right_part_led_share:.0%} of the sessions that answered" in words
    assert f"{data.smoothness_mean:.1f} of 5 on average" in words
    for note in data.notes:
        assert note.notes in words


def test_page_count_paper_and_the_pages_render(report, tmp_path: Path) -> None:
    path, text, _, _ = report
    info = pdf_info(path)
    pages = int(info["Pages"])
    assert pages >= 2
    assert "A4" in info["Page size"]
    footers = re.findall(r"Page (\d+) of (\d+)", text)
    assert footers == [(str(n), str(pages)) for n in range(1, pages + 1)]
    assert text.count("\f") == pages  # pdftotext ends every page with a form feed
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")],
                   check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == pages


def test_notes_can_be_left_out_and_letter_paper_chosen(journal_dir: Path, report,
                                                       tmp_path: Path) -> None:
    _, _, data, with_notes = report
    note = data.notes[0].notes
    out = tmp_path / "no-notes.pdf"
    assert main(["report", "--weeks", str(WEEKS), "--out", str(out), "--no-notes",
                 "--paper", "letter", "--data-dir", str(journal_dir)]) == 0
    text = flat(pdf_text(out, layout=False))
    assert note in with_notes and note not in text
    assert data.hurt_stops[0].notes not in text and "(notes left out)" in text
    assert "letter" in pdf_info(out)["Page size"].lower()


def test_command_line_errors_are_explained(tmp_path: Path, capsys) -> None:
    assert main(["report", "--out", str(tmp_path / "r.txt"), "--data-dir", str(tmp_path)]) == 2
    assert "name it .pdf" in capsys.readouterr().err
    assert main(["report", "--out", str(tmp_path / "r.pdf"),
                 "--data-dir", str(tmp_path / "none")]) == 1
    assert "no journal" in capsys.readouterr().err
    assert main(["report", "--out", str(tmp_path / "missing" / "r.pdf"),
                 "--data-dir", str(tmp_path)]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_file_save_report_writes_the_pdf(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, "saveReport")
    assert action is not None and action.isEnabled()
    assert action in window.menuBar().actions()[0].menu().actions()
    out = window.save_report(tmp_path / "from-menu.pdf", weeks=4)
    assert out is not None and out.exists()
    assert "Rolling practice report" in pdf_text(out)
    assert "Pages" in pdf_info(out)


def test_report_opens_the_journal_the_way_every_command_does(tmp_path: Path, capsys) -> None:
    """The shared opening (cli.common.open_journal): a damaged journal is set aside and
    named with the same message and exit status as `export` gives."""
    from tests.helpers.builders import journal_with

    data_dir = tmp_path / "data"
    path = journal_with(data_dir, 3)
    path.write_bytes(b"this is not an SQLite database at all" * 100)
    out = tmp_path / "r.pdf"
    assert main(["report", "--out", str(out), "--data-dir", str(data_dir)]) == 1
    first = capsys.readouterr().err
    assert first.startswith("rolling-journal report: The journal file was damaged")
    assert "journal-corrupt-" in first and "rolling-journal restore --newest" in first
    assert "Traceback" not in first and not out.exists()
    # Now that it is set aside: refused (no empty journal started), worded as export's.
    assert main(["report", "--out", str(out), "--data-dir", str(data_dir)]) == 1
    report_says = capsys.readouterr().err
    assert main(["export", "--out", str(tmp_path / "x.csv"), "--data-dir", str(data_dir)]) == 1
    export_says = capsys.readouterr().err
    assert "An empty journal is not started without asking" in report_says
    assert report_says.removeprefix("rolling-journal report: ") == \
        export_says.removeprefix("rolling-journal export: ")
    assert not path.exists()
