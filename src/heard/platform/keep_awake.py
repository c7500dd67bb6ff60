"""Keeping the screen awake while a session runs, behind one small interface.

- Linux and other D-Bus desktops: org.freedesktop.ScreenSaver Inhibit/UnInhibit on the
  session bus (GNOME, KDE, Xfce and others implement it).
- Windows: SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED), cleared again with
  ES_CONTINUOUS alone. The state belongs to the GUI thread, which makes every call here.
- macOS: an IOKit power assertion (PreventUserIdleDisplaySleep), released by its id.
- Anywhere else: NullKeepAwake, which only says it cannot help.

Every backend's `hold()` and `release()` may be called any number of times, in any order;
`release_now()` is for quitting: it sends the release before returning. A backend that
fails says so once through `unavailable` and the session carries on. The OS also drops
what a process holds when it dies, so a crash cannot keep the screen on for good.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)

REASON = "A conversation is in progress"


class KeepAwake(QObject):
    """The interface, and the do-nothing backend."""

    unavailable = Signal(str)  # a plain reason, at most once
    name = "none"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held = False
        self._told = False

    @property
    def held(self) -> bool:
        """True while the screen is being kept awake (or the request is on its way)."""
        return self._held

    def hold(self, reason: str = REASON) -> None:
        if not self._held:
            self._held = self._hold(reason)

    def release(self) -> None:
        if self._held:
            self._held = False
            self._release(wait=False)

    def release_now(self) -> None:
        """Release before returning (at quit, when no event loop will run again), including
        a request still on its way. Safe to call when nothing is held."""
        self._held = False
        self._release(wait=True)

    # backends override these
    def _hold(self, reason: str) -> bool:
        self._give_up(self.tr("this system offers no way for Heard to keep the screen awake"))
        return False

    def _release(self, *, wait: bool) -> None:
        """Give back whatever is held; must do nothing when nothing is."""

    def _give_up(self, reason: str) -> None:
        log.info("cannot keep the screen awake: %s", reason)
        if not self._told:
            self._told = True
            self.unavailable.emit(reason)


NullKeepAwake = KeepAwake


class NoBusKeepAwake(KeepAwake):
    """Linux without a desktop session bus: says so on the first hold, as the D-Bus backend
    would, without loading QtDBus (heard.platform.dbus_address)."""

    name = "org.freedesktop.ScreenSaver"

    def _hold(self, reason: str) -> bool:
        self._give_up(
            QCoreApplication.translate("ScreenSaverKeepAwake", "no desktop session bus (D-Bus)")
        )
        return False


# ----------------------------------------------------------------------------- Windows

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


class WindowsKeepAwake(KeepAwake):
    name = "SetThreadExecutionState"

    def __init__(self, kernel32: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kernel32 = kernel32
        self._set = False

    def _lib(self) -> Any:
        if self._kernel32 is None:
            self._kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
            self._kernel32.SetThreadExecutionState.restype = ctypes.c_uint32
            self._kernel32.SetThreadExecutionState.argtypes = [ctypes.c_uint32]
        return self._kernel32

    def _hold(self, reason: str) -> bool:
        flags = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED
        try:
            previous = self._lib().SetThreadExecutionState(flags)
        except (OSError, AttributeError) as exc:
            self._give_up(f"SetThreadExecutionState is not available ({exc})")
            return False
        if previous == 0:
            self._give_up(self.tr("Windows refused to keep the display on"))
            return False
        self._set = True
        return True

    def _release(self, *, wait: bool) -> None:
        if not self._set:
            return
        self._set = False
        try:
            self._lib().SetThreadExecutionState(ES_CONTINUOUS)
        except (OSError, AttributeError) as exc:
            log.warning("could not clear the execution state: %s", exc)


# ----------------------------------------------------------------------------- macOS

PREVENT_DISPLAY_SLEEP = b"PreventUserIdleDisplaySleep"
IOPM_LEVEL_ON = 255
CF_UTF8 = 0x08000100


class MacKeepAwake(KeepAwake):
    name = "IOPMAssertion"

    def __init__(self, iokit: Any = None, cf: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._iokit, self._cf = iokit, cf
        self._assertion: int | None = None

    def _libs(self) -> tuple[Any, Any]:
        if self._iokit is None or self._cf is None:
            import ctypes.util

            self._iokit = ctypes.cdll.LoadLibrary(ctypes.util.find_library("IOKit") or "IOKit")
            self._cf = ctypes.cdll.LoadLibrary(
                ctypes.util.find_library("CoreFoundation") or "CoreFoundation"
            )
            self._cf.CFStringCreateWithCString.restype = ctypes.c_void_p
            self._cf.CFStringCreateWithCString.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_uint32,
            ]
            self._cf.CFRelease.argtypes = [ctypes.c_void_p]
            self._iokit.IOPMAssertionCreateWithName.argtypes = [
                ctypes.c_void_p,
                ctypes.c_uint32,
                ctypes.c_void_p,
                ctypes.POINTER(ctypes.c_uint32),
            ]
            self._iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
        return self._iokit, self._cf

    def _hold(self, reason: str) -> bool:
        try:
            iokit, cf = self._libs()
            kind = cf.CFStringCreateWithCString(None, PREVENT_DISPLAY_SLEEP, CF_UTF8)
            name = cf.CFStringCreateWithCString(None, reason.encode(), CF_UTF8)
            assertion = ctypes.c_uint32(0)
            try:
                result = iokit.IOPMAssertionCreateWithName(
                    kind, IOPM_LEVEL_ON, name, ctypes.byref(assertion)
                )
            finally:
                cf.CFRelease(kind)
                cf.CFRelease(name)
        except (OSError, AttributeError) as exc:
            self._give_up(f"IOKit is not available ({exc})")
            return False
        if result != 0:
            self._give_up(f"macOS refused the power assertion (error {result})")
            return False
        self._assertion = assertion.value
        return True

    def _release(self, *, wait: bool) -> None:
        assertion, self._assertion = self._assertion, None
        if assertion is None or self._iokit is None:
            return
        result = self._iokit.IOPMAssertionRelease(assertion)
        if result != 0:
            log.warning("could not release the power assertion (error %s)", result)


# ----------------------------------------------------------------------------- choosing


def keep_awake_for_platform(
    parent: QObject | None = None, *, platform: str = sys.platform
) -> KeepAwake:
    """The backend for this system. Nothing is asked of the system until `hold()`."""
    if platform == "win32":
        return WindowsKeepAwake(parent=parent)
    if platform == "darwin":
        return MacKeepAwake(parent=parent)
    from heard.platform.dbus_address import session_bus_usable

    if not session_bus_usable():
        return NoBusKeepAwake(parent=parent)
    from heard.platform.keep_awake_dbus import ScreenSaverKeepAwake

    return ScreenSaverKeepAwake(parent=parent)
