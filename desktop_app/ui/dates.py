"""Days and times in the chosen language: "Tue 25 Nov 2025" in English, "Di. 25. Nov. 2025"
in German. Python's strftime writes English names whatever the language; QLocale writes
the chosen language's (formats as in QDateTime: ddd, dd, MMM, yyyy, HH:mm)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop_app import i18n


def locale() -> QLocale:
    """The chosen language's conventions (British English for the English source)."""
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(i18n.language())


def local_text(moment: datetime | date, qt_format: str) -> str:
    """`moment` (a datetime in the computer's time zone, or a day) in `qt_format`."""
    if isinstance(moment, datetime):
        local = moment.astimezone() if moment.tzinfo is not None else moment
        value = QDateTime(QDate(local.year, local.month, local.day),
                          QTime(local.hour, local.minute, local.second))
        return locale().toString(value, qt_format)
    return locale().toString(QDate(moment.year, moment.month, moment.day), qt_format)
