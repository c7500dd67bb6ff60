"""One Heard per user and data folder: a second launch brings the first window forward.

Two mechanisms, each doing one job:
- the data-folder lock (DataDirLock) decides who is the one writer. The kernel releases it
  when a process dies, so a crash never blocks the next launch;
- a local socket, named per user and per data folder, lets a second launch ask the first to
  show its window. Whoever holds the lock removes any socket file left by a crashed
  instance before listening, so a stale socket never blocks anything either.

The lock is taken before the first window is shown; the server (a Unix-domain socket on
POSIX, no QtNetwork: heard.platform.instance_server) starts listening right after the first
paint. A launch in between finds the lock taken and no answer yet, and keeps asking for up to
CLAIM_WAIT_S.

The server name lives in $XDG_RUNTIME_DIR (private to the user) when there is one; otherwise
it is a plain name, which instance_server.socket_path puts in a private <tempdir>/heard-<uid>
folder on POSIX (a named pipe on Windows, through QLocalServer).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heard.errors import DataDirError
from heard.platform.data_lock import DataDirLock

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from heard.platform.instance_server import InstanceServer

log = logging.getLogger(__name__)

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
    """The per-user, per-data-folder name of the running instance's socket: a path in the
    runtime folder, or a plain name (no "/") when there is no usable one."""
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


class InstanceClaim:
    """Held by the one running instance: the data-folder lock and the activation server.
    (A plain class: `dataclasses` would be imported on the launch path for it alone.)"""

    def __init__(self, lock: DataDirLock, name: str, server: InstanceServer | None = None) -> None:
        self.lock = lock
        self.name = name
        self.server = server

    def listen(self, parent: QObject | None = None) -> InstanceServer:
        """Start the activation server (once); its `activated` fires on a second launch."""
        if self.server is None:
            from heard.platform.instance_server import InstanceServer

            self.server = InstanceServer(self.name, parent)
            self.server.listen()
        return self.server

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.release()


def claim_instance(
    data_dir: Path,
    *,
    wait_s: float = CLAIM_WAIT_S,
    parent: QObject | None = None,
    listen: bool = True,
) -> InstanceClaim | None:
    """Become the one instance for `data_dir`, or hand over to the one already running.

    Returns the claim, or None when a running instance was asked to come forward (the
    caller then exits). Raises DataDirError when another process holds the data folder but
    does not answer within `wait_s`. With listen=False the caller starts the activation
    server later (InstanceClaim.listen), e.g. once the first window has painted."""
    lock = DataDirLock(data_dir)
    name = server_name(data_dir)
    deadline = time.monotonic() + wait_s
    while True:
        try:
            got = lock.acquire()
        except OSError as exc:
            raise DataDirError(f"Cannot lock the data folder {data_dir}: {exc}.") from exc
        if got:
            claim = InstanceClaim(lock, name)
            if listen:
                claim.listen(parent)
            return claim
        from heard.platform.instance_server import ask_running_instance

        if ask_running_instance(name):
            return None
        if time.monotonic() >= deadline:
            raise DataDirError(
                f"Heard is already running with the data folder {data_dir}, but it does not "
                "answer. Close it, or wait for it to finish, and try again."
            )
        time.sleep(0.1)  # the other instance may still be starting (lock taken, not listening)
