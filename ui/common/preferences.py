"""What the app remembers between runs on this laptop (language, last event, team, page)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


class Preferences:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def folder(self) -> Path:
        """Where the preferences file is (the first-frame snapshot lives beside it)."""
        return Path(self._settings.fileName()).parent

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self._settings.value(key, default)
        return None if value is None else str(value)

    def get_int(self, key: str) -> int | None:
        value = self.get(key)
        return int(value) if value not in (None, "") and str(value).lstrip("-").isdigit() else None

    def set(self, key: str, value: object) -> None:
        self._settings.setValue(key, "" if value is None else str(value))
        self._settings.sync()


def default_preferences() -> Preferences:
    from platformdirs import user_config_path

    return Preferences(user_config_path("staatsprint", appauthor=False) / "staatsprint.ini")
