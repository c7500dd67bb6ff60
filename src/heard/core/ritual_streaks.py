"""How well a ritual is kept: occurrences in a row with a session of its template.

An occurrence counts as kept when a session of the ritual's template started on its day or
on any day before the next occurrence (so a weekly Sunday talk held on Monday still counts,
and a daily one must happen that day). The current occurrence, while its window is still
open and nothing is held yet, does not break the streak, just as in core.streaks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from heard.core.rituals import Ritual

MAX_DAYS = 366 * 20


@dataclass(frozen=True)
class RitualStreak:
    current: int
    """Kept occurrences in a row, up to now."""
    best: int
    kept: int
    """Kept occurrences, all told."""
    total: int
    """Occurrences so far (including the current one)."""


def occurrence_days(ritual: Ritual, first: date, last: date) -> list[date]:
    days, day = [], max(first, last - timedelta(days=MAX_DAYS))
    while day <= last:
        if ritual.occurs_on(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def ritual_streak(
    ritual: Ritual, session_days: Iterable[date], created: date, today: date
) -> RitualStreak:
    """`session_days`: local days with a session of the ritual's template; `created`: the
    local day the ritual was set up."""
    held = sorted(day for day in set(session_days) if created <= day <= today)
    days = occurrence_days(ritual, created, today)
    if not days:
        return RitualStreak(0, 0, 0, 0)
    kept_flags = []
    index = 0
    for position, start in enumerate(days):
        end = days[position + 1] if position + 1 < len(days) else today + timedelta(days=1)
        while index < len(held) and held[index] < start:
            index += 1
        kept_flags.append(index < len(held) and held[index] < end)
    if not kept_flags[-1]:
        kept_flags.pop()  # the latest window is still open: neither kept nor broken yet
    best = run = 0
    for kept in kept_flags:
        run = run + 1 if kept else 0
        best = max(best, run)
    return RitualStreak(run, best, sum(kept_flags), len(days))
