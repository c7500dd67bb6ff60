"""Storage for listening ears: measured pause cues, silences held, and History's totals."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heard.core.clock import FakeClock
from heard.core.events import (
    ListeningChanged,
    PauseCueFinished,
    PauseCueRevised,
    SilenceHeld,
    Turn,
    TurnEnded,
    TurnStarted,
)
from heard.core.model import Partner, SessionConfig, Wants
from heard.core.periods import DateRange, Grouping
from heard.storage import schema
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.storage.stats_queries import HistoryStats
from old_schema import old_session

CONFIG = SessionConfig("Ann", "Bob")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "heard.db") as database:
        yield database


@pytest.fixture
def repo(db: Database) -> SessionRepository:
    return SessionRepository(db, FakeClock(), local_tz=UTC)


def totals(db: Database, sid: int) -> tuple[int, int, int, int]:
    row = db.query_one(
        "SELECT cues_honoured, cues_total, cues_measured, cues_measured_honoured"
        " FROM session_totals WHERE session_id = ?",
        (sid,),
    )
    assert row is not None
    return tuple(row)  # type: ignore[return-value]


def test_the_recorder_keeps_measured_cues_revisions_and_held_silences(
    db: Database, repo: SessionRepository
) -> None:
    sid = repo.create_session(CONFIG)
    recorder = SessionRecorder(repo, sid)
    assert repo.get_session(sid).silences_held is None  # never listened
    recorder.on_event(ListeningChanged(at_ms=0, on=True))
    assert repo.get_session(sid).silences_held == 0
    for seq, speaker in ((1, Partner.A), (2, Partner.B), (3, Partner.A)):
        start = (seq - 1) * 10_000
        recorder.on_event(TurnStarted(seq, speaker, start, Wants.LISTEN))
        recorder.on_event(TurnEnded(Turn(seq, speaker, start, start + 7000)))
    recorder.on_event(PauseCueFinished(1, 10_000, honoured=False, measured=True))
    recorder.on_event(PauseCueFinished(2, 20_000, honoured=True, measured=True))
    recorder.on_event(PauseCueRevised(after_seq=2, at_ms=19_950))
    recorder.on_event(PauseCueFinished(3, 30_000, honoured=True))  # ears were off by then
    recorder.on_event(SilenceHeld(at_ms=4000, quiet_ms=2000, count=1))
    recorder.on_event(SilenceHeld(at_ms=5000, quiet_ms=1600, count=2))
    recorder.on_event(ListeningChanged(at_ms=25_000, on=False))
    turns = repo.turns(sid)
    assert [(t.pause_honoured, t.pause_measured) for t in turns] == [
        (False, True),
        (False, True),
        (True, False),
    ]
    assert repo.get_session(sid).silences_held == 2
    assert totals(db, sid) == (1, 3, 2, 0)


def test_a_turn_opened_again_forgets_its_measured_cue(
    db: Database, repo: SessionRepository
) -> None:
    sid = repo.create_session(CONFIG)
    repo.close_turn(sid, Turn(1, Partner.A, 0, 5000, pause_honoured=True, pause_measured=True))
    assert totals(db, sid) == (1, 1, 1, 1)
    repo.open_turn(sid, 1, Partner.A, 6000, Wants.LISTEN)  # "start over"
    assert totals(db, sid) == (0, 0, 0, 0)
    assert repo.turns(sid)[0].pause_measured is False


def test_closing_a_turn_again_without_a_cue_result_keeps_the_measured_one(
    db: Database, repo: SessionRepository
) -> None:
    sid = repo.create_session(CONFIG)
    repo.close_turn(sid, Turn(1, Partner.A, 0, 5000))
    repo.set_pause_honoured(sid, 1, True, measured=True)
    repo.close_turn(sid, Turn(1, Partner.A, 0, 5000))
    assert repo.turns(sid)[0].pause_measured is True
    assert totals(db, sid) == (1, 1, 1, 1)


def test_an_unknown_turn_is_refused(repo: SessionRepository) -> None:
    sid = repo.create_session(CONFIG)
    with pytest.raises(LookupError):
        repo.set_pause_honoured(sid, 9, True, measured=True)


def test_v4_migrates_a_v3_database_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    before_v4 = schema.MIGRATIONS.index(schema._V4_LISTENING_EARS)
    sid = old_session(path, before_v4, [(1, "a", 0, 5000, 1)])
    with Database.open(path) as db:
        repo = SessionRepository(db, FakeClock(), local_tz=UTC)
        assert db.scalar_int("PRAGMA user_version") == schema.latest_version()
        assert repo.turns(sid)[0].pause_measured is False
        assert repo.get_session(sid).silences_held is None
        assert totals(db, sid) == (1, 1, 0, 0)
        repo.set_pause_honoured(sid, 1, False, measured=True)  # the new triggers work
        assert totals(db, sid) == (0, 1, 1, 0)
        assert db.integrity_ok()


RECOMPUTED = """
SELECT s.id, COALESCE(SUM(t.pause_honoured), 0), COUNT(t.pause_honoured),
       COALESCE(SUM(t.pause_measured * (t.pause_honoured IS NOT NULL)), 0),
       COALESCE(SUM(t.pause_measured * COALESCE(t.pause_honoured, 0)), 0)
FROM session AS s LEFT JOIN turn AS t ON t.session_id = s.id GROUP BY s.id ORDER BY s.id
"""
STORED = """
SELECT session_id, cues_honoured, cues_total, cues_measured, cues_measured_honoured
FROM session_totals ORDER BY session_id
"""

write = st.one_of(
    st.tuples(st.just("open"), st.integers(1, 3)),
    st.tuples(
        st.just("close"), st.integers(1, 3), st.sampled_from([None, True, False]), st.booleans()
    ),
    st.tuples(st.just("cue"), st.integers(1, 3), st.booleans(), st.booleans()),
    st.tuples(st.just("delete"), st.integers(1, 3)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(writes=st.lists(write, max_size=30))
def test_measured_totals_follow_every_write(writes: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder, Database.open(Path(folder) / "h.db") as db:
        repo = SessionRepository(db, FakeClock(), local_tz=UTC)
        sid = repo.create_session(CONFIG)
        for kind, seq, *rest in writes:
            assert isinstance(seq, int)
            exists = db.scalar("SELECT 1 FROM turn WHERE session_id = ? AND seq = ?", (sid, seq))
            if kind == "open":
                repo.open_turn(sid, seq, Partner.A, 0, Wants.LISTEN)
            elif kind == "close":
                honoured, measured = rest
                turn = Turn(seq, Partner.B, 0, 1000, pause_honoured=honoured)  # type: ignore[arg-type]
                repo.close_turn(sid, replace(turn, pause_measured=bool(measured)))
            elif kind == "cue" and exists:
                honoured, measured = rest
                repo.set_pause_honoured(sid, seq, bool(honoured), measured=bool(measured))
            elif kind == "delete":
                db.execute("DELETE FROM turn WHERE session_id = ? AND seq = ?", (sid, seq))
        stored = [tuple(row) for row in db.query_all(STORED)]
        assert stored == [tuple(row) for row in db.query_all(RECOMPUTED)]


def test_history_tells_measured_from_self_reported_cues(
    db: Database, repo: SessionRepository
) -> None:
    clock_day = FakeClock().wall_utc().date()
    measured = repo.create_session(CONFIG)
    for seq, honoured in ((1, True), (2, True), (3, False), (4, True)):
        repo.close_turn(measured, Turn(seq, Partner.A, 0, 1000))
        repo.set_pause_honoured(measured, seq, honoured, measured=seq < 4)
    reported = repo.create_session(CONFIG)
    for seq, honoured in ((1, True), (2, False)):
        repo.close_turn(reported, Turn(seq, Partner.B, 0, 1000))
        repo.set_pause_honoured(reported, seq, honoured)
    (day,) = HistoryStats(db).periods(DateRange(clock_day, clock_day), Grouping.DAY)
    assert day.start == clock_day == date(2026, 1, 1)
    assert (day.cues_total, day.cues_measured, day.cues_measured_honoured) == (6, 3, 2)
    assert day.measured_cue_rate == pytest.approx(2 / 3)
    assert day.self_reported_cue_rate == pytest.approx(2 / 3)  # 1 of 1 + 1 of 2
    assert day.cue_rate == pytest.approx(4 / 6)


def test_a_rescue_file_keeps_what_the_database_keeps(
    db: Database, repo: SessionRepository, tmp_path: Path
) -> None:
    """The same listening-ears events, written by the recorder and put in a rescue file
    (heard.storage.rescue), export alike: measured cues and held silences are not lost."""
    import json
    from datetime import datetime

    from heard.core.events import SessionFinished
    from heard.core.model import EndReason
    from heard.storage.exchange import export_document
    from heard.storage.exchange_import import import_history, parse_export
    from heard.storage.rescue import rescue_payload

    events = [
        ListeningChanged(at_ms=0, on=True),
        TurnStarted(1, Partner.A, 0, Wants.LISTEN),
        TurnEnded(Turn(1, Partner.A, 0, 7000)),
        PauseCueFinished(1, 10_000, honoured=True, measured=True),
        PauseCueRevised(after_seq=1, at_ms=9_950),
        TurnStarted(2, Partner.B, 10_000, Wants.LISTEN),
        SilenceHeld(at_ms=12_000, quiet_ms=2000, count=1),
        TurnEnded(Turn(2, Partner.B, 10_000, 17_000)),
        PauseCueFinished(2, 20_000, honoured=True, measured=True),
        SessionFinished(at_ms=20_000, reason=EndReason.ENDED_EARLY),
    ]
    sid = repo.create_session(CONFIG)
    recorder = SessionRecorder(repo, sid)
    for event in events:
        recorder.on_event(event)
    now = datetime(2026, 1, 2, tzinfo=UTC)
    [recorded] = export_document(db, now)["sessions"]
    payload = rescue_payload(
        CONFIG, now, events, session_uuid="00000000-0000-4000-8000-000000000000", now=now
    )
    with Database.open(tmp_path / "rescued.db") as other:
        import_history(other, parse_export(json.dumps(payload).encode()), None)
        [rescued] = export_document(other, now)["sessions"]
    keys = ("seq", "pause_honoured", "pause_measured")
    assert (
        [tuple(t[k] for k in keys) for t in rescued["turns"]]
        == [tuple(t[k] for k in keys) for t in recorded["turns"]]
        == [(1, False, True), (2, True, True)]
    )
    assert rescued["silences_held"] == recorded["silences_held"] == 1
