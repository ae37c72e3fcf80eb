"""Weekly numbers against a straightforward per-entry computation."""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.journal.columns import Columns
from desktop_app.journal.entry import EntryData
from desktop_app.journal.repository import Journal
from desktop_app.localtime import local_midnight
from desktop_app.stats.calendar import week_grid
from desktop_app.stats.weekly import ROW_KEYS, WeekRow, weekly_summary, weekly_table, write_csv
from tests.helpers import ROOT
from tests.helpers.builders import insert_unchecked, session_at
from tests.helpers.examples import examples
from tests.helpers.references import LED_VALUE, reference_weeks
from tools.sample_journal import generate_journal

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
def assert_rows_match(rows: list[WeekRow], expected: list[dict[str, object]]) -> None:
    assert [r.week for r in rows] == [e["week"] for e in expected]
    for row, want in zip(rows, expected, strict=True):
        # strength has its own reference loop (tests/test_strength.py)
        for key in (k for k in ROW_KEYS if k != "strength"):
            got = getattr(row, key)
            if isinstance(want[key], float):
                assert got == pytest.approx(want[key], abs=1e-9), (row.week, key)
            else:
                assert got == want[key], (row.week, key)


@pytest.mark.parametrize("tz", [BERLIN, NEW_YORK], ids=["Berlin", "New_York"])
def test_generated_journal_across_both_dst_changes(data_dir: Path, tz: ZoneInfo) -> None:
    # 2026-03-01 .. 2026-11-22 spans the spring and autumn changes of both zones.
    today = date(2026, 11, 25)
    entries = generate_journal(267, seed=3, end=date(2026, 11, 22), tz=tz)
    journal = Journal.open(data_dir)
    journal.import_entries(entries)
    # Soft-delete every 9th entry: those must not count.
    saved = sorted(journal.entries(), key=lambda e: e.data.started_at)
    deleted = {e.data.started_at for e in saved[::9]}
    for entry in saved[::9]:
        journal.delete(entry.id)
    live = [e for e in entries if e.started_at not in deleted]

    rows = weekly_summary(journal, tz=tz, today=today)

    first_monday = rows[0].week_start
    assert first_monday == date(2026, 2, 23)  # 2026-03-01 is a Sunday
    expected = reference_weeks(live, tz, first_monday, len(rows))
    assert_rows_match(rows, expected)
    assert sum(r.sessions for r in rows) == len(live) < len(entries)
    assert rows[-1].week == "2026-W48" and rows[-1].partial
    assert rows[-1].sessions == 0  # nothing after the 22nd
    assert not any(r.partial for r in rows[:-1])


@pytest.mark.parametrize("tz", [BERLIN, NEW_YORK], ids=["Berlin", "New_York"])
def test_sessions_at_23_59_and_00_01_local_time(data_dir: Path, tz: ZoneInfo) -> None:
    # Sundays around both DST changes of 2026 in each zone, and an ordinary one.
    sundays = [date(2026, 3, 8), date(2026, 3, 29), date(2026, 10, 25), date(2026, 11, 1),
               date(2026, 11, 15)]
    entries = []
    for sunday in sundays:
        entries.append(session_at(datetime.combine(sunday, time(23, 59), tzinfo=tz), pain_before=7))
        monday = sunday + timedelta(days=1)
        entries.append(session_at(datetime.combine(monday, time(0, 1), tzinfo=tz), pain_before=3))
        entries.append(session_at(datetime.combine(monday, time(0, 0), tzinfo=tz), pain_before=3))
    journal = Journal.open(data_dir)
    journal.import_entries(entries)

    rows = {r.week_start: r for r in weekly_summary(journal, tz=tz, today=date(2026, 11, 20))}

    expected: dict[date, list[int]] = {}
    for sunday in sundays:  # Sunday 23:59 ends its week; Monday 00:00 and 00:01 start the next
        expected.setdefault(sunday - timedelta(days=6), []).append(7)
        expected.setdefault(sunday + timedelta(days=1), []).extend([3, 3])
    for monday, pains in expected.items():
        assert rows[monday].sessions == len(pains), monday
        assert rows[monday].pain_before_mean == pytest.approx(sum(pains) / len(pains))
    assert rows[date(2026, 10, 26)].sessions == 3  # Mon 00:00, 00:01 and Sun 23:59 of Nov 1
    assert sum(r.sessions for r in rows.values()) == len(entries)


def test_iso_week_53_of_2020(data_dir: Path) -> None:
    tz = BERLIN
    entries = [
        session_at(datetime.combine(date(2020, 12, 21) + timedelta(days=d), time(h, 15), tzinfo=tz),
                   pain_before=d % 11)
        for d in range(21) for h in (8, 20)
    ]
    journal = Journal.open(data_dir)
    journal.import_entries(entries)

    rows = weekly_summary(journal, weeks=4, tz=tz, today=date(2021, 1, 12))

    assert [(r.week, r.week_start) for r in rows] == [
        ("2020-W52", date(2020, 12, 21)),
        ("2020-W53", date(2020, 12, 28)),
        ("2021-W01", date(2021, 1, 4)),
        ("2021-W02", date(2021, 1, 11)),
    ]
    assert_rows_match(rows, reference_weeks(entries, tz, date(2020, 12, 21), 4))
    assert [r.sessions for r in rows] == [14, 14, 14, 0]


def test_iso_week_53_of_2026(data_dir: Path) -> None:
    tz = NEW_YORK
    # Too far in the future for Journal.add today, so stored directly.
    entries = [
        session_at(datetime.combine(date(2026, 12, 24) + timedelta(days=d), time(23, 59),
                                    tzinfo=tz),
                   smoothness=1 + d % 5, stopped_hurt=d % 4 == 0)
        for d in range(14)
    ]
    journal = Journal.open(data_dir)
    insert_unchecked(journal.engine, entries)

    rows = weekly_summary(journal, tz=tz, today=date(2027, 1, 6))

    assert [(r.week, r.week_start) for r in rows] == [
        ("2026-W52", date(2026, 12, 21)),
        ("2026-W53", date(2026, 12, 28)),
        ("2027-W01", date(2027, 1, 4)),
    ]
    assert_rows_match(rows, reference_weeks(entries, tz, date(2026, 12, 21), 3))
    assert rows[-1].partial and not rows[1].partial


def test_weeks_without_sessions_are_present_with_zero(data_dir: Path) -> None:
    tz = BERLIN
    journal = Journal.open(data_dir)
    journal.add(session_at(datetime(2026, 10, 6, 9, 0, tzinfo=tz), pain_before=5,
                           right_part_led="yes"))
    journal.add(session_at(datetime(2026, 10, 29, 9, 0, tzinfo=tz), pain_before=3,
                           right_part_led="partly"))

    rows = weekly_summary(journal, tz=tz, today=date(2026, 11, 10))

    assert [r.week for r in rows] == ["2026-W41", "2026-W42", "2026-W43", "2026-W44",
                                      "2026-W45", "2026-W46"]
    assert [r.sessions for r in rows] == [1, 0, 0, 1, 0, 0]
    empty = rows[1]
    assert empty.stopped_hurt == 0 and empty.target == 14
    assert empty.pain_before_mean is None and empty.right_part_led_share is None
    assert empty.as_dict()["pain_before_mean"] is None
    assert rows[0].right_part_led_share == 1.0 and rows[3].right_part_led_share == 0.0


def test_last_n_weeks_and_target_from_the_setting(data_dir: Path) -> None:
    tz = NEW_YORK
    today = date(2026, 11, 18)  # a Wednesday
    entries = generate_journal(60, seed=11, end=today, tz=tz)
    journal = Journal.open(data_dir)
    journal.import_entries(entries)

    rows = weekly_summary(journal, weeks=4, tz=tz, today=today, sessions_per_day=3)

    assert [r.week_start for r in rows] == [date(2026, 10, 26), date(2026, 11, 2),
                                            date(2026, 11, 9), date(2026, 11, 16)]
    assert {r.target for r in rows} == {21}
    assert [r.partial for r in rows] == [False, False, False, True]
    assert_rows_match(rows, reference_weeks(entries, tz, date(2026, 10, 26), 4, per_day=3))


def test_empty_journal(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    assert weekly_summary(journal, tz=BERLIN) == []
    rows = weekly_summary(journal, weeks=3, tz=BERLIN, today=date(2026, 11, 25))
    assert [r.sessions for r in rows] == [0, 0, 0]
    assert rows[-1].week == "2026-W48"
    with pytest.raises(ValueError):
        weekly_summary(journal, weeks=0, tz=BERLIN)


def test_columns_loader_excludes_deleted_and_keeps_values(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    start = datetime(2026, 11, 1, 7, 30, 15, 999_999, tzinfo=UTC)
    first = journal.add(session_at(start, pain_before=10, pain_after=0, smoothness=5,
                                   right_part_led="no", stopped_hurt=True))
    second = journal.add(session_at(start + timedelta(hours=12)))
    journal.add(session_at(start + timedelta(days=1), pain_before=0, right_part_led="yes"))
    journal.delete(second.id)

    columns = journal.session_columns()

    assert columns.t.tolist() == [int(start.timestamp()),
                                  int((start + timedelta(days=1)).timestamp())]
    assert columns.pain_before.tolist() == [10.0, 0.0]
    assert columns.pain_after[0] == 0.0 and math.isnan(columns.pain_after[1])
    assert columns.smoothness[0] == 5.0 and math.isnan(columns.smoothness[1])
    assert columns.right_part_led.tolist() == [0.0, 1.0]
    assert columns.stopped_hurt.tolist() == [True, False]
    since = journal.session_columns(since=start + timedelta(seconds=1))
    assert len(since) == 1
    journal.restore(second.id)
    assert len(journal.session_columns(until=start + timedelta(days=1))) == 2
    # A start time written by another tool without microseconds still parses.
    with journal.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE entry SET started_at = '2026-11-01 07:30:15' "
                             f"WHERE id = {first.id}")
    assert journal.session_columns().t.tolist() == [
        int(start.timestamp()), int((start + timedelta(hours=12)).timestamp()),
        int((start + timedelta(days=1)).timestamp())]


def test_csv_export(tmp_path: Path, data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.add(session_at(datetime(2026, 11, 3, 9, tzinfo=BERLIN), pain_before=4))
    rows = weekly_summary(journal, weeks=2, tz=BERLIN, today=date(2026, 11, 12))
    target = tmp_path / "weeks.csv"
    write_csv(rows, target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines == [
        ",".join(ROW_KEYS),
        # strength: half of Tuesday's target, then 5 and 3 missed days (today, with no
        # session yet, does not count): 100 * 0.5 * (1 - m) * m**5, then * m**3
        "2026-W45,2026-11-02,1,14,0,4.0,,,,0,2.0",
        "2026-W46,2026-11-09,0,14,0,,,,,0,1.7",
    ]


ZONES = [BERLIN, NEW_YORK, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("America/Santiago"),
         ZoneInfo("Asia/Kolkata"), ZoneInfo("UTC")]


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tz=st.sampled_from(ZONES),
    first_monday=st.dates(date(2015, 1, 5), date(2030, 1, 1)).map(
        lambda d: d - timedelta(days=d.weekday())),
    weeks=st.integers(1, 60),
    sessions=st.lists(
        st.tuples(
            st.floats(-0.1, 1.1),  # position in the range (a little outside too)
            st.one_of(st.none(), st.integers(0, 10)),
            st.one_of(st.none(), st.integers(0, 10)),
            st.booleans(),
            st.one_of(st.none(), st.integers(1, 5)),
            st.sampled_from([None, "yes", "partly", "no"]),
        ),
        max_size=80,
    ),
)
def test_weekly_table_matches_reference_in_any_zone(tz, first_monday, weeks, sessions) -> None:
    start = local_midnight(first_monday, tz).timestamp()
    end = local_midnight(first_monday + timedelta(days=7 * weeks), tz).timestamp()
    entries = []
    for where, before, after, hurt, smooth, led in sessions:
        moment = datetime.fromtimestamp(int(start + where * (end - start)), UTC)
        entries.append(EntryData(started_at=moment, duration_s=60, pain_before=before,
                                 pain_after=after, stopped_hurt=hurt, smoothness=smooth,
                                 right_part_led=led))
    entries.sort(key=lambda e: e.started_at)

    def num(value: object) -> float:
        return math.nan if value is None else float(value)  # type: ignore[arg-type]

    columns = Columns.from_rows([
        (e.started_at.timestamp(), num(e.pain_before), num(e.pain_after), e.stopped_hurt,
         num(e.smoothness), num(None if e.right_part_led is None else LED_VALUE[e.right_part_led]))
        for e in entries
    ])
    grid = week_grid(first_monday, weeks, tz)
    table = weekly_table(columns, grid, today=first_monday + timedelta(days=7 * weeks + 1))

    assert_rows_match(table.rows(), reference_weeks(entries, tz, first_monday, weeks))
    assert np.all(np.diff(grid.bounds) >= 22 * 3600)


def test_stats_and_its_command_load_no_qt() -> None:
    # (The layer rules themselves are import-linter contracts in pyproject.toml.)
    code = ("import sys; import desktop_app.stats.progress, desktop_app.cli.stats; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_local_zone_follows_the_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    import time as time_module

    from desktop_app.localtime import SystemLocalTime, local_zone

    if not hasattr(time_module, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "America/New_York")
    time_module.tzset()
    try:
        assert local_zone() == NEW_YORK
        # The fallback for zones without an IANA name follows the C library's rules.
        system = SystemLocalTime()
        for day in (date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 9), date(2026, 11, 1),
                    date(2026, 11, 2), date(2026, 7, 1)):
            assert local_midnight(day, system) == local_midnight(day, NEW_YORK), day
            moment = datetime.combine(day, time(12), tzinfo=UTC)
            assert moment.astimezone(system).hour == moment.astimezone(NEW_YORK).hour
    finally:
        monkeypatch.undo()
        time_module.tzset()


@pytest.mark.parametrize("tz", [BERLIN, NEW_YORK])
def test_day_index_of_many_sorted_sessions_is_each_ones_local_day(tz) -> None:
    """Years of sessions take the sorted path of `day_index` (a lookup per day, not per
    session): each session still gets its own local day, at midnights, across the
    clock changes, and before (-1) or after (`days`) the grid."""
    grid = week_grid(date(2025, 3, 3), 4, tz)  # the spring clock change is in week 4
    midnights = [int(local_midnight(grid.first_day + timedelta(days=d), tz).timestamp())
                 for d in range(grid.days + 1)]
    rng = np.random.default_rng(3)
    epochs = np.sort(np.concatenate([
        rng.integers(midnights[0] - 3 * 86400, midnights[-1] + 3 * 86400, 400),
        midnights, np.array(midnights) - 1, np.repeat(midnights[10] + 5, 7)]))
    assert epochs.size > 4 * grid.bounds.size  # the sorted path

    def local_day(epoch: int) -> int:
        day = (datetime.fromtimestamp(epoch, tz).date() - grid.first_day).days
        return -1 if day < 0 else min(day, grid.days)

    expected = [local_day(int(e)) for e in epochs]
    assert grid.day_index(epochs).tolist() == expected
    shuffled = rng.permutation(epochs.size)
    assert grid.day_index(epochs[shuffled]).tolist() == [expected[i] for i in shuffled]
