"""A first start lands on Watch & practise with a welcome; later starts on the last tab; the
exercise list opens on the seed's exercise (or the last one used); the first frame is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.app import create_window
from desktop_app.choreography import load_exercises
from desktop_app.ui import first_frame
from tests.helpers import ROOT


def _open(qtbot, data_dir: Path):
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_first_start_lands_on_the_exercise_with_a_welcome(qtbot, window) -> None:
    assert window.tabs.currentWidget() is window.practice_page
    welcome = window.findChild(QWidget, "welcomeCard")
    assert welcome is not None and welcome.isVisible()
    words = " ".join(w.text() for w in welcome.findChildren(QWidget) if hasattr(w, "text")
                     and not isinstance(w, QPushButton))
    assert "If it hurts, don't do it at all." in words
    assert "middle back pain" in words
    assert "press Start" in words and "countdown" in words
    watch = window.findChild(QPushButton, "watchPart1")
    assert watch.text() == "Watch Part 1" and watch.accessibleName()


def test_watch_part_1_plays_part_1(qtbot, window) -> None:
    qtbot.mouseClick(window.findChild(QPushButton, "watchPart1"), Qt.MouseButton.LeftButton)
    assert window.demo.current_target() == "part1"
    assert window.demo.is_playing()
    assert not window.practice_page.welcome.isVisible()
    window.demo.pause()


def test_later_starts_remember_the_last_tab_and_skip_the_welcome(qtbot, data_dir: Path) -> None:
    first = _open(qtbot, data_dir)
    first.practice_page.close_welcome()
    first.tabs.setCurrentWidget(first.journal_page)
    first.close()
    second = _open(qtbot, data_dir)
    assert second.tabs.currentWidget() is second.journal_page
    assert not second.practice_page.welcome.isVisible()
    second.tabs.setCurrentWidget(second.practice_page)
    second.close()
    third = _open(qtbot, data_dir)
    assert third.tabs.currentWidget() is third.practice_page
    third.close()


def test_the_welcome_comes_back_from_the_help_menu(qtbot, window) -> None:
    window.practice_page.close_welcome()
    window.tabs.setCurrentWidget(window.journal_page)
    window.welcome_action.trigger()
    assert window.tabs.currentWidget() is window.practice_page
    assert window.practice_page.welcome.isVisible()


def _folder_with_a_copy(tmp_path: Path) -> Path:
    """The seed's file plus a copy that sorts first (a person's own variant)."""
    folder = tmp_path / "animations"
    shutil.copytree(ROOT / "animations", folder)
    text = (folder / "middle_back_rolling.toml").read_text(encoding="utf-8")
    text = text.replace('id = "middle_back_rolling"', 'id = "aaa_my_copy"', 1)
    text = text.replace('title = "Middle Back Exercise: Rolling"', 'title = "A copy"', 1)
    (folder / "aaa_my_copy.toml").write_text(text, encoding="utf-8")
    assert next(iter(load_exercises(folder).exercises)) == "aaa_my_copy"
    return folder


def test_the_list_opens_on_the_seed_not_the_file_that_sorts_first(
    qtbot, window, tmp_path: Path
) -> None:
    window.load_exercises(_folder_with_a_copy(tmp_path))
    assert window.demo.current_exercise().id == "middle_back_rolling"
    assert window.practice._exercise.id == "middle_back_rolling"
    assert window.demo.exercise_box.currentData() == "middle_back_rolling"


def test_the_last_exercise_used_is_where_the_list_opens(qtbot, data_dir: Path, tmp_path) -> None:
    folder = _folder_with_a_copy(tmp_path)
    first = _open(qtbot, data_dir)
    first.load_exercises(folder)
    box = first.demo.exercise_box
    box.setCurrentIndex(box.findData("aaa_my_copy"))
    qtbot.waitUntil(lambda: not first.demo.is_preparing(), timeout=120_000)
    assert first.practice._exercise.id == "aaa_my_copy", "the timer follows the choice"
    first.close()
    second = _open(qtbot, data_dir)
    second.load_exercises(folder)
    assert second.demo.current_exercise().id == "aaa_my_copy"
    second.close()


def test_the_first_frame_is_kept_for_the_next_start(qtbot, data_dir: Path) -> None:
    first = _open(qtbot, data_dir)
    qtbot.waitUntil(lambda: not first.demo.is_preparing(), timeout=120_000)
    key = first_frame.poster_key("middle_back_rolling", "", "auto", False)
    qtbot.waitUntil(lambda: first_frame.load_poster(key) is not None, timeout=5000)
    first.close()
    second = create_window(data_dir, open_journal=False)  # as `rolling-journal` starts
    qtbot.addWidget(second)
    poster = second.findChild(QWidget, "demoPoster")
    assert poster is not None and poster.image is not None
    second.show()
    qtbot.waitExposed(second)
    qtbot.waitUntil(lambda: second.demo is not None, timeout=5000)
    second.close()


def test_a_first_frame_of_another_choice_is_not_shown(tmp_path: Path, qapp) -> None:
    from PySide6.QtGui import QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0)
    key = first_frame.poster_key("middle_back_rolling", "", "auto", False)
    assert first_frame.save_poster(image, key, tmp_path)
    assert first_frame.load_poster(key, tmp_path) is not None
    other = first_frame.poster_key("middle_back_rolling", "", "feet", False)
    assert first_frame.load_poster(other, tmp_path) is None
    (tmp_path / first_frame.POSTER_KEY_FILE).write_text("not json", encoding="utf-8")
    assert first_frame.load_poster(key, tmp_path) is None


def test_the_journal_tab_is_built_after_the_first_paint_or_when_asked_for(qtbot, data_dir) -> None:
    """The window paints Watch & practise with a stand-in for the Journal tab; the form and
    the history are there for anything that looks them up, in the same tab."""
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop_app.app import create_window

    window = create_window(data_dir, open_journal=False)
    qtbot.addWidget(window)
    assert window._journal_page is None
    assert window.tabs.tabText(1) == "&Journal"
    notes = window.findChild(QPlainTextEdit, "notes")  # a lookup builds it
    assert notes is not None and window._journal_page is not None
    assert window.tabs.widget(1) is window.journal_page
    assert window.tabs.currentWidget() is window.practice_page  # the tab shown stays
    assert window.tabs.count() == 3


def test_the_journal_tab_opened_before_it_is_built_shows_the_form(qtbot, data_dir) -> None:
    from desktop_app.app import create_window

    window = create_window(data_dir, open_journal=False)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(1)  # the person clicks Journal before the first paint is over
    assert window.tabs.currentWidget() is window.journal_page
    window.finish_startup()
    assert window.tabs.currentWidget() is window.journal_page
    assert window.history.model.rowCount() == 0
