"""The pure layers' way into Qt's translation, without importing Qt.

`translate(context, text)` has QCoreApplication.translate's signature, so
`pyside6-lupdate` (`make translations`) finds the texts of practice/, stats/ and
choreography/ exactly as it finds the widgets'. Until the ui installs Qt's translate
(`desktop_app.ui.translations.install_translations`) it returns the English text, with
`%n` filled in as Qt would, so scripts and tests that never start Qt read plain English.

`language()` is the language the person chose ("en", "de"): the exercise files' own
per-language texts (`caption_de`, `[guidance.de]`) are picked with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

Backend = Callable[[str, str, "str | None", int], str]

SOURCE_LANGUAGE = "en"


def english_plural(text: str, n: int) -> str:
    """The English form of a "%n session(s)" text for `n`, with "%n" kept: "%n session"
    for 1, "%n sessions" otherwise (the English catalogue is made with this rule)."""
    return text.replace("(s)", "" if n == 1 else "s")


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return english_plural(text, n).replace("%n", str(n)) if n >= 0 else text


def _english_day(day: date) -> str:
    return f"{day:%d %b %Y}"


_backend: Backend = _english
_language = SOURCE_LANGUAGE
_day_format: Callable[[date], str] = _english_day


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the chosen language (`n` picks the plural form of a "%n" text)."""
    return _backend(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for `make translations` where it is defined; translate it where shown."""
    return text


def language() -> str:
    return _language


def day_text(day: date) -> str:
    """A day as the chosen language writes it ("25 Nov 2025", "25. Nov. 2025")."""
    return _day_format(day)


def install(
    backend: Backend | None,
    language_code: str = SOURCE_LANGUAGE,
    day_format: Callable[[date], str] | None = None,
) -> None:
    """Route `translate` through `backend` (None: back to English) in `language_code`,
    and write days with `day_format`."""
    global _backend, _language, _day_format
    _backend = backend if backend is not None else _english
    _language = language_code
    _day_format = day_format if day_format is not None else _english_day


# --- which languages the app speaks ---------------------------------------------------

CATALOG = "rolling_journal"  # resources/translations/rolling_journal_de.qm


def translations_dir() -> Path:
    from desktop_app.paths import bundled_dir

    return bundled_dir("resources") / "translations"


def available_languages() -> list[str]:
    """English (the source) and every language with a compiled catalogue, sorted."""
    found = {path.stem.removeprefix(f"{CATALOG}_")
             for path in translations_dir().glob(f"{CATALOG}_*.qm")}
    return sorted(found | {SOURCE_LANGUAGE})


def normalize_language(name: str) -> str:
    """"de_DE.UTF-8", "de-AT" and "DE" are German ("de"); "C" and "POSIX" are English."""
    code = name.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return SOURCE_LANGUAGE if code in ("c", "posix") else code


def check_language(name: str) -> str:
    """The language code for `--lang NAME`; ValueError naming the choices otherwise."""
    code = normalize_language(name)
    choices = available_languages()
    if code not in choices:
        raise ValueError(f"{name!r} is not a language Rolling Journal speaks; "
                         f"choose one of: {', '.join(choices)}")
    return code
