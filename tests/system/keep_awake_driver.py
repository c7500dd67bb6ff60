"""Runs inside `dbus-run-session` for tests/system/test_keep_awake_dbus.py: starts the fake
org.freedesktop.ScreenSaver service on the private bus, then real `heard` processes, one
scenario after another, marking each scenario in the service's call log:

- end:      a session that ends by itself (autopilot ends it early), then the app quits;
- quit:     a running session, and the app is asked to stop (SIGTERM);
- crash:    a running session, and the app is killed (kill -9);
- recovery: the next start offers the crashed session back, "Resume" is chosen, and the
            app is asked to stop;
- dnd:      on a KDE desktop, Heard reads do-not-disturb from the notification service.

    python keep_awake_driver.py WORKDIR     (prints "done" when every scenario ran)
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SYSTEM_PYTHON = "/usr/bin/python3"
HERE = Path(__file__).resolve().parent
TIMEOUT_S = 60.0


def calls(log: Path) -> list[dict[str, Any]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]


def wait_for(what: str, ready: Callable[[], bool], proc: subprocess.Popen[str] | None) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not ready():
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"heard exited ({proc.returncode}) while waiting for {what}")
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.05)  # polling another process's file: there is no signal to wait on


def mark(log: Path, scenario: str) -> None:
    with log.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"scenario": scenario}) + "\n")


def count(log: Path, call: str) -> int:
    return sum(1 for entry in calls(log) if entry.get("call") == call and "cookie" in entry)


def heard(data: Path, *args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "heard", "--data-dir", str(data), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=TIMEOUT_S)


def saved_turns(db: Path) -> bool:
    import sqlite3

    if not db.exists():
        return False
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return bool(conn.execute("SELECT count(*) FROM turn").fetchone()[0])
    except sqlite3.Error:
        return False


def main() -> int:
    work = Path(sys.argv[1])
    log = work / "calls.jsonl"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HEARD_AUTOPILOT", None)
    service = subprocess.Popen(
        [SYSTEM_PYTHON, str(HERE / "fake_screensaver.py"), str(log)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert service.stdout is not None
        if service.stdout.readline().strip() != "ready":
            raise SystemExit("the fake ScreenSaver service did not start")

        mark(log, "end")
        app = heard(work / "end", "session", "--minutes", "1",
                    env={**env, "HEARD_AUTOPILOT": "end=1.5"})  # fmt: skip
        wait_for("Inhibit", lambda: count(log, "Inhibit") == 1, app)
        wait_for("UnInhibit at the end", lambda: count(log, "UnInhibit") == 1, app)
        stop(app)

        mark(log, "quit")
        app = heard(work / "quit", "session", "--minutes", "5", env=env)
        wait_for("Inhibit", lambda: count(log, "Inhibit") == 2, app)
        stop(app)

        mark(log, "crash")
        app = heard(work / "crash", "session", "--minutes", "5",
                    env={**env, "HEARD_AUTOPILOT": "pass=0.4"})  # fmt: skip
        wait_for("Inhibit", lambda: count(log, "Inhibit") == 3, app)
        wait_for("a saved turn", lambda: saved_turns(work / "crash" / "heard.db"), app)
        app.kill()
        app.wait(timeout=TIMEOUT_S)
        wait_for(
            "the bus to drop the dead client",
            lambda: calls(log)[-1].get("event") == "vanished",
            None,
        )

        mark(log, "recovery")
        app = subprocess.Popen(
            [sys.executable, str(HERE / "resume_child.py"), str(work / "crash")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        wait_for("Inhibit after Resume", lambda: count(log, "Inhibit") == 4, app)
        stop(app)
        if app.returncode != 0:
            raise SystemExit(f"the resumed app exited with {app.returncode}")

        mark(log, "dnd")
        answer = subprocess.run(
            [sys.executable, str(HERE / "dnd_child.py")],
            env={**env, "XDG_CURRENT_DESKTOP": "KDE"},
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=True,
        )
        with log.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"dnd": answer.stdout.strip()}) + "\n")
        print("done", flush=True)
        return 0
    finally:
        service.terminate()
        service.wait(timeout=TIMEOUT_S)


if __name__ == "__main__":
    raise SystemExit(main())
