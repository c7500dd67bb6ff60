"""Run one blocking call (the keyring, scrypt) off the GUI thread, with a timeout.

Why a daemon `threading.Thread` and not a QThread or QThreadPool: a keyring call can block
for ever (an unlock prompt nobody answers, a stuck D-Bus service) and cannot be interrupted.
A QThread that is still running when it is destroyed aborts the whole process, and a thread
pool waits for its threads at exit, so either could turn a stuck keyring into a crash or a
hang on quit. A daemon thread is simply abandoned at exit. Its result comes back to the GUI
thread through a queued signal; after a timeout or cancel() it is ignored.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

THREAD_PREFIX = "heard-bg-"
KEYRING_TIMEOUT_MS = 20_000
"""Long enough to type a keyring password into the system's unlock prompt."""
_tokens = itertools.count(1)


class _Relay(QObject):
    """Lives in the GUI thread for the whole run; worker threads emit through it."""

    finished = Signal(int, object, object)  # token, result, error

    def __init__(self) -> None:
        super().__init__()
        self.calls: dict[int, weakref.ref[BackgroundCall]] = {}
        self.finished.connect(self._on_finished)

    def _on_finished(self, token: int, result: object, error: object) -> None:
        ref = self.calls.pop(token, None)
        call = None if ref is None else ref()
        if call is not None:
            call._deliver(token, result, error)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay  # noqa: PLW0603
    if _relay is None:
        _relay = _Relay()
    return _relay


class BackgroundCall(QObject):
    """One slot for one blocking call at a time. `succeeded(result)` or `failed(error)`
    comes exactly once per run(), on the GUI thread, unless cancel() came first."""

    succeeded = Signal(object)
    failed = Signal(object)  # an Exception
    busy_changed = Signal(bool)

    def __init__(
        self,
        name: str,
        timeout_ms: int,
        timeout_error: Callable[[], Exception],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self._timeout_error = timeout_error
        self._token: int | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName(f"{name}-timeout")
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._on_timeout)
        self.thread_names: list[str] = []
        """Names of the threads this call started (tests check none is left behind)."""

    @property
    def busy(self) -> bool:
        return self._token is not None

    def run(self, work: Callable[[], object]) -> None:
        """Start `work` on a new daemon thread. A run still in progress is cancelled."""
        self._drop()
        relay = _the_relay()
        token = next(_tokens)
        relay.calls[token] = weakref.ref(self)
        self._token = token
        if self._timer.interval() > 0:  # 0: no time limit (work that must not be abandoned)
            self._timer.start()

        def target() -> None:
            result: object = None
            error: object = None
            try:
                result = work()
            except Exception as exc:  # handed to the GUI thread, which decides what to say
                error = exc
            with contextlib.suppress(RuntimeError):  # the application is shutting down
                relay.finished.emit(token, result, error)

        name = f"{THREAD_PREFIX}{self._name}-{token}"
        self.thread_names.append(name)
        threading.Thread(target=target, name=name, daemon=True).start()
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Forget the run in progress: its result, when it comes, is ignored."""
        if self._drop():
            self.busy_changed.emit(False)

    def _drop(self) -> bool:
        self._timer.stop()
        token, self._token = self._token, None
        if token is not None:
            _the_relay().calls.pop(token, None)
        return token is not None

    def _deliver(self, token: int, result: object, error: object) -> None:
        if token != self._token:
            return
        self._drop()
        self.busy_changed.emit(False)
        if isinstance(error, Exception):
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)

    def _on_timeout(self) -> None:
        if self._drop():
            log.warning("%s did not answer within %d ms", self._name, self._timer.interval())
            self.busy_changed.emit(False)
            self.failed.emit(self._timeout_error())
