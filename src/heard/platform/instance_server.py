"""The activation channel of the one running Heard: a local socket that a second launch asks
to bring the window forward (see heard.platform.single_instance).

On POSIX this is a Unix-domain socket from Python's own `socket` module, driven by Qt's event
loop through QSocketNotifier (QtCore). QLocalServer would do the same job, but loading
QtNetwork for it costs about 2.8 MiB of resident memory, against a peak-memory budget of 1.3x
a bare PySide6 window app (DESIGN.md). Elsewhere (Windows: named pipes) QLocalServer and
QLocalSocket remain, imported only there (or when a test forces them with qt_network=True).
Protocol: the client sends ACTIVATE, the server answers REPLY and closes. Anything else, or
more than MAX_REQUEST bytes without a newline, is ignored and the connection closed.

A plain name (no runtime folder, see server_name) becomes <tempdir>/heard-<uid>/<name>, a
folder created 0700 and refused when another user owns it. QLocalServer puts such names in
<tempdir> itself; a private folder keeps others from reaching, or squatting on, the socket.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import stat
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
REPLY = b"ok\n"
ASK_TIMEOUT_MS = 1500
MAX_REQUEST = 64
"""Bytes read from one connection at most; ACTIVATE is far shorter."""
MAX_PEERS = 16
"""Connections served at once; beyond that the oldest is dropped (a client that never talks)."""
UNIX_SOCKETS = os.name == "posix" and hasattr(socket, "AF_UNIX")


def socket_path(name: str) -> str:
    """The file behind `name`: itself when it has a folder, else one in a private folder."""
    if os.sep in name:
        return name
    folder = Path(tempfile.gettempdir()) / f"heard-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise PermissionError(f"{folder} is not a folder of this user")
    if stat.S_IMODE(info.st_mode) != 0o700:
        folder.chmod(0o700)
    return str(folder / name)


class InstanceServer(QObject):
    """Listens for later launches. `activated` fires when one asks to be shown."""

    activated = Signal()

    def __init__(
        self, name: str, parent: QObject | None = None, *, qt_network: bool = not UNIX_SOCKETS
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._bound: tuple[Path, int] | None = None  # path and inode, removed on close()
        self._peers: dict[QSocketNotifier, tuple[socket.socket, bytearray]] = {}
        self._qt = _QtServer(self) if qt_network else None

    def listen(self) -> bool:
        """Start listening. Only the lock holder calls this, so an existing socket file is
        a leftover of a crashed instance and is removed first."""
        if self._qt is not None:
            return self._qt.listen(self.name)
        if self._listener is not None:
            return True
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            path = Path(socket_path(self.name))
            if path.is_symlink() or path.exists():
                log.info("Removing a stale single-instance socket %s", path)
                path.unlink()
            with contextlib.suppress(OSError):  # Linux then creates the file 0600; elsewhere
                os.fchmod(listener.fileno(), 0o600)  # the chmod below, in a private folder
            listener.bind(str(path))
            path.chmod(0o600)
            listener.listen(8)
            listener.setblocking(False)
            self._bound = (path, path.stat().st_ino)
        except OSError as exc:
            listener.close()
            log.warning("A second launch cannot reach this one (%s); everything else works", exc)
            return False
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_connection_waiting)
        return True

    def close(self) -> None:
        """Stop listening, drop open connections and remove the socket file."""
        if self._qt is not None:
            self._qt.close()
        for notifier in list(self._peers):
            self._drop(notifier)
        if self._notifier is not None and self._listener is not None:
            self._notifier.setEnabled(False)  # before its descriptor closes
            self._notifier.deleteLater()
            self._listener.close()
            self._notifier = self._listener = None
        if self._bound is not None:
            path, inode = self._bound
            self._bound = None
            with contextlib.suppress(OSError):  # already gone
                if path.stat().st_ino == inode:
                    path.unlink()

    def _on_connection_waiting(self) -> None:
        try:
            while self._listener is not None:
                try:
                    peer, _ = self._listener.accept()
                except (BlockingIOError, ConnectionAbortedError):
                    return
                peer.setblocking(False)
                if len(self._peers) >= MAX_PEERS:
                    self._drop(next(iter(self._peers)))
                notifier = QSocketNotifier(peer.fileno(), QSocketNotifier.Type.Read, self)
                # A bound method, found again through sender(): a partial holding `self`
                # could drop the last reference to it while Qt deletes the notifier.
                notifier.activated.connect(self._on_peer_readable)
                self._peers[notifier] = (peer, bytearray())
        except Exception:  # e.g. out of file descriptors: stop rather than spin on it
            log.exception("The single-instance server stops listening")
            self.close()

    def _on_peer_readable(self) -> None:
        notifier = self.sender()
        if not isinstance(notifier, QSocketNotifier) or notifier not in self._peers:
            return
        peer, data = self._peers[notifier]
        try:
            try:
                chunk = peer.recv(MAX_REQUEST + 1 - len(data))
            except BlockingIOError:
                return
            data += chunk
            if chunk and b"\n" not in data and len(data) <= MAX_REQUEST:
                return  # wait for the rest of the line
            valid = data[: data.find(b"\n") + 1] == ACTIVATE  # the first line, if any
            if valid:
                try:
                    peer.send(REPLY)  # a fresh connection's buffer takes these 3 bytes at once
                except OSError as exc:
                    log.info("The second launch left before the reply (%s)", exc)
            self._drop(notifier)
            if valid:
                log.info("activated by a second launch")
                self.activated.emit()
        except Exception:
            log.exception("A single-instance request failed")
            self._drop(notifier)

    def _drop(self, notifier: QSocketNotifier) -> None:
        entry = self._peers.pop(notifier, None)
        if entry is not None:
            notifier.setEnabled(False)  # before the descriptor closes and its number is reused
            notifier.deleteLater()
            entry[0].close()


def ask_running_instance(
    name: str, timeout_ms: int = ASK_TIMEOUT_MS, *, qt_network: bool = not UNIX_SOCKETS
) -> bool:
    """Ask the instance listening on `name` to show itself. True when it answered.
    Blocks for up to about `timeout_ms`: only a second launch asks, before any window."""
    if qt_network:
        return _ask_with_qt(name, timeout_ms)
    deadline = time.monotonic() + timeout_ms / 1000
    reply = b""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout_ms / 1000)
            client.connect(socket_path(name))
            client.sendall(ACTIVATE)
            while not reply.endswith(b"\n") and len(reply) < len(REPLY):
                client.settimeout(max(deadline - time.monotonic(), 0.001))
                chunk = client.recv(len(REPLY) - len(reply))
                if not chunk:
                    break
                reply += chunk
    except OSError:  # nobody listening (a stale file), no answer in time, or no such folder
        return False
    return reply == REPLY


class _QtServer(QObject):
    """QLocalServer behind an InstanceServer: Windows, or a test forcing qt_network=True."""

    activated = Signal()

    def __init__(self, owner: InstanceServer) -> None:
        super().__init__(owner)
        from PySide6.QtNetwork import QLocalServer

        self.activated.connect(owner.activated)
        self._server = QLocalServer(self)
        self._server.setObjectName("single-instance-server")
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self, name: str) -> bool:
        self._server.removeServer(name)
        if not self._server.listen(name):
            log.warning("A second launch cannot reach this one (%s)", self._server.errorString())
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            peer = self._server.nextPendingConnection()
            peer.readyRead.connect(self._on_ready_read)  # sender(): see _on_connection_waiting
            peer.disconnected.connect(peer.deleteLater)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        peer = self.sender()
        if not isinstance(peer, QLocalSocket) or (
            not peer.canReadLine() and peer.bytesAvailable() <= MAX_REQUEST
        ):
            return
        if bytes(peer.readLine(MAX_REQUEST + 1).data()) == ACTIVATE:
            peer.write(REPLY)
            peer.flush()
            log.info("activated by a second launch")
            self.activated.emit()
        peer.disconnectFromServer()


def _ask_with_qt(name: str, timeout_ms: int) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    client.connectToServer(name)
    try:
        if not client.waitForConnected(timeout_ms):
            return False
        client.write(ACTIVATE)
        if not client.waitForBytesWritten(timeout_ms):
            return False
        while not client.canReadLine():
            if not client.waitForReadyRead(timeout_ms):
                return False
        return bytes(client.readLine().data()) == REPLY
    finally:
        client.abort()
