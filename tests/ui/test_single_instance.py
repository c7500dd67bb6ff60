"""One writer per data folder; a second launch asks the first to come forward; a socket left
by a crashed instance never blocks. (Two real processes: tests/system/test_two_instances.)

The server is a Unix-domain socket driven by QSocketNotifier on POSIX; the QLocalServer
fallback (Windows) is tested here too, forced with qt_network=True (it works on Linux)."""

from __future__ import annotations

import json
import logging
import os
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from heard.errors import DataDirError
from heard.platform.data_lock import DataDirLock
from heard.platform.instance_server import (
    ACTIVATE,
    MAX_PEERS,
    MAX_REQUEST,
    REPLY,
    InstanceServer,
    ask_running_instance,
    socket_path,
)
from heard.platform.single_instance import MAX_SOCKET_PATH, claim_instance, server_name

posix_only = pytest.mark.skipif(os.name != "posix", reason="Unix-domain socket files")
linux_only = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="/proc/self/fd")
BACKENDS = [pytest.param(False, id="unix", marks=posix_only), pytest.param(True, id="qtnetwork")]


class Client:
    """A raw Unix-socket client that never blocks, so the server's event loop keeps running."""

    def __init__(self, name: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(5)  # connect() waits while the server's backlog is full
        self.sock.connect(socket_path(name))
        self.sock.setblocking(False)
        self.received = b""

    def hung_up(self) -> bool:
        """Collects what the server sent; True once it has closed the connection."""
        try:
            chunk = self.sock.recv(64)
        except BlockingIOError:
            return False
        except ConnectionResetError:
            return True
        self.received += chunk
        return not chunk


def exchange(qtbot: QtBot, name: str, request: bytes, *, then_close: bool = False) -> bytes:
    """Send `request`, wait until the server hangs up, and return its answer."""
    client = Client(name)
    try:
        client.sock.sendall(request)
        if then_close:
            client.sock.shutdown(socket.SHUT_WR)
        qtbot.waitUntil(client.hung_up, timeout=5_000)
        return client.received
    finally:
        client.sock.close()


@pytest.fixture(params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[InstanceServer]:
    running = InstanceServer(server_name(tmp_path), qt_network=request.param)
    assert running.listen()
    yield running
    running.close()


def open_fds() -> int:
    return sum(1 for _ in Path("/proc/self/fd").iterdir())


def test_the_lock_admits_one_holder_at_a_time(tmp_path: Path) -> None:
    first, second = DataDirLock(tmp_path), DataDirLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    assert second.path.read_text(encoding="utf-8") == f"{os.getpid()}\n"
    second.release()


def test_names_differ_per_data_folder_and_live_in_the_runtime_dir(
    tmp_path: Path, isolated_env: object
) -> None:
    one = server_name(tmp_path / "one")
    two = server_name(tmp_path / "two")
    assert one != two
    assert server_name(tmp_path / "one") == one
    if os.name == "posix":
        assert Path(one).parent == Path(os.environ["XDG_RUNTIME_DIR"])
        assert f"-{os.getuid()}-" in Path(one).name


def test_a_runtime_dir_too_long_for_a_socket_falls_back_to_a_plain_name(tmp_path: Path) -> None:
    deep = tmp_path / ("x" * MAX_SOCKET_PATH)
    deep.mkdir()
    name = server_name(tmp_path / "data", env={"XDG_RUNTIME_DIR": str(deep)})
    assert "/" not in name and name.startswith("heard-")


@posix_only
def test_a_second_launch_activates_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    claim = claim_instance(tmp_path)
    assert claim is not None and claim.server is not None
    try:
        with qtbot.waitSignal(claim.server.activated, timeout=5_000):
            answer = exchange(qtbot, claim.server.name, ACTIVATE)
        assert answer == REPLY
    finally:
        claim.release()


@posix_only
@pytest.mark.parametrize(
    ("request_bytes", "then_close"),
    [
        (b"delete everything\n", False),
        (b"activatex\n", False),
        (b"x" * 200, False),  # no newline within MAX_REQUEST bytes
        (b"activate", True),  # no newline before the end
        (b"", True),
    ],
    ids=["other", "longer-line", "too-long", "no-newline", "empty"],
)
def test_anything_but_activate_is_ignored(
    qtbot: QtBot, server: InstanceServer, request_bytes: bytes, then_close: bool
) -> None:
    fired: list[bool] = []
    server.activated.connect(lambda: fired.append(True))
    assert exchange(qtbot, server.name, request_bytes, then_close=then_close) == b""
    assert fired == []
    assert exchange(qtbot, server.name, ACTIVATE) == REPLY  # still serving
    assert fired == [True]


ASK = """
import sys
from heard.platform.instance_server import ask_running_instance
sys.exit(0 if ask_running_instance(sys.argv[1], qt_network=sys.argv[2] == "qt") else 3)
"""


@pytest.mark.parametrize("qt_network", BACKENDS)
def test_ask_running_instance_gets_the_reply(
    qtbot: QtBot, tmp_path: Path, qt_network: bool
) -> None:
    """A second process asks, as a second launch does (a thread of this one would hold the
    GIL in QLocalSocket.waitFor*, and the server here could not answer)."""
    server = InstanceServer(server_name(tmp_path), qt_network=qt_network)
    assert server.listen()
    fired: list[bool] = []
    server.activated.connect(lambda: fired.append(True))
    mode = "qt" if qt_network else "unix"
    try:
        with subprocess.Popen([sys.executable, "-c", ASK, server.name, mode]) as asking:
            qtbot.waitUntil(lambda: asking.poll() is not None, timeout=30_000)
        assert asking.returncode == 0
        assert fired == [True]
    finally:
        server.close()


@posix_only
@pytest.mark.parametrize("qt_network", BACKENDS)
def test_asking_where_nobody_answers_is_false(tmp_path: Path, qt_network: bool) -> None:
    name = server_name(tmp_path)
    assert not ask_running_instance(name, 200, qt_network=qt_network)  # no file
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.bind(name)
        assert not ask_running_instance(name, 200, qt_network=qt_network)  # stale file
        silent.listen(1)  # connects, but nobody reads or replies
        assert not ask_running_instance(name, 200, qt_network=qt_network)


@posix_only
def test_a_launch_that_leaves_before_the_reply_does_not_break_the_server(
    qtbot: QtBot, tmp_path: Path
) -> None:
    server = InstanceServer(server_name(tmp_path))
    assert server.listen()
    try:
        gone = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with qtbot.waitSignal(server.activated, timeout=5_000):
            gone.connect(server.name)
            gone.sendall(ACTIVATE)
            gone.close()  # at once: the reply finds nobody
        assert exchange(qtbot, server.name, ACTIVATE) == REPLY
    finally:
        server.close()


@posix_only
@pytest.mark.parametrize("qt_network", BACKENDS)
def test_a_stale_socket_from_a_crashed_instance_does_not_block(
    tmp_path: Path, qt_network: bool
) -> None:
    name = server_name(tmp_path)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(name)  # what a killed instance leaves behind: a socket file, nobody listening
    crashed.close()
    assert Path(name).exists()
    server = InstanceServer(name, qt_network=qt_network)
    assert server.listen()
    server.close()
    claim = claim_instance(tmp_path, wait_s=0)  # the same through the launch path
    assert claim is not None
    claim.release()


@posix_only
def test_the_socket_is_private_and_removed_on_close(tmp_path: Path) -> None:
    server = InstanceServer(server_name(tmp_path))
    old_umask = os.umask(0)  # without care the socket would be 0777
    try:
        assert server.listen()
    finally:
        os.umask(old_umask)
    mode = Path(server.name).stat().st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600
    server.close()
    assert not Path(server.name).exists()
    with pytest.raises(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as late:
        late.connect(server.name)


@pytest.fixture
def short_tempdir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """tempfile.gettempdir(), short enough for socket paths and private to this test."""
    folder = Path(tempfile.mkdtemp(prefix="t"))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    for path in sorted(folder.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() and not path.is_symlink() else path.unlink()
    folder.rmdir()


@posix_only
def test_a_plain_name_lives_in_a_private_per_user_folder(
    qtbot: QtBot, tmp_path: Path, short_tempdir: Path
) -> None:
    name = server_name(tmp_path / "data", env={})
    assert "/" not in name
    server = InstanceServer(name)
    assert server.listen()
    try:
        folder = short_tempdir / f"heard-{os.getuid()}"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_ISSOCK((folder / name).stat().st_mode)
        with qtbot.waitSignal(server.activated, timeout=5_000):
            assert exchange(qtbot, name, ACTIVATE) == REPLY
    finally:
        server.close()
    assert not (folder / name).exists()


@posix_only
def test_a_per_user_folder_that_is_not_a_real_folder_is_refused(
    tmp_path: Path, short_tempdir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (short_tempdir / f"heard-{os.getuid()}").symlink_to(tmp_path)  # someone else's doing
    server = InstanceServer(server_name(tmp_path / "data", env={}))
    with caplog.at_level(logging.WARNING):
        assert not server.listen()
    assert "cannot reach this one" in caplog.text
    assert list(tmp_path.iterdir()) == []  # nothing was created through the link
    server.close()


@linux_only
@pytest.mark.parametrize("qt_network", BACKENDS)
def test_connections_leave_no_open_file_descriptors(
    qtbot: QtBot, tmp_path: Path, qt_network: bool
) -> None:
    before = open_fds()
    server = InstanceServer(server_name(tmp_path), qt_network=qt_network)
    assert server.listen()
    listening = open_fds()
    for request in (ACTIVATE, b"nonsense\n", b"y" * (MAX_REQUEST + 10), ACTIVATE):
        exchange(qtbot, server.name, request)
    exchange(qtbot, server.name, b"", then_close=True)  # a peer that says nothing
    qtbot.waitUntil(lambda: open_fds() == listening, timeout=5_000)
    server.close()
    qtbot.waitUntil(lambda: open_fds() == before, timeout=5_000)


@linux_only
def test_silent_connections_are_capped(qtbot: QtBot, tmp_path: Path) -> None:
    server = InstanceServer(server_name(tmp_path))
    assert server.listen()
    listening = open_fds()
    clients: list[Client] = []
    try:
        for _ in range(MAX_PEERS):  # each accepted: its fd and the server's end of it
            clients.append(Client(server.name))
            qtbot.waitUntil(lambda: open_fds() == listening + 2 * len(clients), timeout=5_000)
        assert not any(client.hung_up() for client in clients)
        clients.append(Client(server.name))
        qtbot.waitUntil(clients[0].hung_up, timeout=5_000)  # the oldest made room
        assert not any(client.hung_up() for client in clients[1:])
        assert open_fds() == listening + 2 * len(clients) - 1
    finally:
        for client in clients:
            client.sock.close()
        server.close()


CHILD = """
import json, sys, threading
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from heard.platform.instance_server import InstanceServer, ask_running_instance

name, qt_network = sys.argv[1], sys.argv[2] == "qt"
app = QCoreApplication([])
server = InstanceServer(name, qt_network=qt_network)  # a Python socket can ask either server
seen = {"listening": server.listen(), "activated": 0}
server.activated.connect(lambda: seen.update(activated=seen["activated"] + 1))

def ask():
    try:
        seen["answered"] = ask_running_instance(name)  # Python sockets: the GIL is let go
    finally:
        QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)

threading.Thread(target=ask).start()
app.exec()
server.close()
seen["qtnetwork"] = "PySide6.QtNetwork" in sys.modules
print(json.dumps(seen))
"""


@posix_only
@pytest.mark.parametrize(("qt_network", "loads_qtnetwork"), [(False, False), (True, True)])
def test_a_round_trip_does_not_load_qtnetwork(
    tmp_path: Path, qt_network: bool, loads_qtnetwork: bool
) -> None:
    """About 2.8 MiB of resident memory saved; the forced QLocalServer shows the check can
    fail."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, server_name(tmp_path), "qt" if qt_network else "unix"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen == {
        "listening": True,
        "activated": 1,
        "answered": True,
        "qtnetwork": loads_qtnetwork,
    }


def test_a_holder_that_does_not_answer_gives_a_clear_error(tmp_path: Path) -> None:
    holder = DataDirLock(tmp_path)
    assert holder.acquire()  # e.g. a Heard that is hung, or not yet listening
    try:
        with pytest.raises(DataDirError, match="already running with the data folder"):
            claim_instance(tmp_path, wait_s=0.2)
    finally:
        holder.release()


def test_inside_a_flatpak_the_socket_is_in_the_apps_shared_runtime_folder(tmp_path: Path) -> None:
    import shutil

    runtime = Path(tempfile.mkdtemp(prefix="rt"))  # short: socket paths have a length limit
    try:
        shared = runtime / "app" / "io.github.heard.Heard"
        shared.mkdir(parents=True)
        env = {"XDG_RUNTIME_DIR": str(runtime), "FLATPAK_ID": "io.github.heard.Heard"}
        name = server_name(tmp_path / "data", env=env)
        assert Path(name).parent == shared
    finally:
        shutil.rmtree(runtime)


@posix_only
def test_the_lock_can_be_claimed_before_the_server_listens(qtbot: QtBot, tmp_path: Path) -> None:
    """The launch path: lock first, the server once the window has painted."""
    claim = claim_instance(tmp_path, listen=False)
    assert claim is not None and claim.server is None
    try:
        assert not DataDirLock(tmp_path).acquire()  # already the one writer
        server = claim.listen()
        assert claim.listen() is server  # once
        with qtbot.waitSignal(server.activated, timeout=5_000):
            assert exchange(qtbot, claim.name, ACTIVATE) == REPLY
    finally:
        claim.release()
