"""Friend mode: after each roll the friend taps what led it, in buttons readable from the rug.

"A friend can help you by telling you whether you're really leading with your knee, hip
or head. It's very easy for other parts to sneak in and try to lead!"
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.journal.entry import LED_RIGHT, OTHER_LEADS, FriendRoll
from desktop_app.practice.plan import Segment, lead_kinds, lead_name
from desktop_app.ui.stylesheet import stylesheet

_OTHER_WORDS = {
    "head": QT_TRANSLATE_NOOP("FriendCheck", "Head"),
    "shoulders": QT_TRANSLATE_NOOP("FriendCheck", "Shoulders"),
    "arms": QT_TRANSLATE_NOOP("FriendCheck", "Arms"),
    "chest": QT_TRANSLATE_NOOP("FriendCheck", "Chest"),
    "hip": QT_TRANSLATE_NOOP("FriendCheck", "Hip"),
    "knee": QT_TRANSLATE_NOOP("FriendCheck", "Knee"),
    "legs": QT_TRANSLATE_NOOP("FriendCheck", "Legs"),
}


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP where it is defined, translated where shown."""
    return QCoreApplication.translate("FriendCheck", text)


class FriendCheckFrame(QFrame):
    """Asks about one roll at a time; `answered(FriendRoll)` when the friend taps."""

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("friendCheck")
        self.setAccessibleName(self.tr("Friend: what led the roll just done"))
        self.setStyleSheet(stylesheet("friend_check"))
        self._segment: Segment | None = None
        self.question = QLabel()
        self.question.setObjectName("friendQuestion")
        self.question.setWordWrap(True)
        self.right_button = QPushButton()
        self.right_button.setObjectName("friendLedRight")
        self.right_button.setAccessibleName(self.tr("The right part led, as it should"))
        self.right_button.clicked.connect(lambda: self._answer(LED_RIGHT))
        other = QLabel(self.tr("Something else led:"))
        self.other_buttons: dict[str, QPushButton] = {}
        self._grid = grid = QGridLayout()
        grid.setSpacing(6)
        for index, part in enumerate(OTHER_LEADS):
            button = QPushButton(_tr(_OTHER_WORDS[part]))
            button.setObjectName(f"friendLed_{part}")
            button.setAccessibleName(self.tr("Something else led: {part}").format(
                part=_tr(_OTHER_WORDS[part])))
            button.setProperty("other", True)
            button.clicked.connect(lambda _checked=False, part=part: self._answer(part))
            grid.addWidget(button, index // 4, index % 4)
            self.other_buttons[part] = button
        top = QHBoxLayout()
        top.addWidget(self.question, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.right_button)
        layout.addWidget(other)
        layout.addLayout(grid)
        self.hide()

    @property
    def segment(self) -> Segment | None:
        """The roll being asked about."""
        return self._segment

    def ask(self, segment: Segment) -> None:
        """Ask about `segment` (a roll just done), replacing any unanswered question."""
        self._segment = segment
        self.question.setText(self.tr("Friend: what led roll {n} of {total} ({part})?").format(
            n=segment.roll_number, total=segment.rolls_in_part, part=segment.part_title))
        name = lead_name(segment)
        self.right_button.setText(self.tr("✓  {name} led").format(name=name))
        self.right_button.setAccessibleName(self.tr("{name} led, as it should").format(
            name=name))
        named = lead_kinds(segment)
        shown = [b for part, b in self.other_buttons.items() if part not in named]
        for button in self.other_buttons.values():
            self._grid.removeWidget(button)
            button.setVisible(button in shown)
        for index, button in enumerate(shown):  # the choices, packed in rows of four
            self._grid.addWidget(button, index // 4, index % 4)
        self.show()

    def clear(self) -> None:
        self._segment = None
        self.hide()

    def _answer(self, led: str) -> None:
        segment = self._segment
        if segment is None or segment.step_id is None:
            return
        self._segment = None
        self.hide()
        self.answered.emit(FriendRoll(segment.step_id, led))
