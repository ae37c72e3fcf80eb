"""A strip above the tabs for what the person should know while working: backups that
cannot be written, rows of the journal that cannot be read. Stays until dismissed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.journal.problems import Notice, NoticeKind
from desktop_app.ui.stylesheet import stylesheet


class NoticeBar(QFrame):
    """One notice with its actions. `keepAsideRequested` for unreadable rows,
    `dismissed(notice)` when closed."""

    keepAsideRequested = Signal()
    dismissed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalNotice")
        self.setAccessibleName(self.tr("Journal notice"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(stylesheet("journal_notice"))
        self.notice: Notice | None = None
        self.text = QLabel()
        self.text.setObjectName("journalNoticeText")
        self.text.setWordWrap(True)
        self.keep_aside = QPushButton(self.tr("Keep them aside"))
        self.keep_aside.setObjectName("keepUnreadableAside")
        self.keep_aside.setAccessibleName(self.tr("Keep the unreadable rows aside as text"))
        self.keep_aside.setToolTip(self.tr("Moves them into a table of their own, kept as "
                                           "text; exports include them. Nothing is deleted."))
        self.keep_aside.clicked.connect(self.keepAsideRequested)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setObjectName("dismissJournalNotice")
        self.close_button.setAccessibleName(self.tr("Dismiss this notice"))
        self.close_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.keep_aside)
        layout.addWidget(self.close_button)
        self.hide()

    def show_notices(self, notices: list[Notice]) -> None:
        """Show the first of `notices` (the rest follow as each is dismissed)."""
        self.notice = notices[0] if notices else None
        if self.notice is None:
            self.hide()
            return
        more = len(notices) - 1
        text = self.notice.message
        if more:
            text += " " + self.tr("({count} more notice(s) after this one.)").format(count=more)
        self.text.setText(text)
        self.keep_aside.setVisible(self.notice.kind is NoticeKind.UNREADABLE_ROWS)
        self.show()

    def _dismiss(self) -> None:
        if self.notice is not None:
            self.dismissed.emit(self.notice)
