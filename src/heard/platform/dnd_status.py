"""Is the desktop's 'do not disturb' on? Read where it can be read, never changed.

- GNOME (and desktops built on its settings: Unity, Budgie, Pantheon): the gsettings key
  org.gnome.desktop.notifications show-banners (false means do not disturb), read with the
  `gsettings` tool in a QProcess.
- KDE Plasma: the `Inhibited` property of org.freedesktop.Notifications on the session bus.
- Elsewhere the state is UNKNOWN and Heard only suggests silencing notifications.
Both reads are asynchronous: `changed` reports the answer. Nothing here writes a setting.
"""

from __future__ import annotations

import logging
import os
import shutil
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from heard.platform.dbus_address import session_bus

if TYPE_CHECKING:  # QtDBus loads only to ask KDE, QProcess only to ask GNOME
    from PySide6.QtCore import QProcess
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

GNOME_LIKE = ("GNOME", "UNITY", "BUDGIE", "PANTHEON", "UBUNTU")
GSETTINGS_ARGS = ["get", "org.gnome.desktop.notifications", "show-banners"]
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
ASK_TIMEOUT_MS = 3000


class DndState(Enum):
    ON = "on"
    OFF = "off"
    UNKNOWN = "unknown"


class DndStatus(QObject):
    changed = Signal(object)  # DndState

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        desktop: str | None = None,
        gsettings: str | None = None,
        bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        raw = os.environ.get("XDG_CURRENT_DESKTOP", "") if desktop is None else desktop
        self.desktop = raw.upper()
        self._gsettings = gsettings
        self._bus = bus
        self.state = DndState.UNKNOWN
        self._process: QProcess | None = None
        self._watcher: QDBusPendingCallWatcher | None = None

    @property
    def kind(self) -> str:
        """'gnome', 'kde' or '' (cannot be read here)."""
        parts = set(self.desktop.replace(";", ":").split(":"))
        if parts & set(GNOME_LIKE):
            return "gnome"
        if "KDE" in parts:
            return "kde"
        return ""

    def refresh(self) -> None:
        """Read the state again; `changed` follows (at once when it cannot be read)."""
        if self.kind == "gnome":
            self._read_gnome()
        elif self.kind == "kde":
            self._read_kde()
        else:
            self._set(DndState.UNKNOWN)

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.waitForFinished(1000)
            self._process = None

    def _read_gnome(self) -> None:
        program = self._gsettings or shutil.which("gsettings")
        if program is None or self._process is not None:
            if program is None:
                self._set(DndState.UNKNOWN)
            return
        from PySide6.QtCore import QProcess

        process = QProcess(self)
        process.setObjectName("dnd-gsettings")
        process.finished.connect(self._on_gsettings_finished)
        process.errorOccurred.connect(self._on_gsettings_failed)
        self._process = process
        process.start(program, GSETTINGS_ARGS)

    def _on_gsettings_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        text = bytes(process.readAllStandardOutput().data()).decode(errors="replace").strip()
        process.deleteLater()
        if code == 0 and text in ("true", "false"):
            self._set(DndState.ON if text == "false" else DndState.OFF)
        else:
            log.info("could not read GNOME's do-not-disturb (exit %s, %r)", code, text)
            self._set(DndState.UNKNOWN)

    def _on_gsettings_failed(self, error: QProcess.ProcessError) -> None:
        from PySide6.QtCore import QProcess

        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            self._process.deleteLater()
            self._process = None
            self._set(DndState.UNKNOWN)

    def _read_kde(self) -> None:
        bus = self._bus if self._bus is not None else session_bus()
        if bus is None or not bus.isConnected() or self._watcher is not None:
            if self._watcher is None:
                self._set(DndState.UNKNOWN)
            return
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        ask = QDBusMessage.createMethodCall(
            NOTIFICATIONS, NOTIFICATIONS_PATH, "org.freedesktop.DBus.Properties", "Get"
        )
        ask.setArguments([NOTIFICATIONS, "Inhibited"])
        self._watcher = QDBusPendingCallWatcher(bus.asyncCall(ask, ASK_TIMEOUT_MS), self)
        self._watcher.finished.connect(self._on_kde_answered)

    def _on_kde_answered(self, watcher: QDBusPendingCallWatcher) -> None:
        self._watcher = None
        watcher.deleteLater()
        from PySide6.QtDBus import QDBusMessage

        reply = watcher.reply()
        values = reply.arguments() if reply.type() == QDBusMessage.MessageType.ReplyMessage else []
        value = values[0] if values else None
        value = getattr(value, "variant", lambda: value)()  # a QDBusVariant, unwrapped
        if isinstance(value, bool):
            self._set(DndState.ON if value else DndState.OFF)
        else:
            log.info("could not read KDE's notification inhibition: %s", reply.errorMessage())
            self._set(DndState.UNKNOWN)

    def _set(self, state: DndState) -> None:
        self.state = state
        self.changed.emit(state)


def advice(state: DndState, kind: str) -> str:
    """One calm sentence about notifications, for the start screen, in the user's language."""
    if state is DndState.ON:
        return QCoreApplication.translate(
            "DndStatus", "Do not disturb is on: notifications will keep quiet."
        )
    if state is DndState.OFF and kind == "gnome":
        return QCoreApplication.translate(
            "DndStatus",
            "Do not disturb is off. Turning it on (the bell in the top bar) keeps "
            "notifications quiet.",
        )
    if state is DndState.OFF and kind == "kde":
        return QCoreApplication.translate(
            "DndStatus",
            "Do not disturb is off. Turning it on (the notifications icon in the panel) keeps "
            "notifications quiet.",
        )
    if state is DndState.OFF:
        return QCoreApplication.translate(
            "DndStatus", "Do not disturb is off. Turning it on keeps notifications quiet."
        )
    return QCoreApplication.translate(
        "DndStatus", "If you can, silence notifications on this computer too."
    )
