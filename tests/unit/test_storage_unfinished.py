"""After a crash: the unfinished session is found, and either resumed where its last write
left it or kept as interrupted. Real SQLite files; the 'crash' is a connection closed with
the session still running (what kill -9 leaves behind is tested in tests/system)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from heard.core.clock import FakeClock
from heard.core.events import Turn
from heard.core.model import EndReason, EventKind, Partner, Phase, SessionConfig, Wants
from heard.core.session import Session
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.records import LoggedEvent
from heard.storage.repository import SessionRepository
from heard.storage.unfinished import (
    RECOVERED_DETAIL,
    RESUME_WITHIN,
    find_unfinished,
    keep_as_interrupted,
    resume,
)

A, B = Partner.A, Partner.B
CONFIG = SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "heard.db"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def reopen(path: Path, clock: FakeClock) -> Iterator[Callable[[], SessionRepository]]:
    """Open the database as the next launch does (after the 'crash')."""
    opened: list[Database] = []

    def relaunch() -> SessionRepository:
        opened.append(Database.open(path))
        return SessionRepository(opened[-1], clock)

    yield relaunch
    for db in opened:
        db.close()


def run_until_crash(path: Path, clock: FakeClock, script: str) -> int:
    """Run a real session with a recorder, then stop as a crash would (no end)."""
    db = Database.open(path)
    repo = SessionRepository(db, clock)
    recorder = SessionRecorder(repo, repo.create_session(CONFIG))
    session = Session(CONFIG, clock)
    session.subscribe(recorder.on_event)
    session.start()
    for step in script.split():
        action, _, amount = step.partition("=")
        if action == "talk":
            clock.advance(int(amount))
        elif action == "pass":
            session.pass_floor()
        elif action == "checkpoint":
            view = session.view()
            recorder.checkpoint(view.elapsed_ms, view.turn_seq, view.elapsed_ms)
        elif action == "distracted":
            session.log(EventKind.DISTRACTION)
    db.close()
    return recorder.session_id


def test_an_open_turn_counts_up_to_its_last_checkpoint(
    path: Path, clock: FakeClock, reopen: Callable[[], SessionRepository]
) -> None:
    sid = run_until_crash(path, clock, "talk=40000 pass talk=3000 talk=20000 checkpoint talk=9000")
    relaunch = reopen()
    [item] = find_unfinished(relaunch)
    assert item.record.id == sid
    assert item.turns == (Turn(1, A, 0, 40_000, Wants.LISTEN, True),)
    assert item.open_turn == Turn(2, B, 43_000, 63_000)
    assert item.progress_ms == 63_000  # the last 9 s were never written: that is the loss


def test_a_logged_event_proves_later_progress(
    path: Path, clock: FakeClock, reopen: Callable[[], SessionRepository]
) -> None:
    run_until_crash(path, clock, "talk=20000 checkpoint talk=5000 distracted talk=4000")
    relaunch = reopen()
    [item] = find_unfinished(relaunch)
    assert item.progress_ms == 25_000


def test_keep_as_interrupted_closes_it_at_its_saved_time(
    path: Path, clock: FakeClock, reopen: Callable[[], SessionRepository]
) -> None:
    sid = run_until_crash(path, clock, "talk=40000 pass talk=3000 talk=20000 checkpoint")
    relaunch = reopen()
    [item] = find_unfinished(relaunch)
    keep_as_interrupted(relaunch, item)
    record = relaunch.get_session(sid)
    assert record.end_reason is EndReason.INTERRUPTED
    assert record.actual_ms == 63_000
    assert relaunch.turns(sid)[-1] == Turn(2, B, 43_000, 63_000)
    assert relaunch.open_turn_of(sid) is None
    assert find_unfinished(relaunch) == []


def test_resume_carries_on_in_the_same_row(
    path: Path, clock: FakeClock, reopen: Callable[[], SessionRepository]
) -> None:
    sid = run_until_crash(path, clock, "talk=40000 pass talk=3000 talk=20000 checkpoint")
    relaunch = reopen()
    [item] = find_unfinished(relaunch)
    assert item.can_resume(clock.wall_utc())
    session, recorder = resume(relaunch, item, clock)
    session.subscribe(recorder.on_event)
    assert session.phase is Phase.PAUSED
    assert session.view().speaker is B
    clock.advance(600_000)  # the couple takes ten minutes to sit down again
    session.resume()
    clock.advance(7_000)
    session.pass_floor()
    clock.advance(3_000)
    session.poll()
    clock.advance(5_000)
    session.end(EndReason.ENDED_EARLY)

    record = relaunch.get_session(sid)
    assert record.end_reason is EndReason.ENDED_EARLY
    assert record.actual_ms == 78_000
    assert relaunch.turns(sid) == [
        Turn(1, A, 0, 40_000, Wants.LISTEN, True),
        Turn(2, B, 43_000, 70_000, Wants.LISTEN, True),
        Turn(3, A, 73_000, 78_000),
    ]
    assert relaunch.events(sid) == [
        LoggedEvent(EventKind.PAUSE, 63_000, RECOVERED_DETAIL),
        LoggedEvent(EventKind.RESUME, 63_000, "600000"),
    ]
    assert relaunch.count_sessions() == 1


def test_a_crash_during_a_cue_resumes_into_the_cue(
    path: Path, clock: FakeClock, reopen: Callable[[], SessionRepository]
) -> None:
    sid = run_until_crash(path, clock, "talk=40000 pass talk=1000")
    relaunch = reopen()
    [item] = find_unfinished(relaunch)
    assert item.open_turn is None
    session, recorder = resume(relaunch, item, clock)
    session.subscribe(recorder.on_event)
    assert session.view().paused_in is Phase.PAUSE_CUE
    session.resume()
    clock.advance(3_000)
    session.poll()
    assert session.view().speaker is B
    assert relaunch.open_turn_of(sid) == Turn(2, B, 43_000, 43_000)


def test_a_crash_before_the_first_turn_was_stored(
    path: Path, clock: FakeClock, reopen: Callable[[], SessionRepository]
) -> None:
    db = Database.open(path)
    sid = SessionRepository(db, clock).create_session(CONFIG)
    db.close()
    relaunch = reopen()
    [item] = find_unfinished(relaunch)
    session, recorder = resume(relaunch, item, clock)
    assert relaunch.open_turn_of(sid) == Turn(1, A, 0, 0)
    assert recorder.open_seq == 1
    assert session.view().speaker is A


def test_resume_is_offered_only_within_two_hours(
    path: Path, clock: FakeClock, reopen: Callable[[], SessionRepository]
) -> None:
    run_until_crash(path, clock, "talk=40000 checkpoint")
    relaunch = reopen()
    [item] = find_unfinished(relaunch)
    saved = item.last_saved
    assert item.can_resume(saved + RESUME_WITHIN - timedelta(seconds=1))
    assert not item.can_resume(saved + RESUME_WITHIN)
    assert not item.can_resume(saved + timedelta(days=3))
    assert item.can_resume(saved - timedelta(minutes=5))  # the clock was set back a little


def test_no_resume_when_no_time_is_left(
    path: Path, clock: FakeClock, reopen: Callable[[], SessionRepository]
) -> None:
    run_until_crash(path, clock, "talk=599500 checkpoint")
    relaunch = reopen()
    [item] = find_unfinished(relaunch)
    assert item.progress_ms == 599_500
    assert not item.can_resume(item.last_saved)


def test_several_unfinished_sessions_are_all_found_newest_first(
    path: Path, clock: FakeClock, reopen: Callable[[], SessionRepository]
) -> None:
    first = run_until_crash(path, clock, "talk=1000")
    clock.advance(3_600_000)
    second = run_until_crash(path, clock, "talk=2000")
    relaunch = reopen()
    assert [item.record.id for item in find_unfinished(relaunch)] == [second, first]
