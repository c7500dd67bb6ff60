"""Test-wide safety nets. Every test gets them without asking:

* Qt runs headless (``QT_QPA_PLATFORM=offscreen`` unless already set).
* Isolation: HOME and every XDG folder point at fresh per-test temp folders, HEARD_* variables
  are removed, and D-Bus/X11/Wayland addresses are cleared, so no test (nor a process it starts)
  can read or write the developer's real data, settings, keyring or desktop. The same is done
  once at import time, so session-scoped fixtures (the QApplication) are isolated too.
* Keyring: an in-memory backend (fixture ``memory_keyring``) in this process; child processes
  get ``PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring`` (no keyring) unless a test
  sets up its own (for example a gnome-keyring daemon under ``dbus-run-session``).
* Qt leak check (fixture ``qt_leak_check``): a Qt test (one that uses ``qtbot`` or ``qapp``, or
  lives in tests/ui or tests/system) fails if a QTimer or QThread created during it is still
  running after teardown. See ``_QtRunningObjects``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything can import Qt

import gc
import shutil
import sys
import tempfile
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import keyring
import keyring.backend
import keyring.errors
import pytest

if TYPE_CHECKING:
    from PySide6.QtCore import QThread, QTimer

pytest_plugins = ["pytester"]

TESTS_DIR = Path(__file__).resolve().parent
_QT_FIXTURES = frozenset({"qtbot", "qapp"})
_QT_TEST_DIRS = frozenset({"ui", "system"})
_NO_KEYRING = "keyring.backends.fail.Keyring"
_UNSTOPPABLE: list[Any] = []  # threads that ignored quit(): kept so their destruction cannot abort
_CLEARED_VARIABLES = ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "HEARD_DATA_DIR")


# --------------------------------------------------------------------------- isolation


class IsolatedEnv(NamedTuple):
    """The folders that HOME and XDG_* point at during one test."""

    home: Path
    data: Path  # XDG_DATA_HOME
    config: Path  # XDG_CONFIG_HOME
    state: Path  # XDG_STATE_HOME
    cache: Path  # XDG_CACHE_HOME
    runtime: Path  # XDG_RUNTIME_DIR, mode 0700


def _make_env_dirs(root: Path) -> IsolatedEnv:
    env = IsolatedEnv(*(root / name for name in IsolatedEnv._fields))
    for folder in env:
        folder.mkdir(parents=True, exist_ok=True)
    env.runtime.chmod(0o700)  # Qt warns (and tests fail) when it is not private
    return env


def _environment_for(env: IsolatedEnv) -> dict[str, str]:
    return {
        "HOME": str(env.home),
        "XDG_DATA_HOME": str(env.data),
        "XDG_CONFIG_HOME": str(env.config),
        "XDG_STATE_HOME": str(env.state),
        "XDG_CACHE_HOME": str(env.cache),
        "XDG_RUNTIME_DIR": str(env.runtime),
        "PYTHON_KEYRING_BACKEND": _NO_KEYRING,
    }


def _isolate_session() -> Path:
    root = Path(tempfile.mkdtemp(prefix="heard-tests-"))
    os.environ.update(_environment_for(_make_env_dirs(root)))
    for name in [*_CLEARED_VARIABLES, *(n for n in os.environ if n.startswith("HEARD_"))]:
        os.environ.pop(name, None)
    return root


_SESSION_ROOT = _isolate_session()
_ROOTDIR = TESTS_DIR.parent  # replaced by pytest's rootdir at configure time


def pytest_configure(config: pytest.Config) -> None:
    global _ROOTDIR  # noqa: PLW0603
    _ROOTDIR = config.rootpath


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_env(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> IsolatedEnv:
    """Fresh HOME/XDG folders for this test (kept apart from ``tmp_path``, which stays empty)."""
    env = _make_env_dirs(tmp_path_factory.mktemp("env"))
    for name, value in _environment_for(env).items():
        monkeypatch.setenv(name, value)
    for name in [*_CLEARED_VARIABLES, *(n for n in os.environ if n.startswith("HEARD_"))]:
        monkeypatch.delenv(name, raising=False)
    return env


# --------------------------------------------------------------------------- keyring


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict. Set ``error`` to make every call raise it (locked, denied...)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.error: Exception | None = None

    def _check(self) -> None:
        if self.error is not None:
            raise self.error

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(f"no password for {service}/{username}")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The keyring every test sees in this process; empty at the start of each test."""
    previous = keyring.get_keyring()  # the 'fail' backend set above: no system probing
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# --------------------------------------------------------------------------- Qt leak check


def _creation_site() -> str:
    """'file:line in function' of the code that constructed the object (outside this file)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename == __file__:
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return "unknown place"
    filename = Path(frame.f_code.co_filename)
    if filename.is_relative_to(_ROOTDIR):
        filename = filename.relative_to(_ROOTDIR)
    return f"{filename}:{frame.f_lineno} in {frame.f_code.co_name}"


class _QtRunningObjects:
    """Records every QTimer and QThread constructed from Python while a test runs.

    ``QTimer.__init__`` and ``QThread.__init__`` are wrapped (subclasses too, as they call
    ``super().__init__``). Timers are held weakly, so tracking never keeps one alive; threads
    strongly, because destroying a running QThread aborts the whole process, whereas a held
    one can be reported. After teardown (pytest-qt has closed and deleted the qtbot widgets by
    then), anything still running fails the test, is reported with its objectName and creation
    site, and is stopped so later tests are not disturbed.

    Not seen: ``QTimer.singleShot(...)`` (Qt makes that timer internally), and timers or
    threads created inside C++. Give long-lived timers an objectName so reports are readable.
    """

    def __init__(self) -> None:
        self.timers: list[tuple[weakref.ref[QTimer], str]] = []
        self.threads: list[tuple[QThread, str]] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from PySide6.QtCore import QThread, QTimer

        def wrap(cls: type, record: Callable[[Any, str], None]) -> None:
            original = cls.__dict__["__init__"]

            def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
                original(self, *args, **kwargs)
                record(self, _creation_site())

            monkeypatch.setattr(cls, "__init__", __init__)

        wrap(QTimer, lambda obj, site: self.timers.append((weakref.ref(obj), site)))
        wrap(QThread, lambda obj, site: self.threads.append((obj, site)))

    def still_running(self) -> list[tuple[Any, str]]:
        import shiboken6

        found: list[tuple[Any, str]] = []
        for ref, site in self.timers:
            timer = ref()
            if timer is not None and shiboken6.isValid(timer) and timer.isActive():
                found.append((timer, site))
        for thread, site in self.threads:
            if shiboken6.isValid(thread) and thread.isRunning():
                found.append((thread, site))
        return found

    def settle(self) -> None:
        """Let deleteLater() and garbage collection finish off objects that are already dead."""
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    @staticmethod
    def describe(obj: Any, site: str) -> str:
        name = obj.objectName() or "<unnamed: call setObjectName>"
        kind = type(obj).__name__
        detail = f" (interval {obj.interval()} ms)" if hasattr(obj, "interval") else ""
        return f"{kind} {name!r}{detail}, created at {site}"

    @staticmethod
    def stop(obj: Any) -> None:
        from PySide6.QtCore import QThread, QTimer

        if isinstance(obj, QTimer) and obj.thread() is QThread.currentThread():
            obj.stop()
        elif isinstance(obj, QThread):
            obj.quit()
            if not obj.wait(5000):
                _UNSTOPPABLE.append(obj)


def _uses_qt(request: pytest.FixtureRequest) -> bool:
    if _QT_FIXTURES.intersection(request.fixturenames):
        return True
    path = request.node.path
    return path.is_relative_to(TESTS_DIR) and path.relative_to(TESTS_DIR).parts[0] in _QT_TEST_DIRS


@pytest.fixture(autouse=True)
def qt_leak_check(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fail a Qt test that leaves a QTimer or QThread running. A no-op for non-Qt tests."""
    if not _uses_qt(request):
        yield
        return
    tracker = _QtRunningObjects()
    tracker.install(monkeypatch)
    yield
    running = tracker.still_running()
    if running:
        tracker.settle()
        running = tracker.still_running()
    if not running:
        return
    lines = [tracker.describe(obj, site) for obj, site in running]
    for obj, _site in running:
        tracker.stop(obj)
    names = ", ".join(f"{type(obj).__name__} {obj.objectName()!r}" for obj, _ in running)
    pytest.fail(
        f"still running after the test: {names}\n  "
        + "\n  ".join(lines)
        + "\nStop timers and threads when their owner closes (see tests/conftest.py).",
        pytrace=False,
    )
