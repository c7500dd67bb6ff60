"""Private notes against a real keyring: a gnome-keyring daemon on a private D-Bus session.

Each step is a separate process with its own `dbus-run-session` and its own daemon, which
unlocks the same login keyring file in a throwaway HOME: the note is written in one run of
the app and read back in the next, as after a restart. Nothing touches your own keyring.
The database and its -wal file are then searched, byte by byte, for the note's text.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.system, pytest.mark.slow]

CHILD = Path(__file__).with_name("notes_child.py")
KEYRING_PASSWORD = "heard-test-login"
NOTE = "Léa felt unheard about the move; next week we start with her list. 🌱"
TOOLS = ("dbus-run-session", "gnome-keyring-daemon")

# The daemon reads the login password on stdin, unlocks (or creates) the login keyring,
# exports nothing we need, and keeps running for the life of the private bus.
UNLOCK_THEN_RUN = (
    'printf %s "$HEARD_TEST_KEYRING_PASSWORD"'
    " | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    ' && exec "$0" "$@"'
)


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """A clean environment: throwaway HOME and XDG folders, no session bus of ours."""
    missing = _missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (.ci/run installs dbus-daemon and gnome-keyring)")
    folders = {
        "HOME": tmp_path / "home",
        "XDG_RUNTIME_DIR": tmp_path / "runtime",
        "XDG_DATA_HOME": tmp_path / "home" / "data",
        "XDG_CONFIG_HOME": tmp_path / "home" / "config",
        "XDG_CACHE_HOME": tmp_path / "home" / "cache",
        "XDG_STATE_HOME": tmp_path / "home" / "state",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    folders["XDG_RUNTIME_DIR"].chmod(0o700)
    env = {name: str(path) for name, path in folders.items()}
    env.update(
        PATH=os.environ.get("PATH", "/usr/bin:/bin"),
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        HEARD_TEST_KEYRING_PASSWORD=KEYRING_PASSWORD,
        PYTHONPATH=os.pathsep.join(p for p in sys.path if p),
    )
    return env  # no PYTHON_KEYRING_BACKEND: keyring finds the Secret Service by itself


def run_child(env: dict[str, str], *args: str) -> dict[str, str]:
    command = ["dbus-run-session", "--", "sh", "-c", UNLOCK_THEN_RUN, sys.executable]
    result = subprocess.run(
        [*command, str(CHILD), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"exit {result.returncode}; stdout={result.stdout!r}; stderr={result.stderr!r}"
    answer: dict[str, str] = json.loads(lines[-1])
    assert "error" not in answer, f"{answer['error']} (stderr: {result.stderr[-2000:]})"
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return answer


def test_a_note_survives_a_restart_and_never_reaches_disk_in_plain_text(
    home: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    written = run_child(home, "write", str(data), NOTE)
    sealed = bytes.fromhex(written["sealed"])
    assert sealed.startswith(b"HRDN")

    keyrings = Path(home["XDG_DATA_HOME"]) / "keyrings"
    assert any(keyrings.glob("*.keyring")), "the key should live in the daemon's keyring file"

    db, wal = data / "heard.db", data / "heard.db-wal"
    assert wal.exists() and wal.stat().st_size > 0, "the write process left its WAL behind"
    raw = {path.name: path.read_bytes() for path in (db, wal)}
    everything = b"".join(raw.values())
    for needle in (NOTE, "Léa felt unheard", "next week we start with her list"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert needle.encode(encoding) not in everything, (needle, encoding)
    # Positive controls: the search does see what is stored in these files.
    assert sealed in everything
    assert b"Sam" in everything and written["uuid"].encode() in everything

    if os.name == "posix":
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        for path in (db, wal):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path

    read = run_child(home, "read", str(data), str(written["session_id"]))  # a new app run
    assert read["text"] == NOTE
    assert read["status"] == "Locked with the key in your keyring."

    for path in data.iterdir():  # after the second run: still nothing in plain text
        assert NOTE.encode() not in path.read_bytes(), path
