"""Is there a local D-Bus to talk to? Decided from the environment and the socket files,
before QtDBus is loaded: where there is no bus (a container, a headless run, a minimal
system), loading QtDBus would cost about 2.3 MiB of memory for nothing (DESIGN.md budgets
peak memory at 1.3x a bare Qt window). A bus whose address is not a local socket is never
used, not even to ask: Heard opens no network connection.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

SYSTEM_SOCKETS = ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")


def _local(address: str) -> bool:
    return all(part.startswith("unix:") for part in address.split(";"))


def session_bus_usable(env: Mapping[str, str] = os.environ) -> bool:
    """The desktop session's bus is there and local; never starts one (no autolaunch)."""
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return _local(address)
    runtime = env.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and (Path(runtime) / "bus").exists()


def system_bus_usable(env: Mapping[str, str] = os.environ) -> bool:
    address = env.get("DBUS_SYSTEM_BUS_ADDRESS", "")
    if address:
        return _local(address)
    return any(Path(socket).exists() for socket in SYSTEM_SOCKETS)


def session_bus() -> QDBusConnection | None:
    """The session bus connection, or None when session_bus_usable() says there is none."""
    if not session_bus_usable():
        return None
    from PySide6.QtDBus import QDBusConnection

    return QDBusConnection.sessionBus()


def system_bus() -> QDBusConnection | None:
    if not system_bus_usable():
        return None
    from PySide6.QtDBus import QDBusConnection

    return QDBusConnection.systemBus()
