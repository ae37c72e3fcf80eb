"""Plurals with Qt's `%n`, reading right in English too.

A translation file holds every plural form of a `%n` text; English ships no translation,
so Qt would put the number into the English source text as it is ("1 rolls").
`english_one` gives the singular for that case.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def english_one(translated: str, n: int, one: str) -> str:
    """`translated` (from `tr("%n rolls", "", n)`), or the English singular `one` (with its
    own `%n`) when n is 1 and the interface speaks English."""
    if n == 1 and QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        return one.replace("%n", "1")
    return translated
