"""The couple's preferences, kept in an INI file in the config folder (QSettings).

Every read is checked against heard.core.preferences: a hand-edited or damaged value
falls back to its default for that key only, with a log line. Nothing here can crash.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from heard.core.preferences import BY_KEY, validated
from heard.platform.settings_guard import set_aside_if_unreadable

log = logging.getLogger(__name__)


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.moved_to = set_aside_if_unreadable(path)  # not text at all: kept, not rewritten
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._warned: set[str] = set()
        if self._qs.status() != QSettings.Status.NoError:
            log.warning("settings file %s could not be read fully; using defaults", path)

    def get(self, key: str) -> Any:
        pref = BY_KEY[key]
        if not self._qs.contains(key):
            return pref.default
        value, problem = validated(pref, self._qs.value(key))
        if problem and key not in self._warned:
            self._warned.add(key)
            log.warning("settings: ignoring a bad value, using the default (%s)", problem)
        return value

    def set(self, key: str, value: Any) -> None:
        pref = BY_KEY[key]
        checked, problem = validated(pref, value)
        if problem:
            raise ValueError(problem)
        self._qs.setValue(key, checked)

    def sync(self) -> None:
        self._qs.sync()
