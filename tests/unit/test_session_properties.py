"""Invariants that hold whatever the couple presses, whenever they press it."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from heard.core.clock import FakeClock
from heard.core.events import SessionEvent, SessionFinished, TurnEnded, TurnStarted
from heard.core.model import Phase, SessionConfig
from heard.core.session import Session

ACTIONS = st.sampled_from(["pass", "pause", "resume", "jump", "poll", "end"])
STEPS = st.lists(st.tuples(ACTIONS, st.integers(0, 90_000)), max_size=60)


@settings(max_examples=300, deadline=None)
@given(steps=STEPS, minutes=st.integers(1, 5), cue_s=st.integers(1, 10))
def test_invariants(steps: list[tuple[str, int]], minutes: int, cue_s: int) -> None:
    clock = FakeClock()
    session = Session(SessionConfig("A", "B", planned_s=minutes * 60, pause_cue_s=cue_s), clock)
    events: list[SessionEvent] = []
    session.subscribe(events.append)
    session.start()
    for action, advance in steps:
        clock.advance(advance)
        {
            "pass": session.pass_floor,
            "pause": session.pause,
            "resume": session.resume,
            "jump": session.report_interruption,
            "poll": session.poll,
            "end": session.end,
        }[action]()
        view = session.view()
        assert 0 <= view.elapsed_ms <= view.planned_ms
        assert view.remaining_ms == view.planned_ms - view.elapsed_ms
        assert view.talk_a_ms + view.talk_b_ms <= view.elapsed_ms
        assert 0 <= view.cue_remaining_ms <= view.cue_ms
        if view.phase is Phase.PAUSE_CUE:
            assert view.speaker is None
            assert view.next_speaker is not None
    turns = session.turns
    for before, after in itertools.pairwise(turns):
        assert after.speaker is before.speaker.other
        assert after.start_ms >= before.end_ms
        assert after.start_ms - before.end_ms <= cue_s * 1000
        assert before.pause_honoured is not None
    for turn in turns:
        assert turn.start_ms <= turn.end_ms
    started = [e for e in events if isinstance(e, TurnStarted)]
    ended = [e for e in events if isinstance(e, TurnEnded)]
    assert len(started) - len(ended) in (0, 1)
    finished = [e for e in events if isinstance(e, SessionFinished)]
    assert len(finished) <= 1
    if finished:
        assert events[-1] is finished[0]
        assert session.phase is Phase.FINISHED
        assert len(started) == len(ended)
