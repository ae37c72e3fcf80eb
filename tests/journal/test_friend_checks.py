"""A friend's check of each roll: validated, stored with its entry, exported and imported."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.journal.entry import (
    EntryData,
    FriendRoll,
    friend_rolls_summary,
    to_record,
    validate,
)
from desktop_app.journal.repository import Journal
from desktop_app.journal.schedule import EARLIEST_DAY, Pause, TargetChange
from desktop_app.journal.schedule_store import (
    pause_practice,
    read_pauses,
    read_targets,
    set_daily_target,
)
from desktop_app.journal.transfer import (
    ImportRejected,
    entries_to_csv,
    export_journal,
    import_file,
    parse_csv_contents,
    read_contents,
)
from tests.helpers.builders import numbered_session

ROLLS = (FriendRoll("part1.1", "right"), FriendRoll("part1.2", "shoulders"),
         FriendRoll("part1.3", "right"), FriendRoll("part1.4", "right"))



def checked_session(i: int = 1, rolls: tuple[FriendRoll, ...] = ROLLS) -> EntryData:
    return numbered_session(i, friend_checked=True, friend_rolls=rolls)


def test_rolls_are_stored_with_the_entry_in_order(journal) -> None:
    saved = journal.add(checked_session())
    assert journal.get(saved.id).data.friend_rolls == ROLLS
    assert [e.data.friend_rolls for e in journal.entries()] == [ROLLS]
    fewer = (FriendRoll("part2.1", "right"),)
    journal.update(saved.id, saved.data.with_changes(friend_rolls=fewer))
    assert journal.get(saved.id).data.friend_rolls == fewer
    assert friend_rolls_summary(ROLLS) == (3, 4)


def test_bad_rolls_are_refused_naming_the_field() -> None:
    def problem(data: EntryData) -> str:
        [error] = validate(data)
        assert error.field == "friend_rolls"
        return error.message

    assert "not what led" in problem(checked_session(rolls=(FriendRoll("part1.1", "elbow"),)))
    assert "not a step" in problem(checked_session(rolls=(FriendRoll("Part 1!", "right"),)))
    assert "tick 'a friend checked'" in problem(
        checked_session().with_changes(friend_checked=False))


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_rolls_pauses_and_targets_round_trip(tmp_path: Path, journal, fmt: str) -> None:
    journal.add(checked_session(1))
    journal.add(numbered_session(2))
    pause_practice(journal, date(2026, 11, 10), 4)
    pause_practice(journal, date(2026, 11, 20), None)
    set_daily_target(journal, 3, date(2026, 11, 5), previous=2)
    out = tmp_path / f"journal.{fmt}"
    export_journal(journal, out)
    fresh = Journal.open(tmp_path / "fresh")
    result = import_file(fresh, out)
    assert (result.added, result.pauses_added, result.targets_added) == (2, 2, 2)
    assert [e.data for e in fresh.entries()] == [e.data for e in journal.entries()]
    assert read_pauses(fresh) == read_pauses(journal)
    assert read_targets(fresh) == (TargetChange(EARLIEST_DAY, 2),
                                   TargetChange(date(2026, 11, 5), 3))
    again = import_file(fresh, out)  # nothing new the second time
    assert (again.added, again.pauses_added, again.targets_added) == (0, 0, 0)
    assert len(read_pauses(fresh)) == 2
    fresh.close()


def test_csv_shows_rolls_as_text_and_schedule_rows_by_kind() -> None:
    text = entries_to_csv([checked_session()], [Pause(date(2026, 11, 20))],
                          [TargetChange(date(2026, 11, 5), 3)])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["friend_rolls"] == (
        "part1.1=right;part1.2=shoulders;part1.3=right;part1.4=right")
    assert [r["record"] for r in rows] == ["entry", "pause", "target"]
    assert (rows[1]["first_day"], rows[1]["last_day"]) == ("2026-11-20", "")
    assert (rows[2]["first_day"], rows[2]["daily_target"]) == ("2026-11-05", "3")
    contents = parse_csv_contents(text, Path("x.csv"))
    assert contents.entries == [checked_session()]
    assert contents.pauses == [Pause(date(2026, 11, 20))]


# The entry cells of a row: the 12 fields and the entry's uuid (13 cells, 13 commas).
@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",,,,,,,,,,,,,pause,2026-11-20,2026-11-10,", "row 2, pause: the pause ends"),
        (",,,,,,,,,,,,,target,2026-11-20,,15", "row 2, target: the daily target must be"),
        (",,,,,,,,,,,,,target,someday,,2", "row 2, target: first_day 'someday' is not a date"),
        (",,,,,,,,,,,,,holiday,2026-11-20,,", "row 2, record: 'holiday' is not entry"),
        ("2026-11-01T08:00:00+00:00,60,part1,,,,,,,,,,,pause,2026-11-20,,",
         "row 2, started_at: must be empty in a pause row"),
        (",,,,,,,,,,,,01a23118-5ea2-7000-9a8b-3eafdccbde75,pause,2026-11-20,,",
         "row 2, uuid: must be empty in a pause row"),
        ("2026-11-01T08:00:00+00:00,60,part1,,,,,,,,,,,entry,2026-11-20,,",
         "row 2, first_day: is only for pause and target rows"),
    ],
)
def test_bad_schedule_rows_are_named(tmp_path: Path, row: str, message: str) -> None:
    header = entries_to_csv([], [Pause(date(2026, 1, 1))]).splitlines()[0]
    path = tmp_path / "bad.csv"
    path.write_text(header + "\n" + row + "\n")
    with pytest.raises(ImportRejected) as caught:
        read_contents(path)
    assert message in str(caught.value)


def test_json_version_1_still_imports_and_bad_pauses_are_named(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"format": "rolling-journal", "version": 1, "entries": [
        {"started_at": "2026-11-02T07:30:00+00:00", "duration_s": 60, "parts": "part1"}]}))
    assert len(read_contents(old).entries) == 1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "rolling-journal", "version": 2, "entries": [],
                               "pauses": [{"first_day": "2026-13-01"}]}))
    with pytest.raises(ImportRejected, match="row 1, pause: first_day '2026-13-01'"):
        read_contents(bad)
    rolls = tmp_path / "rolls.json"
    rolls.write_text(json.dumps([{"started_at": "2026-11-02T07:30:00+00:00", "duration_s": 60,
                                  "parts": "part1", "friend_checked": True,
                                  "friend_rolls": [{"step": "part1.1", "led": "elbow"}]}]))
    with pytest.raises(ImportRejected, match="row 1, friend_rolls: 'elbow' is not what led"):
        read_contents(rolls)


EARLY = datetime(2020, 1, 1, 7, 30, tzinfo=UTC)


def _many(count: int) -> list[EntryData]:
    """`count` sessions, every seventh checked roll by roll by a friend."""
    return [numbered_session(i, started_at=EARLY + timedelta(hours=12 * i, seconds=i),
                    **({"friend_checked": True, "friend_rolls": ROLLS} if i % 7 == 0 else {}))
            for i in range(count)]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_long_export_goes_back_in_whole_with_every_check(tmp_path: Path, journal,
                                                           fmt: str) -> None:
    """More than one batch into an empty journal: the importer inserts first and builds
    the indexes afterwards; the friend's checks go in with their entries."""
    entries = _many(4100)
    journal.import_entries(entries)
    pause_practice(journal, date(2024, 1, 10), 3)
    out = tmp_path / f"long.{fmt}"
    export_journal(journal, out)
    fresh = Journal.open(tmp_path / "fresh")
    result = import_file(fresh, out)
    assert (result.added, result.skipped, result.pauses_added) == (4100, 0, 1)
    assert [e.data for e in fresh.entries()] == [e.data for e in journal.entries()]
    assert [e.uuid for e in fresh.entries()] == [e.uuid for e in journal.entries()]
    conn = sqlite3.connect(fresh.path)
    assert conn.execute("SELECT count(*) FROM friend_check").fetchone()[0] == \
        len(ROLLS) * len(range(0, 4100, 7))
    conn.close()
    again = import_file(fresh, out)
    assert (again.added, again.skipped, again.pauses_added) == (0, 4100, 0)
    fresh.close()


def test_a_uuid_twice_in_a_long_file_keeps_the_first_row_and_its_checks(
        tmp_path: Path, journal) -> None:
    records = [{**to_record(data), "uuid": str(uuid.uuid4())} for data in _many(2500)]
    twice = {**records[7], "friend_rolls": [{"step": "part2.1", "led": "knee"}],
             "notes": "the same session again"}
    path = tmp_path / "twice.json"
    path.write_text(json.dumps({"format": "rolling-journal", "version": 2,
                                "entries": [*records, twice]}))
    result = import_file(journal, path)
    assert (result.added, result.skipped) == (2500, 1)
    [kept] = [e for e in journal.entries() if e.uuid == records[7]["uuid"]]
    assert kept.data.friend_rolls == ROLLS and kept.data.notes == records[7]["notes"]
    conn = sqlite3.connect(journal.path)
    assert conn.execute("SELECT count(*) FROM friend_check").fetchone()[0] == \
        len(ROLLS) * len(range(0, 2500, 7))
    conn.close()


def test_a_bad_target_in_a_file_imports_nothing_at_all(tmp_path: Path, journal) -> None:
    path = tmp_path / "bad-target.json"
    path.write_text(json.dumps({
        "format": "rolling-journal", "version": 2,
        "entries": [{**to_record(checked_session(1)), "uuid": ""}],
        "pauses": [{"first_day": "2026-11-20", "last_day": None}],
        "targets": [{"first_day": "2026-11-05", "daily_target": 3},
                    {"first_day": "2026-11-06", "daily_target": 40}],
    }))
    with pytest.raises(ImportRejected, match="row 2, target: the daily target must be"):
        import_file(journal, path)
    assert journal.count() == 0 and read_pauses(journal) == () and read_targets(journal) == ()
    assert not list((journal.data_dir / "backups").glob("*before-import*"))


def test_a_schedule_alone_is_imported_and_backed_up_first(tmp_path: Path, journal) -> None:
    journal.add(numbered_session(1))
    path = tmp_path / "schedule.csv"
    path.write_text(entries_to_csv([], [Pause(date(2026, 11, 20), date(2026, 11, 22))],
                                   [TargetChange(date(2026, 11, 5), 4)]))
    result = import_file(journal, path)
    assert (result.added, result.pauses_added, result.targets_added) == (0, 1, 1)
    assert read_pauses(journal) == (Pause(date(2026, 11, 20), date(2026, 11, 22)),)
    assert list((journal.data_dir / "backups").glob("*before-import*"))


def test_an_export_without_friend_checks_still_reads_the_quick_way() -> None:
    """A CSV written before friend_rolls was a column (uuid last) imports unchanged."""
    from desktop_app.journal.convert import RowConverter

    header, row = list(csv.reader(io.StringIO(entries_to_csv([numbered_session(2)]))))
    older = [name for name in header if name != "friend_rolls"]
    cells = [value for name, value in zip(header, row, strict=True) if name != "friend_rolls"]
    convert = RowConverter(older, datetime.now(UTC), checked_text=True)
    assert convert._quick and convert.batch([cells]) == [convert._carefully([*cells, None])]


def test_repair_keeps_the_friend_checks_of_a_row_it_sets_aside(journal) -> None:
    saved = journal.add(checked_session(1))
    journal.add(numbered_session(2))
    journal.close()
    conn = sqlite3.connect(journal.path)
    conn.execute("UPDATE entry SET duration_s = 'ten minutes' WHERE id = ?", (saved.id,))
    conn.commit()
    conn.close()
    reopened = Journal.open(journal.data_dir)
    assert reopened.keep_aside() == 1
    [kept] = reopened.kept_aside()
    assert kept.raw["duration_s"] == "ten minutes"
    assert kept.raw["friend_rolls"] == \
        "part1.1=right;part1.2=shoulders;part1.3=right;part1.4=right"
    assert len(reopened.entries()) == 1
    reopened.close()
