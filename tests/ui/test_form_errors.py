"""The journal form never changes what was typed: every bad value is an error that says
what is wrong, goes away when fixed, and the form does not jump."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.ui.form_fields import parse_duration

RANGE = "from 0 (no pain) to 10 (worst imaginable)"


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)


def fill_valid(window) -> None:
    window.form.duration.setText("10")
    window.form.part_boxes["part1"].setChecked(True)


@pytest.mark.parametrize("typed", ["15", "-3", "5.5", "ten", "11"])
@pytest.mark.parametrize("name", ["painBefore", "painAfter"])
def test_a_bad_pain_is_an_error_naming_the_range_and_stays_as_typed(
    qtbot, window, name: str, typed: str
) -> None:
    fill_valid(window)
    field = window.findChild(QLineEdit, name)
    type_into(qtbot, field, typed)
    assert field.text() == typed  # not 1, not 55, not clamped
    assert not window.save_entry()
    key = "pain_before" if name == "painBefore" else "pain_after"
    error = window.form.error_text(key)
    assert RANGE in error and typed in error
    assert window.journal.count() == 0
    assert field.text() == typed


def test_pains_0_to_10_and_empty_are_fine(qtbot, window) -> None:
    fill_valid(window)
    type_into(qtbot, window.form.pain_before, "0")
    type_into(qtbot, window.form.pain_after, "10")
    assert window.save_entry()
    data = window.journal.entries()[0].data
    assert (data.pain_before, data.pain_after) == (0, 10)


def test_a_start_in_the_future_is_an_error_not_wrapped_into_the_past(qtbot, window) -> None:
    fill_valid(window)
    field = window.findChild(QLineEdit, "startedAt")
    next_year = datetime.now().year + 1
    typed = f"{next_year}-06-01 08:00"
    type_into(qtbot, field, typed)
    assert not window.save_entry()
    assert "in the future" in window.form.error_text("started_at")
    assert field.text() == typed and window.journal.count() == 0
    later_today = (datetime.now() + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
    type_into(qtbot, field, later_today)
    assert not window.save_entry() and "in the future" in window.form.error_text("started_at")
    for bad in ("2026-13-01 08:00", "yesterday", "2026-02-30"):
        type_into(qtbot, field, bad)
        assert not window.save_entry()
        assert "is not a date and time like 2026-11-25 08:00" in \
            window.form.error_text("started_at")


def test_a_typed_past_start_is_saved_as_typed(qtbot, window) -> None:
    fill_valid(window)
    type_into(qtbot, window.form.started_at, "2026-06-01 08:30")
    assert window.save_entry()
    started = window.journal.entries()[0].data.started_at.astimezone()
    assert started.replace(tzinfo=None) == datetime(2026, 6, 1, 8, 30)


@pytest.mark.parametrize(("typed", "seconds"), [("10", 600), ("10:30", 630),
                                                 ("0:10:30", 630), ("1:02:03", 3723),
                                                 (" 7 ", 420)])
def test_duration_accepts_typed_digits(qtbot, window, typed: str, seconds: int) -> None:
    assert parse_duration(typed) == seconds
    fill_valid(window)
    type_into(qtbot, window.form.duration, typed)
    assert window.save_entry()
    assert window.journal.entries()[0].data.duration_s == seconds


@pytest.mark.parametrize(("typed", "message"), [
    ("10.5", "10.5 is not a time"), ("10:75", "10:75 is not a time"), ("", "is missing"),
    ("5:00:00", "between 1 second and 4 hours"), ("0", "between 1 second and 4 hours"),
])
def test_a_bad_duration_says_how_to_type_it(qtbot, window, typed: str, message: str) -> None:
    fill_valid(window)
    type_into(qtbot, window.form.duration, typed)
    assert not window.save_entry()
    assert message in window.form.error_text("duration_s")
    assert window.form.duration.text() == typed.strip() or window.form.duration.text() == typed


def test_an_error_goes_away_when_fixed_and_the_form_does_not_jump(qtbot, window) -> None:
    fill_valid(window)
    type_into(qtbot, window.form.pain_before, "15")
    type_into(qtbot, window.form.duration, "10.5")
    assert not window.save_entry()
    QApplication.processEvents()
    notes_y = window.form.notes.mapTo(window.form, window.form.notes.rect().topLeft()).y()
    assert window.form.error_text("pain_before") and window.form.error_text("duration_s")
    type_into(qtbot, window.form.pain_before, "5")  # fixed: its error goes at once
    QApplication.processEvents()
    assert window.form.error_text("pain_before") == ""
    assert window.form.error_text("duration_s")  # the other one stays until it is fixed
    assert window.form.notes.mapTo(window.form, window.form.notes.rect().topLeft()).y() == \
        notes_y  # the fields below did not move
    type_into(qtbot, window.form.duration, "10")
    QApplication.processEvents()
    assert window.form.error_text("duration_s") == ""
    assert "Not saved" not in window.form.form_message.text()
    assert window.form.notes.mapTo(window.form, window.form.notes.rect().topLeft()).y() == \
        notes_y
    # Typing a new mistake does not show an error before Save.
    type_into(qtbot, window.form.pain_after, "12")
    assert window.form.error_text("pain_after") == ""
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert RANGE in window.form.error_text("pain_after") and window.journal.count() == 0
