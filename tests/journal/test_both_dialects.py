"""The journal, its statistics, import/export and the service on both kinds of journal:
the SQLite file and a real PostgreSQL server (journal_url / any_journal)."""

from __future__ import annotations

import dataclasses
import json
import math
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from desktop_app.journal.entry import FriendRoll
from desktop_app.journal.errors import EntryConflict, EntryNotFound
from desktop_app.journal.service import JournalService
from desktop_app.stats.progress import progress
from tests.helpers.builders import BASE
from tests.helpers.builders import numbered_session as session
from tools.sample_journal import generate_journal

ROLLS = (FriendRoll("part1_knee", "right"), FriendRoll("part2_hip", "head"))


def test_add_read_edit_delete_undo(any_journal) -> None:
    first = any_journal.add(session(1))
    second = any_journal.add(session(2, friend_checked=True, friend_rolls=ROLLS))
    assert any_journal.get(first.id).data == session(1)
    assert any_journal.get(second.id).data.friend_rolls == ROLLS
    edited = any_journal.update(first.id, session(1, notes="edited"), version=first.version)
    assert edited.version == first.version + 1 and edited.uuid == first.uuid
    assert [e.data.notes for e in any_journal.entries()][-1] == "edited"
    any_journal.delete(second.id, version=second.version)
    assert any_journal.count() == 1
    any_journal.restore(second.id)
    assert any_journal.count() == 2
    since, until = BASE + timedelta(hours=20), BASE + timedelta(hours=30)
    assert [e.id for e in any_journal.entries(since, until)] == [second.id]


def test_a_stale_edit_or_delete_is_refused_and_shows_the_new_version(any_journal) -> None:
    shown = any_journal.add(session(3))
    elsewhere = any_journal.update(shown.id, session(3, notes="from the laptop"),
                                   version=shown.version)
    with pytest.raises(EntryConflict, match="This entry was changed on another computer") as err:
        any_journal.update(shown.id, session(3, notes="from the desktop"), version=shown.version)
    assert err.value.current is not None
    assert err.value.current.data.notes == "from the laptop"
    assert err.value.current.version == elsewhere.version
    with pytest.raises(EntryConflict, match="changed on another computer"):
        any_journal.delete(shown.id, version=shown.version)
    assert any_journal.get(shown.id).data.notes == "from the laptop"  # nothing written
    any_journal.delete(shown.id, version=elsewhere.version)
    with pytest.raises(EntryNotFound):
        any_journal.update(shown.id, session(3))


def test_statistics_columns_are_the_same_on_both(any_journal) -> None:
    entries = generate_journal(60, seed=5, end=date(2026, 11, 1), tz=UTC)
    any_journal.import_entries(entries)
    columns = any_journal.session_columns()
    assert len(columns) == len(entries)
    expected = sorted(int(e.started_at.timestamp()) for e in entries)
    assert columns.t.tolist() == expected
    assert np.nansum(columns.pain_before) == sum(e.pain_before or 0 for e in entries)
    assert int(columns.stopped_hurt.sum()) == sum(e.stopped_hurt for e in entries)
    since = datetime(2026, 10, 1, tzinfo=UTC)
    assert len(any_journal.session_columns(since=since)) == \
        sum(e.started_at >= since for e in entries)
    assert any_journal.session_times(until=since).tolist() == \
        [t for t in expected if t < since.timestamp()]
    assert any_journal.first_session_start() == datetime.fromtimestamp(expected[0], UTC)
    assert any_journal.has_sessions()
    numbers = progress(any_journal, weeks=8, sessions_per_day=2)
    assert sum(row.sessions for row in numbers.weekly.rows()) > 0


def test_pauses_targets_and_round_trip_export(any_journal, tmp_path: Path) -> None:
    from desktop_app.journal.export import write_export
    from desktop_app.journal.importer import import_path

    any_journal.import_entries([session(i) for i in range(8)])
    any_journal.pause_practice(date(2026, 11, 20), 3)
    any_journal.set_daily_target(3, date(2026, 11, 10), previous=2)
    out = tmp_path / "out.json"
    result = write_export(any_journal, out)
    assert (result.count, result.pauses, result.targets) == (8, 1, 2)
    again = import_path(any_journal.import_target(), out, server=any_journal.server)
    assert (again.added, again.skipped) == (0, 8)  # every UUID is already there
    assert any_journal.count() == 8
    document = json.loads(out.read_text())
    assert len({e["uuid"] for e in document["entries"]}) == 8


def test_the_service_backs_up_imports_and_restores(data_dir: Path, journal_url, tmp_path) -> None:
    service = JournalService(data_dir, database_url=journal_url)
    journal = service.open_or_raise()
    journal.import_entries([session(i) for i in range(5)])
    source = tmp_path / "more.json"
    from desktop_app.journal.export import entries_to_json

    source.write_text(entries_to_json([session(i) for i in range(5, 9)]))
    assert service.import_file(source).added == 4
    listed = service.backups()
    assert {b.reason for b in listed} >= {"before-import"}
    if journal_url:  # a server journal's copies are JSON snapshots, 0600
        assert all(b.path.suffix == ".json" for b in listed)
        assert all(stat.S_IMODE(b.path.stat().st_mode) == 0o600 for b in listed)
    snapshot = journal
    from desktop_app.journal import backups

    made = backups.backup_snapshot(snapshot, "daily") if journal_url else None
    journal.add(session(20))
    assert journal.count() == 10
    service.close()
    if made is not None:
        outcome = service.restore(made)
        assert outcome.entries == 9
    reopened = service.open_or_raise()
    assert reopened.count() == (9 if journal_url else 10)
    service.close()


def test_a_snapshot_restores_into_either_kind(data_dir: Path, postgres_url: str) -> None:
    from desktop_app.journal import backups

    server = JournalService(data_dir, database_url=postgres_url)
    journal = server.open_or_raise()
    journal.import_entries([session(i, friend_checked=True, friend_rolls=ROLLS)
                            for i in range(6)])
    snapshot = backups.backup_snapshot(journal, "daily")
    server.close()
    local = JournalService(data_dir)
    local.open_or_raise().add(session(40))
    local.close()
    outcome = local.restore(snapshot)
    assert outcome.entries == 6 and outcome.before_restore is not None
    restored = local.open_or_raise()
    assert sorted((e.data for e in restored.entries()), key=lambda d: d.started_at) == [
        session(i, friend_checked=True, friend_rolls=ROLLS) for i in range(6)]
    local.close()


def _charted_journal(journal) -> None:
    """Generated months of sessions, and the cases the statistics' read must order and
    round alike on both kinds: two sessions started in the same microsecond (the one
    with the lower id first), times a microsecond short of the next second, an edited
    session (PostgreSQL then keeps its row at the table's end: the rows come back out
    of time order) and a deleted one."""
    tz = ZoneInfo("Europe/Berlin")
    entries = generate_journal(120, seed=11, end=date(2026, 11, 1), tz=tz)
    tied = datetime(2026, 9, 14, 6, 0, 0, 999_999, tzinfo=UTC)
    entries += [session(0, started_at=tied, pain_before=9, pain_after=1, smoothness=2,
                        right_part_led="yes", stopped_hurt=True),
                session(1, started_at=tied, pain_before=1, pain_after=None, smoothness=None,
                        right_part_led=None),
                session(2, started_at=datetime(2026, 10, 25, 0, 59, 59, 999_999, tzinfo=UTC),
                        pain_before=None, pain_after=7, right_part_led="no")]
    journal.import_entries(entries)
    live = sorted(journal.entries(), key=lambda e: (e.data.started_at, e.id))
    first_tied = next(e for e in live if e.data.started_at == tied)
    journal.update(first_tied.id, first_tied.data.with_changes(notes="edited"),
                   version=first_tied.version)
    journal.update(live[0].id, live[0].data.with_changes(notes="edited"), version=live[0].version)
    journal.delete(live[5].id, version=live[5].version)


def _expected_columns(journal) -> dict[str, list[object]]:
    """The statistics' columns worked out from the entries one by one (the history's
    read, not the one under test), in (started_at, id) order."""
    live = sorted(journal.entries(), key=lambda e: (e.data.started_at, e.id))

    def number(value: object) -> object:
        return math.nan if value is None else float(value)  # type: ignore[arg-type]

    led = {"yes": 1.0, "partly": 0.0, "no": 0.0, None: math.nan}
    return {
        "t": [math.floor(e.data.started_at.timestamp()) for e in live],
        "pain_before": [number(e.data.pain_before) for e in live],
        "pain_after": [number(e.data.pain_after) for e in live],
        "stopped_hurt": [e.data.stopped_hurt for e in live],
        "smoothness": [number(e.data.smoothness) for e in live],
        "right_part_led": [led[e.data.right_part_led] for e in live],
    }


def _as_lists(columns) -> dict[str, list[object]]:
    return {name: getattr(columns, name).tolist() for name in
            ("t", "pain_before", "pain_after", "stopped_hurt", "smoothness", "right_part_led")}


def _same(a: object, b: object) -> bool:
    """Equal, NaN equal to NaN, through lists, dicts, dataclasses and arrays."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return bool(np.array_equal(np.asarray(a), np.asarray(b), equal_nan=True))
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return type(a) is type(b) and all(
            _same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def test_the_charts_numbers_are_the_same_on_both(tmp_path: Path, postgres_url: str) -> None:
    services = [JournalService(tmp_path / "local"),
                JournalService(tmp_path / "server", database_url=postgres_url)]
    journals = [service.open_or_raise() for service in services]
    for journal in journals:
        _charted_journal(journal)
    sqlite, server = journals
    expected = _expected_columns(sqlite)
    assert _same(_expected_columns(server), expected)
    for journal in journals:
        assert _same(_as_lists(journal.session_columns()), expected)
    since = datetime(2026, 9, 1, tzinfo=UTC)
    until = datetime(2026, 10, 25, 1, tzinfo=UTC)
    assert _same(_as_lists(server.session_columns(since=since, until=until)),
                 _as_lists(sqlite.session_columns(since=since, until=until)))
    assert server.session_times(until=until).tolist() == \
        sorted(t for t in expected["t"] if t < until.timestamp())  # type: ignore[operator]
    assert server.session_times(until=until).tolist() == \
        sqlite.session_times(until=until).tolist()
    tz = ZoneInfo("Europe/Berlin")
    for weeks in (None, 6):
        numbers = [progress(journal, weeks=weeks, tz=tz, today=date(2026, 11, 1))
                   for journal in journals]
        assert numbers[0].sessions > 50
        assert _same(numbers[0], numbers[1]), f"weeks={weeks}"
    for service in services:
        service.close()
