"""CSV/JSON export and import, from the API and from the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.app import main
from desktop_app.journal.entry import FIELDS
from desktop_app.journal.repository import Journal
from desktop_app.journal.transfer import (
    ImportRejected,
    entries_to_csv,
    export_journal,
    import_file,
    parse_csv,
    read_entries,
)
from tests.helpers.builders import numbered_session
from tests.helpers.examples import examples


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_round_trip_through_an_empty_journal_is_exact(tmp_path: Path, journal, fmt: str) -> None:
    for i in range(12):
        journal.add(numbered_session(i, stopped_hurt=i == 5))
    first = tmp_path / f"first.{fmt}"
    export_journal(journal, first)
    fresh = Journal.open(tmp_path / "fresh")
    result = import_file(fresh, first)
    assert (result.added, result.skipped) == (12, 0)
    second = tmp_path / f"second.{fmt}"
    export_journal(fresh, second)
    if fmt == "csv":
        assert first.read_text() == second.read_text()
    else:
        strip = lambda p: {k: v for k, v in json.loads(p.read_text()).items() if k != "exported_at"}  # noqa: E731
        assert strip(first) == strip(second)
    assert [e.data for e in fresh.entries()] == [e.data for e in journal.entries()]
    fresh.close()


def test_csv_has_a_header_naming_the_fields_and_iso_times(tmp_path: Path, journal) -> None:
    saved = journal.add(numbered_session(2))
    out = tmp_path / "j.csv"
    export_journal(journal, out)
    rows = list(csv.reader(out.open()))
    assert tuple(rows[0]) == (*FIELDS, "uuid")
    assert rows[1][0] == "2026-11-03T07:30:02+00:00"
    assert rows[1][-1] == saved.uuid


formula_text = st.text(min_size=1, max_size=30).map(lambda s: s.replace("\x00", ""))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=examples(60))
@given(prefix=st.sampled_from(["=", "+", "-", "@", "'", "\t", ""]), body=formula_text)
def test_formula_cells_are_defused_and_read_back_unchanged(prefix: str, body: str) -> None:
    notes = (prefix + body)[:2000]
    data = numbered_session(0, notes=notes, friend_remark=prefix + "x")
    text = entries_to_csv([data])
    for cell in list(csv.reader(io.StringIO(text, newline="")))[1]:
        assert not cell.startswith(("=", "+", "-", "@", "\t"))
    assert parse_csv(text, Path("x.csv")) == [data]


def test_one_bad_row_imports_nothing_and_names_row_field_reason(tmp_path: Path, journal) -> None:
    journal.add(numbered_session(0))
    three = [numbered_session(1), numbered_session(2), numbered_session(3)]
    rows = list(csv.reader(io.StringIO(entries_to_csv(three))))
    # Row 3 as a spreadsheet numbers it (the header is row 1) gets a pain of 12.
    rows[2][FIELDS.index("pain_before")] = "12"
    bad = tmp_path / "bad.csv"
    with bad.open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with pytest.raises(ImportRejected) as caught:
        import_file(journal, bad)
    problems = caught.value.problems
    assert [(p.row, p.field) for p in problems] == [(3, "pain_before")]
    assert "0 (no pain) to 10" in problems[0].reason
    assert [e.data for e in journal.entries()] == [numbered_session(0)]
    assert not (journal.data_dir / "backups").exists()


def test_duplicates_by_all_fields_are_skipped_and_counted(tmp_path: Path, journal) -> None:
    journal.add(numbered_session(1, parts=frozenset({"part1"}), duration_s=5, pain_before=None,
                                 pain_after=None, smoothness=None, right_part_led=None,
                                 friend_checked=False, friend_remark="", notes=""))
    source = tmp_path / "more.json"
    source.write_text(json.dumps([
        {"started_at": "2026-11-02T19:30:01+00:00", "duration_s": 5, "parts": "part1"},
        # The same start time, but another session: it is kept.
        {"started_at": "2026-11-02T19:30:01+00:00", "duration_s": 6, "parts": "part1"},
        {"started_at": "2026-11-09T08:00:00+01:00", "duration_s": 60, "parts": ["part2"]},
    ]))
    result = import_file(journal, source)
    assert (result.added, result.skipped) == (2, 1)
    assert journal.count() == 3
    assert list((journal.data_dir / "backups").glob("*before-import.sqlite"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", "", "is empty"),
        ("nohead.csv", "a,b\n1,2\n", "started_at: column is missing"),
        ("latin.csv", b"started_at,duration_s\n" + "caf\xe9".encode("latin-1"), "UTF-8"),
        ("broken.json", "{not json", "not valid JSON"),
        ("other.json", '{"hello": 1}', "not a Rolling Journal export"),
        ("short.csv", "started_at,duration_s,parts\n2026-01-01T08:00:00+00:00,60\n", "has 2 cells"),
        ("list.json", "[1, 2]", "row 1, entry: is not an object"),
    ],
)
def test_bad_files_are_explained(tmp_path: Path, journal, name, content, message) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(ImportRejected) as caught:
        read_entries(path)
    assert message in str(caught.value)
    assert journal.count() == 0


def test_missing_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="cannot be read"):
        read_entries(tmp_path / "nope.csv")


def test_command_line_export_then_import_reproduces_the_journal(
    tmp_path: Path, journal, capsys
) -> None:
    for i in range(5):
        journal.add(numbered_session(i))
    journal.close()
    source_dir = journal.data_dir
    out1, out2 = tmp_path / "one.csv", tmp_path / "two.csv"
    args = ["export", "--format", "csv", "--out", str(out1), "--data-dir", str(source_dir)]
    assert main(args) == 0
    empty = tmp_path / "empty"
    assert main(["import", str(out1), "--data-dir", str(empty)]) == 0
    assert "Imported 5 session(s)" in capsys.readouterr().out
    assert main(["--data-dir", str(empty), "export", "--out", str(out2)]) == 0
    assert out1.read_text() == out2.read_text()
    assert main(["import", str(out1), "--data-dir", str(empty)]) == 0
    assert "skipped 5" in capsys.readouterr().out


def test_command_line_import_of_a_bad_file_fails_clearly(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("started_at,duration_s,parts\n2026-01-01T08:00:00+00:00,0,part1\n")
    assert main(["import", str(bad), "--data-dir", str(tmp_path / "d")]) == 1
    err = capsys.readouterr().err
    assert "Nothing was imported" in err and "row 2, duration_s" in err
    assert main(["export", "--out", str(tmp_path / "x.txt"), "--data-dir", str(tmp_path)]) == 2
    assert "choose a .csv or .json" in capsys.readouterr().err
