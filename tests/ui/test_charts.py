"""The Charts tab: what is drawn matches the journal (read back from the plot items)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from desktop_app.journal.repository import Journal
from desktop_app.localtime import today_in
from tests.helpers import FILLED_TZ, ROOT
from tests.helpers.builders import session_at
from tests.helpers.references import reference_weeks
from tools.sample_journal import generate_journal

TZ = FILLED_TZ  # the filled_journal fixture's days


@pytest.fixture
def tab(qtbot, filled_journal: Journal):
    from desktop_app.ui.charts import ChartsTab

    widget = ChartsTab(filled_journal, tz=TZ)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def bars_by_week(item) -> dict[float, float]:
    """x0 of each bar -> its height, read from a BarGraphItem."""
    opts = item.opts
    return {float(x): float(h) for x, h in zip(opts["x0"], opts["height"], strict=True)}


def drawn_weeks(tab) -> list[tuple[float, float, float]]:
    """(x0, sessions not stopped, stopped) per week drawn, from the bar items."""
    done: dict[float, float] = {}
    for item in (tab.under_bars, tab.met_bars, tab.partial_bars):
        done.update(bars_by_week(item))
    hurt = bars_by_week(tab.hurt_bars)
    return [(x, done[x], hurt.get(x, 0.0)) for x in sorted(done)]


def test_bars_match_the_journal(tab, filled_journal: Journal) -> None:
    assert tab.objectName() == "chartsTab"
    assert tab.weeks == 12
    entries = [e.data for e in filled_journal.entries()]
    today = today_in(TZ)
    first_monday = today - timedelta(days=today.weekday() + 7 * 11)
    expected = reference_weeks(entries, TZ, first_monday, 12)

    weeks = drawn_weeks(tab)

    assert len(weeks) == 12
    for (x0, done, hurt), want in zip(weeks, expected, strict=True):
        start = datetime.fromtimestamp(x0, TZ)
        assert start.date() == want["week_start"]
        assert done + hurt == want["sessions"]
        assert hurt == want["stopped_hurt"]
        assert (x0, done + hurt) in {(x, want["sessions"]) for x, *_ in weeks}
    # Colours: met-target weeks in their own item; the current week is the partial one.
    met = {datetime.fromtimestamp(x, TZ).date() for x in bars_by_week(tab.met_bars)}
    assert met == {w["week_start"] for w in expected[:-1] if w["sessions"] >= 14}
    partial = list(bars_by_week(tab.partial_bars))
    assert [datetime.fromtimestamp(x, TZ).date() for x in partial] == [first_monday
                                                                       + timedelta(weeks=11)]
    # Stopped sessions sit on top of the others.
    hurt_opts = tab.hurt_bars.opts
    for x0, y0 in zip(hurt_opts["x0"], hurt_opts["y0"], strict=True):
        assert y0 == dict((x, d) for x, d, _ in weeks)[float(x0)]
    _, ys = tab.target_line.getData()
    assert list(ys) == [14, 14]


def test_points_match_the_journal(tab, filled_journal: Journal) -> None:
    today = today_in(TZ)
    since = today - timedelta(days=today.weekday() + 7 * 11)
    shown = [e.data for e in filled_journal.entries()
             if e.data.started_at.astimezone(TZ).date() >= since]

    x, y = tab.before_points.getData()
    assert sorted(zip(x.tolist(), y.tolist(), strict=True)) == sorted(
        (float(int(e.started_at.timestamp())), float(e.pain_before))
        for e in shown if e.pain_before is not None)
    x, y = tab.after_points.getData()
    assert len(x) == sum(1 for e in shown if e.pain_after is not None)
    # The rolling means and the weekly step line are drawn over the same range.
    rx, ry = tab.before_rolling.getData()
    assert rx.size == (today - since).days + 1 and np.nanmax(ry) <= 10
    sx, sy = tab.before_weekly.getData()
    assert sx.size == 2 * 12
    means = [row.pain_before_mean for row in tab.progress.weekly.rows()]
    assert [None if np.isnan(v) else pytest.approx(v) for v in sy[::2]] == means
    assert tab.trend_summary.objectName() == "trendSummary"
    assert tab.trend_summary.text() == tab.progress.trend.summary
    assert tab.trend_summary.text().startswith(tab.progress.trend.change.sentence)
    assert tab.trend_summary.text().startswith(("Pain before practice", "Too little data"))


def test_range_selector_changes_the_weeks_shown(tab, filled_journal: Journal) -> None:
    selector = tab.findChild(QComboBox, "rangeSelector")
    assert [selector.itemText(i) for i in range(selector.count())] == [
        "Last 4 weeks", "Last 12 weeks", "Last year", "All"]
    selector.setCurrentIndex(0)
    assert len(drawn_weeks(tab)) == 4
    before_4 = tab.before_points.getData()[0].size
    selector.setCurrentIndex(2)
    assert len(drawn_weeks(tab)) == 52
    selector.setCurrentIndex(3)
    first = min(e.data.started_at for e in filled_journal.entries()).astimezone(TZ).date()
    today = today_in(TZ)
    weeks_all = ((today - timedelta(days=today.weekday()))
                 - (first - timedelta(days=first.weekday()))).days // 7 + 1
    assert len(drawn_weeks(tab)) == weeks_all
    assert tab.before_points.getData()[0].size > before_4
    assert sum(d + h for _, d, h in drawn_weeks(tab)) == filled_journal.count()


def test_refresh_after_save_edit_and_delete(tab, filled_journal: Journal) -> None:
    tab.set_range(4)
    now = datetime.now(UTC)
    this_week_before = drawn_weeks(tab)[-1]
    points_before = tab.before_points.getData()[0].size

    saved = filled_journal.add(session_at(now - timedelta(minutes=1), pain_before=9,
                                          stopped_hurt=True))
    tab.refresh()

    x0, done, hurt = drawn_weeks(tab)[-1]
    assert x0 == this_week_before[0]
    assert (done, hurt) == (this_week_before[1], this_week_before[2] + 1)
    x, y = tab.before_points.getData()
    assert x.size == points_before + 1
    assert (float(int(saved.data.started_at.timestamp())), 9.0) in set(
        zip(x.tolist(), y.tolist(), strict=True))

    filled_journal.update(saved.id, saved.data.with_changes(stopped_hurt=False, pain_before=0))
    tab.refresh()
    assert drawn_weeks(tab)[-1][1:] == (this_week_before[1] + 1, this_week_before[2])

    filled_journal.delete(saved.id)
    tab.refresh()
    assert drawn_weeks(tab)[-1] == this_week_before
    assert tab.before_points.getData()[0].size == points_before

    imported = [session_at(now - timedelta(minutes=m), pain_before=1) for m in (2, 3, 4)]
    filled_journal.import_entries(imported)
    tab.refresh()
    assert drawn_weeks(tab)[-1][1] == this_week_before[1] + 3
    assert tab.before_points.getData()[0].size == points_before + 3


def test_sessions_per_day_moves_the_target(tab) -> None:
    tab.set_sessions_per_day(3)
    assert list(tab.target_line.getData()[1]) == [21, 21]
    assert all(row.target == 21 for row in tab.progress.weekly.rows())


def test_empty_journal_shows_the_empty_state(qtbot, tmp_path: Path) -> None:
    from desktop_app.ui.charts import ChartsTab

    journal = Journal.open(tmp_path / "empty")
    tab = ChartsTab(lambda: journal, tz=TZ)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.empty_state.isVisible() and not tab.charts_area.isVisible()
    assert "appear here" in tab.empty_label.text()
    assert not tab.export_png_button.isEnabled() and not tab.export_csv_button.isEnabled()

    journal.add(session_at(datetime.now(UTC) - timedelta(minutes=5), pain_before=3))
    tab.refresh()
    assert tab.charts_area.isVisible() and not tab.empty_state.isVisible()
    assert tab.export_png_button.isEnabled()
    assert sum(d + h for _, d, h in drawn_weeks(tab)) == 1
    journal.close()


def test_export_png_and_csv(tab, tmp_path: Path) -> None:
    png = tab.export_png(tmp_path / "charts.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 600 and image.height() > 400
    csv_path = tab.export_csv(tmp_path / "weeks.csv")
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    rows = tab.progress.weekly.rows()
    assert len(lines) == 1 + len(rows) == 13
    assert lines[0].startswith("week,week_start,sessions,target,stopped_hurt")
    assert lines[-1].split(",")[:3] == [rows[-1].week, rows[-1].week_start.isoformat(),
                                        str(rows[-1].sessions)]
    with pytest.raises(OSError):
        tab.export_png(tmp_path / "missing-folder" / "charts.png")


def test_hover_shows_the_week_values(tab) -> None:
    rows = tab.progress.weekly.rows()
    box = tab.weekly_chart.getPlotItem().getViewBox()
    bounds = tab.progress.weekly.week_bounds
    index = 5
    middle = (bounds[index] + bounds[index + 1]) / 2
    scene = box.mapViewToScene(QPointF(middle, 1.0))

    text = tab.hover_text(tab.weekly_chart, scene)

    assert text == tab.week_tooltip(index)
    assert text.startswith(rows[index].week)
    assert f"{rows[index].sessions} sessions" in text
    assert tab.hover_text(tab.weekly_chart, QPointF(-50, -50)) == ""
    tip = tab.before_points.opts["tip"]
    when = datetime(2026, 11, 3, 7, 45, tzinfo=TZ)
    assert tip(x=when.timestamp(), y=4.0) == "Tue 03 Nov 2026, 07:45\nPain before practice: 4"
    # Hovering a drawn point of the pain chart shows that session's rating.
    pain_box = tab.pain_chart.getPlotItem().getViewBox()
    x, y = tab.after_points.getData()
    on_point = pain_box.mapViewToScene(QPointF(x[-1], y[-1]))
    text = tab.hover_text(tab.pain_chart, on_point)
    assert text.startswith(datetime.fromtimestamp(x[-1], TZ).strftime("%a %d %b %Y, %H:%M"))
    assert text.endswith(f"Pain after practice: {y[-1]:g}") or "Pain before" in text


def test_object_and_accessible_names(tab) -> None:
    for name in ("weeklyChart", "painChart", "rangeSelector", "trendSummary"):
        assert tab.findChild(object, name) is not None, name
    controls = tab.findChildren(QPushButton) + tab.findChildren(QComboBox)
    controls += [tab.weekly_chart, tab.pain_chart, tab.smoothness_chart, tab.lead_chart,
                 tab.trend_summary]
    assert len(controls) >= 8
    for control in controls:
        assert control.accessibleName(), control.objectName()
    assert all(isinstance(w, QLabel) for w in (tab.trend_summary, tab.empty_label))


def test_package_import_does_not_load_pyqtgraph() -> None:
    code = ("import sys, desktop_app.ui.charts; "
            "assert 'pyqtgraph' not in sys.modules; "
            "from desktop_app.ui.charts import ChartsTab; "
            "assert 'pyqtgraph' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_fixed_today_and_zone(qtbot, data_dir: Path) -> None:
    from desktop_app.ui.charts import ChartsTab

    tz = ZoneInfo("America/New_York")
    journal = Journal.open(data_dir)
    journal.import_entries(generate_journal(30, seed=2, end=date(2026, 11, 1), tz=tz))
    tab = ChartsTab(journal, 2, None, tz=tz, today=lambda: date(2026, 11, 4))
    qtbot.addWidget(tab)
    tab.set_range(4)
    starts = [datetime.fromtimestamp(x, tz) for x, *_ in drawn_weeks(tab)]
    # Each bar starts a little after local Monday midnight, DST change (Nov 1) included.
    assert [s.date() for s in starts] == [date(2026, 10, 12), date(2026, 10, 19),
                                          date(2026, 10, 26), date(2026, 11, 2)]
    assert all(s.hour == 7 and s.minute == 12 for s in starts)
    assert drawn_weeks(tab)[-1][1:] == (0.0, 0.0)


def test_weeks_without_sessions_say_so(qtbot, data_dir: Path) -> None:
    from desktop_app.ui.charts import ChartsTab

    journal = Journal.open(data_dir)
    long_ago = datetime.now(UTC) - timedelta(weeks=20)
    journal.add(session_at(long_ago, pain_before=4))
    tab = ChartsTab(journal, tz=TZ)
    qtbot.addWidget(tab)
    tab.set_range(4)
    assert tab.charts_area is tab.stack.currentWidget()  # not the empty-journal page
    assert [d + h for _, d, h in drawn_weeks(tab)] == [0, 0, 0, 0]
    assert tab.no_sessions_note.isVisible()
    assert tab.trend_summary.text().startswith("Too little data")
    tab.set_range(None)
    assert not tab.no_sessions_note.isVisible()
    assert sum(d + h for _, d, h in drawn_weeks(tab)) == 1


def test_unreadable_journal_shows_a_message(qtbot, data_dir: Path) -> None:
    import sqlite3

    from desktop_app.ui.charts import ChartsTab

    journal = Journal.open(data_dir)
    journal.add(session_at(datetime.now(UTC) - timedelta(hours=1)))
    tab = ChartsTab(journal, tz=TZ)
    qtbot.addWidget(tab)
    assert tab.stack.currentWidget() is tab.charts_area
    journal.engine.dispose()
    with sqlite3.connect(journal.path) as conn:
        conn.execute("ALTER TABLE entry RENAME TO entry_gone")
    tab.refresh()
    assert tab.stack.currentWidget() is tab.empty_state
    assert "could not read the journal" in tab.empty_label.text()
    assert "entry" in tab.empty_label.text()
    assert not tab.export_csv_button.isEnabled()
    journal.close()
