"""A small org.freedesktop.ScreenSaver service for the keep-awake system test.

Runs with the system's python3 (python3-dbus and python3-gi), on the session bus of a
private `dbus-run-session`, never on a real desktop's. It implements Inhibit(ss) -> u and
UnInhibit(u) with the signatures GNOME and KDE use, and, like them, drops the inhibitions
of a client whose bus connection goes away. It also answers KDE's do-not-disturb question
(org.freedesktop.Notifications' Inhibited property: true). Every call and drop is appended
as one JSON line to the log file given as the first argument; "ready" is printed once the
names are owned.

    python3 fake_screensaver.py CALLS.jsonl
"""

from __future__ import annotations

import json
import sys
from itertools import count
from pathlib import Path

import dbus
import dbus.exceptions
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

NAME = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class ScreenSaver(dbus.service.Object):
    def __init__(self, bus: dbus.SessionBus, log_path: str) -> None:
        super().__init__(bus, PATH)
        self._bus = bus
        self._log_path = log_path
        self._cookies = count(4000)
        self._held: dict[int, str] = {}  # cookie -> sender's unique name
        bus.add_signal_receiver(
            self._on_owner_changed,
            signal_name="NameOwnerChanged",
            dbus_interface="org.freedesktop.DBus",
        )

    def _log(self, **entry: object) -> None:
        with Path(self._log_path).open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")

    # dbus-python does not check argument types itself; GDBus services (GNOME) refuse a
    # call whose signature differs, so the signature sent is checked here and logged.
    @dbus.service.method(NAME, in_signature="ss", out_signature="u", sender_keyword="sender",
                         message_keyword="message")  # fmt: skip
    def Inhibit(self, application: str, reason: str, sender: str = "", message=None) -> int:  # type: ignore[no-untyped-def]
        signature = str(message.get_signature())
        if signature != "ss":
            raise dbus.exceptions.DBusException(
                f"expected (ss), got ({signature})", name="org.freedesktop.DBus.Error.InvalidArgs"
            )
        cookie = next(self._cookies)
        self._held[cookie] = sender
        self._log(call="Inhibit", app=str(application), reason=str(reason), cookie=cookie,
                  sender=sender, held=len(self._held))  # fmt: skip
        return cookie

    @dbus.service.method(NAME, in_signature="u", out_signature="", sender_keyword="sender",
                         message_keyword="message")  # fmt: skip
    def UnInhibit(self, cookie: int, sender: str = "", message=None) -> None:  # type: ignore[no-untyped-def]
        signature = str(message.get_signature())
        if signature != "u":
            self._log(call="UnInhibit", refused=signature, sender=sender, held=len(self._held))
            raise dbus.exceptions.DBusException(
                f"expected (u), got ({signature})", name="org.freedesktop.DBus.Error.InvalidArgs"
            )
        known = self._held.pop(int(cookie), None) is not None
        self._log(call="UnInhibit", cookie=int(cookie), known=known, sender=sender,
                  held=len(self._held))  # fmt: skip

    def _on_owner_changed(self, name: str, old: str, new: str) -> None:
        if not name.startswith(":") or new:
            return
        dropped = [cookie for cookie, owner in self._held.items() if owner == name]
        for cookie in dropped:
            del self._held[cookie]
        if dropped:
            self._log(event="vanished", sender=str(name), dropped=dropped, held=len(self._held))


class Notifications(dbus.service.Object):
    """KDE Plasma's notification service, as far as do-not-disturb goes: its `Inhibited`
    property (true: do not disturb is on), read through org.freedesktop.DBus.Properties."""

    def __init__(self, bus: dbus.SessionBus, inhibited: bool) -> None:
        super().__init__(bus, "/org/freedesktop/Notifications")
        self._inhibited = inhibited

    @dbus.service.method("org.freedesktop.DBus.Properties", in_signature="ss", out_signature="v")
    def Get(self, interface: str, name: str) -> object:
        if interface == "org.freedesktop.Notifications" and name == "Inhibited":
            return dbus.Boolean(self._inhibited, variant_level=1)
        raise dbus.exceptions.DBusException(
            f"no property {name}", name="org.freedesktop.DBus.Error.UnknownProperty"
        )


def main() -> int:
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    _name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    _service = ScreenSaver(bus, sys.argv[1])
    _notifications_name = dbus.service.BusName(
        "org.freedesktop.Notifications", bus, do_not_queue=True
    )
    _notifications = Notifications(bus, inhibited=True)
    print("ready", flush=True)
    GLib.MainLoop().run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
