"""Fuzz: whatever arrives, validation and import end in a value or a clear error,
never a crash and never a partial write."""

from __future__ import annotations

import json
import string
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.journal.entry import (
    FIELDS,
    EntryData,
    EntryInvalid,
    from_record,
    to_record,
    validate,
)
from desktop_app.journal.repository import Journal
from desktop_app.journal.transfer import ImportRejected, import_file, parse_csv, parse_json
from tests.helpers.examples import examples
from tests.helpers.strategies import NOW, valid_entries

MANY = settings(max_examples=examples(1000), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

cell = st.one_of(
    st.none(), st.booleans(), st.integers(-20, 20_000), st.floats(allow_nan=True),
    st.text(max_size=40), st.sampled_from(["part1;part3", "2026-11-24T08:00:00+01:00", "yes"]),
    st.lists(st.text(max_size=8), max_size=3),
)
records = st.dictionaries(st.sampled_from([*FIELDS, "bogus"]), cell, max_size=len(FIELDS) + 1)


# A valid entry's record, as an export writes it, with zero or one cell changed: removed,
# replaced by any value, or joined by a field the journal does not know.
changed_cell = st.one_of(
    st.tuples(st.just("remove"), st.sampled_from(FIELDS), st.none()),
    st.tuples(st.just("replace"), st.sampled_from(FIELDS), cell),
    st.tuples(st.just("add"), st.just("bogus"), cell),
)


@st.composite
def nearly_valid_records(draw: st.DrawFn) -> dict:
    record = to_record(draw(valid_entries()))
    if draw(st.integers(0, 1)):
        how, name, value = draw(changed_cell)
        if how == "remove":
            record.pop(name)
        else:
            record[name] = value
    return record


def test_any_record_is_an_entry_or_a_clear_error() -> None:
    outcomes: Counter[str] = Counter()

    @MANY
    @given(raw=st.one_of(nearly_valid_records(), records))
    def check(raw: dict) -> None:
        try:
            data = from_record(raw, NOW)
        except EntryInvalid as exc:
            outcomes["error"] += 1
            assert exc.errors
            for error in exc.errors:
                assert error.field in (*FIELDS, "bogus") and error.message
        else:
            outcomes["entry"] += 1
            assert isinstance(data, EntryData)
            assert validate(data, NOW) == []

    check()
    total = outcomes.total()
    # Both branches, each in a meaningful share of the records drawn (at least one in ten).
    assert outcomes["entry"] >= 0.1 * total and outcomes["error"] >= 0.1 * total, outcomes


@MANY
@given(st.text(alphabet=string.printable + "é=+-@'\"", max_size=400))
def test_any_csv_text_parses_or_is_rejected_row_by_row(text: str) -> None:
    try:
        entries = parse_csv(text, Path("fuzz.csv"))
    except ImportRejected as exc:
        assert exc.problems and all(p.reason for p in exc.problems)
    else:
        assert all(validate(e, datetime.now(UTC)) == [] for e in entries)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8),
                                                                          inner, max_size=4)),
    max_leaves=12,
)


@MANY
@given(st.one_of(json_values, st.lists(records, max_size=5)))
def test_any_json_parses_or_is_rejected(document: object) -> None:
    try:
        entries = parse_json(json.dumps(document), Path("fuzz.json"))
    except ImportRejected as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
    else:
        assert all(isinstance(e, EntryData) for e in entries)


@pytest.fixture(scope="module")
def shared_journal(tmp_path_factory: pytest.TempPathFactory):
    journal = Journal.open(tmp_path_factory.mktemp("fuzz"))
    yield journal
    journal.close()


# Definitely invalid cells: whatever the rest of the row, this row is refused.
invalid_cell = st.sampled_from([
    ("duration_s", 0), ("pain_before", 11), ("smoothness", "6"), ("started_at", "yesterday"),
    ("parts", "part9"), ("notes", "x" * 2001), ("right_part_led", "maybe"), ("bogus", 1),
])


@st.composite
def import_files(draw: st.DrawFn) -> tuple[list[dict], dict, int]:
    """Valid rows, an invalid row and where it goes among them: valid rows before it are
    what a partial write would keep. (Counted from the end: Hypothesis leans to small
    numbers, so most invalid rows come after valid ones.)"""
    rows = [to_record(entry) for entry in draw(st.lists(valid_entries(), min_size=1,
                                                        max_size=5))]
    name, value = draw(invalid_cell)
    bad = to_record(draw(valid_entries())) | {name: value}
    return rows, bad, len(rows) - draw(st.integers(0, len(rows)))


def test_import_is_all_or_nothing(shared_journal: Journal,
                                  tmp_path_factory: pytest.TempPathFactory) -> None:
    kinds: Counter[str] = Counter()

    def write(rows: list[dict]) -> Path:
        path = tmp_path_factory.mktemp("in") / "fuzz.json"
        path.write_text(json.dumps(rows, default=str))
        return path

    @settings(max_examples=examples(100), deadline=None)
    @given(case=import_files())
    def check(case: tuple[list[dict], dict, int]) -> None:
        rows, bad, at = case
        before = shared_journal.count()
        # First with the invalid row: nothing of the file is written...
        kinds["valid rows before the invalid one" if at else "invalid row first"] += 1
        with pytest.raises(ImportRejected) as caught:
            import_file(shared_journal, write([*rows[:at], bad, *rows[at:]]))
        assert [p.row for p in caught.value.problems] == [at + 1]  # rows count from 1
        assert shared_journal.count() == before
        # ...then the same rows without it: all of them (those not there already) are.
        kinds["all valid"] += 1
        result = import_file(shared_journal, write(rows))
        assert result.added + result.skipped == len(rows)
        assert shared_journal.count() == before + result.added

    check()
    total = kinds.total()
    # Files where a partial write was possible, in a meaningful share (at least one in ten),
    # and files that import (every other one).
    assert kinds["valid rows before the invalid one"] >= 0.1 * total, kinds
    assert kinds["all valid"] == total / 2, kinds
