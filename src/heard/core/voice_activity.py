"""Speech or silence, debounced: from a flag per audio frame to two past-tense events.

The microphone side (heard.platform) classifies each 30 ms frame as speech or not and
stamps it with the time, on the session's clock, at which the frame ended. This module
never sees a sample: only those flags and times. It turns them into

- SpeechStarted(at_ms): someone began to speak at `at_ms` (the start of the first frame
  of a run of speech long enough to count: a click or a single loud frame does not);
- SilenceStarted(at_ms, after_speech_ms): the speech that began `after_speech_ms` earlier
  stopped at `at_ms` (the end of its last speech frame), and the quiet has lasted long
  enough not to be a breath between words.

Both events are dated back to when the change really happened; they are *reported* a
little later (by `speech_start_ms` and `silence_after_ms`), and consumers must allow for
that (heard.core.listening does).
"""

from __future__ import annotations

from dataclasses import dataclass

FRAME_MS = 30
"""The length of one classified frame (WebRTC's VAD takes 10, 20 or 30 ms)."""


@dataclass(frozen=True)
class SpeechStarted:
    at_ms: int
    """Monotonic time (the session's clock) when the speech began."""


@dataclass(frozen=True)
class SilenceStarted:
    at_ms: int
    """Monotonic time when the speech ended."""
    after_speech_ms: int
    """How long the speech before this silence lasted."""


VoiceEvent = SpeechStarted | SilenceStarted


@dataclass(frozen=True)
class Debounce:
    speech_start_ms: int = 90
    """Speech must go on this long, without a gap, before it counts (3 frames)."""
    silence_after_ms: int = 300
    """Quiet must last this long before it counts as a silence: shorter gaps are breaths
    or the spaces between words."""
    trailing_ms: int = 0
    """How long the frame classifier itself goes on calling frames speech after speech has
    stopped (WebRTC's VAD has such a hangover). Silences are dated back by this much."""

    def __post_init__(self) -> None:
        if self.speech_start_ms < FRAME_MS or self.silence_after_ms < FRAME_MS:
            raise ValueError(f"debounce times must be at least one frame ({FRAME_MS} ms)")
        if self.trailing_ms < 0:
            raise ValueError("the classifier's trailing time cannot be negative")


class VoiceActivityDetector:
    """Feed one flag per frame, in time order; get at most one event back per frame."""

    def __init__(self, debounce: Debounce | None = None, *, frame_ms: int = FRAME_MS) -> None:
        self.debounce = debounce or Debounce()
        self.frame_ms = frame_ms
        self._speaking = False
        self._speech_since: int | None = None
        """While silent: the start of the current run of speech frames, if any."""
        self._quiet_since: int | None = None
        """While speaking: the start of the current run of quiet frames, if any."""
        self._speech_began = 0
        self._last_end: int | None = None

    @property
    def speaking(self) -> bool:
        """The debounced state: True between SpeechStarted and SilenceStarted."""
        return self._speaking

    def feed(self, speech: bool, frame_end_ms: int) -> VoiceEvent | None:
        """One frame's flag. `frame_end_ms` is when the frame ended (it began one frame
        earlier). A gap in the times (frames lost) ends any run in progress."""
        start = frame_end_ms - self.frame_ms
        if self._last_end is not None and start > self._last_end + self.frame_ms // 2:
            self._speech_since = None  # frames were lost: a run cannot span the gap
            if self._speaking and self._quiet_since is None:
                self._quiet_since = self._last_end
        self._last_end = frame_end_ms
        if self._speaking:
            return self._while_speaking(speech, start, frame_end_ms)
        return self._while_silent(speech, start, frame_end_ms)

    def reset(self) -> None:
        """Forget everything (listening stopped): the next frame starts from silence."""
        self._speaking = False
        self._speech_since = self._quiet_since = self._last_end = None

    def _while_silent(self, speech: bool, start: int, end: int) -> VoiceEvent | None:
        if not speech:
            self._speech_since = None
            return None
        if self._speech_since is None:
            self._speech_since = start
        if end - self._speech_since < self.debounce.speech_start_ms:
            return None
        began = self._speech_since
        self._speaking = True
        self._speech_began = began
        self._speech_since = None
        self._quiet_since = None
        return SpeechStarted(began)

    def _while_speaking(self, speech: bool, start: int, end: int) -> VoiceEvent | None:
        if speech:
            self._quiet_since = None  # a breath, not a silence
            return None
        if self._quiet_since is None:
            self._quiet_since = start
        if end - self._quiet_since < self.debounce.silence_after_ms:
            return None
        earliest = self._speech_began + self.frame_ms
        stopped = max(earliest, self._quiet_since - self.debounce.trailing_ms)
        self._speaking = False
        self._quiet_since = None
        return SilenceStarted(stopped, stopped - self._speech_began)
