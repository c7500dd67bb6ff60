"""The audio pipeline: WAV fixtures in, speech/silence events out, nothing kept between.

The fixtures hold synthetic speech (espeak-ng) and silences placed at known times over a
quiet room's noise; the events must land within ±100 ms of those places.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import weakref
from array import array
from pathlib import Path

import pytest

from heard.core.voice_activity import SpeechStarted
from heard.platform.ears_pipeline import FRAME_BYTES, EarsPipeline, PcmFrame
from heard.platform.pcm import PcmConverter, PcmFormat
from heard.platform.vad import SpeechClassifier, VadUnavailableError
from vad_fixtures import (
    assert_close,
    breaths_only,
    expected_changes,
    heard_changes,
    pipeline,
    placements,
    read_pcm,
    wav_path,
)

ROOT = Path(__file__).resolve().parents[2]


def feed_all(pipe: EarsPipeline, pcm: bytes, chunk: int, origin_ms: int = 0) -> list:
    """Feed `pcm` in chunks of `chunk` bytes, each stamped as captured when it ends."""
    events = []
    for start in range(0, len(pcm), chunk):
        piece = pcm[start : start + chunk]
        events += pipe.feed(piece, origin_ms + (start + len(piece)) // 32)
    return events


@pytest.mark.parametrize("aggressiveness", [0, 1, 2, 3])
@pytest.mark.parametrize("chunk", [FRAME_BYTES, 640, 3200, 1234])
def test_speech_two_seconds_of_silence_speech(aggressiveness: int, chunk: int) -> None:
    pcm = read_pcm(wav_path("speech_pause_speech"))
    events = feed_all(pipeline(aggressiveness), pcm, chunk, origin_ms=7_000_000)
    heard = heard_changes(events, origin_ms=7_000_000)
    expected = expected_changes(placements("speech_pause_speech"))
    assert [name for name, _ in expected] == ["SpeechStarted", "SilenceStarted"] * 2
    assert_close(heard, expected)


def test_breaths_between_phrases_are_not_silences() -> None:
    pcm = read_pcm(wav_path("breaths"))
    parts = placements("breaths")
    assert sorted(p.end_ms - p.start_ms for p in parts if p.kind == "silence")[:2] == [150, 250]
    heard = heard_changes(feed_all(pipeline(), pcm, FRAME_BYTES))
    assert_close(heard, expected_changes(breaths_only(parts)))
    assert [name for name, _ in heard] == ["SpeechStarted", "SilenceStarted"]


def to_48k_stereo(pcm: bytes) -> bytes:
    """Each 16 kHz sample three times, on both channels (an independent, crude upsampler)."""
    mono = array("h", pcm)
    out = array("h")
    for value in mono:
        out.extend((value, value) * 3)
    return out.tobytes()


def test_a_48k_stereo_source_is_converted_and_heard_the_same() -> None:
    converter = PcmConverter(PcmFormat(48_000, 2, "s16"))
    pipe = pipeline()
    source = to_48k_stereo(read_pcm(wav_path("speech_pause_speech")))
    events = []
    step = 48_000 * 4 * 20 // 1000 + 6  # 20 ms and a bit: chunks never align with frames
    for start in range(0, len(source), step):
        piece = source[start : start + step]
        end_ms = (start + len(piece)) // (48 * 4)
        events += pipe.feed(converter.convert(piece), end_ms)
    assert_close(heard_changes(events), expected_changes(placements("speech_pause_speech")))


def test_frame_times_are_worked_back_from_the_capture_time() -> None:
    seen: list[int] = []

    def speech_after_one_second(frame: PcmFrame) -> bool:
        seen.append(len(frame))
        return len(seen) > 33

    pipe = EarsPipeline(speech_after_one_second, warmup_ms=0)
    # 1.5 s of audio in one chunk, captured up to t = 10_000 ms: it began at 8_500.
    events = pipe.feed(bytes(48_000), captured_until_ms=10_000)
    assert set(seen) == {FRAME_BYTES} and len(seen) == 50
    assert events == [SpeechStarted(8_500 + 33 * 30)]


def test_the_first_frames_only_teach_the_classifier_the_room() -> None:
    pipe = EarsPipeline(lambda frame: True)
    events = pipe.feed(bytes(FRAME_BYTES * 20), captured_until_ms=600)
    assert events == [SpeechStarted(240)]  # speech from the first frame after the warm-up


def test_no_sample_buffer_outlives_its_frame_and_each_is_wiped() -> None:
    made: list[weakref.ref[PcmFrame]] = []
    during: list[bool] = []

    def classify(frame: PcmFrame) -> bool:
        during.append(any(frame))  # the samples are there while it is classified
        return False

    pipe = EarsPipeline(classify, watch=lambda frame: made.append(weakref.ref(frame)))
    noise = bytes(range(1, 251)) * 40  # 10,000 bytes: 10 frames and a part
    for _ in range(3):
        pipe.feed(noise, captured_until_ms=1000)
        alive = [ref() for ref in made if ref() is not None]
        assert len(alive) == 1, "only the partial frame may wait for the next chunk"
        assert 0 < len(alive[0]) == pipe.waiting_bytes < FRAME_BYTES
        del alive
    assert all(during) and len(during) == 31
    partial = next(ref() for ref in made if ref() is not None)
    assert partial is not None
    pipe.close()
    assert not any(partial) and pipe.waiting_bytes == 0
    del partial
    assert sum(ref() is not None for ref in made) == 1  # the new, empty one
    assert pipe.frames == 31


def test_a_classifier_error_still_wipes_the_frame() -> None:
    frames: list[PcmFrame] = []

    def broken(frame: PcmFrame) -> bool:
        frames.append(frame)
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        EarsPipeline(broken).feed(b"\x07" * FRAME_BYTES, captured_until_ms=30)
    assert frames and not any(frames[0])


def test_without_the_package_the_detector_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "webrtcvad", None)
    with pytest.raises(VadUnavailableError, match="webrtcvad-wheels"):
        SpeechClassifier(2)


def test_aggressiveness_is_checked() -> None:
    with pytest.raises(ValueError, match="0 to 3"):
        SpeechClassifier(4)


# ------------------------------------------------------------------ conversion


def sine(rate: int, seconds: float, hz: float = 440.0, amp: float = 8000.0) -> list[float]:
    return [amp * math.sin(2 * math.pi * hz * n / rate) for n in range(int(rate * seconds))]


def encode(samples: list[float], fmt: PcmFormat) -> bytes:
    frames = []
    for value in samples:
        one = {
            "s16": round(value),
            "s32": round(value) * 65536,
            "u8": round(value / 256) + 128,
            "f32": value / 32767,
        }[fmt.sample]
        frames.extend([one] * fmt.channels)
    code = {"s16": "h", "s32": "i", "u8": "B", "f32": "f"}[fmt.sample]
    return array(code, frames).tobytes()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fmt",
    [
        PcmFormat(48_000, 2, "s16"),
        PcmFormat(44_100, 1, "f32"),
        PcmFormat(8_000, 1, "u8"),
        PcmFormat(32_000, 4, "s32"),
        PcmFormat(22_050, 2, "f32"),
    ],
    ids=str,
)
def test_any_source_format_becomes_16k_mono_s16(fmt: PcmFormat) -> None:
    source = encode(sine(fmt.rate, 0.5), fmt)
    converter = PcmConverter(fmt)
    out = b"".join(converter.convert(source[i : i + 997]) for i in range(0, len(source), 997))
    got = array("h", out)
    want = sine(16_000, 0.5)
    assert abs(len(got) - len(want)) <= 2
    tolerance = 600 if fmt.sample == "u8" else 150  # u8 has 256 steps; linear interpolation
    worst = max(abs(g - w) for g, w in zip(got, want, strict=False))
    assert worst <= tolerance


def test_16k_mono_s16_passes_through_untouched() -> None:
    data = bytes(range(256)) * 4
    assert PcmConverter(PcmFormat(16_000, 1, "s16")).convert(data) is data


def test_a_bad_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        PcmFormat(0, 1, "s16")


# ------------------------------------------------------------------ regenerating fixtures


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("sox") is None,
    reason="espeak-ng and sox make the fixtures (.ci/run installs them)",
)
def test_fixtures_made_afresh_are_heard_where_placed(tmp_path: Path) -> None:
    script = ROOT / "scripts" / "make_vad_fixtures.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True)
    for name in ("speech_pause_speech", "breaths"):
        pcm = read_pcm(wav_path(name, tmp_path))
        parts = breaths_only(placements(name, tmp_path))
        heard = heard_changes(feed_all(pipeline(), pcm, 3200))
        assert_close(heard, expected_changes(parts))
        assert (tmp_path / f"{name}.wav").stat().st_size < 200_000
