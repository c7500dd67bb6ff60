"""Whether there is a local D-Bus is decided before QtDBus loads (heard.platform.dbus_address)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from heard.platform.dbus_address import session_bus_usable, system_bus_usable


def test_a_session_bus_needs_a_local_address_or_the_runtime_socket(tmp_path: Path) -> None:
    assert session_bus_usable({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1/bus"})
    assert not session_bus_usable({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=example,port=1"})
    assert not session_bus_usable({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/a;tcp:host=b"})
    assert not session_bus_usable({"XDG_RUNTIME_DIR": str(tmp_path)})
    with socket.socket(socket.AF_UNIX) as bus:
        bus.bind(str(tmp_path / "bus"))
        assert session_bus_usable({"XDG_RUNTIME_DIR": str(tmp_path)})
    assert not session_bus_usable({})


def test_a_system_bus_address_must_be_local() -> None:
    assert system_bus_usable({"DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/x"})
    assert not system_bus_usable({"DBUS_SYSTEM_BUS_ADDRESS": "tcp:host=example,port=1"})


CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from heard.platform.dnd_status import DndStatus
from heard.platform.keep_awake import keep_awake_for_platform
from heard.platform.sleep_watch import SleepWatch
app = QApplication([])
said = []
watch = SleepWatch(); watch.unavailable.connect(said.append); watch.start()
awake = keep_awake_for_platform(); awake.unavailable.connect(said.append); awake.hold()
dnd = DndStatus(desktop="KDE"); dnd.refresh()
print("PySide6.QtDBus" in sys.modules, len(said), dnd.state.value)
"""


def test_without_any_bus_qtdbus_never_loads(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(tmp_path),  # no session bus socket in it
        DBUS_SYSTEM_BUS_ADDRESS="tcp:host=nowhere,port=1",  # not local: never used
    )
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "2", "unknown"]  # each said why, once
