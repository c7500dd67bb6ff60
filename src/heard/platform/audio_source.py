"""Where listening ears' audio comes from: the microphone, or a WAV file.

Both sources deliver 16 kHz mono 16-bit chunks to a sink, `sink(pcm, captured_until_ms)`,
with the time (on the injected clock) at which the chunk's last sample was captured, and
both say `failed(reason)` once, in plain words, when they cannot go on. The sink is
normally an EarsPipeline's feed: a WAV file goes through the same pipeline as the
microphone.

- MicAudioSource: QtMultimedia's QAudioSource, imported only when listening starts. No
  microphone, permission denied, a device that disappears or stops sending sound (watched
  for two seconds): each is a `failed`, never a crash or a hang.
- FileAudioSource: a WAV file, paced by a timer in real time (benchmarks, demos), or
  pumped as fast as asked (tests, with a FakeClock advanced in step).
"""

from __future__ import annotations

import logging
import wave
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from heard.core.clock import Clock
from heard.platform.pcm import PcmConverter, PcmFormat, SampleKind

if TYPE_CHECKING:
    from PySide6.QtCore import QIODevice
    from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices

log = logging.getLogger(__name__)

AudioSink = Callable[[bytes, int], None]

WATCHDOG_MS = 2000
"""A started microphone that sends nothing for this long has stopped working."""
BUFFER_MS = 100


class MicAudioSource(QObject):
    failed = Signal(str)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._sink: AudioSink | None = None
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._devices: QMediaDevices | None = None
        self._device: QAudioDevice | None = None
        self._converter: PcmConverter | None = None
        self._last_data_ms = 0
        self._watchdog = QTimer(self)
        self._watchdog.setObjectName("mic-watchdog")
        self._watchdog.setInterval(WATCHDOG_MS // 2)
        self._watchdog.timeout.connect(self._on_watchdog)

    @property
    def running(self) -> bool:
        return self._io is not None

    def start(self, sink: AudioSink) -> None:
        """Open the default microphone. Problems are reported through `failed`."""
        self._sink = sink
        try:
            from PySide6.QtCore import QMicrophonePermission
        except ImportError:  # Qt before 6.5: no permission API, nothing to ask
            self._open()
            return
        app = QCoreApplication.instance()
        permission = QMicrophonePermission()
        status = app.checkPermission(permission) if app is not None else None
        if status == Qt.PermissionStatus.Denied:
            self._fail(self.tr("Heard is not allowed to use the microphone"))
        elif status == Qt.PermissionStatus.Undetermined and app is not None:
            app.requestPermission(permission, self, self._on_permission)
        else:
            self._open()

    def stop(self) -> None:
        self._watchdog.stop()
        self._sink = None
        source, self._source, self._io = self._source, None, None
        if source is not None:
            source.stateChanged.disconnect(self._on_state_changed)
            source.stop()
            source.deleteLater()
        if self._devices is not None:
            self._devices.audioInputsChanged.disconnect(self._on_inputs_changed)
            self._devices.deleteLater()
            self._devices = None

    # ------------------------------------------------------------------ opening
    def _on_permission(self, permission: Any) -> None:
        if permission.status() == Qt.PermissionStatus.Granted and self._sink is not None:
            self._open()
        else:
            self._fail(self.tr("Heard is not allowed to use the microphone"))

    def _open(self) -> None:
        try:
            from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices, QtAudio
        except ImportError as exc:  # no QtMultimedia, or libpulse missing
            self._fail(self.tr("the sound system could not be loaded (%1)").replace("%1", str(exc)))
            return
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            self._fail(self.tr("no microphone was found"))
            return
        wanted = QAudioFormat()
        wanted.setSampleRate(16_000)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        fmt = wanted if device.isFormatSupported(wanted) else device.preferredFormat()
        pcm = _pcm_format(fmt)
        if pcm is None:
            self._fail(self.tr("the microphone's sound format is not one Heard can read"))
            return
        self._converter = PcmConverter(pcm)
        source = QAudioSource(device, fmt, self)
        source.setBufferSize(fmt.bytesForDuration(BUFFER_MS * 1000))
        source.stateChanged.connect(self._on_state_changed)
        io = source.start()
        if io is None or source.error() != QtAudio.Error.NoError:
            source.stateChanged.disconnect(self._on_state_changed)
            source.deleteLater()
            self._fail(self.tr("the microphone could not be opened"))
            return
        self._source, self._io, self._device = source, io, device
        io.readyRead.connect(self._on_ready_read)
        self._devices = QMediaDevices(self)
        self._devices.audioInputsChanged.connect(self._on_inputs_changed)
        self._last_data_ms = self._clock.monotonic_ms()
        self._watchdog.start()
        log.info("listening ears: microphone open (%s Hz, %s ch)", pcm.rate, pcm.channels)

    # ------------------------------------------------------------------ running
    def _on_ready_read(self) -> None:
        io, converter, sink = self._io, self._converter, self._sink
        if io is None or converter is None or sink is None:
            return
        chunk = io.readAll()
        raw = bytes(chunk.data())
        chunk.clear()
        if not raw:
            return
        now = self._clock.monotonic_ms()
        self._last_data_ms = now
        pcm = converter.convert(raw)
        del raw
        if pcm:
            sink(pcm, now)

    def _on_state_changed(self, _state: object) -> None:
        from PySide6.QtMultimedia import QtAudio

        source = self._source
        if source is not None and source.error() not in (
            QtAudio.Error.NoError,
            QtAudio.Error.UnderrunError,
        ):
            self._fail(self.tr("the microphone stopped working"))

    def _on_inputs_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        device = self._device
        if device is not None and all(d.id() != device.id() for d in QMediaDevices.audioInputs()):
            self._fail(self.tr("the microphone was disconnected"))

    def _on_watchdog(self) -> None:
        if self._clock.monotonic_ms() - self._last_data_ms >= WATCHDOG_MS:
            self._fail(self.tr("the microphone stopped sending sound"))

    def _fail(self, reason: str) -> None:
        log.info("listening ears: %s", reason)
        self.stop()
        self.failed.emit(reason)


def _pcm_format(fmt: QAudioFormat) -> PcmFormat | None:
    from PySide6.QtMultimedia import QAudioFormat

    kinds: dict[QAudioFormat.SampleFormat, SampleKind] = {
        QAudioFormat.SampleFormat.UInt8: "u8",
        QAudioFormat.SampleFormat.Int16: "s16",
        QAudioFormat.SampleFormat.Int32: "s32",
        QAudioFormat.SampleFormat.Float: "f32",
    }
    kind = kinds.get(fmt.sampleFormat())
    if kind is None or fmt.sampleRate() <= 0 or fmt.channelCount() <= 0:
        return None
    return PcmFormat(fmt.sampleRate(), fmt.channelCount(), kind)


class FileAudioSource(QObject):
    """A WAV file (8, 16 or 32-bit integer PCM, any rate and channel count) as a source."""

    failed = Signal(str)
    finished = Signal()  # the file ran out (never, when looping)

    def __init__(
        self,
        path: Path,
        clock: Clock,
        *,
        realtime: bool = True,
        loop: bool = False,
        chunk_ms: int = 30,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._clock = clock
        self._realtime = realtime
        self._loop = loop
        self._chunk_ms = chunk_ms
        self._sink: AudioSink | None = None
        self._raw = b""
        self._format: PcmFormat | None = None
        self._converter: PcmConverter | None = None
        self._origin_ms = 0
        self.delivered_ms = 0
        self._timer = QTimer(self)
        self._timer.setObjectName("file-audio-feed")
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_tick)

    @property
    def running(self) -> bool:
        return self._sink is not None

    @property
    def duration_ms(self) -> int:
        fmt = self._format
        return 0 if fmt is None else len(self._raw) // fmt.frame_bytes * 1000 // fmt.rate

    def start(self, sink: AudioSink) -> None:
        try:
            with wave.open(str(self.path), "rb") as wav:
                widths: dict[int, SampleKind] = {1: "u8", 2: "s16", 4: "s32"}
                kind = widths[wav.getsampwidth()]
                fmt = PcmFormat(wav.getframerate(), wav.getnchannels(), kind)
                raw = wav.readframes(wav.getnframes())
        except (OSError, EOFError, KeyError, ValueError, wave.Error) as exc:
            self.failed.emit(f"could not read {self.path.name} ({exc or type(exc).__name__})")
            return
        self._raw, self._format, self._converter = raw, fmt, PcmConverter(fmt)
        self._sink = sink
        self._origin_ms = self._clock.monotonic_ms()
        self.delivered_ms = 0
        if self._realtime:
            self._timer.start(self._chunk_ms)

    def stop(self) -> None:
        self._timer.stop()
        self._sink = None

    def pump(self, ms: int) -> None:
        """Deliver the next `ms` of audio at once (captured up to origin + position)."""
        while ms > 0 and self._sink is not None:
            step = min(ms, self._chunk_ms)
            self._deliver(step)
            ms -= step

    def _on_tick(self) -> None:
        due = self._clock.monotonic_ms() - self._origin_ms
        while self._sink is not None and due - self.delivered_ms >= self._chunk_ms:
            self._deliver(self._chunk_ms)

    def _deliver(self, ms: int) -> None:
        fmt, converter, sink = self._format, self._converter, self._sink
        assert fmt is not None and converter is not None and sink is not None
        start = self._byte_at(self.delivered_ms)
        self.delivered_ms += ms
        end = self._byte_at(self.delivered_ms)
        raw = self._slice(start, end)
        if not raw and not self._loop:
            self.stop()
            self.finished.emit()
            return
        pcm = converter.convert(raw)
        if pcm:
            sink(pcm, self._origin_ms + self.delivered_ms)

    def _byte_at(self, ms: int) -> int:
        fmt = self._format
        assert fmt is not None
        return fmt.rate * ms // 1000 * fmt.frame_bytes

    def _slice(self, start: int, end: int) -> bytes:
        size = len(self._raw)
        if not self._loop or end <= size or size == 0:
            return self._raw[start:end]
        first, last = start % size, end % size
        return self._raw[first:last] if first < last else self._raw[first:] + self._raw[:last]
