"""Streaks: how many days (or weeks) in a row the couple has met, now and at best.

A couple's rhythm is daily or weekly. It is read from their recent sessions: when, in the
weeks they met, they met on at least DAILY_DAYS_PER_WEEK days on average, streaks count
days; otherwise they count weeks (the forgiving default, also used with little data).

The current streak is still alive during a period with no session yet: it counts up to the
previous period and breaks only when a whole period passes without one.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from heard.core.periods import Grouping, next_period, period_start, week_start


class Rhythm(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"

    @property
    def grouping(self) -> Grouping:
        return Grouping.DAY if self is Rhythm.DAILY else Grouping.WEEK


DAILY_DAYS_PER_WEEK = 5.0
RHYTHM_WINDOW_WEEKS = 12


@dataclass(frozen=True)
class Streaks:
    rhythm: Rhythm
    current: int
    """Periods in a row up to now (this period or the one before); 0 when broken."""
    best: int
    """The longest run of periods in a row, ever (at least `current`)."""
    last_day: date | None
    """The latest day with a session, up to today."""


def detect_rhythm(days: Iterable[date]) -> Rhythm:
    """DAILY when the recent weeks with a session averaged DAILY_DAYS_PER_WEEK session days
    or more; WEEKLY otherwise. Looks at the RHYTHM_WINDOW_WEEKS weeks up to the last day."""
    distinct = set(days)
    if not distinct:
        return Rhythm.WEEKLY
    window_start = week_start(max(distinct)) - timedelta(weeks=RHYTHM_WINDOW_WEEKS - 1)
    recent = [day for day in distinct if day >= window_start]
    active_weeks = len({week_start(day) for day in recent})
    return Rhythm.DAILY if len(recent) / active_weeks >= DAILY_DAYS_PER_WEEK else Rhythm.WEEKLY


def previous_period(start: date, grouping: Grouping) -> date:
    """The start of the period before the one starting at `start`."""
    return period_start(start - timedelta(days=1), grouping)


def compute_streaks(days: Iterable[date], today: date, rhythm: Rhythm | None = None) -> Streaks:
    """Current and best streak over the session days up to `today` (later days, from a
    wrong clock or an import, are ignored). `rhythm` None: detect it from the days."""
    past = {day for day in days if day <= today}
    chosen = detect_rhythm(past) if rhythm is None else rhythm
    grouping = chosen.grouping
    periods = sorted({period_start(day, grouping) for day in past})
    if not periods:
        return Streaks(chosen, 0, 0, None)
    best = run = 1
    for before, after in itertools.pairwise(periods):
        run = run + 1 if next_period(before, grouping) == after else 1
        best = max(best, run)
    now = period_start(today, grouping)
    alive = periods[-1] in (now, previous_period(now, grouping))
    return Streaks(chosen, run if alive else 0, best, max(past))
