"""The chime through PulseAudio's simple API (libpulse-simple, via ctypes), on Linux.

QSoundEffect would do the same job, but loading it pulls in QtMultimedia, its FFmpeg plugin
and with that QtQuick and QtQml: about 20 MB of memory for one short WAV, a third of what a
bare Qt window costs (DESIGN.md, Performance budgets). libpulse-simple is part of libpulse0,
which every PulseAudio or PipeWire desktop has. Each chime runs on a short-lived daemon
thread: connect, write the samples, drain, disconnect; the GUI thread never waits on audio.
"""

from __future__ import annotations

import ctypes
import io
import logging
import os
import sys
import threading
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PA_STREAM_PLAYBACK = 1
PA_SAMPLE_S16LE = 3
THREAD_NAME = "heard-chime"


class PulseUnavailableError(OSError):
    """libpulse-simple is not installed (or this is not Linux)."""


class _SampleSpec(ctypes.Structure):
    _fields_ = (
        ("format", ctypes.c_int),
        ("rate", ctypes.c_uint32),
        ("channels", ctypes.c_uint8),
    )


@dataclass(frozen=True)
class Pcm:
    """16-bit little-endian samples, as libpulse wants them."""

    frames: bytes
    rate: int
    channels: int

    @classmethod
    def from_wav(cls, data: bytes) -> Pcm:
        """Raises ValueError for anything but uncompressed 16-bit PCM."""
        import wave  # only once a sound server is there to play it

        try:
            with wave.open(io.BytesIO(data)) as wav:
                if wav.getsampwidth() != 2 or wav.getcomptype() != "NONE":
                    raise ValueError("the chime must be uncompressed 16-bit PCM")
                frames = wav.readframes(wav.getnframes())
                return cls(frames, wav.getframerate(), wav.getnchannels())
        except (wave.Error, EOFError) as exc:
            raise ValueError(f"not a readable WAV file: {exc}") from exc

    def scaled(self, volume: float) -> bytes:
        """The samples at `volume` (0.0 to 1.0)."""
        volume = min(1.0, max(0.0, volume))
        if volume >= 1.0:
            return self.frames
        samples = array("h")
        samples.frombytes(self.frames)
        if sys.byteorder != "little":
            samples.byteswap()
        samples = array("h", (round(sample * volume) for sample in samples))
        if sys.byteorder != "little":
            samples.byteswap()
        return samples.tobytes()


def server_socket(env: Mapping[str, str] = os.environ) -> str | None:
    """Where a PulseAudio (or PipeWire-Pulse) server can be reached, or None when there is
    plainly none: then libpulse is not even loaded (its libraries cost ~2.5 MiB of memory,
    for a chime that cannot play). PULSE_SERVER is trusted as given; otherwise the usual
    per-user socket (systemd socket-activates the server there) and the system-wide one."""
    if env.get("PULSE_SERVER", "").strip():
        return env["PULSE_SERVER"].strip()
    places = [
        env.get("PULSE_RUNTIME_PATH", ""),
        str(Path(env.get("XDG_RUNTIME_DIR", "")) / "pulse"),
    ]
    places = [place for place in places if place and Path(place).is_absolute()]
    for folder in [*places, "/run/pulse", "/var/run/pulse"]:
        socket = Path(folder) / "native"
        if socket.is_socket():
            return str(socket)
    return None


def load_library() -> ctypes.CDLL:
    """libpulse-simple with its four calls typed. Raises PulseUnavailableError."""
    if not sys.platform.startswith("linux"):
        raise PulseUnavailableError("PulseAudio's simple API is used on Linux only")
    try:  # the soname first: find_library() would run ldconfig in a subprocess
        lib = ctypes.CDLL("libpulse-simple.so.0")
    except OSError:
        from ctypes.util import find_library

        try:
            lib = ctypes.CDLL(find_library("pulse-simple") or "libpulse-simple.so")
        except OSError as exc:
            raise PulseUnavailableError(f"libpulse-simple is missing ({exc})") from exc
    error = ctypes.POINTER(ctypes.c_int)
    lib.pa_simple_new.restype = ctypes.c_void_p
    lib.pa_simple_new.argtypes = [
        ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
        ctypes.POINTER(_SampleSpec), ctypes.c_void_p, ctypes.c_void_p, error,
    ]  # fmt: skip
    lib.pa_simple_write.restype = ctypes.c_int
    lib.pa_simple_write.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, error]
    lib.pa_simple_drain.restype = ctypes.c_int
    lib.pa_simple_drain.argtypes = [ctypes.c_void_p, error]
    lib.pa_simple_free.restype = None
    lib.pa_simple_free.argtypes = [ctypes.c_void_p]
    lib.pa_strerror.restype = ctypes.c_char_p
    lib.pa_strerror.argtypes = [ctypes.c_int]
    return lib


class PulsePlayer:
    """Plays one PCM sound, each time on its own thread. `on_failed(reason)` is called (from
    that thread) when the sound server cannot be reached or refuses the stream."""

    def __init__(self, lib: ctypes.CDLL, pcm: Pcm, on_failed: Callable[[str], None]) -> None:
        self._lib = lib
        self._pcm = pcm
        self._on_failed = on_failed
        self._scaled: tuple[float, bytes] | None = None
        self._lock = threading.Lock()

    def play(self, volume: float) -> threading.Thread:
        thread = threading.Thread(target=self._play, args=(volume,), name=THREAD_NAME, daemon=True)
        thread.start()
        return thread

    def check(self) -> threading.Thread:
        """Connect once without playing, so a missing sound server is known early."""
        thread = threading.Thread(target=self._play, args=(None,), name=THREAD_NAME, daemon=True)
        thread.start()
        return thread

    def _samples(self, volume: float) -> bytes:
        with self._lock:
            if self._scaled is None or self._scaled[0] != volume:
                self._scaled = (volume, self._pcm.scaled(volume))
            return self._scaled[1]

    def _play(self, volume: float | None) -> None:
        lib, pcm = self._lib, self._pcm
        spec = _SampleSpec(PA_SAMPLE_S16LE, pcm.rate, pcm.channels)
        error = ctypes.c_int(0)
        stream = lib.pa_simple_new(
            None, b"Heard", PA_STREAM_PLAYBACK, None, b"pause cue chime",
            ctypes.byref(spec), None, None, ctypes.byref(error),
        )  # fmt: skip
        if not stream:
            self._fail("connect", error.value)
            return
        try:
            if volume is None:
                return
            data = self._samples(volume)
            if lib.pa_simple_write(stream, data, len(data), ctypes.byref(error)) < 0:
                self._fail("write", error.value)
                return
            if lib.pa_simple_drain(stream, ctypes.byref(error)) < 0:
                self._fail("drain", error.value)
        finally:
            lib.pa_simple_free(stream)

    def _fail(self, step: str, code: int) -> None:
        message = self._lib.pa_strerror(code)
        reason = message.decode(errors="replace") if message else f"error {code}"
        log.info("PulseAudio %s failed: %s", step, reason)
        self._on_failed(reason)
