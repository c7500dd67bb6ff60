"""The real `heard` process: a one-minute session runs to its end on its own, is logged
as completed, and `heard history --json` reads it back after the app has closed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.system, pytest.mark.slow]


def heard(*args: str) -> list[str]:
    return [sys.executable, "-m", "heard", *args]


def completed_sessions(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        try:
            return int(
                conn.execute(
                    "SELECT count(*) FROM session WHERE end_reason='completed'"
                ).fetchone()[0]
            )
        except sqlite3.OperationalError:  # not created yet
            return 0


def test_a_one_minute_session_runs_to_its_end(tmp_path: Path, qtbot: object) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        heard("--data-dir", str(data), "session", "--minutes", "1", "--names", "Sam", "Alex"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        from pytestqt.qtbot import QtBot

        assert isinstance(qtbot, QtBot)
        # A minute of real time: the session has to end by itself, on its own timer.
        qtbot.waitUntil(lambda: completed_sessions(data / "heard.db") == 1, timeout=90_000)
        assert proc.poll() is None, "the app should still be open on its summary screen"
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err

    result = subprocess.run(
        heard("--data-dir", str(data), "history", "--json"),
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    rows = json.loads(result.stdout)
    assert len(rows) == 1
    row = rows[0]
    assert row["end_reason"] == "completed"
    assert row["minutes"] == pytest.approx(1.0, abs=0.001)
    assert row["turns"] == 1
    assert row["talk_a_s"] == pytest.approx(60.0, abs=0.001)
    assert (row["partner_a"], row["partner_b"]) == ("Sam", "Alex")
