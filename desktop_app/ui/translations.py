"""The app in the person's language: its own catalogue (`make translations` builds
resources/translations/rolling_journal_<lang>.qm) and Qt's (qtbase_<lang>.qm, so the
standard buttons and dialogs match), for `--lang` or else the system's language."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app import i18n

_installed: list[QTranslator] = []


def system_language() -> str:
    """The first of the system's UI languages the app speaks, else English."""
    spoken = i18n.available_languages()
    for name in QLocale.system().uiLanguages():
        code = i18n.normalize_language(name)
        if code in spoken:
            return code
    return i18n.SOURCE_LANGUAGE


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues are: Qt's translations path, then PySide6's wheel copy
    (a PyInstaller bundle keeps them under PySide6/Qt/translations)."""
    import PySide6

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
               Path(PySide6.__file__).resolve().parent / "Qt" / "translations"]
    return list(dict.fromkeys(folders))


def install_translations(language: str | None = None) -> str:
    """Translate the app into `language` (a code from `i18n.check_language`; None: the
    system's). Returns the language in use. Call again to switch; English removes them."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translations needs a QApplication")
    remove_translations()
    chosen = language or system_language()
    own = QTranslator(app)
    if not own.load(f"{i18n.CATALOG}_{chosen}", str(i18n.translations_dir())):
        logging.getLogger(__name__).warning("No %s translation in %s", chosen,
                                            i18n.translations_dir())
        return i18n.SOURCE_LANGUAGE
    app.installTranslator(own)
    _installed.append(own)
    if chosen == i18n.SOURCE_LANGUAGE:
        # English is the source: its catalogue only says "1 session", "2 sessions".
        return chosen
    translators = []
    qt_own = QTranslator(app)
    if any(qt_own.load(f"qtbase_{chosen}", str(folder)) for folder in qt_translations_dirs()):
        translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    i18n.install(QCoreApplication.translate, chosen, day_format=_day_text)
    return chosen


def _day_text(day: date) -> str:
    from desktop_app.ui.dates import local_text

    return local_text(day, QCoreApplication.translate("Dates", "dd MMM yyyy"))


def ensure_translations() -> None:
    """English (its plurals) unless a language is already installed: for windows built
    without `install_translations` (tests, the smoke test)."""
    if not _installed:
        install_translations(i18n.SOURCE_LANGUAGE)


def remove_translations() -> None:
    """Back to English (the source texts)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    i18n.install(None)
