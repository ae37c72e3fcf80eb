"""Fuzz: whatever arrives, validation and import end in a value or a clear error,
never a crash and never a partial write."""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.journal.entry import FIELDS, EntryData, EntryInvalid, from_record, validate
from desktop_app.journal.repository import Journal
from desktop_app.journal.transfer import ImportRejected, import_file, parse_csv, parse_json

MANY = settings(max_examples=1000, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
NOW = datetime(2026, 11, 25, tzinfo=UTC)

cell = st.one_of(
    st.none(), st.booleans(), st.integers(-20, 20_000), st.floats(allow_nan=True),
    st.text(max_size=40), st.sampled_from(["part1;part3", "2026-11-24T08:00:00+01:00", "yes"]),
    st.lists(st.text(max_size=8), max_size=3),
)
records = st.dictionaries(st.sampled_from([*FIELDS, "bogus"]), cell, max_size=len(FIELDS) + 1)


@MANY
@given(records)
def test_any_record_is_an_entry_or_a_clear_error(raw: dict) -> None:
    try:
        data = from_record(raw, NOW)
    except EntryInvalid as exc:
        assert exc.errors
        for error in exc.errors:
            assert error.field in (*FIELDS, "bogus") and error.message
    else:
        assert isinstance(data, EntryData)
        assert validate(data, NOW) == []


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


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(records, min_size=1, max_size=6))
def test_import_is_all_or_nothing(shared_journal: Journal, tmp_path_factory, rows) -> None:
    path = tmp_path_factory.mktemp("in") / "fuzz.json"
    path.write_text(json.dumps(rows, default=str))
    before = shared_journal.count()
    try:
        result = import_file(shared_journal, path)
    except ImportRejected:
        assert shared_journal.count() == before
    else:
        assert shared_journal.count() == before + result.added
