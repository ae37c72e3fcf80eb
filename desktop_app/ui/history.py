"""The history of saved sessions: a sortable table with a date-range filter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.journal.entry import PARTS, friend_rolls_summary
from desktop_app.localtime import local_midnight, local_zone
from desktop_app.ui.dates import local_text

# Typed loosely on purpose: importing the repository module would pull SQLAlchemy
# into the start-up path before the first paint.
JournalEntry = Any

_Index = QModelIndex | QPersistentModelIndex


def _duration_text(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _optional(value: int | None) -> str:
    return "" if value is None else str(value)


def _friend_text(data: Any) -> str:
    """"friend: 7 of 8 rolls led right", then the remark; "✓ remark" without checks."""
    if not data.friend_checked:
        return ""
    right, total = friend_rolls_summary(data.friend_rolls)
    if total:
        # lupdate reads plurals (%n) only from self.tr(): two texts here, as German needs.
        words = ("friend: {right} of {total} roll led right" if total == 1 else
                 "friend: {right} of {total} rolls led right")
        text = _tr(words).format(right=right, total=total)
        return f"{text}; {data.friend_remark}" if data.friend_remark else text
    return ("✓ " + data.friend_remark).strip()


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def _started_text(data: Any) -> str:
    return local_text(data.started_at, QCoreApplication.translate("History",
                                                                  "ddd dd MMM yyyy  HH:mm"))


# The journal's answers ("yes", "partly", "no") as the table shows them.
FRIEND_WORDS = (QT_TRANSLATE_NOOP("History", "friend: {right} of {total} roll led right"),
                QT_TRANSLATE_NOOP("History", "friend: {right} of {total} rolls led right"))
RIGHT_LEAD_WORDS = {
    "yes": QT_TRANSLATE_NOOP("History", "yes"),
    "partly": QT_TRANSLATE_NOOP("History", "partly"),
    "no": QT_TRANSLATE_NOOP("History", "no"),
}

Column = tuple[str, Callable[[Any], str], Callable[[Any], Any]]

# Headings marked for `make translations`; headerData translates them.
COLUMNS: tuple[Column, ...] = (
    (QT_TRANSLATE_NOOP("History", "Started"), _started_text, lambda d: d.started_at),
    (QT_TRANSLATE_NOOP("History", "Duration"), lambda d: _duration_text(d.duration_s),
     lambda d: d.duration_s),
    (QT_TRANSLATE_NOOP("History", "Parts"),
     lambda d: ", ".join(p[-1] for p in PARTS if p in d.parts),
     lambda d: tuple(p in d.parts for p in PARTS)),
    (QT_TRANSLATE_NOOP("History", "Pain before"), lambda d: _optional(d.pain_before),
     lambda d: (d.pain_before is None, d.pain_before or 0)),
    (QT_TRANSLATE_NOOP("History", "Pain after"), lambda d: _optional(d.pain_after),
     lambda d: (d.pain_after is None, d.pain_after or 0)),
    (QT_TRANSLATE_NOOP("History", "Hurt"),
     lambda d: QCoreApplication.translate("History", "stopped") if d.stopped_hurt else "",
     lambda d: d.stopped_hurt),
    (QT_TRANSLATE_NOOP("History", "Smooth"), lambda d: _optional(d.smoothness),
     lambda d: (d.smoothness is None, d.smoothness or 0)),
    (QT_TRANSLATE_NOOP("History", "Right lead"),
     lambda d: _tr(RIGHT_LEAD_WORDS.get(d.right_part_led or "", d.right_part_led or "")),
     lambda d: d.right_part_led or ""),
    (QT_TRANSLATE_NOOP("History", "Friend"), lambda d: _friend_text(d),
     lambda d: (d.friend_checked, d.friend_remark)),
    (QT_TRANSLATE_NOOP("History", "Notes"),
     lambda d: d.notes.splitlines()[0] if d.notes else "",
     lambda d: d.notes.lower()),
)


COLUMN_WIDTHS = (180, 70, 50, 80, 72, 92, 84, 100, 190)


class HistoryModel(QAbstractTableModel):
    """Saved entries, sorted in Python with one key function (fast for 100k rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)

    def set_entries(self, entries: list[JournalEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._apply_sort()
        self.endResetModel()

    def entry_at(self, row: int) -> JournalEntry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](entry.data)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(COLUMNS) - 1:
            return entry.data.notes or None
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < index.column() < 7:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = COLUMNS[column][2]
        # Newest first breaks ties, so equal values keep a stable, sensible order.
        self._entries.sort(key=lambda e: e.data.started_at, reverse=True)
        self._entries.sort(
            key=lambda e: key(e.data), reverse=order == Qt.SortOrder.DescendingOrder
        )


class HistoryPanel(QWidget):
    """Table of entries plus the date filter; emits the id of the entry the user picks."""

    entrySelected = Signal(int)
    rangeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Journal history"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.filter_on = QCheckBox(self.tr("Only from"))
        self.filter_on.setObjectName("historyFilter")
        self.filter_on.setAccessibleName(self.tr("Filter history by date"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-28))
        self.date_from.setObjectName("historyFrom")
        self.date_from.setAccessibleName(self.tr("History from date"))
        self.date_to = QDateEdit(today)
        self.date_to.setObjectName("historyTo")
        self.date_to.setAccessibleName(self.tr("History to date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_range_changed)
        self.filter_on.toggled.connect(self._on_filter_toggled)

        self.summary = QLabel(self.tr("Opening the journal…"))
        self.summary.setObjectName("historySummary")

        top = QHBoxLayout()
        title = QLabel(self.tr("History"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.filter_on)
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.date_to)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def date_range(self) -> tuple[datetime | None, datetime | None]:
        """The filter as aware datetimes (local midnights), or (None, None) when off."""
        if not self.filter_on.isChecked():
            return None, None
        start = cast(date, self.date_from.date().toPython())
        end = cast(date, self.date_to.date().toPython())
        zone = local_zone()
        return local_midnight(start, zone), local_midnight(end + timedelta(days=1), zone)

    def set_range(self, start: date | None, end: date | None) -> None:
        """Filter to [start, end] (both inclusive), or show everything when both are None."""
        if start is None and end is None:
            self.filter_on.setChecked(False)
            return
        self.date_from.blockSignals(True)
        self.date_to.blockSignals(True)
        if start is not None:
            self.date_from.setDate(QDate(start.year, start.month, start.day))
        if end is not None:
            self.date_to.setDate(QDate(end.year, end.month, end.day))
        self.date_from.blockSignals(False)
        self.date_to.blockSignals(False)
        if self.filter_on.isChecked():
            self.rangeChanged.emit()
        else:
            self.filter_on.setChecked(True)

    def show_entries(self, entries: list[JournalEntry], total: int, select_id: int | None) -> None:
        self.model.set_entries(entries)
        shown = len(entries)
        if total == 0:
            self.summary.setText(self.tr("No sessions logged yet. Fill in the form and press "
                                         "Save."))
        elif shown == total:
            self.summary.setText(self.tr("%n session(s)", "", total))
        else:
            self.summary.setText(self.tr("{shown} of %n session(s) in the chosen dates", "",
                                         total).format(shown=shown))
        if select_id is not None:
            self.select_entry(select_id)

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(index)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.entry_at(index.row()).id

    def clear_selection(self) -> None:
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.table.selectionModel().blockSignals(False)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.entrySelected.emit(self.model.entry_at(current.row()).id)

    def _on_filter_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.rangeChanged.emit()

    def _on_range_changed(self) -> None:
        if self.filter_on.isChecked():
            self.rangeChanged.emit()
