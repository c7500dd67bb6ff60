"""Listening ears in a running session: WAV fixtures fed through the same source → pipeline
→ session path as the microphone, with a FakeClock moved in step with the audio.

The fixture speech_pause_speech.wav has speech at 300-1786 ms, quiet until 3786, speech to
4973 and quiet to 5573 (tests/fixtures/vad/placements.json)."""

from __future__ import annotations

import wave
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.events import PauseCueFinished, SessionEvent, SilenceHeld
from heard.core.model import Partner, Phase, SessionConfig
from heard.core.session import Session
from heard.platform.audio_source import FileAudioSource
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.ui.listening_ears import ListeningEars
from heard.ui.session_controller import SessionController
from heard.ui.session_screen import SessionScreen
from vad_fixtures import TOLERANCE_MS, pipeline, placements, read_pcm, wav_path

SPEECH = wav_path("speech_pause_speech")
PARTS = placements("speech_pause_speech")
SECOND_SPEECH_MS = PARTS[3].start_ms  # 3786
QUIET_MS = PARTS[2].start_ms  # 1786


class Rig:
    """A recorded session with listening ears fed from a WAV file, on one FakeClock."""

    def __init__(self, db: Database, *, cue_s: int = 3, wav: Path = SPEECH) -> None:
        self.clock = FakeClock()
        self.repo = SessionRepository(db, self.clock)
        config = SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=cue_s)
        self.sid = self.repo.create_session(config)
        self.controller = SessionController(
            Session(config, self.clock), SessionRecorder(self.repo, self.sid)
        )
        self.events: list[SessionEvent] = []
        self.controller.event_happened.connect(self.events.append)
        self.source = FileAudioSource(wav, self.clock, realtime=False)
        self.ears = ListeningEars(self.controller, lambda: self.source)
        self.controller.start()
        assert self.ears.start()

    @property
    def at(self) -> int:
        return self.source.delivered_ms

    def play_until(self, ms: int) -> None:
        """Audio and clock move on together, 30 ms at a time, to `ms` into the file."""
        while self.at + 30 <= ms:
            self.clock.advance(30)
            if not self.source.running:
                return  # stopped (or the file ended): the clock still moved
            self.source.pump(30)

    def of(self, kind: type) -> list:
        return [event for event in self.events if isinstance(event, kind)]

    def close(self) -> None:
        if self.controller.running:
            self.controller.end()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "heard.db") as database:
        yield database


@pytest.fixture
def rig(qtbot: QtBot, db: Database) -> Iterator[Rig]:
    made = Rig(db)
    yield made
    made.close()


def test_speech_during_the_pause_cue_is_stored_as_measured_and_not_honoured(rig: Rig) -> None:
    rig.play_until(QUIET_MS + 300)  # Sam has stopped; the ears have heard the silence
    rig.controller.pass_floor()  # cue from 2086 to 5086; Alex speaks at 3786
    cue_start = rig.at
    rig.play_until(SECOND_SPEECH_MS + 200)
    assert rig.controller.session.phase is Phase.PAUSE_CUE  # the floor is not taken away
    rig.play_until(cue_start + 3000 + 30)
    rig.controller.session.poll()
    assert rig.of(PauseCueFinished) == [
        PauseCueFinished(1, at_ms=cue_start + 3000, honoured=False, measured=True)
    ]
    [turn, _next] = rig.repo.turns(rig.sid)
    assert (turn.pause_honoured, turn.pause_measured) == (False, True)


def test_a_quiet_cue_is_stored_as_measured_and_honoured(qtbot: QtBot, db: Database) -> None:
    rig = Rig(db, cue_s=1)
    try:
        rig.play_until(QUIET_MS + 300)
        rig.controller.pass_floor()  # the cue ends a second later, well before Alex speaks
        rig.play_until(SECOND_SPEECH_MS + 300)
        turn = rig.repo.turns(rig.sid)[0]
        assert (turn.pause_honoured, turn.pause_measured) == (True, True)
        assert rig.controller.session.view().speaker is Partner.B
    finally:
        rig.close()


def test_the_hold_cue_shows_on_the_listeners_side_and_a_held_silence_is_counted(
    qtbot: QtBot, rig: Rig
) -> None:
    screen = SessionScreen()
    qtbot.addWidget(screen)
    screen.set_names("Sam", "Alex")
    rig.controller.view_changed.connect(screen.render)
    screen.show()
    rig.play_until(QUIET_MS + 1400)
    rig.controller.session.poll()
    assert not rig.controller.session.view().hold_silence
    assert screen.ears_indicator.isVisible()
    rig.play_until(QUIET_MS + 1500 + TOLERANCE_MS)
    qtbot.waitUntil(lambda: screen.hold_cue.showing)  # the display refresh notices it
    assert screen.hold_cue.hint == "Sam may not be finished."
    assert rig.controller.session.view().speaker is Partner.A  # it never passes the floor
    rig.play_until(SECOND_SPEECH_MS + 200)
    assert not screen.hold_cue.showing
    [held] = rig.of(SilenceHeld)
    assert abs(held.quiet_ms - 2000) <= TOLERANCE_MS
    rig.controller.end()
    assert rig.repo.get_session(rig.sid).silences_held == 1


def test_the_summary_counts_silences_held(qtbot: QtBot, rig: Rig) -> None:
    summaries: list = []
    rig.controller.finished.connect(summaries.append)
    rig.play_until(SECOND_SPEECH_MS + 300)
    rig.controller.end()
    assert summaries[0].silences_held == 1
    assert not rig.ears.running  # the ears stop with the session


def test_without_ears_the_summary_has_no_count(qtbot: QtBot, db: Database) -> None:
    clock = FakeClock()
    controller = SessionController(Session(SessionConfig("Sam", "Alex"), clock))
    summaries: list = []
    controller.finished.connect(summaries.append)
    controller.start()
    controller.end()
    assert summaries[0].silences_held is None


def test_turning_the_ears_off_mid_session_stops_hearing(rig: Rig) -> None:
    rig.play_until(990)
    rig.ears.stop()
    assert not rig.controller.session.view().listening
    assert rig.ears.pipeline is not None and rig.ears.pipeline.waiting_bytes == 0
    rig.play_until(QUIET_MS + 300)  # the source is stopped: nothing more is delivered
    assert rig.at == 990
    assert rig.ears.start()  # and on again
    assert rig.controller.session.view().listening


# ------------------------------------------------------------------ the file source


def heard_by(source: FileAudioSource, clock: FakeClock, ms: int) -> list[tuple[str, int]]:
    origin = clock.monotonic_ms()
    pipe = pipeline()
    events: list = []
    source.start(lambda pcm, at: events.extend(pipe.feed(pcm, at)))
    source.pump(ms)
    return [(type(e).__name__, e.at_ms - origin) for e in events]


def write_48k_stereo(path: Path) -> None:
    mono = array("h", read_pcm(SPEECH))
    out = array("h")
    for value in mono:
        out.extend((value, value) * 3)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(48_000)
        wav.writeframes(out.tobytes())


@pytest.mark.parametrize("kind", ["16k-mono", "48k-stereo"])
def test_a_wav_file_goes_through_the_same_pipeline(qtbot: QtBot, tmp_path: Path, kind: str) -> None:
    path = SPEECH
    if kind == "48k-stereo":
        path = tmp_path / "stereo.wav"
        write_48k_stereo(path)
    clock = FakeClock()
    heard = heard_by(FileAudioSource(path, clock, realtime=False), clock, 6000)
    want = [
        ("SpeechStarted", 300),
        ("SilenceStarted", 1786),
        ("SpeechStarted", 3786),
        ("SilenceStarted", 4973),
    ]
    assert [name for name, _ in heard] == [name for name, _ in want]
    for (name, at), (_, placed) in zip(heard, want, strict=True):
        assert abs(at - placed) <= TOLERANCE_MS, (name, at, placed)


def test_a_file_source_in_real_time_keeps_pace_with_the_clock(qtbot: QtBot) -> None:
    clock = FakeClock()
    source = FileAudioSource(SPEECH, clock, realtime=True)
    got: list[tuple[int, int]] = []
    source.start(lambda pcm, at: got.append((len(pcm), at)))
    clock.advance(600)
    qtbot.waitUntil(lambda: source.delivered_ms >= 600)
    assert source.delivered_ms == 600  # not ahead of the clock
    assert sum(size for size, _ in got) == 600 * 32
    assert got[-1][1] == clock.monotonic_ms()
    source.stop()


def test_a_file_source_ends_or_loops(qtbot: QtBot) -> None:
    clock = FakeClock()
    once = FileAudioSource(SPEECH, clock, realtime=False)
    total = 0

    def count(pcm: bytes, _at: int) -> None:
        nonlocal total
        total += len(pcm)

    with qtbot.waitSignal(once.finished, timeout=1000):
        once.start(count)
        once.pump(10_000)
    assert total == len(read_pcm(SPEECH)) and not once.running
    looping = FileAudioSource(SPEECH, clock, realtime=False, loop=True)
    total = 0
    looping.start(count)
    looping.pump(12_000)
    assert total == 12_000 * 32 and looping.running


def test_an_unreadable_file_fails_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "not-audio.wav"
    bad.write_text("hello")
    source = FileAudioSource(bad, FakeClock())
    with qtbot.waitSignal(source.failed) as signal:
        source.start(lambda pcm, at: None)
    assert signal.args[0].startswith("could not read not-audio.wav")
    assert not source.running


def test_l_and_a_click_on_the_microphone_ask_to_toggle(qtbot: QtBot) -> None:
    screen = SessionScreen()
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.listening_toggled):
        qtbot.keyClick(screen, Qt.Key.Key_L)
    assert not screen.ears_indicator.isVisible()  # the mark shows only while listening
    screen.ears_indicator.set_on(True)
    with qtbot.waitSignal(screen.listening_toggled):
        qtbot.mouseClick(screen.ears_indicator, Qt.MouseButton.LeftButton)
    assert screen.ears_indicator.accessibleName() == "Listening ears are on"


def test_the_hold_cue_fades_in_and_out_without_moving_anything(qtbot: QtBot) -> None:
    screen = SessionScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    cue = screen.hold_cue
    before = cue.geometry()
    cue.set_showing(True)
    qtbot.waitUntil(lambda: cue.opacity == 1.0)
    assert cue.geometry() == before
    cue.set_showing(False)
    qtbot.waitUntil(lambda: cue.opacity == 0.0)
    assert cue.geometry() == before
