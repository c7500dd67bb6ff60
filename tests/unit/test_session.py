"""The session state machine, driven by a fake clock."""

from __future__ import annotations

import pytest

from heard.core.clock import FakeClock
from heard.core.events import (
    FloorPassed,
    PauseCueFinished,
    PauseCueStarted,
    SessionEvent,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStarted,
    TurnEnded,
    TurnStarted,
)
from heard.core.model import EndReason, EventKind, Partner, Phase, SessionConfig
from heard.core.session import Session


def make(minutes: int = 20, cue_s: int = 3) -> tuple[Session, FakeClock, list[SessionEvent]]:
    clock = FakeClock()
    config = SessionConfig("Sam", "Alex", planned_s=minutes * 60, pause_cue_s=cue_s)
    session = Session(config, clock)
    events: list[SessionEvent] = []
    session.subscribe(events.append)
    return session, clock, events


def kinds(events: list[SessionEvent]) -> list[str]:
    return [type(e).__name__ for e in events]


def test_start_gives_the_floor_to_partner_a() -> None:
    session, _, events = make()
    assert session.phase is Phase.READY
    session.start()
    assert session.phase is Phase.SPEAKING
    assert session.view().speaker is Partner.A
    assert events == [
        SessionStarted(Partner.A, 0),
        TurnStarted(seq=1, speaker=Partner.A, at_ms=0, wants=events[1].wants),  # type: ignore[union-attr]
    ]


def test_start_twice_is_ignored() -> None:
    session, _, events = make()
    session.start()
    session.start()
    assert kinds(events).count("SessionStarted") == 1


def test_pass_floor_runs_a_cue_then_hands_over() -> None:
    session, clock, events = make(cue_s=3)
    session.start()
    clock.advance(40_000)
    assert session.pass_floor()
    view = session.view()
    assert view.phase is Phase.PAUSE_CUE
    assert view.speaker is None
    assert view.next_speaker is Partner.B
    assert view.cue_remaining_ms == 3000
    clock.advance(2_999)
    assert session.view().phase is Phase.PAUSE_CUE
    assert session.view().cue_remaining_ms == 1
    clock.advance(1)
    view = session.view()
    assert view.phase is Phase.SPEAKING
    assert view.speaker is Partner.B
    assert kinds(events)[-5:] == [
        "TurnEnded",
        "PauseCueStarted",
        "PauseCueFinished",
        "FloorPassed",
        "TurnStarted",
    ]
    assert events[-3] == PauseCueFinished(after_seq=1, at_ms=43_000, honoured=True)
    assert events[-2] == FloorPassed(to=Partner.B, seq=2, at_ms=43_000)


def test_late_poll_settles_the_cue_at_its_exact_deadline() -> None:
    session, clock, events = make()
    session.start()
    clock.advance(10_000)
    session.pass_floor()
    clock.advance(3_250)  # the timer fired 250 ms late
    session.poll()
    started = [e for e in events if isinstance(e, TurnStarted)]
    assert started[-1].at_ms == 13_000
    assert session.view().turn_elapsed_ms == 250


def test_pass_during_cue_is_ignored_and_does_not_queue() -> None:
    session, clock, events = make()
    session.start()
    clock.advance(5_000)
    session.pass_floor()
    clock.advance(1_000)
    assert not session.pass_floor()
    assert not session.pass_floor()
    clock.advance(2_000)
    session.poll()
    assert session.view().speaker is Partner.B
    clock.advance(10)
    # B still has the floor: the presses during the cue did not carry over.
    assert session.view().speaker is Partner.B
    assert kinds(events).count("PauseCueStarted") == 1


def test_pass_floor_in_the_first_millisecond() -> None:
    session, clock, events = make()
    session.start()
    assert session.pass_floor()  # at 0 ms: A passes at once
    ended = [e for e in events if isinstance(e, TurnEnded)]
    assert ended[0].turn.start_ms == 0
    assert ended[0].turn.end_ms == 0
    clock.advance(1)
    assert not session.pass_floor()  # the cue is running
    clock.advance(2_999)
    assert session.view().speaker is Partner.B


def test_pass_before_start_and_after_end_is_ignored() -> None:
    session, _clock, _ = make()
    assert not session.pass_floor()
    session.start()
    session.end()
    assert not session.pass_floor()


def test_pause_stops_the_session_clock_and_talk_time() -> None:
    session, clock, events = make(minutes=10)
    session.start()
    clock.advance(30_000)
    assert session.pause()
    clock.advance(600_000)  # ten minutes of pause: counts for nothing
    view = session.view()
    assert view.phase is Phase.PAUSED
    assert view.paused_in is Phase.SPEAKING
    assert view.elapsed_ms == 30_000
    assert view.talk_a_ms == 30_000
    assert session.resume()
    clock.advance(5_000)
    view = session.view()
    assert view.elapsed_ms == 35_000
    assert view.talk_a_ms == 35_000
    assert view.remaining_ms == 600_000 - 35_000
    assert SessionPaused(at_ms=30_000) in events
    assert SessionResumed(at_ms=30_000, paused_for_ms=600_000) in events


def test_pause_during_a_cue_freezes_the_cue() -> None:
    session, clock, _ = make(cue_s=3)
    session.start()
    clock.advance(20_000)
    session.pass_floor()
    clock.advance(1_000)
    session.pause()
    clock.advance(60_000)
    view = session.view()
    assert view.paused_in is Phase.PAUSE_CUE
    assert view.next_speaker is Partner.B
    assert view.cue_remaining_ms == 2_000
    session.resume()
    clock.advance(1_999)
    assert session.view().phase is Phase.PAUSE_CUE
    clock.advance(1)
    assert session.view().speaker is Partner.B
    # The cue is nobody's talk time, but it is session time.
    view = session.view()
    assert view.elapsed_ms == 23_000
    assert view.talk_a_ms == 20_000
    assert view.talk_b_ms == 0


def test_the_cue_is_session_time_but_nobodys_talk_time() -> None:
    session, clock, _ = make()
    session.start()
    clock.advance(10_000)
    session.pass_floor()
    clock.advance(3_000)
    clock.advance(7_000)
    view = session.view()
    assert view.elapsed_ms == 20_000
    assert view.talk_a_ms + view.talk_b_ms == 17_000


def test_ending_during_a_cue() -> None:
    session, clock, events = make()
    session.start()
    clock.advance(12_000)
    session.pass_floor()
    clock.advance(1_500)
    assert session.end()
    assert session.phase is Phase.FINISHED
    assert events[-1] == SessionFinished(at_ms=13_500, reason=EndReason.ENDED_EARLY)
    assert len(session.turns) == 1
    assert session.turns[0].pause_honoured is None  # the cue never ran its course
    clock.advance(10_000)
    session.poll()
    assert kinds(events).count("TurnStarted") == 1


def test_ending_while_paused_closes_the_turn_at_the_pause() -> None:
    session, clock, _ = make()
    session.start()
    clock.advance(8_000)
    session.pause()
    clock.advance(50_000)
    session.end()
    assert session.turns[-1].end_ms == 8_000
    assert session.elapsed_ms() == 8_000


def test_session_ends_by_itself_at_its_planned_length() -> None:
    session, clock, events = make(minutes=1)
    session.start()
    clock.advance(59_999)
    assert session.phase is Phase.SPEAKING
    clock.advance(1)
    assert session.phase is Phase.FINISHED
    assert session.end_reason is EndReason.COMPLETED
    assert session.turns[-1].end_ms == 60_000
    assert events[-1] == SessionFinished(at_ms=60_000, reason=EndReason.COMPLETED, late_ms=0)


def test_a_180_minute_session_ends_exact_to_the_millisecond() -> None:
    session, clock, events = make(minutes=180)
    session.start()
    planned = 180 * 60_000
    # Many turns, with odd lengths, pauses in between.
    while session.remaining_ms() > 70_000:
        clock.advance(61_237)
        session.pass_floor()
        clock.advance(3_000)
        session.poll()
        session.pause()
        clock.advance(12_345)
        session.resume()
    clock.advance(session.remaining_ms() - 1)
    assert session.phase is not Phase.FINISHED
    clock.advance(5)  # the timer is 4 ms late
    session.poll()
    finished = events[-1]
    assert isinstance(finished, SessionFinished)
    assert finished.at_ms == planned
    assert finished.late_ms == 4
    assert session.turns[-1].end_ms == planned
    total_talk = sum(t.duration_ms for t in session.turns)
    cues = sum(1 for t in session.turns if t.pause_honoured is not None)
    assert total_talk + cues * 3_000 == planned


def test_turns_are_contiguous_and_alternate() -> None:
    session, clock, _ = make(minutes=5)
    session.start()
    for step in (4_000, 17_000, 1, 9_999):
        clock.advance(step)
        session.pass_floor()
        clock.advance(3_000)
    session.end()
    speakers = [t.speaker for t in session.turns]
    assert speakers == [Partner.A, Partner.B, Partner.A, Partner.B, Partner.A]
    for before, after in zip(session.turns, session.turns[1:], strict=False):
        assert after.start_ms == before.end_ms + 3_000


def test_session_ending_during_a_cue_by_itself() -> None:
    session, clock, events = make(minutes=1)
    session.start()
    clock.advance(58_000)
    session.pass_floor()
    clock.advance(5_000)
    session.poll()
    assert session.end_reason is EndReason.COMPLETED
    assert kinds(events).count("TurnStarted") == 1
    assert session.turns[-1].pause_honoured is None


def test_jumping_in_during_a_cue_cuts_it_short() -> None:
    session, clock, events = make()
    session.start()
    clock.advance(9_000)
    session.pass_floor()
    clock.advance(800)
    assert session.report_interruption()
    view = session.view()
    assert view.speaker is Partner.B
    assert session.turns[0].pause_honoured is False
    assert PauseCueFinished(after_seq=1, at_ms=9_800, honoured=False) in events


def test_log_and_interruption_outside_a_cue_change_nothing() -> None:
    session, clock, events = make()
    assert not session.log(EventKind.DISTRACTION)
    session.start()
    clock.advance(1_000)
    assert session.log(EventKind.DISTRACTION)
    assert session.report_interruption()
    assert session.view().speaker is Partner.A
    logged = [e for e in events if type(e).__name__ == "EventLogged"]
    assert [e.kind for e in logged] == [EventKind.DISTRACTION, EventKind.INTERRUPTION]  # type: ignore[union-attr]


def test_remaining_is_deadline_minus_now_not_tick_counting() -> None:
    session, clock, _ = make(minutes=20)
    session.start()
    clock.advance(123_456)
    assert session.remaining_ms() == 20 * 60_000 - 123_456


def test_ms_to_next_deadline() -> None:
    session, clock, _ = make(minutes=1, cue_s=3)
    assert session.ms_to_next_deadline() is None
    session.start()
    clock.advance(10_000)
    assert session.ms_to_next_deadline() == 50_000
    session.pass_floor()
    assert session.ms_to_next_deadline() == 3_000
    session.pause()
    assert session.ms_to_next_deadline() is None


def test_pause_and_resume_outside_their_states_are_ignored() -> None:
    session, _, events = make()
    assert not session.pause()
    assert not session.resume()
    session.start()
    assert not session.resume()
    session.end()
    assert not session.pause()
    assert not session.end()
    assert kinds(events).count("SessionFinished") == 1


def test_toggle_pause() -> None:
    session, _, _ = make()
    session.start()
    session.toggle_pause()
    assert session.phase is Phase.PAUSED
    session.toggle_pause()
    assert session.phase is Phase.SPEAKING


def test_pause_kind_is_reported() -> None:
    session, _, events = make()
    session.start()
    session.pause(EventKind.BREAK)
    assert events[-1] == SessionPaused(at_ms=0, kind=EventKind.BREAK)


@pytest.mark.parametrize("minutes", [0, 181, -5])
def test_planned_length_out_of_range(minutes: int) -> None:
    from heard.core.model import ConfigError

    with pytest.raises(ConfigError, match="1 to 180 minutes"):
        SessionConfig("A", "B", planned_s=minutes * 60)


def test_pause_cue_started_event_carries_duration() -> None:
    session, clock, events = make(cue_s=7)
    session.start()
    clock.advance(1_000)
    session.pass_floor()
    assert PauseCueStarted(after_seq=1, at_ms=1_000, duration_ms=7_000) in events
