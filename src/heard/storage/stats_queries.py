"""History's numbers, aggregated in SQL over sessions and their `session_totals` row.

Every query reads at most one row per session in the range (3,650 for ten years of daily
sessions), found through the `session_started_day` index; no query reads the turn table,
whose totals the v3 triggers keep. Days are local calendar days (`started_day`).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from heard.core.model import EndReason
from heard.core.periods import DateRange, Grouping, week_start
from heard.core.streaks import Streaks, compute_streaks
from heard.storage.db import Database
from heard.storage.records import from_utc_text

log = logging.getLogger(__name__)

PERIOD_SQL = {
    Grouping.DAY: "s.started_day",
    Grouping.WEEK: "date(s.started_day, 'weekday 0', '-6 days')",
    Grouping.MONTH: "substr(s.started_day, 1, 7) || '-01'",
}
"""The first day of a session's period, in SQL (core.periods.period_start in Python)."""

_IN_RANGE = "s.started_day BETWEEN :first AND :last"


@dataclass(frozen=True)
class PeriodStats:
    """One day, week or month of sessions."""

    start: date
    sessions: int
    phone_free_minutes: float
    talk_a_ms: int
    talk_b_ms: int
    cues_honoured: int
    cues_total: int
    felt_heard_a: float | None
    """Average answer (1-5) of the sessions that have one; None when none has."""
    felt_heard_b: float | None
    cues_measured: int = 0
    """Cues whose result listening ears measured (included in cues_total)."""
    cues_measured_honoured: int = 0

    @property
    def talk_share_a(self) -> float | None:
        total = self.talk_a_ms + self.talk_b_ms
        return None if total == 0 else self.talk_a_ms / total

    @property
    def cue_rate(self) -> float | None:
        return None if self.cues_total == 0 else self.cues_honoured / self.cues_total

    @property
    def self_reported_cue_rate(self) -> float | None:
        """Honoured share of the cues listening ears did not measure."""
        total = self.cues_total - self.cues_measured
        honoured = self.cues_honoured - self.cues_measured_honoured
        return None if total == 0 else honoured / total

    @property
    def measured_cue_rate(self) -> float | None:
        """Honoured share of the cues listening ears measured."""
        return None if self.cues_measured == 0 else self.cues_measured_honoured / self.cues_measured


@dataclass(frozen=True)
class SessionStats:
    """One session as History's table and talk-share chart show it."""

    id: int
    started_at: datetime
    started_day: date
    template: str
    minutes: float
    phones_away: bool
    end_reason: EndReason | None
    partner_a: str | None
    partner_b: str | None
    turns: int
    talk_a_ms: int
    talk_b_ms: int
    cues_honoured: int
    cues_total: int
    felt_heard_a: int | None
    felt_heard_b: int | None
    has_note: bool

    @property
    def talk_share_a(self) -> float | None:
        total = self.talk_a_ms + self.talk_b_ms
        return None if total == 0 else self.talk_a_ms / total

    @property
    def cue_rate(self) -> float | None:
        return None if self.cues_total == 0 else self.cues_honoured / self.cues_total


@dataclass(frozen=True)
class Headline:
    """The numbers at the top of History."""

    streaks: Streaks
    week_sessions: int
    week_minutes: float
    month_sessions: int
    month_minutes: float
    total_sessions: int


class HistoryStats:
    """Read-only queries for History. Cheap to build; holds no state but the database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self) -> int:
        return self._db.scalar_int("SELECT COUNT(*) FROM session")

    def has_notes(self) -> bool:
        return bool(
            self._db.scalar(
                "SELECT EXISTS (SELECT 1 FROM session WHERE notes_ciphertext IS NOT NULL)"
            )
        )

    def first_day(self) -> date | None:
        value = self._db.scalar("SELECT MIN(started_day) FROM session")
        return None if value is None else date.fromisoformat(str(value))

    def latest_names(self) -> tuple[str | None, str | None]:
        """The partners' names as the newest session has them."""
        row = self._db.query_one(
            "SELECT partner_a, partner_b FROM session ORDER BY started_at DESC, id DESC LIMIT 1"
        )
        return (None, None) if row is None else (row["partner_a"], row["partner_b"])

    def session_days(self) -> list[date]:
        rows = self._db.query_all("SELECT DISTINCT started_day FROM session ORDER BY 1")
        return [date.fromisoformat(row[0]) for row in rows]

    def periods(self, span: DateRange, grouping: Grouping) -> list[PeriodStats]:
        """Periods of `span` that hold a session, oldest first (fill the rest with
        core.periods.fill_periods). Phone-free minutes count sessions with phones away."""
        rows = self._db.query_all(
            f"""
            SELECT {PERIOD_SQL[grouping]} AS period,
                   COUNT(*) AS sessions,
                   SUM(CASE WHEN s.phones_away = 1 THEN s.actual_s ELSE 0 END) / 60.0 AS minutes,
                   SUM(t.talk_a_ms) AS talk_a_ms, SUM(t.talk_b_ms) AS talk_b_ms,
                   SUM(t.cues_honoured) AS cues_honoured, SUM(t.cues_total) AS cues_total,
                   AVG(s.felt_heard_a) AS felt_a, AVG(s.felt_heard_b) AS felt_b,
                   SUM(t.cues_measured) AS measured,
                   SUM(t.cues_measured_honoured) AS measured_honoured
            FROM session AS s JOIN session_totals AS t ON t.session_id = s.id
            WHERE {_IN_RANGE}
            GROUP BY period ORDER BY period
            """,
            _span(span),
        )
        return [_period(row) for row in rows]

    def sessions(self, span: DateRange) -> list[SessionStats]:
        """Every session in `span`, oldest first."""
        rows = self._db.query_all(
            f"""
            SELECT s.id, s.started_at, s.started_day, s.template, s.actual_s, s.phones_away,
                   s.end_reason, s.partner_a, s.partner_b, s.felt_heard_a, s.felt_heard_b,
                   s.notes_ciphertext IS NOT NULL AS has_note,
                   t.turns, t.talk_a_ms, t.talk_b_ms, t.cues_honoured, t.cues_total
            FROM session AS s JOIN session_totals AS t ON t.session_id = s.id
            WHERE {_IN_RANGE}
            ORDER BY s.started_at, s.id
            """,
            _span(span),
        )
        return [_session(row) for row in rows]

    def headline(self, today: date) -> Headline:
        """Streaks over all time; this week's and this month's sessions and phone-free
        minutes (the week starts on Monday)."""
        this_week = week_start(today).isoformat()
        this_month = today.replace(day=1).isoformat()
        row = self._db.query_one(
            """
            SELECT SUM(started_day >= :week) AS week_sessions,
                   SUM(CASE WHEN started_day >= :week AND phones_away = 1
                            THEN actual_s ELSE 0 END) / 60.0 AS week_min,
                   SUM(started_day >= :month) AS month_sessions,
                   SUM(CASE WHEN started_day >= :month AND phones_away = 1
                            THEN actual_s ELSE 0 END) / 60.0 AS month_min
            FROM session
            WHERE started_day BETWEEN MIN(:week, :month) AND :today
            """,
            {"week": this_week, "month": this_month, "today": today.isoformat()},
        )
        assert row is not None  # an aggregate always returns one row
        return Headline(
            streaks=compute_streaks(self.session_days(), today),
            week_sessions=row["week_sessions"] or 0,
            week_minutes=row["week_min"] or 0.0,
            month_sessions=row["month_sessions"] or 0,
            month_minutes=row["month_min"] or 0.0,
            total_sessions=self.count(),
        )


def _span(span: DateRange) -> dict[str, str]:
    return {"first": span.first.isoformat(), "last": span.last.isoformat()}


def _period(row: sqlite3.Row) -> PeriodStats:
    (period, sessions, minutes, talk_a, talk_b, honoured, cues, felt_a, felt_b,
     measured, measured_honoured) = row  # fmt: skip
    return PeriodStats(
        date.fromisoformat(period), sessions, float(minutes), talk_a, talk_b, honoured, cues,
        felt_a, felt_b, measured, measured_honoured,
    )  # fmt: skip


def _session(row: sqlite3.Row) -> SessionStats:
    """Positional (this runs for every row of ten years: names cost twice the time)."""
    (sid, started_at, day, template, actual_s, phones_away, reason, partner_a, partner_b,
     felt_a, felt_b, has_note, turns, talk_a, talk_b, honoured, cues) = row  # fmt: skip
    return SessionStats(
        sid, from_utc_text(started_at), date.fromisoformat(day), template, actual_s / 60.0,
        bool(phones_away), None if reason is None else EndReason(reason), partner_a, partner_b,
        turns, talk_a, talk_b, honoured, cues, felt_a, felt_b, bool(has_note),
    )  # fmt: skip
