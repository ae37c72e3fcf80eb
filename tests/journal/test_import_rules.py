"""The import's converter keeps the rules of `entry` (the form's), on its quick path
(the export's own spellings, a whole batch at once) as on its careful one."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.journal.convert import IMPORT_FIELDS, RowConverter, content_key, stored_row
from desktop_app.journal.entry import FIELDS, EntryInvalid, FriendRoll, from_record
from desktop_app.journal.export import entries_to_csv
from desktop_app.journal.transfer import entry_of
from tests.helpers.builders import numbered_session
from tests.helpers.examples import examples

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
MANY = settings(max_examples=examples(400), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

odd_cells = st.sampled_from([
    "", " ", "0", "1", "10", "11", "-1", "+3", " 4 ", "5.0", "yes", "no", "YES", "True",
    "false", "partly", "Part1", "part1;part2", "part3, part1", "part4", "2026-11-20T08:00:00Z",
    "2026-11-20T08:00:00+00:00", "2026-11-20T08:00:00.250000+00:00", "2026-11-20 08:00:00+02:00",
    "2026-02-30T08:00:00+00:00", "1999-12-31T23:00:00+00:00", "2030-01-01T00:00:00+00:00",
    "note", "'=1+1", "x" * 2001, "9" * 20, "\t", "01a23118-5ea2-7000-9a8b-3eafdccbde75",
    "01A23118-5EA2-7000-9A8B-3EAFDCCBDE75", "not-a-uuid",
    # a friend's checks of each roll (friend_rolls), as the export writes them and not
    "part1.1=right", "part1.1=right;part2.3=shoulders", "part1.1=elbow", "Part1.1=right",
    "part1.1=Right", "part1.1=right;", " part1.1=right", "part1.1", "=right",
])


CHECKS = (FriendRoll("part1.1", "right"), FriendRoll("part1.2", "hip"))


def _rows(count: int) -> list[list[str]]:
    """`count` sessions as the export writes them; every fifth with a friend's checks."""
    start = datetime(2024, 3, 1, 7, 30, tzinfo=UTC)
    text = entries_to_csv(
        numbered_session(i, started_at=start + timedelta(hours=11 * i, seconds=i),
                         **({"friend_checked": True, "friend_rolls": CHECKS} if i % 5 == 1 else {}))
        for i in range(count))
    return list(csv.reader(io.StringIO(text)))


@MANY
@given(changes=st.lists(st.tuples(st.integers(0, len(IMPORT_FIELDS) - 1), odd_cells),
                        max_size=3))
def test_the_quick_and_the_careful_path_agree(changes) -> None:
    header, *rows = _rows(4)
    convert = RowConverter(header, NOW, checked_text=True)
    row = list(rows[1])
    for index, value in changes:
        row[index] = value
    careful = convert._carefully([*row, None])
    assert convert(row) == careful
    try:
        quick = convert._quickly([*row, None])
    except Exception:  # the quick path may decline; it must never disagree
        pass
    else:
        assert quick == careful
    batch = convert.batch([rows[0], row, rows[2]])
    if batch is not None:
        assert batch == [convert(rows[0]), careful, convert(rows[2])]


def test_a_whole_clean_batch_goes_the_quick_way_and_matches_row_by_row() -> None:
    header, *rows = _rows(500)
    convert = RowConverter(header, NOW, checked_text=True)
    batch = convert.batch(rows)
    assert batch is not None and batch == [convert(row) for row in rows]
    assert batch == [convert._carefully([*row, None]) for row in rows]
    assert entry_of(batch[1]).friend_rolls == CHECKS and entry_of(batch[2]).friend_rolls == ()
    without_uuids = RowConverter(header[:-1], NOW, checked_text=True)
    plain = [row[:-1] for row in rows]
    assert without_uuids.batch(plain) == [without_uuids._carefully([*r, None]) for r in plain]


@MANY
@given(record=st.dictionaries(st.sampled_from(FIELDS), odd_cells, max_size=len(FIELDS)))
def test_the_converter_accepts_exactly_what_the_form_rules_accept(record) -> None:
    converted = RowConverter(tuple(record), NOW)(tuple(record.values()))
    try:
        expected = from_record(record, NOW)
    except EntryInvalid:
        assert isinstance(converted, list) and converted
    else:
        assert isinstance(converted, tuple), converted
        assert entry_of(converted) == expected


def test_a_session_has_one_uuid_whichever_way_it_is_read(tmp_path: Path) -> None:
    data = numbered_session(3)
    header, row = _rows(1)[0], None
    text = entries_to_csv([data])
    header, row = list(csv.reader(io.StringIO(text)))
    from_file = RowConverter(header[:-1], NOW, checked_text=True)([*row[:-1]])
    assert isinstance(from_file, tuple)
    assert from_file == stored_row(data)
    assert from_file[0] == stored_row(data)[0]  # so a second import finds it
    assert content_key(from_file[1:]).split("\x1f")[0] == from_file[1]
