"""The guidance texts (Head leading first) in a dialog one click away from the figure."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.ui.demo.renderer import step_name

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise


translate = QCoreApplication.translate


def guidance_html(exercise: Exercise) -> str:
    sections = exercise.guidance.sections()
    # Head leading is what people open this for, so it comes first.
    head_leading = translate("Guidance", "Head leading")
    sections.sort(key=lambda item: item[0] != head_leading)
    out = [f"<h2>{html.escape(exercise.title)}</h2>"]
    for title, text in sections:
        out.append(f"<h3>{html.escape(title)}</h3>")
        out += [f"<p>{html.escape(par)}</p>" for par in text.split("\n\n")]
    notes = [(step, step.note) for step in exercise.steps if step.note]
    if notes:
        heading = translate("GuidanceDialog", "Notes on the steps")
        out.append(f"<h3>{html.escape(heading)}</h3>")
        for step, note in notes:
            # Headed by the step's name ("Part 2, roll 4"), as the person knows it.
            name = html.escape(step_name(exercise, step.id))
            out.append(f"<p><b>{name}</b>: {html.escape(note or '')}</p>")
    return "\n".join(out)


class GuidanceDialog(QDialog):
    def __init__(self, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidanceDialog")
        self.setWindowTitle(self.tr("{exercise}: head leading and guidance").format(
            exercise=exercise.title))
        self.resize(620, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guidanceText")
        self.browser.setAccessibleName(self.tr("Guidance text"))
        self.browser.setHtml(guidance_html(exercise))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
