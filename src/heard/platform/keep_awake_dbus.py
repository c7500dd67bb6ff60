"""The org.freedesktop.ScreenSaver backend of heard.platform.keep_awake (Linux, BSDs).

Inhibit(application, reason) -> cookie is sent without waiting; UnInhibit(cookie) follows at
the end. Services built on GDBus or QtDBus adaptors check argument types, and the cookie
must go back as a D-Bus uint32 ('u'), which a Python int never marshals to. So once the
service has answered the Inhibit (it is alive), a QDBusInterface is built for it: its
introspected method UnInhibit(uint) marshals the cookie with the right type. That call
waits for its answer, at most RELEASE_TIMEOUT_MS.

Only a local (unix:) session bus is used, never a network address.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, Signal
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
    QDBusPendingCallWatcher,
)

from heard import APP_NAME
from heard.platform.dbus_address import session_bus
from heard.platform.keep_awake import KeepAwake

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
INHIBIT_TIMEOUT_MS = 3000
RELEASE_TIMEOUT_MS = 1500


class ScreenSaverKeepAwake(KeepAwake):
    name = "org.freedesktop.ScreenSaver"
    cookie_changed = Signal(object)  # the cookie held (int), or None once released

    def __init__(self, parent: QObject | None = None, bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._cookie: int | None = None
        self._watcher: QDBusPendingCallWatcher | None = None
        self._iface: QDBusInterface | None = None

    @property
    def cookie(self) -> int | None:
        return self._cookie

    def _hold(self, reason: str) -> bool:
        bus = self._bus if self._bus is not None else session_bus()
        if bus is None or not bus.isConnected():
            self._give_up(self.tr("no desktop session bus (D-Bus)"))
            return False
        self._bus = bus
        if self._watcher is not None:
            return True  # the previous request is still on its way; it will be kept
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        message.setArguments([APP_NAME, reason])
        self._watcher = QDBusPendingCallWatcher(bus.asyncCall(message, INHIBIT_TIMEOUT_MS), self)
        self._watcher.finished.connect(self._on_answered)
        log.info("asked the screen saver to wait (%s)", reason)
        return True

    def _release(self, *, wait: bool) -> None:
        watcher = self._watcher
        if watcher is not None and wait:
            watcher.waitForFinished()
            self._on_answered(watcher)  # the cookie, if any, is given back just below
        if self._cookie is not None:
            self._uninhibit(self._cookie)

    def _on_answered(self, watcher: QDBusPendingCallWatcher) -> None:
        if watcher is not self._watcher:
            return  # already handled (release_now waited for it)
        self._watcher = None
        watcher.deleteLater()
        reply = watcher.reply()
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            self._held = False
            self._give_up(f"the screen saver did not answer ({reply.errorMessage() or 'no reply'})")
            return
        cookie = int(reply.arguments()[0])
        log.info("the screen saver waits (cookie %d)", cookie)
        self._cookie = cookie
        self._interface()  # introspected now, while the service is known to answer
        self.cookie_changed.emit(cookie)
        if not self._held:  # released while the answer was on its way
            self._uninhibit(cookie)

    def _uninhibit(self, cookie: int) -> None:
        self._cookie = None
        iface = self._interface()
        if iface is not None and QMetaObject.invokeMethod(
            iface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
        ):
            error = iface.lastError()
            if error.isValid():
                log.warning("the screen saver refused UnInhibit(%d): %s", cookie, error.message())
            else:
                log.info("the screen saver may sleep again (cookie %d)", cookie)
        else:
            log.warning("could not give back screen saver cookie %d", cookie)
        self.cookie_changed.emit(None)

    def _interface(self) -> QDBusInterface | None:
        if self._iface is None and self._bus is not None:
            iface = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus, self)
            if not iface.isValid():
                log.warning("no ScreenSaver interface: %s", iface.lastError().message())
                return None
            iface.setTimeout(RELEASE_TIMEOUT_MS)
            self._iface = iface
        return self._iface
