"""The chime against a real sound server: a private PulseAudio daemon with a silent sink.

The daemon runs in a throwaway HOME and runtime folder and listens on its own socket; the
app (a child process) reaches it through PULSE_SERVER. It checks that the chime is played
through libpulse-simple, without QtMultimedia, and the server's log shows the stream.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.system, pytest.mark.slow]

CHILD = """
import sys
from PySide6.QtCore import QCoreApplication
from heard.platform.sound import ChimePlayer

app = QCoreApplication(sys.argv[:1])
problems = []
chime = ChimePlayer(volume=0.5)
chime.unavailable.connect(problems.append)
chime.prepare()
chime.play()
player = chime._pulse
assert player is not None, "the chime did not go through libpulse-simple"
import threading
for thread in threading.enumerate():
    if thread.name == "heard-chime":
        thread.join(timeout=20)
app.processEvents()  # deliver a failure, if a chime thread reported one
assert problems == [], problems
assert "PySide6.QtMultimedia" not in sys.modules
print("CHIMED")
"""


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[tuple[dict[str, str], Path]]:
    if shutil.which("pulseaudio") is None:
        pytest.skip("needs the pulseaudio daemon")
    home, runtime = tmp_path / "home", tmp_path / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    socket, log = tmp_path / "native", tmp_path / "pulse.log"
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    for name in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "PULSE_SERVER"):
        env.pop(name, None)  # with PULSE_SERVER set, the daemon refuses to start
    daemon = [
        "pulseaudio", "-n", "--exit-idle-time=-1", "--log-level=info",
        f"--log-target=file:{log}",
        "--load=module-null-sink sink_name=quiet",
        f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}",
    ]  # fmt: skip
    started = subprocess.run(
        [*daemon, "--start"], env=env, capture_output=True, timeout=30, check=False
    )
    if started.returncode != 0:
        pytest.skip(f"pulseaudio would not start here: {started.stderr.decode()[-300:]}")
    try:
        yield {**env, "PULSE_SERVER": f"unix:{socket}"}, log
    finally:
        stop = ["pulseaudio", "--kill"]
        subprocess.run(stop, env=env, capture_output=True, timeout=30, check=False)


def test_the_chime_plays_through_pulseaudio_without_qtmultimedia(
    pulse: tuple[dict[str, str], Path],
) -> None:
    env, log = pulse
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and "CHIMED" in result.stdout, result.stderr[-3000:]
    assert "pause cue chime" in log.read_text(errors="replace")  # the stream reached it


def test_no_sound_server_is_reported_once(tmp_path: Path) -> None:
    code = CHILD.replace("assert problems == [], problems", "assert len(problems) == 1, problems")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PULSE_SERVER": f"unix:{tmp_path / 'nobody-listens'}"}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0 and "CHIMED" in result.stdout, result.stderr[-3000:]
