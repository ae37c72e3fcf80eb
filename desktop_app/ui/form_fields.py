"""Text fields for the journal form that keep exactly what was typed.

Qt's spin and date-time boxes correct what they are given: "15" in a 0-10 spin box
becomes 1, "5.5" becomes 55, a date is wrapped into their range. These fields keep the
text as typed and say what is wrong with it instead (`problem()`); the form shows that
next to the field. Each also reads and sets its value like the Qt box it replaces.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QPoint, QRectF, Qt, QTime
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from desktop_app.journal.entry import DURATION_MAX_S, PAIN_MAX, PAIN_MIN

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
_DATE_TIME = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2}))?\s*$")
_DURATION = re.compile(r"^\s*(\d+)(?::(\d{1,2}))?(?::(\d{1,2}))?\s*$")


translate = QCoreApplication.translate


class PainEdit(QLineEdit):
    """A pain rating 0-10, or empty for "not recorded"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("JournalForm", "not recorded"))
        self.setMaxLength(20)
        self.setMaximumWidth(140)

    def problem(self) -> str:
        """What is wrong with the text ('' when it is a rating or empty)."""
        text = self.text().strip()
        if not text or self._number(text) is not None:
            return ""
        return translate(
            "JournalForm",
            "must be a whole number from 0 (no pain) to 10 (worst imaginable); you typed {text}",
        ).format(text=text)

    def rating(self) -> int | None:
        """The rating, or None when empty or not a rating."""
        return self._number(self.text().strip())

    def value(self) -> int:
        """Like the spin box this replaces: -1 when not recorded (or not a rating)."""
        rating = self.rating()
        return -1 if rating is None else rating

    def setValue(self, value: int | None) -> None:
        self.setText("" if value is None or value < 0 else str(int(value)))

    @staticmethod
    def _number(text: str) -> int | None:
        if not text.isdigit():
            return None
        number = int(text)
        return number if PAIN_MIN <= number <= PAIN_MAX else None


def parse_duration(text: str) -> int | None:
    """Seconds from "10" (minutes), "10:30" (minutes:seconds) or "0:10:30"
    (hours:minutes:seconds); None when it is none of these."""
    match = _DURATION.match(text)
    if not match:
        return None
    first, second, third = match.groups()
    if third is not None:  # h:mm:ss
        hours, minutes, seconds = int(first), int(second), int(third)
        if minutes > 59 or seconds > 59:
            return None
        return hours * 3600 + minutes * 60 + seconds
    if second is not None:  # m:ss
        if int(second) > 59:
            return None
        return int(first) * 60 + int(second)
    return int(first) * 60


def duration_text(seconds: int) -> str:
    """ "12:34" below an hour, "1:02:03" from an hour on."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class DurationEdit(QLineEdit):
    """A duration typed as minutes ("10"), "10:30" or "0:10:30"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("JournalForm", "minutes, or m:ss, or h:mm:ss"))
        self.setMaxLength(20)
        self.setMaximumWidth(200)
        self.setToolTip(
            translate(
                "JournalForm", "Type 10 for ten minutes, 10:30 for ten and a half, or 0:10:30."
            )
        )

    def problem(self) -> str:
        text = self.text().strip()
        if not text:
            return translate(
                "JournalForm",
                "is missing: type minutes (10), minutes:seconds (10:30) or "
                "hours:minutes:seconds (0:10:30)",
            )
        if parse_duration(text) is None:
            return translate(
                "JournalForm",
                "{text} is not a time: type minutes (10), minutes:seconds (10:30) or "
                "hours:minutes:seconds (0:10:30)",
            ).format(text=text)
        return ""

    def value(self) -> int:
        """Seconds (0 when the text is not a duration)."""
        seconds = parse_duration(self.text())
        return 0 if seconds is None else seconds

    def setValue(self, seconds: int) -> None:
        self.setText(duration_text(min(int(seconds), DURATION_MAX_S)))

    def time(self) -> QTime:
        """As the time edit this replaces did (0:00:00 plus the duration)."""
        return QTime(0, 0, 0).addSecs(self.value())

    def setTime(self, value: QTime) -> None:
        self.setValue(QTime(0, 0, 0).secsTo(value))


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#455a64"))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    painter.fillRect(QRectF(4.5, 6.5, 23, 6), QColor("#c0392b"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#455a64"))
    for row in range(2):
        for column in range(4):
            painter.drawRect(QRectF(8 + 5 * column, 16 + 5 * row, 3, 3))
    painter.end()
    return QIcon(pixmap)


class DateTimeEdit(QLineEdit):
    """A start date and time typed as 2026-11-25 08:00, with a calendar to pick the day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("2026-11-25 08:00")
        self.setMaxLength(40)
        self.setMaximumWidth(260)
        self.calendar_action = QAction(
            _calendar_icon(), translate("JournalForm", "Pick the day"), self
        )
        self.calendar_action.setObjectName("pickStartDay")
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.show_calendar)
        self._menu: QMenu | None = None

    def problem(self, now: datetime | None = None) -> str:
        """What is wrong with the text, '' when it is a start time not in the future."""
        text = self.text().strip()
        if not text:
            return translate("JournalForm", "is missing: type it like 2026-11-25 08:00")
        moment = self.value()
        if moment is None:
            return translate(
                "JournalForm", "{text} is not a date and time like 2026-11-25 08:00"
            ).format(text=text)
        now = now or datetime.now(UTC)
        # A minute of slack: "now", typed a few seconds ago, is not the future.
        if (moment - now).total_seconds() > 60:
            return translate(
                "JournalForm", "{text} is in the future: type when the session started"
            ).format(text=text)
        return ""

    def value(self) -> datetime | None:
        """The typed moment (aware, in the system's zone), or None when it is not one."""
        match = _DATE_TIME.match(self.text())
        if not match:
            return None
        year, month, day, hour, minute = match.groups()
        try:
            local = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
        except ValueError:
            return None
        return local.astimezone()

    def dateTime(self) -> QDateTime:
        moment = self.value()
        if moment is None:
            return QDateTime()
        return QDateTime(
            QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
        )

    def setDateTime(self, value: QDateTime) -> None:
        self.setText(value.toString(DATE_TIME_FORMAT))

    def show_calendar(self) -> None:
        """Pick the day in a calendar; the typed time of day is kept."""
        current = self.dateTime()
        calendar = QCalendarWidget()
        calendar.setObjectName("startDayCalendar")
        calendar.setMaximumDate(QDate.currentDate())
        calendar.setSelectedDate(current.date() if current.isValid() else QDate.currentDate())
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def picked(day: QDate) -> None:
            time = current.time() if current.isValid() else QTime.currentTime()
            self.setDateTime(QDateTime(day, QTime(time.hour(), time.minute())))
            self.textEdited.emit(self.text())
            menu.close()

        calendar.clicked.connect(picked)
        self._menu = menu
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))
