"""Keep-awake against a real session bus: `dbus-run-session` gives a private bus, a small
service (fake_screensaver.py, python3-dbus) implements org.freedesktop.ScreenSaver and logs
every call, and real `heard` processes run on it (keep_awake_driver.py). Inhibit comes at the
start of a session; UnInhibit, with the cookie as a D-Bus uint32, at its end, at quit, and
after crash recovery (the killed process's hold is dropped by the bus; the resumed session
holds again and gives it back at quit). On the same bus, KDE's do-not-disturb is read."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.system, pytest.mark.slow]

HERE = Path(__file__).resolve().parent


def _system_dbus_python() -> bool:
    probe = subprocess.run(
        ["/usr/bin/python3", "-c", "import dbus, dbus.service; from gi.repository import GLib"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


needs_bus = pytest.mark.skipif(
    shutil.which("dbus-run-session") is None or not Path("/usr/bin/python3").exists(),
    reason="needs dbus-run-session and the system python3",
)


def by_scenario(entries: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    current = ""
    for entry in entries:
        if "scenario" in entry:
            current = entry["scenario"]
            found[current] = []
        else:
            found[current].append(entry)
    return found


@needs_bus
def test_inhibit_at_start_and_uninhibit_at_end_quit_and_crash_recovery(tmp_path: Path) -> None:
    if not _system_dbus_python():
        pytest.skip("the system python3 has no dbus and gi modules (python3-dbus, python3-gi)")
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            str(HERE / "keep_awake_driver.py"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("done")
    log = tmp_path / "calls.jsonl"
    steps = by_scenario([json.loads(line) for line in log.read_text().splitlines()])
    assert list(steps) == ["end", "quit", "crash", "recovery", "dnd"]
    assert steps["dnd"] == [{"dnd": "on"}]  # KDE's Inhibited, read over the bus

    for name in ("end", "quit", "recovery"):  # held at the start, given back by Heard itself
        calls = steps[name]
        inhibit, uninhibit = calls[0], calls[1]
        assert inhibit["call"] == "Inhibit" and inhibit["app"] == "Heard", name
        assert "conversation" in inhibit["reason"], name
        assert uninhibit == {
            "call": "UnInhibit",
            "cookie": inhibit["cookie"],
            "known": True,
            "sender": inhibit["sender"],
            "held": 0,
        }, name
        assert not any("refused" in call for call in calls), name  # always sent as uint32

    crash = steps["crash"]
    assert crash[0]["call"] == "Inhibit"
    assert crash[-1] == {  # the process died holding it: the bus dropped its hold
        "event": "vanished",
        "sender": crash[0]["sender"],
        "dropped": [crash[0]["cookie"]],
        "held": 0,
    }
    recovery = steps["recovery"]
    assert recovery[0]["sender"] != crash[0]["sender"]  # a new process resumed the session
