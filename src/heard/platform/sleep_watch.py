"""System sleep announcements from logind (PrepareForSleep on the system D-Bus), if any.

logind sends PrepareForSleep(true) just before the system suspends and PrepareForSleep(false)
after it wakes. Where there is no system bus or no logind (other platforms, containers,
minimal systems), nothing is announced and Heard relies on the clock gap alone (see
heard.core.clock_watch). Nothing here ever blocks: the only call to the bus (is logind
there?) is asynchronous, and a bus address that is not a local socket is never used.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from heard.platform.dbus_address import system_bus

if TYPE_CHECKING:  # QtDBus loads only where there is a system bus (dbus_address)
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
ASK_TIMEOUT_MS = 3000
_SLOT = "_on_prepare(bool)"


class SleepWatch(QObject):
    about_to_sleep = Signal()
    woke_up = Signal()
    unavailable = Signal(str)  # once, with a plain reason

    def __init__(self, parent: QObject | None = None, bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._available = False
        self._announced = False
        self._watcher: QDBusPendingCallWatcher | None = None

    @property
    def available(self) -> bool:
        """True once logind is known to be there and listened to."""
        return self._available

    def start(self) -> None:
        """Listen for logind's announcements; `unavailable` fires if there are none."""
        bus = self._bus if self._bus is not None else system_bus()
        if bus is None or not bus.isConnected():
            self._give_up(self.tr("no system D-Bus"))
            return
        self._bus = bus
        # PySide6's stubs say bytes, but only SLOT()'s str is accepted at run time.
        subscribed = bus.connect(  # type: ignore[call-overload]
            LOGIND, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", self, SLOT(_SLOT)
        )
        if not subscribed:
            self._give_up(f"cannot listen to logind ({bus.lastError().message()})")
            return
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        ask = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner"
        )
        ask.setArguments([LOGIND])
        self._watcher = QDBusPendingCallWatcher(bus.asyncCall(ask, ASK_TIMEOUT_MS), self)
        self._watcher.finished.connect(self._on_asked)

    def take_announcement(self) -> bool | None:
        """For heard.core.clock_watch.is_probable_suspend: None when the OS announces no
        sleeps, else whether a sleep was announced since the last call."""
        if not self._available:
            return None
        announced, self._announced = self._announced, False
        return announced

    def stop(self) -> None:
        if self._bus is not None and self._bus.isConnected():
            self._bus.disconnect(  # type: ignore[call-overload]
                LOGIND, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", self, SLOT(_SLOT)
            )
        self._available = False

    @Slot(bool)
    def _on_prepare(self, sleeping: bool) -> None:
        if sleeping:
            self._announced = True
            log.info("the system is about to sleep")
            self.about_to_sleep.emit()
        else:
            log.info("the system woke up")
            self.woke_up.emit()

    def _on_asked(self, watcher: QDBusPendingCallWatcher) -> None:
        from PySide6.QtDBus import QDBusMessage

        reply = watcher.reply()
        watcher.deleteLater()
        self._watcher = None
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments() == [True]:
            self._available = True
            log.info("listening to logind for sleep announcements")
        else:
            self._give_up(self.tr("logind is not running"))

    def _give_up(self, reason: str) -> None:
        log.info("no sleep announcements (%s); a sleep is noticed from the clocks", reason)
        self.unavailable.emit(reason)
