"""Session.restore: a crashed session comes back paused, where the last checkpoint left it."""

from __future__ import annotations

import pytest

from heard.core.clock import FakeClock
from heard.core.events import (
    FloorPassed,
    PauseCueFinished,
    SessionEvent,
    SessionFinished,
    SessionResumed,
    Turn,
    TurnEnded,
)
from heard.core.model import EndReason, Partner, Phase, SessionConfig, Wants
from heard.core.session import Session

A, B = Partner.A, Partner.B
CONFIG = SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3)
CLOSED = [Turn(1, A, 0, 40_000, Wants.LISTEN, True), Turn(2, B, 43_000, 70_000, Wants.IDEAS)]


def restored(
    turns: list[Turn], elapsed_ms: int, open_turn: Turn | None
) -> tuple[Session, FakeClock, list[SessionEvent]]:
    clock = FakeClock()
    session = Session.restore(CONFIG, clock, turns, elapsed_ms, open_turn)
    events: list[SessionEvent] = []
    session.subscribe(events.append)
    return session, clock, events


def test_an_open_turn_continues_after_resume() -> None:
    open_turn = Turn(3, A, 73_000, 95_000, Wants.IDEAS)
    session, clock, events = restored(CLOSED, 95_000, open_turn)
    view = session.view()
    assert view.phase is Phase.PAUSED
    assert view.paused_in is Phase.SPEAKING
    assert view.speaker is A
    assert view.elapsed_ms == 95_000
    assert view.turn_seq == 3
    assert view.turn_elapsed_ms == 22_000
    assert view.wants is Wants.IDEAS
    assert (view.talk_a_ms, view.talk_b_ms) == (40_000 + 22_000, 27_000)
    assert (view.turns_a, view.turns_b) == (2, 1)

    clock.advance(3_600_000)  # an hour before anyone presses Resume: not session time
    assert session.elapsed_ms() == 95_000
    assert session.resume()
    assert events == [SessionResumed(at_ms=95_000, paused_for_ms=3_600_000)]
    clock.advance(5_000)
    assert session.pass_floor()
    assert events[-2] == TurnEnded(Turn(3, A, 73_000, 100_000, Wants.IDEAS))
    assert session.turns == (*CLOSED, Turn(3, A, 73_000, 100_000, Wants.IDEAS))


def test_a_crash_during_a_cue_runs_the_cue_again_then_hands_over() -> None:
    session, clock, events = restored(CLOSED, 70_000, None)
    view = session.view()
    assert view.paused_in is Phase.PAUSE_CUE
    assert view.next_speaker is A
    assert view.cue_remaining_ms == 3_000
    session.resume()
    clock.advance(3_000)
    session.poll()
    assert PauseCueFinished(after_seq=2, at_ms=73_000, honoured=True) in events
    assert FloorPassed(to=A, seq=3, at_ms=73_000) in events
    assert session.view().speaker is A
    assert session.view().turn_seq == 3


def test_with_no_turn_stored_the_first_speaker_has_turn_one() -> None:
    session, clock, _ = restored([], 0, None)
    view = session.view()
    assert (view.paused_in, view.speaker, view.turn_seq) == (Phase.SPEAKING, A, 1)
    session.resume()
    clock.advance(10_000)
    session.end(EndReason.ENDED_EARLY)
    assert session.turns == (Turn(1, A, 0, 10_000, Wants.LISTEN),)


def test_progress_is_the_furthest_of_the_checkpoint_and_the_turns() -> None:
    open_turn = Turn(3, A, 73_000, 99_000)
    session, _, _ = restored(CLOSED, 80_000, open_turn)  # the turn's checkpoint came later
    assert session.elapsed_ms() == 99_000


def test_the_restored_session_still_ends_on_time() -> None:
    session, clock, events = restored(CLOSED, 590_000, Turn(3, A, 73_000, 590_000))
    session.resume()
    clock.advance(25_000)
    session.poll()
    assert events[-1] == SessionFinished(at_ms=600_000, reason=EndReason.COMPLETED, late_ms=15_000)
    assert session.turns[-1] == Turn(3, A, 73_000, 600_000)


def test_nothing_left_to_resume_is_refused() -> None:
    with pytest.raises(ValueError, match="no time left"):
        Session.restore(CONFIG, FakeClock(), CLOSED, 600_000)


def test_an_open_turn_before_the_closed_ones_is_refused() -> None:
    with pytest.raises(ValueError, match="open turn"):
        Session.restore(CONFIG, FakeClock(), CLOSED, 70_000, Turn(2, B, 43_000, 70_000))
