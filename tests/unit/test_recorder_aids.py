"""The presence aids reach SQLite (and a rescue file): the reflection answer is logged with
its turn, a started-over turn replaces its first attempt and leaves a start_over event."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from heard.core.clock import FakeClock
from heard.core.events import SessionEvent
from heard.core.model import EventKind, Partner, ReflectionAnswer, SessionConfig, Wants
from heard.core.session import Session
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.storage.rescue import rescue_payload

CONFIG = SessionConfig("Sam", "Alex", planned_s=600)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[SessionRepository]:
    db = Database.open(tmp_path / "heard.db")
    yield SessionRepository(db, FakeClock())
    db.close()


def recorded(repo: SessionRepository) -> tuple[Session, FakeClock, int, list[SessionEvent]]:
    clock = FakeClock()
    session_id = repo.create_session(CONFIG)
    recorder = SessionRecorder(repo, session_id)
    session = Session(CONFIG, clock)
    events: list[SessionEvent] = []
    session.subscribe(recorder.on_event)
    session.subscribe(events.append)
    session.set_reflection(True)
    session.start()
    return session, clock, session_id, events


def talk_and_reflect(session: Session, clock: FakeClock, ms: int, answer: ReflectionAnswer) -> None:
    clock.advance(ms)
    session.pass_floor()
    clock.advance(3_000 + 8_000)  # the cue, then the listener reflects back
    session.answer_reflection(answer)


def test_reflection_answers_are_stored_with_their_turns(repo: SessionRepository) -> None:
    session, clock, sid, _ = recorded(repo)
    talk_and_reflect(session, clock, 30_000, ReflectionAnswer.NOT_QUITE)  # Sam adds more
    talk_and_reflect(session, clock, 10_000, ReflectionAnswer.GOT_IT)  # now Alex speaks
    clock.advance(5_000)
    session.end()
    assert repo.reflections(sid) == {1: "not_quite", 2: "got_it"}
    turns = repo.turns(sid)
    assert [(t.seq, t.speaker) for t in turns] == [(1, Partner.A), (2, Partner.A), (3, Partner.B)]
    assert turns[2].start_ms == 30_000 + 11_000 + 10_000 + 11_000


def test_a_started_over_turn_replaces_its_first_attempt(repo: SessionRepository) -> None:
    session, clock, sid, _ = recorded(repo)
    session.set_reflection(False)
    session.set_wants(Wants.IDEAS)
    clock.advance(50_000)
    session.pass_floor()
    clock.advance(1_000)
    session.start_over()  # during the cue: Sam's turn again
    clock.advance(20_000)
    session.end()
    turns = repo.turns(sid)
    assert len(turns) == 1
    assert (turns[0].start_ms, turns[0].end_ms, turns[0].wants) == (51_000, 71_000, Wants.IDEAS)
    assert turns[0].pause_honoured is None
    events = repo.events(sid)
    assert [(e.kind, e.at_ms, e.detail) for e in events] == [
        (EventKind.START_OVER, 51_000, "turn 1, 50000 ms")
    ]
    row = repo.history()[0]
    assert (row.turns, row.talk_a_ms, row.cues_total) == (1, 20_000, 0)


def test_distraction_is_an_event_and_nothing_else(repo: SessionRepository) -> None:
    session, clock, sid, _ = recorded(repo)
    clock.advance(7_000)
    assert session.log(EventKind.DISTRACTION)
    assert session.view().speaker is Partner.A
    assert [(e.kind, e.at_ms) for e in repo.events(sid)] == [(EventKind.DISTRACTION, 7_000)]


def test_a_rescue_file_keeps_the_reflection(repo: SessionRepository) -> None:
    session, clock, _, events = recorded(repo)
    talk_and_reflect(session, clock, 30_000, ReflectionAnswer.GOT_IT)
    now = datetime(2026, 1, 1, 21, 0, tzinfo=UTC)
    payload = rescue_payload(CONFIG, now, events, session_uuid="u-1", now=now)
    turns = payload["sessions"][0]["turns"]
    assert [(t["seq"], t["reflection"]) for t in turns] == [(1, "got_it"), (2, None)]
