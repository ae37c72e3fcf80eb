"""The practice settings in the journal's settings file, shared by the panel, the reminders
and the dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from desktop_app.practice.settings import SETTINGS_GROUP as _GROUP
from desktop_app.practice.settings import PracticeSettings


class PracticeSettingsStore(QObject):
    """Loads once, saves on every change, and tells its listeners."""

    changed = Signal(object)  # PracticeSettings

    def __init__(self, qsettings: QSettings, parent: QObject | None = None) -> None:
        """`qsettings`: the journal's own settings file (paths.SETTINGS_FILENAME)."""
        super().__init__(parent)
        self._qsettings = qsettings
        self._settings = self._read()

    @property
    def settings(self) -> PracticeSettings:
        return self._settings

    def save(self, settings: PracticeSettings) -> None:
        if settings == self._settings:
            return
        self._settings = settings
        self._qsettings.beginGroup(_GROUP)
        try:
            for key, value in settings.to_mapping().items():
                self._qsettings.setValue(key, value)
        finally:
            self._qsettings.endGroup()
        self._qsettings.sync()
        self.changed.emit(settings)

    def update(self, **changes: Any) -> None:
        self.save(self._settings.with_changes(**changes))

    def _read(self) -> PracticeSettings:
        self._qsettings.beginGroup(_GROUP)
        try:
            raw = {key: self._qsettings.value(key) for key in self._qsettings.childKeys()}
        finally:
            self._qsettings.endGroup()
        return PracticeSettings.from_mapping(raw)
