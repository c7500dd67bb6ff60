"""Listening ears in the core session: measured pause cues and held silences (FakeClock)."""

from __future__ import annotations

import pytest

from heard.core.clock import FakeClock
from heard.core.events import (
    ListeningChanged,
    PauseCueFinished,
    PauseCueRevised,
    SessionEvent,
    SilenceHeld,
)
from heard.core.model import Partner, Phase, SessionConfig
from heard.core.session import Session
from heard.core.voice_activity import SilenceStarted, SpeechStarted

CUE_MS = 3000


class Run:
    """A started session, its clock and everything it emitted."""

    def __init__(self, *, ears: bool = True, hold_ms: int = 1500) -> None:
        self.clock = FakeClock()
        self.session = Session(SessionConfig("Sam", "Alex", planned_s=600), self.clock)
        self.events: list[SessionEvent] = []
        self.session.subscribe(self.events.append)
        self.session.start()
        if ears:
            self.session.set_listening(True, hold_silence_ms=hold_ms)

    def now(self) -> int:
        return self.clock.monotonic_ms()

    def speech(self, at: int | None = None) -> None:
        self.session.hear(SpeechStarted(self.now() if at is None else at))

    def silence(self, at: int | None = None, after_speech_ms: int = 1000) -> None:
        self.session.hear(SilenceStarted(self.now() if at is None else at, after_speech_ms))

    def of(self, kind: type) -> list:
        return [event for event in self.events if isinstance(event, kind)]

    def pass_after(self, ms: int) -> int:
        """Speak for `ms`, pass the floor; returns the monotonic time the cue began."""
        self.clock.advance(ms)
        assert self.session.pass_floor()
        return self.now()


# ------------------------------------------------------------------ the pause cue, measured


def test_speech_during_the_cue_means_it_was_not_honoured_as_measured() -> None:
    run = Run()
    run.pass_after(10_000)
    run.clock.advance(1200)
    run.speech()
    assert run.session.phase is Phase.PAUSE_CUE  # the microphone never moves the floor
    run.clock.advance(CUE_MS - 1200)
    run.session.poll()
    assert run.of(PauseCueFinished) == [
        PauseCueFinished(1, at_ms=13_000, honoured=False, measured=True)
    ]
    turn = run.session.turns[0]
    assert (turn.pause_honoured, turn.pause_measured) == (False, True)


def test_a_quiet_cue_was_honoured_as_measured() -> None:
    run = Run()
    run.pass_after(10_000)
    run.clock.advance(CUE_MS)
    run.session.poll()
    assert run.of(PauseCueFinished) == [
        PauseCueFinished(1, at_ms=13_000, honoured=True, measured=True)
    ]
    assert run.session.turns[0].pause_measured


def test_without_ears_a_cue_that_ran_out_is_assumed_honoured() -> None:
    run = Run(ears=False)
    run.pass_after(10_000)
    run.clock.advance(1000)
    run.speech()  # ignored: nothing is listening
    run.clock.advance(CUE_MS)
    run.session.poll()
    assert run.of(PauseCueFinished) == [PauseCueFinished(1, 13_000, honoured=True)]
    assert not run.session.turns[0].pause_measured
    assert run.session.silences_held is None


def test_speech_exactly_at_the_end_of_the_cue_belongs_to_the_next_turn() -> None:
    run = Run()
    start = run.pass_after(10_000)
    run.clock.advance(CUE_MS + 90)  # reported after the debounce, cue not yet settled
    run.speech(at=start + CUE_MS)
    assert run.of(PauseCueFinished) == [PauseCueFinished(1, 13_000, honoured=True, measured=True)]
    assert run.of(PauseCueRevised) == []


def test_speech_just_before_the_end_reported_after_it_also_counts_before_settling() -> None:
    run = Run()
    start = run.pass_after(10_000)
    run.clock.advance(CUE_MS + 30)  # the cue's deadline passed, nothing has polled yet
    run.speech(at=start + CUE_MS - 1)
    assert run.of(PauseCueFinished) == [PauseCueFinished(1, 13_000, honoured=False, measured=True)]
    assert run.of(PauseCueRevised) == []


def test_speech_reported_after_the_cue_ended_revises_an_honoured_cue_once() -> None:
    run = Run()
    start = run.pass_after(10_000)
    run.clock.advance(CUE_MS)
    run.session.poll()  # the deadline timer fired: honoured, as far as was heard
    run.clock.advance(40)
    run.speech(at=start + CUE_MS - 50)
    run.clock.advance(500)
    run.speech(at=start + CUE_MS - 20)  # a second report changes nothing more
    assert run.of(PauseCueRevised) == [PauseCueRevised(after_seq=1, at_ms=12_950)]
    turn = run.session.turns[0]
    assert (turn.pause_honoured, turn.pause_measured) == (False, True)


def test_speech_before_the_floor_passed_is_the_speakers_tail() -> None:
    run = Run()
    run.clock.advance(9_000)
    run.speech()
    start = run.pass_after(1_000)
    run.clock.advance(200)
    run.silence(at=start + 100)
    run.clock.advance(CUE_MS)
    run.session.poll()
    assert run.of(PauseCueFinished)[0].honoured


@pytest.mark.parametrize("switch", ["on_during_cue", "off_during_cue"])
def test_a_cue_the_ears_did_not_hear_in_full_is_not_measured(switch: str) -> None:
    run = Run(ears=switch == "off_during_cue")
    run.pass_after(10_000)
    run.clock.advance(1000)
    run.session.set_listening(switch == "on_during_cue")
    run.clock.advance(CUE_MS)
    run.session.poll()
    assert run.of(PauseCueFinished) == [PauseCueFinished(1, 13_000, honoured=True)]


def test_speech_while_paused_in_a_cue_does_not_count() -> None:
    run = Run()
    run.pass_after(10_000)
    run.clock.advance(500)
    run.session.pause()
    run.clock.advance(20_000)
    run.speech()  # talking during a pause is fine
    run.clock.advance(1000)
    run.silence()
    run.session.resume()
    run.clock.advance(CUE_MS)
    run.session.poll()
    assert run.of(PauseCueFinished) == [PauseCueFinished(1, 13_000, honoured=True, measured=True)]


def test_a_jump_in_the_ears_heard_is_measured_one_they_did_not_is_self_reported() -> None:
    run = Run()
    run.pass_after(10_000)
    run.clock.advance(500)
    run.speech()
    run.session.report_interruption()
    start = run.pass_after(10_000)
    run.clock.advance(500)
    run.session.report_interruption()
    assert start
    assert run.of(PauseCueFinished) == [
        PauseCueFinished(1, 10_500, honoured=False, measured=True),
        PauseCueFinished(2, 21_000, honoured=False, measured=False),
    ]


# ------------------------------------------------------------------ holding the silence


def speak_then_quiet(run: Run, quiet_for: int) -> int:
    """The speaker talks, then goes quiet; returns when the quiet began."""
    run.clock.advance(1000)
    run.speech()
    run.clock.advance(4000)
    quiet = run.now()
    run.clock.advance(300)
    run.silence(at=quiet)
    run.clock.advance(quiet_for - 300)
    return quiet


def test_the_hold_cue_shows_after_the_hold_time_and_a_held_silence_is_counted() -> None:
    run = Run()
    quiet = speak_then_quiet(run, 1499)
    assert not run.session.view().hold_silence
    run.clock.advance(1)
    assert run.session.view().hold_silence
    run.clock.advance(700)
    run.speech()
    view = run.session.view()
    assert not view.hold_silence
    assert view.speaker is Partner.A  # it never passes the floor
    assert run.of(SilenceHeld) == [SilenceHeld(at_ms=run.now() - 1_000_000, quiet_ms=2200, count=1)]
    assert run.now() - quiet == 2200
    assert run.session.silences_held == 1


def test_a_short_silence_is_not_counted() -> None:
    run = Run()
    speak_then_quiet(run, 1000)
    run.speech()
    assert run.of(SilenceHeld) == []
    assert run.session.silences_held == 0


def test_speech_that_began_before_the_hold_time_is_not_a_held_silence() -> None:
    run = Run()
    quiet = speak_then_quiet(run, 1600)
    assert run.session.view().hold_silence  # shown, then...
    run.speech(at=quiet + 1400)  # ...reported late: the quiet lasted 1.4 s only
    assert run.of(SilenceHeld) == []
    assert not run.session.view().hold_silence


def test_passing_the_floor_during_the_silence_hides_the_cue_and_counts_nothing() -> None:
    run = Run()
    speak_then_quiet(run, 2000)
    assert run.session.view().hold_silence
    run.session.pass_floor()
    assert not run.session.view().hold_silence
    run.clock.advance(CUE_MS + 500)
    run.speech()
    assert run.of(SilenceHeld) == []


def test_a_pause_hides_the_cue() -> None:
    run = Run()
    speak_then_quiet(run, 2000)
    run.session.pause()
    assert not run.session.view().hold_silence
    run.session.resume()
    assert not run.session.view().hold_silence


def test_no_hold_cue_before_the_speaker_has_said_anything() -> None:
    run = Run()
    run.clock.advance(5000)
    assert not run.session.view().hold_silence
    run.speech()
    assert run.of(SilenceHeld) == []


def test_the_next_speakers_silence_counts_from_their_turn() -> None:
    run = Run()
    start = run.pass_after(5000)
    run.clock.advance(CUE_MS + 500)
    run.speech()  # B starts talking
    run.clock.advance(3000)
    run.silence()
    run.clock.advance(1600)
    assert run.session.view().hold_silence
    assert run.session.view().speaker is Partner.B
    assert start


def test_a_custom_hold_time() -> None:
    run = Run(hold_ms=3000)
    speak_then_quiet(run, 2500)
    assert not run.session.view().hold_silence
    run.clock.advance(500)
    assert run.session.view().hold_silence


def test_the_hold_time_must_be_sensible() -> None:
    run = Run(ears=False)
    with pytest.raises(ValueError, match="hold time"):
        run.session.set_listening(True, hold_silence_ms=100)


# ------------------------------------------------------------------ switching


def test_switching_is_an_event_and_the_count_survives_switching_off() -> None:
    run = Run()
    speak_then_quiet(run, 2000)
    run.speech()
    run.clock.advance(1000)
    assert run.session.set_listening(False)
    assert not run.session.set_listening(False)  # no change
    assert not run.session.view().listening
    assert run.of(ListeningChanged) == [
        ListeningChanged(at_ms=0, on=True),
        ListeningChanged(at_ms=8000, on=False),
    ]
    assert run.session.silences_held == 1
    run.session.end()
    assert not run.session.set_listening(True)  # over: nothing to listen to
