"""From raw audio chunks to speech/silence events, with nothing kept on the way.

    chunk (16 kHz mono s16) → 30 ms PcmFrame → speech? (True/False) → detector → event

Every audio source (the microphone, a WAV file in tests and benchmarks) feeds this same
pipeline. Privacy is structural:

- each frame is a fresh PcmFrame: it is classified, then zeroed, then dropped before the
  next frame is cut. At most one partial frame (under 30 ms of audio) waits between chunks,
  and it is zeroed when used up or when the pipeline closes;
- the only things that outlive a frame are its flag's effect on the detector and two
  counters (frames heard, frames with speech);
- nothing is logged per frame, and nothing is written anywhere.

Times: a chunk's last sample was captured at `captured_until_ms` (the session's monotonic
clock); each frame's end time is worked back from there by its position in the chunk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from heard.core.voice_activity import FRAME_MS, VoiceActivityDetector, VoiceEvent
from heard.platform.pcm import RATE, WIDTH

log = logging.getLogger(__name__)

BYTES_PER_MS = RATE * WIDTH["s16"] // 1000
FRAME_BYTES = FRAME_MS * BYTES_PER_MS
WARMUP_MS = 240
"""WebRTC's VAD calls the first few frames of a quiet room speech while it adapts."""


class PcmFrame(bytearray):
    """One frame of samples. Weak-referenceable so tests can prove it is gone."""

    __slots__ = ("__weakref__",)

    def wipe(self) -> None:
        self[:] = bytes(len(self))


Classifier = Callable[[PcmFrame], bool]
FrameWatch = Callable[[PcmFrame], None]


class EarsPipeline:
    def __init__(
        self,
        classify: Classifier,
        detector: VoiceActivityDetector | None = None,
        *,
        warmup_ms: int = WARMUP_MS,
        watch: FrameWatch | None = None,
    ) -> None:
        """`warmup_ms`: frames this early after the start are classified (the classifier
        learns the room's noise from them) but taken as quiet. `watch` sees every sample
        buffer the pipeline makes (tests track their lives)."""
        self._classify = classify
        self.detector = detector or VoiceActivityDetector()
        self._watch = watch
        self._warmup_frames = warmup_ms // FRAME_MS
        self._rest = self._new_frame(b"")
        self.frames = 0
        self.speech_frames = 0

    def feed(self, pcm: bytes, captured_until_ms: int) -> list[VoiceEvent]:
        """Classify every whole frame that `pcm` completes. Returns the events, in order."""
        events: list[VoiceEvent] = []
        view = memoryview(pcm)
        try:
            total = len(self._rest) + len(view)
            done = 0  # bytes of (rest + pcm) already framed
            offset = 0  # bytes of pcm used
            if self._rest:
                take = min(FRAME_BYTES - len(self._rest), len(view))
                self._rest += view[:take]
                offset = take
                if len(self._rest) < FRAME_BYTES:
                    return events
                frame, self._rest = self._rest, self._new_frame(b"")
                done = FRAME_BYTES
                self._classify_frame(frame, self._end_ms(done, total, captured_until_ms), events)
                del frame
            while len(view) - offset >= FRAME_BYTES:
                frame = self._new_frame(view[offset : offset + FRAME_BYTES])
                offset += FRAME_BYTES
                done += FRAME_BYTES
                self._classify_frame(frame, self._end_ms(done, total, captured_until_ms), events)
                del frame
            if offset < len(view):
                self._rest.wipe()
                self._rest = self._new_frame(view[offset:])
        finally:
            view.release()
        return events

    def close(self) -> None:
        """Listening stopped: zero the partial frame and forget the detector's state."""
        self._rest.wipe()
        self._rest = self._new_frame(b"")
        self.detector.reset()

    @property
    def waiting_bytes(self) -> int:
        """Audio bytes held between chunks (always less than one frame)."""
        return len(self._rest)

    def _new_frame(self, data: bytes | memoryview) -> PcmFrame:
        frame = PcmFrame(data)
        if self._watch is not None:
            self._watch(frame)
        return frame

    @staticmethod
    def _end_ms(done: int, total: int, captured_until_ms: int) -> int:
        return captured_until_ms - (total - done) // BYTES_PER_MS

    def _classify_frame(self, frame: PcmFrame, end_ms: int, events: list[VoiceEvent]) -> None:
        try:
            speech = self._classify(frame)
        finally:
            frame.wipe()
        self.frames += 1
        speech = speech and self.frames > self._warmup_frames
        self.speech_frames += speech
        event = self.detector.feed(speech, end_ms)
        if event is not None:
            events.append(event)
