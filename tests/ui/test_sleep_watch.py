"""logind's PrepareForSleep over D-Bus, against a private bus with a stand-in logind.
Without a bus or without logind, the watch says so once and the app carries on."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from heard.platform.sleep_watch import LOGIND, LOGIND_MANAGER, LOGIND_PATH, SleepWatch

needs_dbus = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed"
)


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)
    daemon.stdout.close()


@pytest.fixture
def connect(bus_address: str) -> Iterator[Callable[[], QDBusConnection]]:
    names: list[str] = []

    def connection() -> QDBusConnection:
        names.append(f"heard-test-{uuid.uuid4().hex}")
        return QDBusConnection.connectToBus(bus_address, names[-1])

    yield connection
    for name in names:
        QDBusConnection.disconnectFromBus(name)


def announce(logind: QDBusConnection, sleeping: bool) -> None:
    signal = QDBusMessage.createSignal(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep")
    signal.setArguments([sleeping])
    assert logind.send(signal)


@needs_dbus
def test_prepare_for_sleep_is_heard(qtbot: QtBot, connect: Callable[[], QDBusConnection]) -> None:
    logind = connect()
    assert logind.registerService(LOGIND)
    watch = SleepWatch(bus=connect())
    watch.start()
    qtbot.waitUntil(lambda: watch.available, timeout=5_000)
    assert watch.take_announcement() is False
    with qtbot.waitSignal(watch.about_to_sleep, timeout=5_000):
        announce(logind, True)
    assert watch.take_announcement() is True
    assert watch.take_announcement() is False  # taken once
    with qtbot.waitSignal(watch.woke_up, timeout=5_000):
        announce(logind, False)
    watch.stop()


@needs_dbus
def test_a_bus_without_logind_is_reported_once(
    qtbot: QtBot, connect: Callable[[], QDBusConnection]
) -> None:
    watch = SleepWatch(bus=connect())
    reasons: list[str] = []
    watch.unavailable.connect(reasons.append)
    with qtbot.waitSignal(watch.unavailable, timeout=5_000):
        watch.start()
    assert reasons == ["logind is not running"]
    assert watch.take_announcement() is None
    watch.stop()


def test_no_bus_is_reported_and_nothing_breaks(qtbot: QtBot) -> None:
    broken = QDBusConnection.connectToBus("unix:path=/nonexistent/heard-bus", "heard-no-bus")
    try:
        watch = SleepWatch(bus=broken)
        with qtbot.waitSignal(watch.unavailable, timeout=1_000) as blocker:
            watch.start()
        assert blocker.args == ["no system D-Bus"]
        assert not watch.available
        assert watch.take_announcement() is None
    finally:
        QDBusConnection.disconnectFromBus("heard-no-bus")


def test_a_network_bus_address_is_never_used(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    for address in ("tcp:host=192.0.2.1,port=55556", "unix:path=/nonexistent;tcp:host=192.0.2.1"):
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
        watch = SleepWatch()
        with qtbot.waitSignal(watch.unavailable, timeout=1_000) as blocker:
            watch.start()
        assert blocker.args == ["no system D-Bus"]
