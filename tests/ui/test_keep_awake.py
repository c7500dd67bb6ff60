"""Keep-awake backends behind one interface: the calls each makes on its system (with fake
libraries standing in for kernel32 and IOKit), idempotence, and a plain reason when the
system cannot help. The real D-Bus backend is tested in tests/system/test_keep_awake_dbus.py."""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from heard.platform.keep_awake import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    KeepAwake,
    MacKeepAwake,
    NoBusKeepAwake,
    WindowsKeepAwake,
    keep_awake_for_platform,
)
from heard.platform.keep_awake_dbus import ScreenSaverKeepAwake


class FakeKernel32:
    def __init__(self, answer: int = 0x80000000) -> None:
        self.calls: list[int] = []
        self.answer = answer

    def SetThreadExecutionState(self, flags: int) -> int:
        self.calls.append(flags)
        return self.answer


class FakeCF:
    def __init__(self) -> None:
        self.strings: dict[int, bytes] = {}
        self.released: list[int] = []

    def CFStringCreateWithCString(self, _alloc: object, text: bytes, _enc: int) -> int:
        handle = 100 + len(self.strings)
        self.strings[handle] = text
        return handle

    def CFRelease(self, handle: int) -> None:
        self.released.append(handle)


class FakeIOKit:
    def __init__(self, cf: FakeCF, result: int = 0) -> None:
        self.cf, self.result = cf, result
        self.created: list[tuple[bytes, int, bytes]] = []
        self.released: list[int] = []

    def IOPMAssertionCreateWithName(self, kind: int, level: int, name: int, out: Any) -> int:
        self.created.append((self.cf.strings[kind], level, self.cf.strings[name]))
        ctypes.cast(out, ctypes.POINTER(ctypes.c_uint32))[0] = 77
        return self.result

    def IOPMAssertionRelease(self, assertion: int) -> int:
        self.released.append(assertion)
        return 0


def test_the_null_backend_says_once_that_it_cannot_help(qtbot: QtBot) -> None:
    awake = KeepAwake()
    reasons: list[str] = []
    awake.unavailable.connect(reasons.append)
    awake.hold()
    awake.hold()
    awake.release()
    assert not awake.held
    assert reasons == ["this system offers no way for Heard to keep the screen awake"]


def test_windows_sets_and_clears_the_execution_state_once(qtbot: QtBot) -> None:
    kernel = FakeKernel32()
    awake = WindowsKeepAwake(kernel)
    awake.hold()
    awake.hold()
    assert awake.held
    assert kernel.calls == [ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED]
    awake.release()
    awake.release()
    awake.release_now()
    assert kernel.calls[1:] == [ES_CONTINUOUS]
    assert not awake.held


def test_windows_refusal_is_reported(qtbot: QtBot) -> None:
    awake = WindowsKeepAwake(FakeKernel32(answer=0))
    with qtbot.waitSignal(awake.unavailable) as blocker:
        awake.hold()
    assert "refused" in blocker.args[0]
    assert not awake.held


def test_macos_creates_and_releases_a_display_assertion(qtbot: QtBot) -> None:
    cf = FakeCF()
    iokit = FakeIOKit(cf)
    awake = MacKeepAwake(iokit, cf)
    awake.hold("Talking")
    assert iokit.created == [(b"PreventUserIdleDisplaySleep", 255, b"Talking")]
    assert sorted(cf.released) == sorted(cf.strings)  # no CFString leaked
    awake.release_now()
    awake.release()
    assert iokit.released == [77]


def test_macos_refusal_is_reported(qtbot: QtBot) -> None:
    cf = FakeCF()
    awake = MacKeepAwake(FakeIOKit(cf, result=-536870201), cf)
    reasons: list[str] = []
    awake.unavailable.connect(reasons.append)
    awake.hold()
    assert not awake.held
    assert reasons == ["macOS refused the power assertion (error -536870201)"]


def test_without_a_session_bus_dbus_says_so(qtbot: QtBot) -> None:
    awake = ScreenSaverKeepAwake()  # the test environment has no session bus at all
    with qtbot.waitSignal(awake.unavailable) as blocker:
        awake.hold()
    assert blocker.args == ["no desktop session bus (D-Bus)"]
    assert not awake.held
    awake.release_now()  # nothing to release: no error


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("win32", WindowsKeepAwake),
        ("darwin", MacKeepAwake),
        ("linux", ScreenSaverKeepAwake),
        ("freebsd14", ScreenSaverKeepAwake),
    ],
)
def test_the_backend_follows_the_platform(
    qtbot: QtBot, platform: str, kind: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere/bus")  # a desktop's
    awake = keep_awake_for_platform(platform=platform)
    assert type(awake) is kind
    assert not awake.held  # nothing is asked of the system until hold()


def test_without_a_session_bus_qtdbus_is_not_even_loaded(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no `bus` socket in it
    awake = keep_awake_for_platform(platform="linux")
    assert type(awake) is NoBusKeepAwake
    with qtbot.waitSignal(awake.unavailable) as blocker:
        awake.hold()
    assert blocker.args == ["no desktop session bus (D-Bus)"]  # what the D-Bus backend says
    assert not awake.held
