"""Two real `heard` processes on one data folder: the second brings the first forward and
exits; after kill -9 the socket left behind does not block the next launch."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from conftest import IsolatedEnv
from heard.platform.single_instance import server_name

pytestmark = [
    pytest.mark.system,
    pytest.mark.skipif(os.name != "posix", reason="Unix-domain socket files"),
]

ACTIVATED = "activated by a second launch"


def launch(data: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "heard", "--data-dir", str(data)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def listening(name: str) -> bool:
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(name)
    except OSError:
        return False
    finally:
        probe.close()
    return True


def activations(env: IsolatedEnv) -> int:
    log = env.state / "heard" / "log" / "heard.log"
    return log.read_text(encoding="utf-8").count(ACTIVATED) if log.exists() else 0


def stop(proc: subprocess.Popen[str]) -> str:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    return err


def test_a_second_launch_brings_the_first_forward_and_exits(
    qtbot: QtBot, tmp_path: Path, isolated_env: IsolatedEnv
) -> None:
    data = tmp_path / "data"
    name = server_name(data)
    first = launch(data)
    try:
        qtbot.waitUntil(lambda: listening(name), timeout=30_000)
        second = subprocess.run(
            [sys.executable, "-m", "heard", "--data-dir", str(data)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 0
        assert second.stderr.strip().splitlines() == [
            "heard: Heard is already running; its window was brought forward."
        ]
        qtbot.waitUntil(lambda: activations(isolated_env) == 1, timeout=10_000)
        assert first.poll() is None
    finally:
        err = stop(first)
    assert first.returncode == 0, err


def test_a_killed_instance_leaves_nothing_that_blocks_the_next(
    qtbot: QtBot, tmp_path: Path, isolated_env: IsolatedEnv
) -> None:
    data = tmp_path / "data"
    name = server_name(data)
    crashed = launch(data)
    qtbot.waitUntil(lambda: listening(name), timeout=30_000)
    crashed.kill()
    crashed.communicate(timeout=30)
    assert Path(name).exists() and not listening(name)  # a stale socket file is left behind

    again = launch(data)
    try:
        qtbot.waitUntil(lambda: listening(name), timeout=30_000)
        assert again.poll() is None  # it became the instance, it did not defer to a ghost
        third = subprocess.run(
            [sys.executable, "-m", "heard", "--data-dir", str(data)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert third.returncode == 0
        assert "already running" in third.stderr
        qtbot.waitUntil(lambda: activations(isolated_env) == 1, timeout=10_000)
    finally:
        err = stop(again)
    assert again.returncode == 0, err


def answers(name: str) -> bool:
    """Ask the instance on `name` to come forward; True once its event loop replies."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(5)
    try:
        probe.connect(name)
        probe.sendall(b"activate\n")
        return probe.recv(16) == b"ok\n"
    except OSError:
        return False
    finally:
        probe.close()


def test_other_data_folders_are_separate_instances(qtbot: QtBot, tmp_path: Path) -> None:
    one, two = launch(tmp_path / "one"), launch(tmp_path / "two")
    try:
        for data in (tmp_path / "one", tmp_path / "two"):
            qtbot.waitUntil(lambda data=data: answers(server_name(data)), timeout=30_000)
        assert one.poll() is None and two.poll() is None
    finally:
        errors = [stop(one), stop(two)]
    assert (one.returncode, two.returncode) == (0, 0), errors
