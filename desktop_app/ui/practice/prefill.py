"""The words the practice timer hands to the journal form with a session, and the
exercise's advice shown when a roll hurts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.journal.entry import EntryData

# The seed exercise's own advice, word for word (the English source of `hurt_advice`).
HURT_ADVICE = "If the movement hurts, don't do it yet. Focus on other exercises instead."


def hurt_advice() -> str:
    """HURT_ADVICE in the interface's language."""
    return QCoreApplication.translate(
        "PracticePanel",
        "If the movement hurts, don't do it yet. Focus on other exercises instead.")


def prefill_message(data: EntryData, *, saved: bool = False) -> str:
    """What the journal form says above a session handed over by the practice timer
    (`saved`: a hurt stop the journal already holds, opened for adding to)."""
    if data.stopped_hurt and saved:
        return QCoreApplication.translate(
            "PracticePanel",
            "Stopped because it hurt. {advice} This session is already saved in your journal; "
            "add your pain and a note if you like, then Save. Undo (Ctrl+Z) removes it.",
        ).format(advice=hurt_advice())
    if data.stopped_hurt:
        return QCoreApplication.translate(
            "PracticePanel",
            "Stopped because it hurt. {advice} The session is filled in; "
            "add a note if you like, then Save.",
        ).format(advice=hurt_advice())
    return QCoreApplication.translate(
        "PracticePanel", "From the practice timer: add how it went, then Save.")
