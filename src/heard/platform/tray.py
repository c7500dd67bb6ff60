"""The system tray icon and desktop notifications, where the system has them.

`Tray.available` is False when there is no tray (a plain X11 session, a headless run): then
reminders appear in Heard's own window only, and closing the window quits as usual.
Notifications go through QSystemTrayIcon.showMessage (on Linux: the desktop's notification
service). A click on one, or on the icon, brings the window back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from heard import APP_NAME

log = logging.getLogger(__name__)

NOTIFY_MS = 15_000


class Tray(QObject):
    open_requested = Signal()
    message_clicked = Signal()
    quit_requested = Signal()

    def __init__(
        self, icon: QIcon, parent: QObject | None = None, *, available: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self._icon = icon
        self._tray: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None

    @property
    def visible(self) -> bool:
        return self._tray is not None and self._tray.isVisible()

    def show(self) -> bool:
        """Put the icon in the tray (once). False when there is no tray."""
        if not self.available:
            return False
        if self._tray is None:
            self._menu = QMenu()
            self._menu.setObjectName("tray_menu")
            open_action = QAction(self.tr("Open Heard"), self._menu)
            open_action.triggered.connect(self.open_requested)
            quit_action = QAction(self.tr("Quit Heard"), self._menu)
            quit_action.triggered.connect(self.quit_requested)
            self._menu.addAction(open_action)
            self._menu.addSeparator()
            self._menu.addAction(quit_action)
            self._tray = QSystemTrayIcon(self._icon, self)
            self._tray.setToolTip(APP_NAME)
            self._tray.setContextMenu(self._menu)
            self._tray.activated.connect(self._on_activated)
            self._tray.messageClicked.connect(self.message_clicked)
        self._tray.show()
        return True

    def hide(self) -> None:
        if self._tray is not None:
            self._tray.hide()

    def notify(self, title: str, text: str) -> bool:
        """A desktop notification; False when it cannot be shown (no tray or no messages)."""
        if not self.show() or self._tray is None or not QSystemTrayIcon.supportsMessages():
            return False
        self._tray.showMessage(title, text, self._icon, NOTIFY_MS)
        log.info("notification shown: %s", title)
        return True

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
