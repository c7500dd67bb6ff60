"""The session's presence aids, driven by a fake clock: start over, just listen / ideas
welcome, the reflection step, a break, and the soft per-turn limit."""

from __future__ import annotations

import pytest

from heard.core.clock import FakeClock
from heard.core.events import (
    EventLogged,
    FloorPassed,
    PauseCueFinished,
    ReflectionAnswered,
    ReflectionStarted,
    SessionEvent,
    SessionFinished,
    SessionPaused,
    TurnStarted,
)
from heard.core.model import (
    EndReason,
    EventKind,
    Partner,
    Phase,
    ReflectionAnswer,
    SessionConfig,
    Wants,
)
from heard.core.session import Session


def make(
    minutes: int = 20, *, reflection: bool = False
) -> tuple[Session, FakeClock, list[SessionEvent]]:
    clock = FakeClock()
    session = Session(SessionConfig("Sam", "Alex", planned_s=minutes * 60), clock)
    session.set_reflection(reflection)
    events: list[SessionEvent] = []
    session.subscribe(events.append)
    session.start()
    return session, clock, events


# ----------------------------------------------------------------------------- start over


def test_start_over_restarts_the_turn_from_now_and_logs_it() -> None:
    session, clock, events = make()
    clock.advance(41_000)
    assert session.start_over()
    view = session.view()
    assert (view.phase, view.speaker, view.turn_seq) == (Phase.SPEAKING, Partner.A, 1)
    assert view.turn_elapsed_ms == 0
    assert view.talk_a_ms == 0  # the first attempt is not counted as talk
    assert view.turns_a == 1
    assert events[-2:] == [
        EventLogged(EventKind.START_OVER, 41_000, "turn 1, 41000 ms"),
        TurnStarted(seq=1, speaker=Partner.A, at_ms=41_000, wants=Wants.LISTEN),
    ]
    clock.advance(10_000)
    session.pass_floor()
    assert session.turns[-1].start_ms == 41_000
    assert session.turns[-1].duration_ms == 10_000


def test_start_over_during_the_cue_gives_the_turn_back_to_its_speaker() -> None:
    session, clock, events = make()
    session.set_wants(Wants.IDEAS)
    clock.advance(30_000)
    session.pass_floor()
    clock.advance(1_000)
    assert session.start_over()
    view = session.view()
    assert (view.phase, view.speaker, view.turn_seq) == (Phase.SPEAKING, Partner.A, 1)
    assert view.wants is Wants.IDEAS
    assert view.talk_a_ms == 0
    assert session.turns == ()
    assert not any(isinstance(e, PauseCueFinished) for e in events)
    clock.advance(5_000)  # the abandoned cue never fires
    assert session.view().speaker is Partner.A


def test_start_over_is_ignored_when_nobody_can_start_again() -> None:
    session, _, events = make()
    session.pause()
    assert not session.start_over()
    session.resume()
    session.end()
    assert not session.start_over()
    assert not any(isinstance(e, EventLogged) for e in events)


# ----------------------------------------------------------------------------- wants


def test_just_listen_is_the_default_and_w_toggles_it_for_this_turn() -> None:
    session, clock, _ = make()
    assert session.view().wants is Wants.LISTEN
    assert session.toggle_wants() is Wants.IDEAS
    assert session.view().wants is Wants.IDEAS
    clock.advance(10_000)
    session.pass_floor()
    assert session.turns[-1].wants is Wants.IDEAS


def test_the_next_speaker_can_choose_during_the_cue() -> None:
    session, clock, events = make()
    clock.advance(10_000)
    session.pass_floor()
    assert session.view().wants is Wants.LISTEN  # the next turn's wish, by default
    session.toggle_wants()
    assert session.view().wants is Wants.IDEAS
    clock.advance(3_000)
    view = session.view()
    assert (view.speaker, view.wants) == (Partner.B, Wants.IDEAS)
    assert events[-1] == TurnStarted(seq=2, speaker=Partner.B, at_ms=13_000, wants=Wants.IDEAS)
    clock.advance(10_000)
    session.pass_floor()
    clock.advance(3_000)
    assert session.view().wants is Wants.LISTEN  # each turn starts from the default again


def test_wants_cannot_change_before_the_start_or_after_the_end() -> None:
    clock = FakeClock()
    session = Session(SessionConfig("Sam", "Alex"), clock)
    session.set_wants(Wants.IDEAS)
    session.start()
    assert session.view().wants is Wants.LISTEN


# ----------------------------------------------------------------------------- reflection


def test_reflection_step_follows_the_cue_and_got_it_passes_the_floor() -> None:
    session, clock, events = make(reflection=True)
    clock.advance(20_000)
    session.pass_floor()
    clock.advance(3_000)
    view = session.view()
    assert view.phase is Phase.REFLECTING
    assert (view.speaker, view.next_speaker, view.turn_seq) == (None, Partner.B, 1)
    assert events[-1] == ReflectionStarted(after_seq=1, at_ms=23_000, by=Partner.B)
    assert not session.pass_floor()
    assert not session.report_interruption()  # the listener is meant to speak now
    clock.advance(15_000)
    assert session.answer_reflection(ReflectionAnswer.GOT_IT)
    view = session.view()
    assert (view.phase, view.speaker, view.turn_seq) == (Phase.SPEAKING, Partner.B, 2)
    assert events[-3:] == [
        ReflectionAnswered(seq=1, answer=ReflectionAnswer.GOT_IT, at_ms=38_000),
        FloorPassed(to=Partner.B, seq=2, at_ms=38_000),
        TurnStarted(seq=2, speaker=Partner.B, at_ms=38_000, wants=Wants.LISTEN),
    ]
    assert view.talk_a_ms == 20_000 and view.talk_b_ms == 0  # reflecting is nobody's talk


def test_not_quite_gives_the_floor_back_to_the_speaker() -> None:
    session, clock, events = make(reflection=True)
    clock.advance(20_000)
    session.pass_floor()
    clock.advance(3_000 + 9_000)
    assert session.answer_reflection(ReflectionAnswer.NOT_QUITE)
    view = session.view()
    assert (view.phase, view.speaker, view.turn_seq) == (Phase.SPEAKING, Partner.A, 2)
    assert events[-2] == FloorPassed(to=Partner.A, seq=2, at_ms=32_000)
    assert view.turns_a == 2


def test_answering_outside_the_reflection_step_is_ignored() -> None:
    session, clock, events = make(reflection=True)
    assert not session.answer_reflection(ReflectionAnswer.GOT_IT)
    session.set_reflection(False)
    clock.advance(5_000)
    session.pass_floor()
    clock.advance(3_000)
    assert session.view().phase is Phase.SPEAKING
    assert not any(isinstance(e, ReflectionStarted) for e in events)


def test_a_pause_during_reflection_resumes_it_and_the_session_can_end_during_it() -> None:
    session, clock, events = make(minutes=1, reflection=True)
    clock.advance(20_000)
    session.pass_floor()
    clock.advance(3_000)
    assert session.pause()
    view = session.view()
    assert (view.phase, view.paused_in, view.next_speaker) == (
        Phase.PAUSED,
        Phase.REFLECTING,
        Partner.B,
    )
    clock.advance(60_000)  # paused time is not session time
    session.resume()
    assert session.view().phase is Phase.REFLECTING
    clock.advance(37_000)
    assert session.phase is Phase.FINISHED
    assert events[-1] == SessionFinished(at_ms=60_000, reason=EndReason.COMPLETED)
    assert [t.seq for t in session.turns] == [1]


def test_start_over_during_reflection_reopens_the_turn() -> None:
    session, clock, _ = make(reflection=True)
    clock.advance(20_000)
    session.pass_floor()
    clock.advance(4_000)
    assert session.start_over()
    assert session.view().speaker is Partner.A
    assert session.turns == ()


# ----------------------------------------------------------------------------- break, limit


def test_a_break_pauses_with_its_own_kind_and_does_not_end_the_session() -> None:
    session, clock, events = make()
    clock.advance(5_000)
    assert session.pause(EventKind.BREAK)
    view = session.view()
    assert (view.phase, view.pause_kind) == (Phase.PAUSED, EventKind.BREAK)
    assert events[-1] == SessionPaused(at_ms=5_000, kind=EventKind.BREAK)
    clock.advance(600_000)
    session.resume()
    view = session.view()
    assert (view.phase, view.pause_kind, view.elapsed_ms) == (Phase.SPEAKING, None, 5_000)


def test_soft_limit_asks_to_wrap_up_without_cutting_anyone_off() -> None:
    session, clock, _ = make()
    session.set_soft_limit(120_000)
    clock.advance(119_999)
    assert not session.view().wrap_up
    clock.advance(1)
    assert session.view().wrap_up
    clock.advance(300_000)
    view = session.view()
    assert view.wrap_up and view.phase is Phase.SPEAKING and view.speaker is Partner.A
    session.pass_floor()
    assert not session.view().wrap_up
    clock.advance(3_000 + 60_000)
    assert not session.view().wrap_up  # the new turn has its own two minutes


def test_soft_limit_off_never_wraps_up() -> None:
    session, clock, _ = make()
    clock.advance(1_000_000)
    assert not session.view().wrap_up
    with pytest.raises(ValueError, match="negative"):
        session.set_soft_limit(-1)
