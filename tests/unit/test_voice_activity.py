"""The debounced speech/silence detector, fed synthetic frame flags (no audio at all)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heard.core.voice_activity import (
    FRAME_MS,
    Debounce,
    SilenceStarted,
    SpeechStarted,
    VoiceActivityDetector,
    VoiceEvent,
)

T0 = 50_000


def run(pattern: str, start_ms: int = T0, detector: VoiceActivityDetector | None = None) -> list:
    """Feed one frame per character ('#' speech, '.' quiet); frame i ends at start+30(i+1).
    Returns (frame index at which the event was reported, event)."""
    vad = detector or VoiceActivityDetector()
    found: list[tuple[int, VoiceEvent]] = []
    for index, flag in enumerate(pattern):
        event = vad.feed(flag == "#", start_ms + FRAME_MS * (index + 1))
        if event is not None:
            found.append((index, event))
    return found


def events(pattern: str) -> list[VoiceEvent]:
    return [event for _, event in run(pattern)]


def at(frame: int) -> int:
    """The start time of frame `frame`."""
    return T0 + FRAME_MS * frame


def frames(*parts: tuple[str, int]) -> str:
    return "".join(flag * count for flag, count in parts)


def test_speech_is_dated_back_to_its_first_frame_and_reported_after_the_debounce() -> None:
    found = run(frames((".", 10), ("#", 20)))
    assert found == [(12, SpeechStarted(at(10)))]  # reported on the 3rd frame (90 ms)


def test_silence_is_dated_back_to_the_end_of_speech_with_the_speech_length() -> None:
    found = run(frames((".", 5), ("#", 40), (".", 20)))
    assert [event for _, event in found] == [
        SpeechStarted(at(5)),
        SilenceStarted(at(45), after_speech_ms=40 * FRAME_MS),
    ]
    assert found[1][0] == 45 + 9  # reported on the 10th quiet frame (300 ms)


@pytest.mark.parametrize("blip", ["#", "##", "#.#", "##.##.#"])
def test_clicks_and_blips_shorter_than_the_debounce_are_not_speech(blip: str) -> None:
    assert events("....." + blip + "..........") == []


def test_exactly_the_debounce_length_is_speech() -> None:
    assert events("....###....") == [SpeechStarted(at(4))]


@pytest.mark.parametrize("breath_frames", [1, 5, 9])
def test_short_breaths_inside_speech_are_not_silences(breath_frames: int) -> None:
    pattern = frames(("#", 30), (".", breath_frames), ("#", 30), (".", 12))
    assert events(pattern) == [
        SpeechStarted(at(0)),
        SilenceStarted(at(60 + breath_frames), after_speech_ms=(60 + breath_frames) * FRAME_MS),
    ]


def test_a_pause_as_long_as_the_silence_debounce_is_a_silence() -> None:
    pattern = frames(("#", 10), (".", 10), ("#", 10), (".", 10))
    assert events(pattern) == [
        SpeechStarted(at(0)),
        SilenceStarted(at(10), after_speech_ms=300),
        SpeechStarted(at(20)),
        SilenceStarted(at(30), after_speech_ms=300),
    ]


def test_a_custom_debounce() -> None:
    vad = VoiceActivityDetector(Debounce(speech_start_ms=30, silence_after_ms=60))
    found = [e for _, e in run("#..#.", detector=vad)]
    assert found == [
        SpeechStarted(at(0)),
        SilenceStarted(at(1), after_speech_ms=30),
        SpeechStarted(at(3)),
    ]


def test_silence_is_dated_back_by_the_classifiers_own_trailing_time() -> None:
    vad = VoiceActivityDetector(Debounce(trailing_ms=90))
    found = [e for _, e in run(frames((".", 2), ("#", 20), (".", 12)), detector=vad)]
    assert found == [SpeechStarted(at(2)), SilenceStarted(at(22) - 90, after_speech_ms=510)]


def test_trailing_time_never_dates_a_silence_before_its_speech() -> None:
    vad = VoiceActivityDetector(Debounce(trailing_ms=300))
    found = [e for _, e in run(frames(("#", 4), (".", 12)), detector=vad)]
    assert found == [SpeechStarted(at(0)), SilenceStarted(at(1), after_speech_ms=30)]


def test_a_debounce_shorter_than_a_frame_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one frame"):
        Debounce(speech_start_ms=10)
    with pytest.raises(ValueError, match="negative"):
        Debounce(trailing_ms=-1)


def test_lost_frames_break_a_run_of_speech() -> None:
    vad = VoiceActivityDetector()
    assert vad.feed(True, T0 + 30) is None
    assert vad.feed(True, T0 + 60) is None
    # 300 ms of frames never arrived: the next speech frame starts a new run
    assert vad.feed(True, T0 + 390) is None
    assert vad.feed(True, T0 + 420) is None
    assert vad.feed(True, T0 + 450) == SpeechStarted(T0 + 360)


def test_lost_frames_while_speaking_count_as_quiet() -> None:
    vad = VoiceActivityDetector()
    for index in range(5):
        vad.feed(True, T0 + 30 * (index + 1))
    assert vad.speaking
    # The microphone stalls for a second, then delivers a quiet frame.
    assert vad.feed(False, T0 + 1200) == SilenceStarted(T0 + 150, after_speech_ms=150)


def test_reset_forgets_a_run_in_progress() -> None:
    vad = VoiceActivityDetector()
    vad.feed(True, T0 + 30)
    vad.feed(True, T0 + 60)
    vad.reset()
    assert not vad.speaking
    assert vad.feed(True, T0 + 90) is None


def _flags() -> st.SearchStrategy[list[bool]]:
    return st.lists(st.booleans(), max_size=300)


@given(_flags())
def test_events_alternate_and_are_in_time_order(flags: Iterable[bool]) -> None:
    found = events("".join("#" if f else "." for f in flags))
    kinds = [type(event) for event in found]
    assert kinds[::2] == [SpeechStarted] * len(kinds[::2])
    assert kinds[1::2] == [SilenceStarted] * len(kinds[1::2])
    times = [event.at_ms for event in found]
    assert times == sorted(times)
    for before, after in itertools.pairwise(found):
        if isinstance(after, SilenceStarted):
            assert after.after_speech_ms == after.at_ms - before.at_ms


@given(_flags())
def test_every_speech_counted_had_enough_frames(flags: list[bool]) -> None:
    pattern = "".join("#" if f else "." for f in flags)
    for event in events(pattern):
        if isinstance(event, SpeechStarted):
            first = (event.at_ms - T0) // FRAME_MS
            assert pattern[first : first + 3] == "###"
