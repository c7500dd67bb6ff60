"""The activation channel of the one running Heard: a QLocalServer that a second launch
asks to bring the window forward (see heard.platform.single_instance). QtNetwork is loaded
only here, after the first window has painted, or by a second launch asking the first."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
REPLY = b"ok\n"
ASK_TIMEOUT_MS = 1500


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
