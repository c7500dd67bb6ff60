"""No network, ever: a whole session in the real `heard` process opens no socket but local
ones (its single-instance socket, the SIGTERM socket pair, D-Bus and PulseAudio if any).

Two independent checks of a whole session (start, changes of floor, end, quit):
- every socket the process holds (/proc/<pid>/fd) is looked up by inode in the process's own
  /proc/<pid>/net tables, sampled continuously while it runs;
- under strace, every socket(), socketpair() and connect() the process (and any thread or
  child) makes is recorded: none may be of an internet family. This one also sees sockets
  that live too briefly for sampling."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

pytestmark = [
    pytest.mark.system,
    pytest.mark.skipif(not Path("/proc/self/net/unix").exists(), reason="needs Linux /proc"),
]

NETWORK_TABLES = ("tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6", "packet")
LOCAL_TABLES = ("unix", "netlink")


def socket_inodes(pid: int) -> set[int]:
    inodes: set[int] = set()
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        entries = list(fd_dir.iterdir())
    except FileNotFoundError:
        return inodes
    for fd in entries:
        try:
            target = str(fd.readlink())
        except (FileNotFoundError, ProcessLookupError):
            continue
        match = re.fullmatch(r"socket:\[(\d+)\]", target)
        if match:
            inodes.add(int(match.group(1)))
    return inodes


def table_inodes(pid: int, table: str) -> set[int]:
    path = Path(f"/proc/{pid}/net/{table}")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return set()
    column = {"unix": 6, "packet": 8}.get(table, 9)  # the inode column of each table
    found = set()
    for line in lines:
        fields = line.split()
        if len(fields) > column and fields[column].isdigit():
            found.add(int(fields[column]))
    return found


class Sampler:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.samples = 0
        self.local: set[int] = set()
        self.network: dict[int, str] = {}
        self.unknown: set[int] = set()

    def sample(self) -> None:
        held = socket_inodes(self.pid)
        tables = {table: table_inodes(self.pid, table) for table in NETWORK_TABLES}
        known = set().union(*(table_inodes(self.pid, table) for table in LOCAL_TABLES))
        # Only sockets held before *and* after reading the tables count: a process that is
        # exiting (or a socket closing) between the reads proves nothing either way.
        held &= socket_inodes(self.pid)
        if not held:
            return
        self.samples += 1
        for table, inodes in tables.items():
            for inode in held & inodes:
                self.network[inode] = table
        self.local |= held & known
        self.unknown |= held - known - set(self.network)


def session_command(data: Path) -> list[str]:
    data.mkdir(mode=0o700)
    (data / "settings.ini").write_text("[General]\npause_cue_s=1\n", encoding="utf-8")
    app = [sys.executable, "-m", "heard", "--data-dir", str(data), "--quit-after", "4.5"]
    return [*app, "session", "--minutes", "1", "--names", "Sam", "Alex"]


SESSION_ENV = {
    "QT_QPA_PLATFORM": "offscreen",
    "HEARD_AUTOPILOT": "pass=0.3,end=3",  # several changes of floor, then the end
}


def assert_session_saved(data: Path) -> None:
    with sqlite3.connect(data / "heard.db") as conn:
        reason, turns = conn.execute(
            "SELECT end_reason, (SELECT COUNT(*) FROM turn WHERE session_id = session.id)"
            " FROM session"
        ).fetchone()
    assert reason == "ended_early"
    assert turns >= 2


def test_a_whole_session_opens_no_network_socket(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen(
        session_command(data),
        env={**os.environ, **SESSION_ENV},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    sampler = Sampler(proc.pid)

    def finished() -> bool:
        sampler.sample()
        return proc.poll() is not None

    try:
        qtbot.waitUntil(finished, timeout=60_000)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert sampler.samples > 10
    assert sampler.network == {}, f"network sockets opened: {sampler.network}"
    assert sampler.unknown == set(), f"sockets of an unexpected kind: {sampler.unknown}"
    assert sampler.local, "the single-instance and signal sockets should have been seen"
    assert_session_saved(data)


def strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "-qq", "-o", os.devnull, "true"], check=False)
    return probe.returncode == 0


SOCKET_CALL = re.compile(r"\b(socket|socketpair)\((AF_[A-Z0-9]+)")
CONNECT_CALL = re.compile(r"\b(connect|bind|sendto|sendmsg)\(\d+, \{sa_family=(AF_[A-Z0-9]+)")
LOCAL_FAMILIES = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}


@pytest.mark.skipif(not strace_works(), reason="strace is missing or may not trace here")
def test_under_strace_no_internet_socket_is_ever_created(tmp_path: Path) -> None:
    data = tmp_path / "data"
    trace = tmp_path / "trace.txt"
    command = ["strace", "-f", "-qq", "-e", "trace=socket,socketpair,connect,bind,sendto"]
    result = subprocess.run(
        [*command, "-o", str(trace), *session_command(data)],
        env={**os.environ, **SESSION_ENV},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    calls = trace.read_text(encoding="utf-8")
    families = {match.group(2) for match in SOCKET_CALL.finditer(calls)}
    addresses = {match.group(2) for match in CONNECT_CALL.finditer(calls)}
    assert "AF_UNIX" in families, "the trace should show the app's own local sockets"
    assert families <= LOCAL_FAMILIES, f"socket families used: {sorted(families)}"
    assert addresses <= LOCAL_FAMILIES, f"addresses used: {sorted(addresses)}"
    assert_session_saved(data)
