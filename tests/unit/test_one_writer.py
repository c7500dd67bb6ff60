"""Two processes never write to one database: command-line writers (import, demo data) refuse,
in one line, while Heard holds the data folder; the lock never outlives its holder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from heard.cli import main
from heard.platform.data_lock import DataDirLock, exclusive_use


def test_command_line_writers_refuse_while_heard_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    running = DataDirLock(data)
    assert running.acquire()  # what the running app holds
    try:
        code = main(["demo-data", "--sessions", "3", "--data-dir", str(data)])
        err = capsys.readouterr().err
        assert code == 2
        assert err == (
            f"heard: Heard is running with the data folder {data}; "
            "close it first, then try again.\n"
        )
        assert not (data / "heard.db").exists()  # nothing was written
    finally:
        running.release()
    assert main(["demo-data", "--sessions", "3", "--data-dir", str(data)]) == 0


def test_exclusive_use_releases_on_the_way_out(tmp_path: Path) -> None:
    with exclusive_use(tmp_path):
        assert not DataDirLock(tmp_path).acquire()
    with exclusive_use(tmp_path):
        pass


def test_a_dead_holder_leaves_no_lock_behind(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib\n"
            "from heard.platform.data_lock import DataDirLock\n"
            "assert DataDirLock(pathlib.Path(sys.argv[1])).acquire()\n"
            "print('held', flush=True)\n"
            "sys.stdin.read()\n",
            str(tmp_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "held\n"
    assert not DataDirLock(tmp_path).acquire()
    holder.kill()  # kill -9: no chance to clean up
    holder.communicate(timeout=30)
    lock = DataDirLock(tmp_path)
    assert lock.acquire()
    lock.release()
