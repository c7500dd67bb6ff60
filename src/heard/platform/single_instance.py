"""One Heard per user and data folder: a second launch brings the first window forward.

Two mechanisms, each doing one job:
- the data-folder lock (DataDirLock) decides who is the one writer. The kernel releases it
  when a process dies, so a crash never blocks the next launch;
- a QLocalServer, named per user and per data folder, lets a second launch ask the first to
  show its window. Whoever holds the lock removes any socket file left by a crashed
  instance before listening, so a stale socket never blocks anything either.

The server name lives in $XDG_RUNTIME_DIR (private to the user) when there is one; otherwise
Qt's per-user temp location is used, restricted to this user (UserAccessOption).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from heard.errors import DataDirError
from heard.platform.data_lock import DataDirLock

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
REPLY = b"ok\n"
ASK_TIMEOUT_MS = 1500
CLAIM_WAIT_S = 5.0
MAX_SOCKET_PATH = 100  # sun_path is 104-108 bytes depending on the system


def _sha256(data: bytes) -> Any:
    """SHA-256 from CPython's built-in module when there is one: `hashlib` loads OpenSSL's
    libcrypto, 3 MB of memory at start-up for this one short digest."""
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # CPython 3.12+
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def server_name(data_dir: Path, env: Mapping[str, str] = os.environ) -> str:
    """The per-user, per-data-folder name of the running instance's socket."""
    digest = _sha256(os.fsencode(data_dir.absolute())).hexdigest()[:16]
    user = str(os.getuid()) if hasattr(os, "getuid") else env.get("USERNAME", "user")
    name = f"heard-{user}-{digest}"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    flatpak_id = env.get("FLATPAK_ID", "")
    if runtime and flatpak_id:
        # Each Flatpak instance has a private runtime folder; app/<id>/ is the part that all
        # instances of this app share, so a second launch can find the first.
        runtime = str(Path(runtime) / "app" / flatpak_id)
    if os.name == "posix" and runtime and Path(runtime).is_absolute() and Path(runtime).is_dir():
        path = str(Path(runtime) / f"{name}.sock")
        if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
            return path
    return name


class InstanceServer(QObject):
    """Listens for later launches. `activated` fires when one asks to be shown."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setObjectName("single-instance-server")
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Start listening. Only the lock holder calls this, so an existing socket file is
        a leftover of a crashed instance and is removed first."""
        if Path(self.name).is_absolute() and Path(self.name).exists():
            log.info("Removing a stale single-instance socket %s", self.name)
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.warning(
                "A second launch cannot reach this one (%s); everything else works",
                self._server.errorString(),
            )
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data())
        if request == ACTIVATE:
            socket.write(REPLY)
            socket.flush()
            log.info("activated by a second launch")
            self.activated.emit()
        socket.disconnectFromServer()


def ask_running_instance(name: str, timeout_ms: int = ASK_TIMEOUT_MS) -> bool:
    """Ask the instance listening on `name` to show itself. True when it answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    try:
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        while not socket.canReadLine():
            if not socket.waitForReadyRead(timeout_ms):
                return False
        return bytes(socket.readLine().data()) == REPLY
    finally:
        socket.abort()


@dataclass
class InstanceClaim:
    """Held by the one running instance: the data-folder lock and the activation server."""

    lock: DataDirLock
    server: InstanceServer

    def release(self) -> None:
        self.server.close()
        self.lock.release()


def claim_instance(
    data_dir: Path, *, wait_s: float = CLAIM_WAIT_S, parent: QObject | None = None
) -> InstanceClaim | None:
    """Become the one instance for `data_dir`, or hand over to the one already running.

    Returns the claim, or None when a running instance was asked to come forward (the
    caller then exits). Raises DataDirError when another process holds the data folder but
    does not answer within `wait_s`."""
    lock = DataDirLock(data_dir)
    name = server_name(data_dir)
    deadline = time.monotonic() + wait_s
    while True:
        try:
            got = lock.acquire()
        except OSError as exc:
            raise DataDirError(f"Cannot lock the data folder {data_dir}: {exc}.") from exc
        if got:
            server = InstanceServer(name, parent)
            server.listen()
            return InstanceClaim(lock, server)
        if ask_running_instance(name):
            return None
        if time.monotonic() >= deadline:
            raise DataDirError(
                f"Heard is already running with the data folder {data_dir}, but it does not "
                "answer. Close it, or wait for it to finish, and try again."
            )
        time.sleep(0.1)  # the other instance may still be starting (lock taken, not listening)
