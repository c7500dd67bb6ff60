"""The WAV fixtures for listening ears (made by scripts/make_vad_fixtures.py) and helpers
to run them through the audio pipeline and compare what it heard with where speech and
silence were placed."""

from __future__ import annotations

import itertools
import json
import wave
from dataclasses import dataclass
from pathlib import Path

from heard.core.voice_activity import Debounce, VoiceActivityDetector, VoiceEvent
from heard.platform.ears_pipeline import EarsPipeline
from heard.platform.vad import SpeechClassifier

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "vad"
TOLERANCE_MS = 100


@dataclass(frozen=True)
class Placement:
    kind: str  # "speech" | "silence"
    start_ms: int
    end_ms: int


def placements(name: str, folder: Path = FIXTURES) -> list[Placement]:
    manifest = json.loads((folder / "placements.json").read_text())
    return [Placement(**part) for part in manifest[name]["parts"]]


def wav_path(name: str, folder: Path = FIXTURES) -> Path:
    return folder / f"{name}.wav"


def read_pcm(path: Path) -> bytes:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (16_000, 1, 2)
        return wav.readframes(wav.getnframes())


def pipeline(aggressiveness: int = 2, **kwargs: object) -> EarsPipeline:
    classifier = SpeechClassifier(aggressiveness)
    detector = VoiceActivityDetector(Debounce(trailing_ms=classifier.trailing_ms))
    return EarsPipeline(classifier, detector, **kwargs)  # type: ignore[arg-type]


def expected_changes(parts: list[Placement]) -> list[tuple[str, int]]:
    """Where speech starts and stops, as (event name, ms): what the detector should find.
    A file starts quiet, so leading quiet has no event."""
    changes = []
    for before, after in itertools.pairwise(parts):
        if before.kind == "silence" and after.kind == "speech":
            changes.append(("SpeechStarted", after.start_ms))
        elif before.kind == "speech" and after.kind == "silence":
            changes.append(("SilenceStarted", after.start_ms))
    return changes


def heard_changes(events: list[VoiceEvent], origin_ms: int = 0) -> list[tuple[str, int]]:
    return [(type(event).__name__, event.at_ms - origin_ms) for event in events]


def breaths_only(parts: list[Placement], longest_ms: int = 300) -> list[Placement]:
    """Leave out inner silences no longer than `longest_ms` (breaths, not silences)."""
    kept: list[Placement] = []
    for index, part in enumerate(parts):
        inner = 0 < index < len(parts) - 1
        if part.kind == "silence" and inner and part.end_ms - part.start_ms <= longest_ms:
            continue
        if kept and kept[-1].kind == part.kind:
            kept[-1] = Placement(part.kind, kept[-1].start_ms, part.end_ms)
        else:
            kept.append(part)
    return kept


def assert_close(heard: list[tuple[str, int]], expected: list[tuple[str, int]]) -> None:
    assert [name for name, _ in heard] == [name for name, _ in expected], (heard, expected)
    for (name, at), (_, want) in zip(heard, expected, strict=True):
        assert abs(at - want) <= TOLERANCE_MS, f"{name} heard at {at} ms, placed at {want} ms"
