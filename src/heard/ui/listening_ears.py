"""Listening ears for one running session: audio source → pipeline → session controller.

Runs only while the couple has listening ears on and a session runs. Each audio chunk goes
through an EarsPipeline (frames classified and dropped at once) and only the resulting
speech/silence events reach the session. When the ears cannot run (no microphone, no
permission, the device lost, the detector package missing) they stop, the session is told
it is no longer listening, and `unavailable(reason)` says why, in plain words; the session
itself carries on untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

from heard.core.listening import DEFAULT_HOLD_MS
from heard.core.voice_activity import Debounce, VoiceActivityDetector
from heard.platform.audio_source import AudioSink
from heard.platform.ears_pipeline import EarsPipeline, FrameWatch
from heard.platform.vad import SpeechClassifier, VadUnavailableError

if TYPE_CHECKING:
    from heard.ui.session_controller import SessionController

log = logging.getLogger(__name__)


class AudioSource(Protocol):
    """MicAudioSource or FileAudioSource."""

    @property
    def failed(self) -> SignalInstance: ...
    def start(self, sink: AudioSink) -> None: ...
    def stop(self) -> None: ...


SourceFactory = Callable[[], AudioSource]


class ListeningEars(QObject):
    listening_changed = Signal(bool)
    unavailable = Signal(str)  # a plain reason

    def __init__(
        self,
        controller: SessionController,
        source_factory: SourceFactory,
        *,
        aggressiveness: int = 2,
        hold_silence_ms: int = DEFAULT_HOLD_MS,
        classifier_factory: Callable[[int], SpeechClassifier] = SpeechClassifier,
        watch: FrameWatch | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._source_factory = source_factory
        self._aggressiveness = aggressiveness
        self._hold_ms = hold_silence_ms
        self._classifier_factory = classifier_factory
        self._watch = watch
        self._source: AudioSource | None = None
        self._pipeline: EarsPipeline | None = None
        self._announced = False
        controller.finished.connect(self._on_session_finished)

    @property
    def running(self) -> bool:
        return self._source is not None

    @property
    def pipeline(self) -> EarsPipeline | None:
        return self._pipeline

    def start(self) -> bool:
        """Start listening. False (and `unavailable`) when it cannot."""
        if self._source is not None:
            return True
        if not self._controller.running:
            return False
        try:
            classifier = self._classifier_factory(self._aggressiveness)
        except VadUnavailableError as exc:
            self.unavailable.emit(str(exc))
            return False
        debounce = Debounce(trailing_ms=classifier.trailing_ms)
        self._pipeline = EarsPipeline(
            classifier, VoiceActivityDetector(debounce), watch=self._watch
        )
        source = self._source_factory()
        self._source = source
        source.failed.connect(self._on_source_failed)
        source.start(self._on_audio)  # may fail at once: _on_source_failed has run then
        if self._source is None:
            return False
        self._controller.set_listening(True, self._hold_ms)
        self._announced = True
        self.listening_changed.emit(True)
        return True

    def stop(self) -> None:
        """Stop listening (turned off, or the session ended). Nothing of the audio is kept."""
        source, self._source = self._source, None
        if source is None:
            return
        source.failed.disconnect(self._on_source_failed)
        source.stop()
        if self._pipeline is not None:
            log.info(
                "listening ears off: %d frames heard, %d with speech",
                self._pipeline.frames,
                self._pipeline.speech_frames,
            )
            self._pipeline.close()
        self._controller.set_listening(False, self._hold_ms)
        if self._announced:
            self._announced = False
            self.listening_changed.emit(False)

    def _on_audio(self, pcm: bytes, captured_until_ms: int) -> None:
        pipeline = self._pipeline
        if pipeline is None or self._source is None:
            return
        for event in pipeline.feed(pcm, captured_until_ms):
            self._controller.hear(event)

    def _on_source_failed(self, reason: str) -> None:
        self.stop()
        self.unavailable.emit(reason)

    def _on_session_finished(self, _summary: object) -> None:
        self.stop()
