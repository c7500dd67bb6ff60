"""SessionRecorder: a hand-built, realistic event sequence ends up as the right rows.

The events are built by hand (not by the session engine) so these tests pin the storage
side of the contract on their own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest

from heard.core.clock import FakeClock
from heard.core.events import (
    EventLogged,
    FloorPassed,
    PauseCueFinished,
    PauseCueStarted,
    SessionEvent,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStarted,
    Turn,
    TurnEnded,
    TurnStarted,
)
from heard.core.model import EndReason, EventKind, Partner, SessionConfig, Wants
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.records import LoggedEvent
from heard.storage.repository import SessionRepository

A, B = Partner.A, Partner.B

# Ann talks for 62 s and the cue is honoured; Bob asks for ideas, gets distracted, takes a
# two-minute break, finishes at 150 s, and the cue is cut short; Ann is talking at 200 s
# when the time is up (no TurnEnded: finishing closes her turn).
UNTIL_BREAK: list[SessionEvent] = [
    SessionStarted(A, 0),
    TurnStarted(1, A, 0, Wants.LISTEN),
    TurnEnded(Turn(1, A, 0, 62_000, Wants.LISTEN)),
    PauseCueStarted(1, 62_000, 3_000),
    PauseCueFinished(1, 65_000, honoured=True),
    FloorPassed(B, 2, 65_000),
    TurnStarted(2, B, 65_000, Wants.IDEAS),
    EventLogged(EventKind.DISTRACTION, 80_000, "phone buzzed"),
    SessionPaused(90_000, EventKind.BREAK),
]
AFTER_BREAK: list[SessionEvent] = [
    SessionResumed(90_000, paused_for_ms=120_000),
    TurnEnded(Turn(2, B, 65_000, 150_000, Wants.IDEAS)),
    PauseCueStarted(2, 150_000, 3_000),
    PauseCueFinished(2, 151_000, honoured=False),
    FloorPassed(A, 3, 151_000),
    TurnStarted(3, A, 151_000, Wants.LISTEN),
    SessionFinished(200_000, EndReason.COMPLETED, late_ms=4),
]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "heard.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def repo(db: Database) -> SessionRepository:
    return SessionRepository(db, FakeClock(), local_tz=UTC)


def start(repo: SessionRepository) -> SessionRecorder:
    return SessionRecorder(repo, repo.create_session(SessionConfig("Ann", "Bob")))


def play(recorder: SessionRecorder, events: list[SessionEvent]) -> None:
    for event in events:
        recorder.on_event(event)


def test_a_whole_session_is_recorded(repo: SessionRepository) -> None:
    recorder = start(repo)
    sid = recorder.session_id
    play(recorder, UNTIL_BREAK + AFTER_BREAK)

    record = repo.get_session(sid)
    assert record.end_reason is EndReason.COMPLETED
    assert record.actual_ms == 200_000
    assert repo.turns(sid) == [
        Turn(1, A, 0, 62_000, Wants.LISTEN, pause_honoured=True),
        Turn(2, B, 65_000, 150_000, Wants.IDEAS, pause_honoured=False),
        Turn(3, A, 151_000, 200_000, Wants.LISTEN, pause_honoured=None),
    ]
    assert repo.open_turn_of(sid) is None
    assert repo.events(sid) == [
        LoggedEvent(EventKind.DISTRACTION, 80_000, "phone buzzed"),
        LoggedEvent(EventKind.BREAK, 90_000, ""),
        LoggedEvent(EventKind.RESUME, 90_000, "120000"),
    ]
    (row,) = repo.history()
    assert (row.turns, row.talk_a_ms, row.talk_b_ms) == (3, 62_000 + 49_000, 85_000)
    assert (row.cues_honoured, row.cues_total) == (1, 2)


def test_a_crash_during_a_break_keeps_everything_up_to_the_break(
    tmp_path: Path, db_path: Path, repo: SessionRepository
) -> None:
    recorder = start(repo)
    sid = recorder.session_id
    play(recorder, UNTIL_BREAK)
    # The process dies here. Snapshot the files as they are on disk while the connection is
    # still open (no clean close, no WAL checkpoint) and recover from the snapshot.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        source = db_path.with_name(db_path.name + suffix)
        (crashed / source.name).write_bytes(source.read_bytes())

    with Database.open(crashed / db_path.name) as after_crash:
        repo2 = SessionRepository(after_crash, FakeClock(), local_tz=UTC)
        (unfinished,) = repo2.unfinished()
        assert unfinished.id == sid
        assert unfinished.actual_ms == 90_000
        assert repo2.open_turn_of(sid) == Turn(2, B, 65_000, 90_000, Wants.IDEAS)
        assert repo2.turns(sid)[0] == Turn(1, A, 0, 62_000, Wants.LISTEN, pause_honoured=True)
        assert after_crash.integrity_ok()


def test_periodic_checkpoints_extend_the_open_turn(repo: SessionRepository) -> None:
    recorder = start(repo)
    sid = recorder.session_id
    play(recorder, UNTIL_BREAK[:2])
    assert recorder.open_seq == 1
    recorder.checkpoint(30_000)
    assert repo.get_session(sid).actual_ms == 30_000
    assert repo.open_turn_of(sid) == Turn(1, A, 0, 30_000, Wants.LISTEN)
    play(recorder, UNTIL_BREAK[2:3])
    assert recorder.open_seq is None
    recorder.checkpoint(63_000)  # during the cue: no open turn to move
    assert repo.turns(sid)[0].end_ms == 62_000
    assert repo.get_session(sid).actual_ms == 63_000


def test_explicit_checkpoint_arguments_pass_through(repo: SessionRepository) -> None:
    recorder = start(repo)
    sid = recorder.session_id
    play(recorder, UNTIL_BREAK[:2])
    recorder.checkpoint(30_000, open_seq=1, open_end_ms=29_500)
    assert repo.open_turn_of(sid) == Turn(1, A, 0, 29_500, Wants.LISTEN)


@pytest.mark.parametrize(
    "event",
    [SessionStarted(A, 0), PauseCueStarted(1, 5_000, 3_000), FloorPassed(B, 2, 8_000)],
    ids=["started", "cue-started", "floor-passed"],
)
def test_events_with_nothing_to_keep_write_nothing(
    db: Database, repo: SessionRepository, event: SessionEvent
) -> None:
    recorder = start(repo)
    before = db.scalar_int("SELECT total_changes()")
    recorder.on_event(event)
    assert db.scalar_int("SELECT total_changes()") == before


def test_pause_kinds_are_logged_as_given(repo: SessionRepository) -> None:
    recorder = start(repo)
    play(
        recorder,
        [
            SessionPaused(1_000),
            SessionResumed(1_000, 500),
            SessionPaused(2_000, EventKind.SUSPEND),
        ],
    )
    assert [e.kind for e in repo.events(recorder.session_id)] == [
        EventKind.PAUSE,
        EventKind.RESUME,
        EventKind.SUSPEND,
    ]
    assert repo.get_session(recorder.session_id).actual_ms == 2_000
