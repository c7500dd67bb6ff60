"""One writer per data folder; a second launch asks the first to come forward; a socket left
by a crashed instance never blocks. (Two real processes: tests/system/test_single_instance.)"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from heard.errors import DataDirError
from heard.platform.data_lock import DataDirLock
from heard.platform.instance_server import ACTIVATE, REPLY, InstanceServer
from heard.platform.single_instance import MAX_SOCKET_PATH, claim_instance, server_name

posix_only = pytest.mark.skipif(os.name != "posix", reason="Unix-domain socket files")


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


def test_a_second_launch_activates_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    claim = claim_instance(tmp_path)
    assert claim is not None and claim.server is not None
    try:
        client = QLocalSocket()
        with qtbot.waitSignal(claim.server.activated, timeout=5_000):
            client.connectToServer(claim.server.name)
            client.write(ACTIVATE)
        qtbot.waitUntil(client.canReadLine, timeout=5_000)
        assert bytes(client.readLine().data()) == REPLY
        client.abort()
    finally:
        claim.release()


def test_anything_but_activate_is_ignored(qtbot: QtBot, tmp_path: Path) -> None:
    server = InstanceServer(server_name(tmp_path))
    assert server.listen()
    fired: list[bool] = []
    server.activated.connect(lambda: fired.append(True))
    client = QLocalSocket()
    client.connectToServer(server.name)
    client.write(b"delete everything\n")
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert fired == []
    server.close()


@posix_only
def test_a_stale_socket_from_a_crashed_instance_does_not_block(tmp_path: Path) -> None:
    name = server_name(tmp_path)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(name)  # what a killed instance leaves behind: a socket file, nobody listening
    crashed.close()
    assert Path(name).exists()
    claim = claim_instance(tmp_path, wait_s=0)
    assert claim is not None
    claim.release()


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
    import tempfile

    runtime = Path(tempfile.mkdtemp(prefix="rt"))  # short: socket paths have a length limit
    try:
        shared = runtime / "app" / "io.github.heard.Heard"
        shared.mkdir(parents=True)
        env = {"XDG_RUNTIME_DIR": str(runtime), "FLATPAK_ID": "io.github.heard.Heard"}
        name = server_name(tmp_path / "data", env=env)
        assert Path(name).parent == shared
    finally:
        shutil.rmtree(runtime)


def test_the_lock_can_be_claimed_before_the_server_listens(qtbot: QtBot, tmp_path: Path) -> None:
    """The launch path: lock first (no QtNetwork), the server once the window has painted."""
    claim = claim_instance(tmp_path, listen=False)
    assert claim is not None and claim.server is None
    try:
        assert not DataDirLock(tmp_path).acquire()  # already the one writer
        server = claim.listen()
        assert claim.listen() is server  # once
        client = QLocalSocket()
        with qtbot.waitSignal(server.activated, timeout=5_000):
            client.connectToServer(claim.name)
            client.write(ACTIVATE)
        qtbot.waitUntil(client.canReadLine, timeout=5_000)
        assert bytes(client.readLine().data()) == REPLY
        client.abort()
    finally:
        claim.release()
