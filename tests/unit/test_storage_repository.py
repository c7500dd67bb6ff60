"""SessionRepository against a real SQLite file, driven by a FakeClock."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from heard.core.clock import FakeClock
from heard.core.events import Turn
from heard.core.model import EndReason, EventKind, Partner, SessionConfig, Wants
from heard.errors import HeardError, SessionNotFoundError
from heard.storage.db import Database
from heard.storage.records import LoggedEvent
from heard.storage.repository import SessionRepository

A, B = Partner.A, Partner.B
START = datetime(2026, 1, 1, 20, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "heard.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall=START)


@pytest.fixture
def repo(db: Database, clock: FakeClock) -> SessionRepository:
    return SessionRepository(db, clock, local_tz=UTC)


def config(**kw: object) -> SessionConfig:
    return SessionConfig("Ann", "Bob", **kw)  # type: ignore[arg-type]


def test_create_session_stores_the_config_and_the_start(repo: SessionRepository) -> None:
    sid = repo.create_session(config(planned_s=600, pause_cue_s=5, template="daily_high_low"))
    record = repo.get_session(sid)
    assert record.id == sid
    assert uuid.UUID(record.uuid).version == 4
    assert record.started_at == START
    assert record.started_day == date(2026, 1, 1)
    assert (record.template, record.planned_s, record.pause_cue_s) == ("daily_high_low", 600, 5)
    assert (record.partner_a, record.partner_b, record.phones_away) == ("Ann", "Bob", True)
    assert record.actual_s == 0.0
    assert record.end_reason is None and not record.finished
    assert (record.felt_heard_a, record.felt_heard_b, record.notes_ciphertext) == (None,) * 3
    assert record.updated_at == START
    other = repo.create_session(config(phones_away=False))
    assert repo.get_session(other).uuid != record.uuid
    assert repo.get_session(other).phones_away is False
    assert repo.count_sessions() == 2


def test_started_at_is_stored_as_utc_text_with_z(db: Database, repo: SessionRepository) -> None:
    sid = repo.create_session(config())
    assert db.scalar("SELECT started_at FROM session WHERE id = ?", (sid,)) == (
        "2026-01-01T20:00:00.000Z"
    )


@pytest.mark.parametrize(
    ("offset_h", "day"), [(13, date(2026, 1, 2)), (-5, date(2026, 1, 1)), (0, date(2026, 1, 1))]
)
def test_started_day_is_the_local_calendar_day(
    db: Database, clock: FakeClock, offset_h: int, day: date
) -> None:
    """20:00 UTC on 1 January is already 2 January in Auckland: the streak counts that day."""
    repo = SessionRepository(db, clock, local_tz=timezone(timedelta(hours=offset_h)))
    assert repo.get_session(repo.create_session(config())).started_day == day


def test_turn_lifecycle_open_checkpoint_close(repo: SessionRepository) -> None:
    sid = repo.create_session(config())
    repo.open_turn(sid, 1, A, 0, Wants.IDEAS)
    assert repo.open_turn_of(sid) == Turn(1, A, 0, 0, Wants.IDEAS)
    repo.checkpoint(sid, 12_345, open_seq=1)
    assert repo.get_session(sid).actual_ms == 12_345
    assert repo.open_turn_of(sid) == Turn(1, A, 0, 12_345, Wants.IDEAS)
    repo.close_turn(sid, Turn(1, A, 0, 20_000, Wants.IDEAS))
    assert repo.open_turn_of(sid) is None
    repo.set_pause_honoured(sid, 1, False)
    assert repo.turns(sid) == [Turn(1, A, 0, 20_000, Wants.IDEAS, pause_honoured=False)]


def test_checkpoint_does_not_move_a_closed_turn(repo: SessionRepository) -> None:
    sid = repo.create_session(config())
    repo.close_turn(sid, Turn(1, A, 0, 5_000))
    repo.checkpoint(sid, 9_000, open_seq=1, open_end_ms=9_000)
    assert repo.turns(sid)[0].end_ms == 5_000
    assert repo.get_session(sid).actual_ms == 9_000


def test_reopening_a_turn_starts_it_over(repo: SessionRepository) -> None:
    sid = repo.create_session(config())
    repo.open_turn(sid, 1, A, 0, Wants.LISTEN)
    repo.checkpoint(sid, 8_000, 1)
    repo.open_turn(sid, 1, A, 8_000, Wants.IDEAS)
    assert repo.turns(sid) == [Turn(1, A, 8_000, 8_000, Wants.IDEAS)]


def test_close_turn_keeps_a_known_cue_result(repo: SessionRepository) -> None:
    sid = repo.create_session(config())
    repo.open_turn(sid, 1, B, 0, Wants.LISTEN)
    repo.set_pause_honoured(sid, 1, True)
    repo.close_turn(sid, Turn(1, B, 0, 3_000))  # pause_honoured None: unknown, not "false"
    assert repo.turns(sid)[0].pause_honoured is True


def test_failed_checkpoint_writes_nothing(repo: SessionRepository) -> None:
    sid = repo.create_session(config())
    repo.open_turn(sid, 2, B, 50_000, Wants.LISTEN)
    repo.checkpoint(sid, 55_000, 2)
    with pytest.raises(sqlite3.IntegrityError):  # a turn cannot end before it starts
        repo.checkpoint(sid, 60_000, open_seq=2, open_end_ms=40_000)
    assert repo.get_session(sid).actual_ms == 55_000
    assert repo.turns(sid)[0].end_ms == 55_000


def test_writes_to_a_missing_session_are_refused(repo: SessionRepository) -> None:
    with pytest.raises(SessionNotFoundError) as info:
        repo.checkpoint(99, 1_000)
    assert isinstance(info.value, HeardError)
    assert str(info.value) == "There is no session number 99."
    with pytest.raises(SessionNotFoundError):
        repo.get_session(99)
    with pytest.raises(SessionNotFoundError):
        repo.finish_session(99, 1_000, EndReason.COMPLETED)
    sid = repo.create_session(config())
    with pytest.raises(LookupError):
        repo.set_pause_honoured(sid, 7, True)


def test_finish_closes_the_open_turn_at_the_end(repo: SessionRepository, clock: FakeClock) -> None:
    sid = repo.create_session(config())
    repo.close_turn(sid, Turn(1, A, 0, 30_000))
    repo.open_turn(sid, 2, B, 33_000, Wants.LISTEN)
    repo.checkpoint(sid, 40_000, 2)
    clock.advance(60_000)
    repo.finish_session(sid, 61_500, EndReason.ENDED_EARLY)
    record = repo.get_session(sid)
    assert record.end_reason is EndReason.ENDED_EARLY
    assert record.actual_s == 61.5
    assert record.updated_at == START + timedelta(seconds=60)
    assert repo.open_turn_of(sid) is None
    assert [t.end_ms for t in repo.turns(sid)] == [30_000, 61_500]
    assert repo.unfinished() == []


def test_unfinished_and_mark_interrupted(repo: SessionRepository, clock: FakeClock) -> None:
    done = repo.create_session(config())
    repo.finish_session(done, 1_000, EndReason.COMPLETED)
    clock.advance(1_000)
    older = repo.create_session(config())
    clock.advance(1_000)
    newer = repo.create_session(config())
    repo.open_turn(newer, 1, A, 0, Wants.LISTEN)
    repo.checkpoint(newer, 7_000, 1)
    assert [r.id for r in repo.unfinished()] == [newer, older]
    repo.mark_interrupted(newer)
    record = repo.get_session(newer)
    assert record.end_reason is EndReason.INTERRUPTED
    assert record.actual_ms == 7_000  # the time the last checkpoint saved
    assert repo.turns(newer) == [Turn(1, A, 0, 7_000)]
    assert repo.open_turn_of(newer) is None
    assert [r.id for r in repo.unfinished()] == [older]


def test_events_come_back_in_order(repo: SessionRepository) -> None:
    sid = repo.create_session(config())
    repo.add_event(sid, EventKind.PAUSE, 5_000)
    repo.add_event(sid, EventKind.DISTRACTION, 2_000, "phone buzzed")
    repo.add_event(sid, EventKind.RESUME, 5_000, "9000")
    assert repo.events(sid) == [
        LoggedEvent(EventKind.DISTRACTION, 2_000, "phone buzzed"),
        LoggedEvent(EventKind.PAUSE, 5_000),
        LoggedEvent(EventKind.RESUME, 5_000, "9000"),
    ]


def test_after_session_answers(repo: SessionRepository) -> None:
    sid = repo.create_session(config())
    repo.close_turn(sid, Turn(1, A, 0, 1_000))
    repo.set_reflection(sid, 1, "not_quite")
    repo.set_check_in(sid, 4, None)
    repo.set_checklist(sid, {"no_phones": True, "no_fixing": False})
    repo.set_checklist(sid, {"no_phones": True, "asked_open_question": True})
    repo.set_notes_ciphertext(sid, b"\x00nonce+ciphertext")
    record = repo.get_session(sid)
    assert (record.felt_heard_a, record.felt_heard_b) == (4, None)
    assert record.notes_ciphertext == b"\x00nonce+ciphertext"
    assert repo.reflections(sid) == {1: "not_quite"}
    assert repo.checklist(sid) == {"asked_open_question": True, "no_phones": True}
    with pytest.raises(sqlite3.IntegrityError):
        repo.set_check_in(sid, 6, 3)
    assert repo.get_session(sid).felt_heard_a == 4


def test_grouped_writes_commit_or_fail_together(repo: SessionRepository) -> None:
    sid = repo.create_session(config())
    with pytest.raises(SessionNotFoundError), repo.transaction():
        repo.add_event(sid, EventKind.PAUSE, 1_000)
        repo.checkpoint(sid + 1, 1_000)  # wrong session: the event must not stay
    assert repo.events(sid) == []


def test_data_survives_reopening(db_path: Path, db: Database, clock: FakeClock) -> None:
    repo = SessionRepository(db, clock, local_tz=UTC)
    sid = repo.create_session(config())
    repo.close_turn(sid, Turn(1, A, 0, 4_000, Wants.IDEAS, pause_honoured=True))
    repo.finish_session(sid, 4_000, EndReason.COMPLETED)
    before = (repo.get_session(sid), repo.turns(sid))
    db.close()
    with Database.open(db_path) as again:
        reopened = SessionRepository(again, clock, local_tz=UTC)
        assert (reopened.get_session(sid), reopened.turns(sid)) == before


# --- history -----------------------------------------------------------------------------


def add_finished(repo: SessionRepository, clock: FakeClock, turns: list[Turn], end_ms: int) -> int:
    sid = repo.create_session(config())
    for turn in turns:
        repo.close_turn(sid, turn)
    repo.finish_session(sid, end_ms, EndReason.COMPLETED)
    clock.advance(24 * 3600 * 1000)
    return sid


def test_history_numbers_match_hand_computed_values(
    repo: SessionRepository, clock: FakeClock
) -> None:
    first = add_finished(
        repo,
        clock,
        [
            Turn(1, A, 0, 60_000, pause_honoured=True),
            Turn(2, B, 63_000, 100_000, pause_honoured=False),
            Turn(3, A, 103_000, 110_500, pause_honoured=True),
            Turn(4, B, 113_500, 120_000),  # the session ended during this turn: no cue
        ],
        end_ms=120_000,
    )
    empty = add_finished(repo, clock, [], end_ms=30_000)
    third = repo.create_session(config())  # still running, one open turn
    repo.open_turn(third, 1, B, 0, Wants.LISTEN)
    repo.checkpoint(third, 9_000, 1)

    rows = repo.history()
    assert [r.id for r in rows] == [third, empty, first]  # newest first

    latest, middle, oldest = rows
    # A talked 60 000 + 7 500 ms; B talked 37 000 + 6 500 ms; cues: 2 of 3 honoured.
    assert (oldest.turns, oldest.talk_a_ms, oldest.talk_b_ms) == (4, 67_500, 43_500)
    assert (oldest.cues_honoured, oldest.cues_total) == (2, 3)
    assert oldest.minutes == 2.0
    assert oldest.end_reason is EndReason.COMPLETED
    assert (oldest.partner_a, oldest.partner_b) == ("Ann", "Bob")
    assert oldest.started_at == START and oldest.started_day == date(2026, 1, 1)

    assert (middle.turns, middle.talk_a_ms, middle.talk_b_ms) == (0, 0, 0)
    assert (middle.cues_honoured, middle.cues_total, middle.minutes) == (0, 0, 0.5)

    assert (latest.turns, latest.talk_a_ms, latest.talk_b_ms) == (1, 0, 9_000)
    assert latest.end_reason is None
    assert latest.started_day == date(2026, 1, 3)

    assert [r.id for r in repo.history(limit=2)] == [third, empty]
    assert repo.history(limit=0) == []
    with pytest.raises(ValueError):
        repo.history(limit=-1)
