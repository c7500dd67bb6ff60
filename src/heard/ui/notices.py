"""Telling the couple what is unavailable: once per run, in one quiet place.

Missing sound, D-Bus, tray, notifications or keyring never stop Heard; the couple should
still know what they are missing. Any part of the app reports a notice with a key
(`notices.report("sound", "...")`); the first report of each key is shown in the window's
status line and logged, later ones are dropped. The status line stays hidden until there
is something to say.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

log = logging.getLogger(__name__)

SEPARATOR = "  ·  "


class Notices(QObject):
    added = Signal(str)  # a notice shown for the first time

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: dict[str, str] = {}

    @property
    def texts(self) -> list[str]:
        return list(self._shown.values())

    def report(self, key: str, text: str) -> bool:
        """Show `text` unless a notice with `key` was already shown. True if shown now."""
        if key in self._shown:
            log.debug("notice %r already shown", key)
            return False
        self._shown[key] = text
        log.info("notice (%s): %s", key, text)
        self.added.emit(text)
        return True

    def reporter(self, key: str, template: str = "{0}") -> _Reporter:
        """A callable for a signal that carries a reason: `chime.unavailable.connect(
        notices.reporter("sound", "No sound: {0}"))`."""
        return _Reporter(self, key, template)


class _Reporter:
    def __init__(self, notices: Notices, key: str, template: str) -> None:
        self._notices, self._key, self._template = notices, key, template

    def __call__(self, reason: str = "") -> None:
        self._notices.report(self._key, self._template.format(reason))


class NoticeLine(QLabel):
    """The status-line label that lists the notices shown so far."""

    def __init__(self, window: QMainWindow, notices: Notices) -> None:
        super().__init__(window)
        self.setObjectName("notice_line")
        self.setAccessibleName(self.tr("Notices"))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._window = window
        bar = window.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self, 1)
        bar.hide()
        for text in notices.texts:
            self._on_added(text)
        notices.added.connect(self._on_added)

    def _on_added(self, text: str) -> None:
        current = self.text()
        self.setText(f"{current}{SEPARATOR}{text}" if current else text)
        self.setAccessibleDescription(self.text())
        self._window.statusBar().show()
