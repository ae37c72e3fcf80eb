"""The app in German (`--lang de`), the catalogues complete, and the exercise files'
own per-language texts (`caption_de`, `[guidance.de]`)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.app import build_parser, main
from desktop_app.choreography import ChoreographyError, load_exercise

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "animations" / "middle_back_rolling.toml"
# The seed's first German caption, as a whole line.
CAPTION_DE = next(line for line in SEED.read_text(encoding="utf-8").splitlines()
                  if line.startswith("caption_de = "))


@pytest.fixture
def german_window(qtbot: Any, data_dir: Path) -> Iterator[Any]:
    """The window as `rolling-journal --lang de` builds it (translators installed)."""
    from desktop_app.app import prepare_gui
    from desktop_app.ui.translations import remove_translations

    args = build_parser().parse_args(["--lang", "de", "--data-dir", str(data_dir)])
    prepared = prepare_gui(args)
    assert prepared is not None
    _app, window, instance = prepared
    qtbot.addWidget(window)
    window.finish_startup()
    window.show()
    try:
        yield window
    finally:
        instance.release()
        remove_translations()


def test_the_window_speaks_german_with_lang_de(german_window: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app import i18n

    tabs = german_window.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["&Ansehen && üben", "&Tagebuch", "&Fortschritt"]
    menus = [a.text() for a in german_window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Hilfe"]
    assert german_window.history.model.headerData(3, _horizontal()) == "Schmerz vorher"
    assert german_window.journal_page.delete_button.text() == "Eintrag löschen"
    # Qt's own buttons come from qtbase_de.qm.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    # The exercise file's German texts, and the guide built from them.
    assert i18n.language() == "de"
    exercise = german_window.demo.current_exercise()
    assert exercise.title == "Übung für den mittleren Rücken: Rollen"
    assert exercise.steps[0].caption.startswith("Beginnen Sie die Rolle")


def test_the_hurt_button_and_form_labels_are_german(german_window: Any) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    assert german_window.practice.hurt_button.text().startswith("Es tut weh")
    form = german_window.form.form_layout
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(item.widget().text())
    assert len(labels) >= 10  # every labelled row of the form
    assert any("Schmerz vorher" in text for text in labels)
    assert not any(text.startswith("Pain before") for text in labels)


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_english_stays_the_default_and_counts_plurals(window: Any) -> None:
    tabs = window.tabs
    assert tabs.tabText(0) == "&Watch && practise"
    assert window.tr("%n session(s)", "", 1) == "1 session(s)"  # MainWindow has none
    assert window.history.tr("%n session(s)", "", 1) == "1 session"
    assert window.history.tr("%n session(s)", "", 3) == "3 sessions"


def test_a_language_the_app_does_not_speak_is_refused_clearly(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "fr"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "'fr' is not a language Rolling Journal speaks; choose one of: de, en" in err
    assert "Traceback" not in err
    assert build_parser().parse_args(["--lang", "de_DE.UTF-8"]).lang == "de"


def test_no_text_is_missing_from_the_catalogues() -> None:
    """lupdate over desktop_app/ finds nothing the committed .ts lacks, nothing there is
    untranslated, and the .qm files are built from it (`make translations` fixes it)."""
    run = subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"),
                          "--check"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_catalogue_check_names_a_missing_text(tmp_path: Path) -> None:
    """The check fails on a text the .ts does not have."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    ts = tmp_path / "rolling_journal_de.ts"
    ts.write_text(translations.ts_path("de").read_text(encoding="utf-8").replace(
        "<source>&amp;Journal</source>", "<source>&amp;Journal (old)</source>"), encoding="utf-8")
    fresh, was = translations.read_ts(translations.ts_path("de")), translations.read_ts(ts)
    assert translations.Message("MainWindow", "&Journal") in fresh
    assert translations.Message("MainWindow", "&Journal") not in was


# --- the exercise file's own translations ---------------------------------------------


def _seed_with(tmp_path: Path, after: str, extra: str) -> Path:
    text = SEED.read_text(encoding="utf-8")
    assert text.count(after) == 1
    path = tmp_path / "middle_back_rolling.toml"
    path.write_text(text.replace(after, after + extra), encoding="utf-8")
    return path


def test_the_seed_has_german_for_every_text_a_person_reads() -> None:
    english = load_exercise(SEED)
    german = english.localized("de")
    assert german.title != english.title
    for de_step, en_step in zip(german.steps, english.steps, strict=True):
        assert de_step.caption != en_step.caption
        assert (de_step.note is None) == (en_step.note is None)
        assert de_step.note != en_step.note or en_step.note is None
        assert (de_step.canvas_note is None) == (en_step.canvas_note is None)
    for key in ("intro", "why", "how_often", "safety", "head_leading", "directions"):
        assert getattr(german.guidance, key) != getattr(english.guidance, key)
    assert [p.title for p in german.parts] == ["Teil 1", "Teil 2", "Teil 3"]
    # Untranslated languages fall back to English; the motion is the same exercise.
    assert english.localized("fr") == english
    assert [s.leader for s in german.steps] == [s.leader for s in english.steps]


def test_a_step_caption_in_another_language(tmp_path: Path) -> None:
    path = _seed_with(tmp_path, 'id = "part1.1"\n', 'caption_fr = "Commencez à rouler."\n')
    exercise = load_exercise(path)
    assert exercise.localized("fr").steps[0].caption == "Commencez à rouler."
    assert exercise.localized("fr").steps[1].caption == exercise.steps[1].caption


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    (CAPTION_DE, 'caption_de = ""', "caption_de", "at least 1 character"),
    (CAPTION_DE, "caption_de = 3", "caption_de", "should be text"),
    ('id = "part1.1"\n', 'id = "part1.1"\nnote_de = "Hinweis"\n', "note_de", "no English note"),
    ('id = "part1.1"\n', 'id = "part1.1"\ncaption_deu = "x"\n', "caption_deu", "not a field"),
    ('title = "Part 1"\n', 'title = "Part 1"\nintro_de = "x"\n', "intro_de", "no English intro"),
    ("[guidance.de]\n", '[guidance.de]\nintroo = "x"\n', "guidance.de.introo", "not a field"),
    ('how_often = "Zweimal am Tag, aber gern so oft Sie möchten."', 'how_often = ""',
     "guidance.de.how_often", "at least 1 character"),
])
def test_a_bad_translated_text_is_named(tmp_path: Path, old: str, new: str, field: str,
                                        words: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "middle_back_rolling.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ChoreographyError) as raised:
        load_exercise(path)
    problem = raised.value
    assert problem.field == field, str(problem)
    assert words in problem.problem
    assert str(problem).startswith("middle_back_rolling.toml")


def test_the_words_on_the_demonstration_are_german(german_window: Any) -> None:
    """What the motion layer writes on the canvas (lead, direction, lying) is drawn in German."""
    from desktop_app.motion.plan import leader_label, orientation_words
    from desktop_app.ui.demo.canvas_words import CANVAS_WORDS, canvas_words

    assert canvas_words(leader_label("right_knee")) == "Das rechte Knie führt"
    assert canvas_words("Rolling to the person's LEFT") == "Rollen zur LINKEN der Person"
    assert canvas_words(orientation_words(180.0).capitalize()) == "Bauchlage"
    assert canvas_words("Middle Back Exercise") == "Middle Back Exercise"  # not a canvas word
    # Every word the motion layer can write is in the table, so none is left in English.
    leads = {leader_label(p) for p in ("head", "right_knee", "right_hip", "left_knee",
                                       "left_hip")}
    lying = {orientation_words(a).capitalize() for a in (0.0, 90.0, 180.0, 270.0)}
    assert leads | lying <= CANVAS_WORDS
    assert all(canvas_words(word) != word for word in CANVAS_WORDS - {"start"})
