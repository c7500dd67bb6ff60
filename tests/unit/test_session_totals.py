"""Schema v3: session_totals, kept by triggers, always equals a fresh GROUP BY over turns."""

from __future__ import annotations

import tempfile
from datetime import UTC
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heard.core.clock import FakeClock
from heard.core.events import Turn
from heard.core.model import EndReason, Partner, SessionConfig, Wants
from heard.storage import schema
from heard.storage.db import Database
from heard.storage.repository import SessionRepository
from old_schema import old_session

RECOMPUTED = """
SELECT s.id, COUNT(t.seq),
       COALESCE(SUM(CASE WHEN t.speaker = 'a' THEN t.end_ms - t.start_ms END), 0),
       COALESCE(SUM(CASE WHEN t.speaker = 'b' THEN t.end_ms - t.start_ms END), 0),
       COALESCE(SUM(t.pause_honoured), 0), COUNT(t.pause_honoured)
FROM session AS s LEFT JOIN turn AS t ON t.session_id = s.id GROUP BY s.id ORDER BY s.id
"""
STORED = """
SELECT session_id, turns, talk_a_ms, talk_b_ms, cues_honoured, cues_total
FROM session_totals ORDER BY session_id
"""


def rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in db.query_all(sql)]


operation = st.one_of(
    st.tuples(st.just("open"), st.integers(1, 4), st.sampled_from(Partner), st.integers(0, 9)),
    st.tuples(
        st.just("close"),
        st.integers(1, 4),
        st.sampled_from(Partner),
        st.integers(0, 9),
        st.integers(0, 9),
        st.sampled_from([None, True, False]),
    ),
    st.tuples(st.just("checkpoint"), st.integers(1, 4), st.integers(0, 20)),
    st.tuples(st.just("honoured"), st.integers(1, 4), st.booleans()),
    st.tuples(st.just("finish"), st.integers(10, 30)),
    st.tuples(st.just("interrupted")),
    st.tuples(st.just("new_session")),
    st.tuples(st.just("delete_session")),
)


def apply(db: Database, repo: SessionRepository, sids: list[int], op: tuple[object, ...]) -> None:
    sid = sids[-1] if sids else None
    kind = op[0]
    if kind == "new_session" or sid is None:
        sids.append(repo.create_session(SessionConfig("Ann", "Bob")))
        return
    if kind == "open":
        _, seq, who, start = op
        repo.open_turn(sid, seq, who, start * 1000, Wants.LISTEN)
    elif kind == "close":
        _, seq, who, start, length, honoured = op
        s = start * 1000
        turn = Turn(seq, who, s, s + length * 1000, Wants.IDEAS, honoured)
        repo.close_turn(sid, turn)
    elif kind == "checkpoint":
        _, seq, at = op
        start = db.scalar("SELECT start_ms FROM turn WHERE session_id = ? AND seq = ?", (sid, seq))
        at_ms = max(at * 1000, start if isinstance(start, int) else 0)  # time runs forward
        repo.checkpoint(sid, at_ms, seq, at_ms)
    elif kind == "honoured":
        _, seq, value = op
        if db.scalar("SELECT 1 FROM turn WHERE session_id = ? AND seq = ?", (sid, seq)):
            repo.set_pause_honoured(sid, seq, value)
    elif kind == "finish":
        repo.finish_session(sid, op[1] * 1000, EndReason.COMPLETED)
    elif kind == "interrupted":
        repo.mark_interrupted(sid)
    elif kind == "delete_session":
        db.execute("DELETE FROM session WHERE id = ?", (sids.pop(),))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(operation, max_size=40))
def test_totals_follow_every_write(ops: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder, Database.open(Path(folder) / "h.db") as db:
        repo = SessionRepository(db, FakeClock(), local_tz=UTC)
        sids: list[int] = []
        with db.transaction():
            for op in ops:
                apply(db, repo, sids, op)
        assert rows(db, STORED) == rows(db, RECOMPUTED)


def test_migration_backfills_totals_for_existing_sessions(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    # The state before v3, as an older Heard left it; opening it migrates it.
    before_v3 = schema.MIGRATIONS.index(schema._V3_SESSION_TOTALS)
    sid = old_session(path, before_v3, [(1, "a", 0, 5000, 1), (2, "b", 8000, 10_000, None)])
    with Database.open(path) as again:
        assert rows(again, STORED) == [(sid, 2, 5000, 2000, 1, 1)]
        assert rows(again, STORED) == rows(again, RECOMPUTED)
