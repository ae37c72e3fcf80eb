"""`rolling-journal stats`: the weekly numbers as text and JSON."""

from __future__ import annotations

import argparse
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.cli.stats import add_commands
from desktop_app.journal.repository import Journal
from desktop_app.stats.weekly import ROW_KEYS
from tests.helpers.builders import session_at


def run(*argv: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="rolling-journal")
    add_commands(parser.add_subparsers())
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    code = args.func(args, out=out)
    return code, out.getvalue()


@pytest.fixture
def recent_journal(journal: Journal) -> Journal:
    """The journal with three sessions in the last hours (one stopped because it hurt), one
    deleted and one three weeks ago."""
    now = datetime.now(UTC)
    journal.add(session_at(now - timedelta(minutes=30), pain_before=6, pain_after=4,
                           smoothness=3, right_part_led="yes"))
    journal.add(session_at(now - timedelta(minutes=90), pain_before=4, stopped_hurt=True,
                           right_part_led="no"))
    gone = journal.add(session_at(now - timedelta(minutes=150), pain_before=10))
    journal.delete(gone.id)
    journal.add(session_at(now - timedelta(days=21), pain_before=1))
    return journal


def test_json_rows_have_exactly_the_keys(recent_journal: Journal, data_dir: Path) -> None:
    code, output = run("stats", "--json", "--weeks", "5", "--data-dir", str(data_dir))
    assert code == 0
    rows = json.loads(output)
    assert len(rows) == 5
    assert all(list(row) == list(ROW_KEYS) for row in rows)
    assert sum(row["sessions"] for row in rows) == 3
    this_week = rows[-1]
    assert this_week["week_start"] == max(row["week_start"] for row in rows)
    assert this_week["target"] == 14
    three_weeks_ago = [row for row in rows if row["pain_before_mean"] == 1.0]
    assert len(three_weeks_ago) == 1 and three_weeks_ago[0]["sessions"] == 1
    assert three_weeks_ago[0] is rows[1]
    assert sum(row["stopped_hurt"] for row in rows) == 1
    empty = [row for row in rows if row["sessions"] == 0]
    assert empty and all(row["pain_before_mean"] is None and row["right_part_led_share"] is None
                         for row in empty)


def test_text_table_is_aligned(recent_journal: Journal, data_dir: Path) -> None:
    code, output = run("stats", "--weeks", "4", "--data-dir", str(data_dir),
                       "--sessions-per-day", "3")
    assert code == 0
    lines = output.splitlines()
    assert lines[0].split() == list(ROW_KEYS)
    table = lines[1:5]
    assert all(len(line.split()) == len(ROW_KEYS) for line in table)
    assert {line.split()[3] for line in table} == {"21"}
    assert table[-1].split()[0].endswith("*")
    # Right-aligned numbers: every row ends where the header ends.
    assert {len(line) for line in lines[:5]} == {len(lines[0])}
    assert lines[5] == "* this week is not over yet"
    assert lines[6].startswith(("Pain before practice", "Too little data"))


def test_all_weeks_by_default(recent_journal: Journal, data_dir: Path) -> None:
    code, output = run("stats", "--json", "--data-dir", str(data_dir))
    rows = json.loads(output)
    assert code == 0 and len(rows) in (4, 5)  # from the week of the first session
    assert rows[0]["sessions"] >= 1


def test_no_journal_and_empty_journal(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert run("stats", "--json", "--data-dir", str(missing)) == (0, "[]\n")
    code, output = run("stats", "--data-dir", str(missing))
    assert code == 0 and "No journal yet" in output
    assert not missing.exists()
    Journal.open(tmp_path / "empty").close()
    assert run("stats", "--json", "--data-dir", str(tmp_path / "empty")) == (0, "[]\n")
    assert "No sessions" in run("stats", "--data-dir", str(tmp_path / "empty"))[1]


def test_bad_weeks_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run("stats", "--weeks", "0")
    assert "at least 1" in capsys.readouterr().err


def test_data_dir_from_the_main_parser_is_kept(
    recent_journal: Journal, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROLLING_JOURNAL_DATA", str(tmp_path / "elsewhere"))
    parser = argparse.ArgumentParser(prog="rolling-journal")
    parser.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    add_commands(parser.add_subparsers())
    args = parser.parse_args(["--data-dir", str(data_dir), "stats", "--json"])
    out = io.StringIO()
    assert args.func(args, out=out) == 0
    assert sum(row["sessions"] for row in json.loads(out.getvalue())) == 3


def test_stats_uses_the_daily_target_set_in_the_app(qtbot, tmp_path: Path, capsys) -> None:
    from PySide6.QtCore import QSettings

    from desktop_app.app import main
    from desktop_app.journal.repository import Journal
    from desktop_app.paths import SETTINGS_FILENAME
    from desktop_app.ui.practice.store import PracticeSettingsStore

    Journal.open(tmp_path).close()
    ini = QSettings(str(tmp_path / SETTINGS_FILENAME), QSettings.Format.IniFormat)
    PracticeSettingsStore(ini).update(daily_target=3)
    assert main(["stats", "--json", "--weeks", "1", "--data-dir", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["target"] == 21
    args = ["stats", "--json", "--weeks", "1", "--sessions-per-day", "1"]
    assert main([*args, "--data-dir", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["target"] == 7


def test_json_has_strength_and_paused_days_per_week(recent_journal: Journal,
                                                   data_dir: Path) -> None:
    from desktop_app.journal.schedule_store import pause_practice
    from desktop_app.localtime import today_in
    from desktop_app.stats.progress import progress

    today = today_in(None)
    pause_practice(recent_journal, today, 2)
    expected = progress(recent_journal, weeks=5).weekly.rows()
    recent_journal.close()
    code, output = run("stats", "--json", "--weeks", "5", "--data-dir", str(data_dir))
    rows = json.loads(output)
    assert code == 0
    assert [row["strength"] for row in rows] == [
        None if r.strength is None else round(r.strength, 1) for r in expected]
    assert rows[-1]["strength"] is not None and 0 < rows[-1]["strength"] < 100
    assert rows[0]["strength"] is None  # before the first session
    days_left = 7 - today.weekday()
    assert rows[-1]["paused_days"] == min(2, days_left)
    assert rows[-1]["target"] == 14 - 2 * min(2, days_left)
    code, text = run("stats", "--weeks", "5", "--data-dir", str(data_dir))
    assert code == 0 and "Practice strength today:" in text
