"""History's SQL aggregates against known sessions, and the SQL period keys against core."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heard.core.model import EndReason
from heard.core.periods import DateRange, Grouping, period_start
from heard.core.streaks import Rhythm
from heard.storage.db import Database
from heard.storage.stats_queries import PERIOD_SQL, HistoryStats
from history_data import Spec, add_all

MON = date(2026, 3, 2)  # a Monday


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "heard.db") as database:
        yield database


@pytest.fixture
def stats(db: Database) -> HistoryStats:
    add_all(
        db,
        [
            Spec(MON, 20, [("a", 60, True), ("b", 30, False), ("a", 10, None)], felt=(4, 2)),
            Spec(MON + timedelta(days=2), 10, [("b", 90, True)], felt=(5, None)),
            Spec(MON + timedelta(days=3), 30, phones_away=False, felt=(3, 4)),
            Spec(MON + timedelta(days=8), 15, [("a", 20, True), ("b", 20, True)]),
            Spec(MON - timedelta(days=40), 5, reason=EndReason.ENDED_EARLY),
        ],
    )
    return HistoryStats(db)


def test_weeks_add_up_minutes_talk_cues_and_feelings(stats: HistoryStats) -> None:
    weeks = stats.periods(DateRange(MON, MON + timedelta(days=13)), Grouping.WEEK)
    assert [w.start for w in weeks] == [MON, MON + timedelta(days=7)]
    first, second = weeks
    assert first.sessions == 3
    assert first.phone_free_minutes == pytest.approx(30.0)  # the 30-minute one had phones
    assert (first.talk_a_ms, first.talk_b_ms) == (70_000, 120_000)
    assert (first.cues_honoured, first.cues_total) == (2, 3)
    assert first.felt_heard_a == pytest.approx(4.0)  # (4 + 5 + 3) / 3
    assert first.felt_heard_b == pytest.approx(3.0)  # (2 + 4) / 2, the skipped one left out
    assert first.talk_share_a == pytest.approx(70 / 190)
    assert first.cue_rate == pytest.approx(2 / 3)
    assert (second.phone_free_minutes, second.felt_heard_a, second.cue_rate) == (15.0, None, 1.0)


def test_range_bounds_are_inclusive_days(stats: HistoryStats) -> None:
    days = stats.periods(DateRange(MON + timedelta(days=2), MON + timedelta(days=3)), Grouping.DAY)
    assert [(d.start, d.sessions) for d in days] == [
        (MON + timedelta(days=2), 1),
        (MON + timedelta(days=3), 1),
    ]
    months = stats.periods(DateRange(date(2026, 1, 1), date(2026, 3, 31)), Grouping.MONTH)
    assert [(m.start, m.sessions) for m in months] == [(date(2026, 1, 1), 1), (date(2026, 3, 1), 4)]


def test_sessions_in_a_range_oldest_first(stats: HistoryStats) -> None:
    rows = stats.sessions(DateRange(MON, MON + timedelta(days=30)))
    assert [r.started_day for r in rows] == [MON + timedelta(days=n) for n in (0, 2, 3, 8)]
    first = rows[0]
    assert (first.turns, first.talk_a_ms, first.talk_b_ms) == (3, 70_000, 30_000)
    assert (first.cues_honoured, first.cues_total, first.felt_heard_a) == (1, 2, 4)
    assert first.minutes == pytest.approx(20.0)
    assert first.end_reason is EndReason.COMPLETED and not first.has_note
    assert rows[2].talk_share_a is None and rows[2].cue_rate is None


def test_headline_this_week_this_month_and_streak(stats: HistoryStats) -> None:
    headline = stats.headline(MON + timedelta(days=9))  # Wednesday of the second week
    assert (headline.week_sessions, headline.week_minutes) == (1, 15.0)
    assert headline.month_sessions == 4
    assert headline.month_minutes == pytest.approx(45.0)
    assert headline.total_sessions == 5
    assert headline.streaks.rhythm is Rhythm.WEEKLY
    assert (headline.streaks.current, headline.streaks.best) == (2, 2)
    assert stats.first_day() == MON - timedelta(days=40)
    assert stats.latest_names() == ("Ann", "Bob")


def test_an_empty_history(db: Database) -> None:
    stats = HistoryStats(db)
    assert stats.count() == 0 and stats.first_day() is None
    assert stats.latest_names() == (None, None)
    headline = stats.headline(MON)
    assert (headline.week_sessions, headline.month_minutes, headline.streaks.best) == (0, 0.0, 0)
    assert stats.periods(DateRange(MON, MON), Grouping.DAY) == []


def test_queries_use_the_day_index(db: Database) -> None:
    plan = " ".join(
        str(row["detail"])
        for row in db.query_all(
            "EXPLAIN QUERY PLAN SELECT s.id FROM session AS s"
            " JOIN session_totals AS t ON t.session_id = s.id"
            " WHERE s.started_day BETWEEN '2026-01-01' AND '2026-02-01'"
        )
    )
    assert "session_started_day" in plan
    assert "SCAN" not in plan


@settings(max_examples=300, deadline=None)
@given(day=st.dates(date(1990, 1, 1), date(2100, 12, 31)), grouping=st.sampled_from(Grouping))
def test_sql_period_start_equals_core(day: date, grouping: Grouping) -> None:
    sql = PERIOD_SQL[grouping].replace("s.started_day", "?")
    with closing(sqlite3.connect(":memory:")) as conn:
        (value,) = conn.execute(f"SELECT {sql}", (day.isoformat(),)).fetchone()
    assert value == period_start(day, grouping).isoformat()
