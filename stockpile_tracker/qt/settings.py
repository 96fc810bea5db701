"""Settings declared once, typed. Window geometry is kept apart from preferences; QSettings is
created only after the application and organisation names are set (see app.py)."""

from __future__ import annotations

import json
from dataclasses import asdict

from PySide6.QtCore import QByteArray, QSettings

from ..services import LotFilter, without_password

MAX_RECENT = 8


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    # -- preferences --------------------------------------------------------------------------

    @property
    def user_name(self) -> str:
        return str(self._settings.value("user/name", "") or "")

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._settings.setValue("user/name", value)

    @property
    def language(self) -> str:
        """ "en", "fr" or "es"; "" for the system's language (i18n.chosen_language)."""
        return str(self._settings.value("user/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("user/language", value)

    # A database URL is kept without its password: the settings file is plain text. PostgreSQL
    # then finds the password in PGPASSWORD or ~/.pgpass (see the README).

    @property
    def last_database(self) -> str:
        return without_password(str(self._settings.value("database/last", "") or ""))

    @last_database.setter
    def last_database(self, value: str) -> None:
        self._settings.setValue("database/last", without_password(value))

    @property
    def recent_databases(self) -> list[str]:
        value = self._settings.value("database/recent", [])
        if isinstance(value, str):  # one entry comes back as text, not as a list
            value = [value] if value else []
        elif not isinstance(value, list):  # none kept yet
            value = []
        return [without_password(str(item)) for item in value]

    def add_recent_database(self, path: str) -> None:
        path = without_password(path)
        recent = [path] + [item for item in self.recent_databases if item != path]
        self._settings.setValue("database/recent", recent[:MAX_RECENT])

    @property
    def lot_filter(self) -> LotFilter:
        try:
            return LotFilter(**json.loads(str(self._settings.value("stockpile/filter", "{}"))))
        except (TypeError, ValueError):
            return LotFilter()

    @lot_filter.setter
    def lot_filter(self, value: LotFilter) -> None:
        self._settings.setValue("stockpile/filter", json.dumps(asdict(value), default=str))

    # -- window state -------------------------------------------------------------------------

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self._settings.sync()
