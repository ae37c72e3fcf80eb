"""The pain warning on the practice page: what was seen, the exercise's advice, and
where to turn. A clearly coloured frame; "Dismiss for today" hides it until tomorrow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.stats.safety import HURT_STOPS, LAST_RISE, RECENT_RISES
from desktop_app.ui.stylesheet import stylesheet

translate = QCoreApplication.translate


def seen_lines(warning: Any) -> list[str]:
    """What was seen, one sentence per rule that holds (stats.safety.PainWarning).

    The counts are at least 2 whenever their rule holds, so the English plural is right
    even without a translation file.
    """
    lines = []
    if RECENT_RISES in warning.reasons:
        lines.append(
            translate(
                "PainWarning",
                "Pain after practice was higher than before in {rises} "
                "of your last {recent} sessions, by 2 points or more.",
            ).format(rises=warning.rises, recent=warning.recent)
        )
    if LAST_RISE in warning.reasons:
        lines.append(
            translate(
                "PainWarning",
                "In your last session, pain went from {before} before practice to {after} after.",
            ).format(before=_num(warning.last_before), after=_num(warning.last_after))
        )
    if HURT_STOPS in warning.reasons:
        lines.append(
            translate(
                "PainWarning",
                "You stopped because it hurt {count} times in the last 7 days.",
            ).format(count=warning.hurt_stops)
        )
    return lines


def advice_lines() -> list[str]:
    return [
        translate(
            "PainWarning",
            "If the movement hurts, don't do it yet. Focus on other exercises instead.",
        ),
        translate(
            "PainWarning", "If the pain keeps coming back, talk to a physiotherapist or doctor."
        ),
    ]


def warning_text(warning: Any) -> str:
    """The whole warning as plain text (for the Start question and the report)."""
    return " ".join([*seen_lines(warning), *advice_lines()])


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


class PainWarningFrame(QFrame):
    """Shows a PainWarning (or hides itself); `dismissed()` when the person hides it."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painWarning")
        self.setAccessibleName(self.tr("Pain warning"))
        self.setStyleSheet(stylesheet("pain_warning"))
        self.title = QLabel(self.tr("⚠  Practice seems to hurt"))
        self.title.setObjectName("painWarningTitle")
        self.seen = QLabel()
        self.seen.setObjectName("painWarningSeen")
        self.seen.setWordWrap(True)
        self.advice = QLabel(" ".join(advice_lines()))
        self.advice.setObjectName("painWarningAdvice")
        self.advice.setWordWrap(True)
        self.note = QLabel(
            self.tr("While this warning stands, Start asks first and no reminders are shown.")
        )
        self.note.setObjectName("painWarningNote")
        self.note.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Dismiss for today"))
        self.dismiss_button.setObjectName("dismissPainWarning")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the pain warning for today"))
        self.dismiss_button.clicked.connect(self.dismissed)
        for label in (self.seen, self.advice, self.note):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.seen)
        layout.addWidget(self.advice)
        layout.addWidget(self.note)
        self.hide()

    def show_warning(self, warning: Any, shown: bool = True) -> None:
        """Show `warning` (None: hide); `shown` False keeps it hidden (dismissed today)."""
        if warning is None or not shown:
            self.hide()
            return
        lines = seen_lines(warning)
        self.seen.setText("\n".join(lines))
        self.setAccessibleDescription(warning_text(warning))
        self.show()
