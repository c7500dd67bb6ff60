"""The chime through libpulse-simple: WAV decoding, volume, and what a failing sound server
looks like. A stand-in for the C library records the calls; the real library against a
real sound server is tested in tests/system/test_pulse_chime.py."""

from __future__ import annotations

import ctypes
import io
import sys
import wave
from array import array
from pathlib import Path
from typing import Any

import pytest

import heard.resources
from heard.platform.pulse_sound import PA_SAMPLE_S16LE, PA_STREAM_PLAYBACK, Pcm, PulsePlayer


def wav(samples: list[int], *, rate: int = 8000, width: int = 2) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        if width == 2:
            writer.writeframes(array("h", samples).tobytes())
        else:
            writer.writeframes(bytes(samples))
    return out.getvalue()


def test_the_shipped_chime_decodes() -> None:
    pcm = Pcm.from_wav(heard.resources.read_bytes("sounds/chime.wav"))
    assert (pcm.rate, pcm.channels) == (44_100, 1)
    assert len(pcm.frames) > 44_100  # about a second of 16-bit samples


def test_volume_scales_the_samples() -> None:
    pcm = Pcm.from_wav(wav([1000, -2000, 32767]))
    assert array("h", pcm.scaled(0.5)).tolist() == [500, -1000, 16384]
    assert pcm.scaled(1.0) == pcm.frames
    assert array("h", pcm.scaled(-3.0)).tolist() == [0, 0, 0]


@pytest.mark.parametrize("data", [b"not a wav file", wav([1, 2, 3], width=1)])
def test_anything_but_16_bit_pcm_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError, match=r"WAV|16-bit"):
        Pcm.from_wav(data)


class FakePulse:
    """Stands in for the ctypes library: records calls; can refuse to connect or write."""

    def __init__(self, *, refuse: str = "") -> None:
        self.calls: list[tuple[str, Any]] = []
        self.refuse = refuse

    def _error(self, pointer: Any, code: int) -> None:
        ctypes.cast(pointer, ctypes.POINTER(ctypes.c_int)).contents.value = code

    def pa_simple_new(self, *args: Any) -> int:
        spec = args[5]._obj
        self.calls.append(("new", (args[1], args[2], spec.format, spec.rate, spec.channels)))
        if self.refuse == "connect":
            self._error(args[8], 6)
            return 0
        return 1234

    def pa_simple_write(self, stream: int, data: bytes, size: int, error: Any) -> int:
        self.calls.append(("write", size))
        if self.refuse == "write":
            self._error(error, 7)
            return -1
        return 0

    def pa_simple_drain(self, stream: int, error: Any) -> int:
        self.calls.append(("drain", stream))
        return 0

    def pa_simple_free(self, stream: int) -> None:
        self.calls.append(("free", stream))

    def pa_strerror(self, code: int) -> bytes:
        return {6: b"Connection refused", 7: b"Bad state"}.get(code, b"?")


def test_a_chime_connects_writes_drains_and_disconnects() -> None:
    fake, failures = FakePulse(), []
    pcm = Pcm.from_wav(wav([10, 20, 30, 40], rate=8000))
    PulsePlayer(fake, pcm, failures.append).play(0.5).join()  # type: ignore[arg-type]
    assert fake.calls == [
        ("new", (b"Heard", PA_STREAM_PLAYBACK, PA_SAMPLE_S16LE, 8000, 1)),
        ("write", 8),
        ("drain", 1234),
        ("free", 1234),
    ]
    assert failures == []


def test_a_check_connects_without_playing() -> None:
    fake = FakePulse()
    PulsePlayer(fake, Pcm.from_wav(wav([1])), print).check().join()  # type: ignore[arg-type]
    assert [name for name, _ in fake.calls] == ["new", "free"]


@pytest.mark.parametrize(("refuse", "reason"), [("connect", "Connection refused"),
                                                ("write", "Bad state")])  # fmt: skip
def test_a_refusing_sound_server_is_reported(refuse: str, reason: str) -> None:
    fake, failures = FakePulse(refuse=refuse), []
    PulsePlayer(fake, Pcm.from_wav(wav([1, 2])), failures.append).play(1.0).join()  # type: ignore[arg-type]
    assert failures == [reason]
    assert ("free", 1234) in fake.calls or refuse == "connect"  # never left connected


def test_the_server_socket_is_found_where_libpulse_looks(tmp_path: Path) -> None:
    import socket

    from heard.platform.pulse_sound import server_socket

    assert server_socket({"XDG_RUNTIME_DIR": str(tmp_path)}) is None  # nothing there
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").write_text("not a socket")
    assert server_socket({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "pulse" / "native").unlink()
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(tmp_path / "pulse" / "native"))
        assert server_socket({"XDG_RUNTIME_DIR": str(tmp_path)}) == str(
            tmp_path / "pulse" / "native"
        )
    assert server_socket({"PULSE_SERVER": "unix:/elsewhere"}) == "unix:/elsewhere"
    assert server_socket({"XDG_RUNTIME_DIR": "relative"}) is None


NO_SERVER_CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from heard.platform.sound import ChimePlayer
app = QApplication([])
told = []
chime = ChimePlayer()
chime.unavailable.connect(told.append)
chime.prepare()
chime.play()
maps = open("/proc/self/maps").read()
print(len(told), "libpulse" in maps, "PySide6.QtMultimedia" in sys.modules)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="libpulse is Linux's")
def test_without_a_sound_server_neither_libpulse_nor_qtmultimedia_loads(tmp_path: Path) -> None:
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in ("PULSE_SERVER", "PULSE_RUNTIME_PATH")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", NO_SERVER_CHILD], env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1", "False", "False"]  # said once; nothing loaded
