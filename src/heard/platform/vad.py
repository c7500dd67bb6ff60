"""WebRTC's voice-activity detector (the `webrtcvad-wheels` package, imported as webrtcvad).

Imported only when listening ears start, never at launch. It answers one question per
30 ms frame of 16 kHz mono 16-bit audio: is someone speaking? It keeps no audio.
"""

from __future__ import annotations

import logging
from typing import Protocol

from heard.platform.pcm import RATE

log = logging.getLogger(__name__)

MIN_AGGRESSIVENESS, MAX_AGGRESSIVENESS = 0, 3
TRAILING_MS = {0: 150, 1: 150, 2: 90, 3: 90}
"""WebRTC's own hangover after speech, for 30 ms frames (vad_core.c: kOverHangMax2 is 5
frames in its quality and low-bitrate modes, 3 in the aggressive ones)."""


class VadUnavailableError(Exception):
    """The detector cannot run here. The message is plain words for the couple."""


class _WebRtcVad(Protocol):
    def is_speech(self, buf: bytes | bytearray, sample_rate: int) -> bool: ...


class SpeechClassifier:
    """Calls a frame speech or not. `aggressiveness` 0 (hears speech most readily) to 3
    (needs the clearest speech: for noisy rooms)."""

    def __init__(self, aggressiveness: int = 2) -> None:
        if not MIN_AGGRESSIVENESS <= aggressiveness <= MAX_AGGRESSIVENESS:
            raise ValueError(f"aggressiveness must be 0 to 3, got {aggressiveness}")
        try:
            import webrtcvad
        except ImportError as exc:
            log.info("webrtcvad is not available: %s", exc)
            raise VadUnavailableError(
                "the speech detector (the webrtcvad-wheels package) is not installed"
            ) from exc
        self._vad: _WebRtcVad = webrtcvad.Vad(aggressiveness)
        self.trailing_ms = TRAILING_MS[aggressiveness]
        """How long the detector keeps calling frames speech after speech stops."""

    def __call__(self, frame: bytes | bytearray) -> bool:
        return bool(self._vad.is_speech(frame, RATE))
