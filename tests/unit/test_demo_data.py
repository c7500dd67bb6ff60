"""Demo history: exact counts, reproducible, realistic trends, never mixed with real data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest

from heard.storage.db import Database
from heard.storage.demo_data import DemoDataRefusedError, generate
from history_data import Spec, add

UNTIL = date(2026, 11, 1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "heard.db") as database:
        yield database


def dump(db: Database) -> list[tuple[object, ...]]:
    tables = ("session", "turn", "event", "checklist_answer", "session_totals")
    return [tuple(row) for table in tables for row in db.query_all(f"SELECT * FROM {table}")]


def test_ten_years_is_3650_sessions_and_about_100000_turns(db: Database) -> None:
    result = generate(db, sessions=3650, until=UNTIL, seed=1, tz=UTC)
    assert result.sessions == db.scalar_int("SELECT COUNT(*) FROM session") == 3650
    assert 90_000 <= result.turns == db.scalar_int("SELECT COUNT(*) FROM turn") <= 110_000
    assert result.last_day == UNTIL
    assert (UNTIL - result.first_day).days == 3649
    assert db.integrity_ok()
    # mostly daily evenings, some gaps, a Sunday meeting
    days = db.scalar_int("SELECT COUNT(DISTINCT started_day) FROM session")
    assert 0.8 * 3650 < days < 0.95 * 3650
    assert db.scalar_int("SELECT COUNT(*) FROM session WHERE template = 'demo_weekly'") > 500


def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("one", 5), ("two", 5), ("three", 6)):
        with Database.open(tmp_path / f"{name}.db") as db:
            generate(db, sessions=120, until=UNTIL, seed=seed, tz=UTC)
            dumps.append(dump(db))
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]


def test_realistic_shape(db: Database) -> None:
    generate(db, sessions=1000, until=UNTIL, seed=2, tz=UTC)
    early, late = (
        db.query_one(
            "SELECT AVG(felt_heard_a), AVG(felt_heard_b), AVG(1.0 * cues_honoured / cues_total),"
            " AVG(1.0 * talk_a_ms / (talk_a_ms + talk_b_ms))"
            " FROM session JOIN session_totals ON session_id = id"
            f" WHERE started_day {cmp} ?",
            ((UNTIL - timedelta(days=500)).isoformat(),),
        )
        for cmp in ("<", ">=")
    )
    assert early is not None and late is not None
    assert late[0] > early[0] and late[1] > early[1]  # both feel more heard
    assert late[2] > early[2]  # the pause is honoured more often
    assert abs(late[3] - 0.5) < abs(early[3] - 0.5)  # the talk gets more balanced
    # the speakers alternate within every session
    same_twice = db.scalar_int(
        "SELECT COUNT(*) FROM turn AS t JOIN turn AS u"
        " ON u.session_id = t.session_id AND u.seq = t.seq + 1 WHERE u.speaker = t.speaker"
    )
    assert same_twice == 0


def test_refuses_a_folder_with_real_sessions(db: Database) -> None:
    add(db, Spec(date(2026, 1, 1)))
    before = dump(db)
    with pytest.raises(DemoDataRefusedError, match="already holds 1 real session"):
        generate(db, sessions=10, until=UNTIL, tz=UTC)
    assert dump(db) == before


def test_running_again_replaces_the_demo_data(db: Database) -> None:
    generate(db, sessions=50, until=UNTIL, seed=3, tz=UTC)
    generate(db, sessions=20, until=UNTIL, seed=3, tz=UTC)
    assert db.scalar_int("SELECT COUNT(*) FROM session") == 20


def test_at_least_one_session(db: Database) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        generate(db, sessions=0, until=UNTIL)
