"""The practice timer and guided session, the practice settings and the reminders."""

from __future__ import annotations

from desktop_app.ui.practice.close_prompt import CloseChoice
from desktop_app.ui.practice.panel import PracticePanel
from desktop_app.ui.practice.prefill import HURT_ADVICE, prefill_message
from desktop_app.ui.practice.reminders import ReminderBanner, ReminderService
from desktop_app.ui.practice.settings_dialog import PracticeSettingsDialog, PracticeSettingsWidget
from desktop_app.ui.practice.store import PracticeSettingsStore

__all__ = [
    "HURT_ADVICE",
    "CloseChoice",
    "PracticePanel",
    "PracticeSettingsDialog",
    "PracticeSettingsStore",
    "PracticeSettingsWidget",
    "ReminderBanner",
    "ReminderService",
    "prefill_message",
]
