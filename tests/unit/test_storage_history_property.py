"""Property: history()'s SQL aggregates equal a plain Python computation over the turns."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heard.core.clock import FakeClock
from heard.core.events import Turn
from heard.core.model import EndReason, Partner, SessionConfig, Wants
from heard.storage.db import Database
from heard.storage.repository import SessionRepository


@dataclass(frozen=True)
class TurnSpec:
    speaker: Partner
    gap_ms: int
    length_ms: int
    wants: Wants
    honoured: bool | None
    left_open: bool


turn_specs = st.builds(
    TurnSpec,
    speaker=st.sampled_from(Partner),
    gap_ms=st.integers(0, 10_000),
    length_ms=st.integers(0, 900_000),
    wants=st.sampled_from(Wants),
    honoured=st.sampled_from([None, True, False]),
    left_open=st.booleans(),
)
sessions = st.lists(st.lists(turn_specs, max_size=12), min_size=1, max_size=5)


def build_turns(specs: list[TurnSpec]) -> list[tuple[Turn, bool]]:
    turns, now = [], 0
    for seq, spec in enumerate(specs, start=1):
        start = now + spec.gap_ms
        now = start + spec.length_ms
        turn = Turn(seq, spec.speaker, start, now, spec.wants, spec.honoured)
        turns.append((turn, spec.left_open and seq == len(specs)))  # only the last can run
    return turns


def store(repo: SessionRepository, sid: int, turns: list[tuple[Turn, bool]]) -> None:
    for turn, left_open in turns:
        if left_open:  # a running turn, saved by a checkpoint
            repo.open_turn(sid, turn.seq, turn.speaker, turn.start_ms, turn.wants)
            repo.checkpoint(sid, turn.end_ms, turn.seq, turn.end_ms)
            if turn.pause_honoured is not None:
                repo.set_pause_honoured(sid, turn.seq, turn.pause_honoured)
        else:
            repo.close_turn(sid, turn)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions=sessions, finished=st.lists(st.booleans(), min_size=5, max_size=5))
def test_history_aggregates_equal_python_sums(
    sessions: list[list[TurnSpec]], finished: list[bool]
) -> None:
    clock = FakeClock()
    expected: dict[int, tuple[int, int, int, int, int]] = {}
    with (
        tempfile.TemporaryDirectory() as folder,
        Database.open(Path(folder) / "heard.db") as db,
    ):
        repo = SessionRepository(db, clock, local_tz=UTC)
        with repo.transaction():  # one commit per example keeps the test quick
            for specs, done in zip(sessions, finished, strict=False):
                sid = repo.create_session(SessionConfig("Ann", "Bob"))
                turns = build_turns(specs)
                store(repo, sid, turns)
                if done:
                    end_ms = turns[-1][0].end_ms if turns else 0
                    repo.finish_session(sid, end_ms, EndReason.COMPLETED)
                plain = [turn for turn, _ in turns]
                expected[sid] = (
                    len(plain),
                    sum(t.duration_ms for t in plain if t.speaker is Partner.A),
                    sum(t.duration_ms for t in plain if t.speaker is Partner.B),
                    sum(1 for t in plain if t.pause_honoured is True),
                    sum(1 for t in plain if t.pause_honoured is not None),
                )
                clock.advance(3_600_000)
        rows = repo.history()

    assert [row.id for row in rows] == sorted(expected, reverse=True)  # newest first
    actual = {
        row.id: (row.turns, row.talk_a_ms, row.talk_b_ms, row.cues_honoured, row.cues_total)
        for row in rows
    }
    assert actual == expected
