"""Broken files, with the real `heard` process: a damaged database is moved aside under a
timestamped name and Heard starts afresh; a database from a newer Heard is refused with one
line and left untouched; a settings file that is not text is set aside and never crashes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import IsolatedEnv

pytestmark = [pytest.mark.system]


def run_heard(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "heard", "--data-dir", str(data), *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def contents(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in folder.iterdir() if entry.is_file()}


def a_real_database(data: Path) -> Path:
    """Two finished sessions, written by Heard itself."""
    for _ in range(2):
        assert run_heard(data, "--quit-after", "0.5", "session", "--minutes", "1").returncode == 0
    return data / "heard.db"


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_database_is_moved_aside_and_heard_starts_afresh(
    tmp_path: Path, isolated_env: IsolatedEnv, damage: str
) -> None:
    data = tmp_path / "data"
    db = a_real_database(data)
    if damage == "garbage":
        db.write_bytes(os.urandom(8192))
    else:
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        db.write_bytes(db.read_bytes()[:5000])
    broken = db.read_bytes()

    result = run_heard(data, "--quit-after", "1")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    [moved] = [p for p in data.iterdir() if p.name.startswith("heard.db.corrupt-")]
    assert moved.read_bytes() == broken
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM session").fetchone() == (0,)
    log = (isolated_env.state / "heard" / "log" / "heard.log").read_text(encoding="utf-8")
    assert f"moved it to {moved}" in log


def test_a_newer_schema_is_refused_with_one_line_and_left_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = a_real_database(data)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = contents(data)

    result = run_heard(data, "session", "--minutes", "1")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("heard: This data was written by a newer version of Heard")
    assert "Traceback" not in result.stderr
    ignore = {"heard.lock"}  # the one-writer lock, taken before the database is opened
    after = contents(data)
    assert {k: v for k, v in after.items() if k not in ignore} == {
        k: v for k, v in before.items() if k not in ignore
    }  # byte for byte, and nothing moved or added


def test_a_binary_settings_file_does_not_crash_heard(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    garbage = b"\x00\x01\x02 not settings \xff\xfe"
    (data / "settings.ini").write_bytes(garbage)
    result = run_heard(data, "--quit-after", "1", "session", "--minutes", "1")
    assert result.returncode == 0, result.stderr
    [moved] = [p for p in data.iterdir() if p.name.startswith("settings.ini.corrupt-")]
    assert moved.read_bytes() == garbage
