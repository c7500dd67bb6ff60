"""An unwritable or full data folder mid-session: the session keeps running, writes wait in
memory and are retried, and a session that cannot be stored at all ends up in a rescue file."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from heard.core.clock import FakeClock
from heard.core.events import Turn
from heard.core.model import EndReason, EventKind, Partner, SessionConfig, Wants
from heard.core.session import Session
from heard.errors import DatabaseError
from heard.storage.db import Database
from heard.storage.exchange_import import import_history, read_export
from heard.storage.recorder import SessionRecorder
from heard.storage.records import LoggedEvent
from heard.storage.repository import SessionRepository
from heard.storage.rescue import write_rescue
from heard.storage.resilient import ResilientRecorder

A, B = Partner.A, Partner.B
CONFIG = SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "heard.db")
    yield database
    database.close()


class Outage:
    """Collects what the recorder reports."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.saved = 0

    def problem(self, text: str) -> None:
        self.problems.append(text)

    def saved_again(self) -> None:
        self.saved += 1


def play(session: Session, clock: FakeClock, db: Database, *, fail_between: bool) -> None:
    """The same conversation every time; storage is read-only in the middle if asked."""
    session.start()
    clock.advance(40_000)
    if fail_between:
        db.execute("PRAGMA query_only = 1")  # every write now fails: 'the file is read-only'
    session.pass_floor()
    clock.advance(3_000)
    session.poll()
    clock.advance(20_000)
    session.log(EventKind.DISTRACTION, "phone")
    session.pause(EventKind.BREAK)
    clock.advance(60_000)
    session.resume()
    clock.advance(10_000)
    if fail_between:
        db.execute("PRAGMA query_only = 0")
    session.pass_floor()
    clock.advance(3_000)
    session.poll()
    clock.advance(5_000)
    session.end(EndReason.ENDED_EARLY)


def stored(repo: SessionRepository, sid: int) -> tuple[object, ...]:
    record = repo.get_session(sid)
    return (record.actual_s, record.end_reason, repo.turns(sid), repo.events(sid))


def test_a_read_only_spell_mid_session_loses_nothing(db: Database) -> None:
    clock = FakeClock()
    repo = SessionRepository(db, clock)
    outage = Outage()
    recorder = ResilientRecorder.for_repository(
        repo, CONFIG, clock.wall_utc(), on_problem=outage.problem, on_saved=outage.saved_again
    )
    session = Session(CONFIG, clock)
    session.subscribe(recorder.on_event)
    play(session, clock, db, fail_between=True)

    assert outage.problems == [
        "Cannot use the database " + str(db.path) + ": the file is read-only."
    ]
    assert outage.saved == 1
    assert recorder.pending == 0 and recorder.problem is None
    sid = recorder.session_id
    assert sid is not None

    reference_clock = FakeClock()
    reference_repo = SessionRepository(db, reference_clock)
    plain = SessionRecorder(reference_repo, reference_repo.create_session(CONFIG))
    reference = Session(CONFIG, reference_clock)
    reference.subscribe(plain.on_event)
    play(reference, reference_clock, db, fail_between=False)
    assert stored(repo, sid) == stored(repo, plain.session_id)
    assert repo.turns(sid)[1] == Turn(2, B, 43_000, 73_000, Wants.LISTEN, True)
    assert LoggedEvent(EventKind.DISTRACTION, 63_000, "phone") in repo.events(sid)


def test_while_failing_the_writes_wait_in_order(db: Database) -> None:
    clock = FakeClock()
    repo = SessionRepository(db, clock)
    recorder = ResilientRecorder.for_repository(repo, CONFIG, clock.wall_utc())
    session = Session(CONFIG, clock)
    session.subscribe(recorder.on_event)
    session.start()
    db.execute("PRAGMA query_only = 1")
    clock.advance(40_000)
    session.pass_floor()  # TurnEnded, PauseCueStarted
    assert recorder.pending == 2
    recorder.checkpoint(41_000)
    recorder.checkpoint(42_000)  # replaces the waiting checkpoint rather than queueing
    assert recorder.pending == 3
    assert recorder.problem is not None and "read-only" in recorder.problem
    assert not recorder.retry()
    db.execute("PRAGMA query_only = 0")
    assert recorder.retry()
    assert recorder.pending == 0


def test_the_session_row_waits_too_and_keeps_its_real_start_time(db: Database) -> None:
    clock = FakeClock()
    repo = SessionRepository(db, clock)
    started = clock.wall_utc()
    db.execute("PRAGMA query_only = 1")
    outage = Outage()
    recorder = ResilientRecorder.for_repository(repo, CONFIG, started, on_problem=outage.problem)
    assert recorder.session_id is None and recorder.pending == 1
    session = Session(CONFIG, clock)
    session.subscribe(recorder.on_event)
    session.start()
    clock.advance(300_000)
    clock.jump_wall(timedelta(hours=5))  # the wall clock at the first possible write is far off
    db.execute("PRAGMA query_only = 0")
    session.pass_floor()
    sid = recorder.session_id
    assert sid is not None
    assert repo.get_session(sid).started_at == started
    assert repo.turns(sid) == [Turn(1, A, 0, 300_000, Wants.LISTEN)]
    assert len(outage.problems) == 1


class BrokenRepository(SessionRepository):
    """A repository whose every write fails as a full disk would."""

    def __init__(self, db: Database, clock: FakeClock) -> None:
        super().__init__(db, clock)

    def create_session(
        self,
        config: SessionConfig,
        started_at: datetime | None = None,
        session_uuid: str | None = None,
    ) -> int:
        raise DatabaseError("Cannot use the database: the disk is full.")


def test_a_session_storage_never_takes_can_still_be_rescued(db: Database, tmp_path: Path) -> None:
    clock = FakeClock()
    recorder = ResilientRecorder.for_repository(
        BrokenRepository(db, clock), CONFIG, clock.wall_utc()
    )
    session = Session(CONFIG, clock)
    session.subscribe(recorder.on_event)
    session.start()
    clock.advance(40_000)
    session.pass_floor()
    clock.advance(3_000)
    session.poll()
    clock.advance(7_000)
    session.log(EventKind.DISTRACTION)
    session.end(EndReason.ENDED_EARLY)
    assert recorder.pending > 0
    assert recorder.problem == "Cannot use the database: the disk is full."

    now = clock.wall_utc()
    payload = recorder.rescue_payload(now)
    [session] = payload["sessions"]
    assert session["actual_s"] == 50.0
    assert session["end_reason"] == "ended_early"
    assert session["partner_a"] == "Sam"
    assert session["started_at"] == "2026-01-01T20:00:00.000Z"
    assert [
        (t["speaker"], t["start_ms"], t["end_ms"], t["pause_honoured"]) for t in session["turns"]
    ] == [
        ("a", 0, 40_000, True),
        ("b", 43_000, 50_000, None),
    ]
    assert session["events"] == [{"at_ms": 50_000, "kind": "distraction", "detail": ""}]

    # It is a regular export: `heard import` takes it, and exactly once.
    rescue = write_rescue(payload, [tmp_path], now)
    target = Database.open(tmp_path / "elsewhere.db")
    try:
        first = import_history(target, read_export(rescue), None)
        again = import_history(target, read_export(rescue), None)
        assert (first.added, again.added, again.already_here) == (1, 0, 1)
        imported = SessionRepository(target, clock)
        [row] = imported.history()
        assert (row.turns, row.talk_a_ms, row.talk_b_ms) == (2, 40_000, 7_000)
        assert imported.get_session(row.id).uuid == recorder.session_uuid
    finally:
        target.close()


def test_a_session_stored_after_all_is_not_imported_twice(db: Database, tmp_path: Path) -> None:
    clock = FakeClock()
    repo = SessionRepository(db, clock)
    db.execute("PRAGMA query_only = 1")
    recorder = ResilientRecorder.for_repository(repo, CONFIG, clock.wall_utc())
    session = Session(CONFIG, clock)
    session.subscribe(recorder.on_event)
    session.start()
    clock.advance(20_000)
    session.end(EndReason.ENDED_EARLY)
    rescue = write_rescue(recorder.rescue_payload(clock.wall_utc()), [tmp_path], clock.wall_utc())
    db.execute("PRAGMA query_only = 0")
    assert recorder.retry()  # storage came back: the session is in the database...
    result = import_history(db, read_export(rescue), None)
    assert (result.added, result.already_here) == (0, 1)  # ...so the rescue file adds nothing
    assert repo.count_sessions() == 1


def test_a_rescue_file_is_private_and_never_overwrites(tmp_path: Path) -> None:
    now = datetime(2026, 11, 25, 21, 30, tzinfo=UTC)
    first = write_rescue({"n": 1}, [tmp_path], now)
    second = write_rescue({"n": 2}, [tmp_path], now)
    assert first.name == "heard-unsaved-session-20261125T213000Z.json"
    assert second.name == "heard-unsaved-session-20261125T213000Z-2.json"
    assert json.loads(first.read_text(encoding="utf-8")) == {"n": 1}
    assert json.loads(second.read_text(encoding="utf-8")) == {"n": 2}
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600


def test_a_rescue_file_goes_to_the_next_folder_when_the_first_refuses(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    fallback = tmp_path / "fallback"
    fallback.mkdir()
    path = write_rescue({"n": 1}, [not_a_folder, fallback], datetime(2026, 1, 1, tzinfo=UTC))
    assert path.parent == fallback
    with pytest.raises(OSError):
        write_rescue({"n": 1}, [not_a_folder], datetime(2026, 1, 1, tzinfo=UTC))


def test_a_full_disk_mid_session_is_retried_once_there_is_room(db: Database) -> None:
    clock = FakeClock()
    repo = SessionRepository(db, clock)
    outage = Outage()
    recorder = ResilientRecorder.for_repository(
        repo, CONFIG, clock.wall_utc(), on_problem=outage.problem, on_saved=outage.saved_again
    )
    session = Session(CONFIG, clock)
    session.subscribe(recorder.on_event)
    session.start()
    pages = db.scalar_int("PRAGMA page_count")
    db.execute(f"PRAGMA max_page_count = {pages}")  # not one more page: SQLite's "disk full"
    for n in range(200):  # enough rows to need a new page
        clock.advance(1_000)
        session.log(EventKind.DISTRACTION, f"a long enough detail to fill pages quickly {n}")
    assert outage.problems and "the disk is full" in outage.problems[0]
    assert recorder.pending > 0
    assert session.view().phase.value == "speaking"  # the session never noticed
    db.execute(f"PRAGMA max_page_count = {pages * 100}")  # room again
    clock.advance(1_000)
    session.end(EndReason.ENDED_EARLY)
    assert recorder.pending == 0 and outage.saved == 1
    sid = recorder.session_id
    assert sid is not None
    assert len(repo.events(sid)) == 200
    assert repo.get_session(sid).actual_ms == 201_000
