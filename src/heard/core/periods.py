"""Calendar periods for History: days, weeks (Monday first) and months, and date ranges.

Pure date arithmetic on local calendar days. The SQL in storage/stats_queries.py computes
the same period starts in the database (a test keeps the two in step).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Grouping(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class RangePreset(StrEnum):
    LAST_30_DAYS = "30d"
    LAST_3_MONTHS = "3m"
    LAST_YEAR = "1y"
    EVERYTHING = "all"
    CUSTOM = "custom"


AUTO_DAY_LIMIT = 31
"""Ranges up to this many days are grouped by day when the grouping is automatic."""
AUTO_WEEK_LIMIT = 366
"""...up to this many by week; longer ranges by month."""

_PRESET_DAYS = {
    RangePreset.LAST_30_DAYS: 30,
    RangePreset.LAST_3_MONTHS: 91,
    RangePreset.LAST_YEAR: 365,
}


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of local calendar days."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"a range cannot end ({self.last}) before it starts ({self.first})")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def preset_range(preset: RangePreset, today: date, first_session: date | None) -> DateRange:
    """The days a preset covers, ending today. EVERYTHING starts at the first session (or
    today when there is none). CUSTOM has no days of its own: ask the user."""
    if preset is RangePreset.CUSTOM:
        raise ValueError("a custom range is chosen by the user, not computed")
    if preset is RangePreset.EVERYTHING:
        start = today if first_session is None else min(first_session, today)
        return DateRange(start, today)
    return DateRange(today - timedelta(days=_PRESET_DAYS[preset] - 1), today)


def auto_grouping(span: DateRange) -> Grouping:
    """A grouping that gives a readable number of bars for the span."""
    if span.days <= AUTO_DAY_LIMIT:
        return Grouping.DAY
    if span.days <= AUTO_WEEK_LIMIT:
        return Grouping.WEEK
    return Grouping.MONTH


def week_start(day: date) -> date:
    """The Monday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def period_start(day: date, grouping: Grouping) -> date:
    if grouping is Grouping.DAY:
        return day
    if grouping is Grouping.WEEK:
        return week_start(day)
    return day.replace(day=1)


def next_period(start: date, grouping: Grouping) -> date:
    """The first day of the period after the one starting at `start`."""
    if grouping is Grouping.DAY:
        return start + timedelta(days=1)
    if grouping is Grouping.WEEK:
        return start + timedelta(days=7)
    year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
    return date(year, month, 1)


def period_starts(span: DateRange, grouping: Grouping) -> Iterator[date]:
    """The start of every period that overlaps `span`, in order."""
    current = period_start(span.first, grouping)
    while current <= span.last:
        yield current
        current = next_period(current, grouping)


def fill_periods(
    values: Mapping[date, float], span: DateRange, grouping: Grouping
) -> list[tuple[date, float]]:
    """(period start, value) for every period in `span`; periods with no value get 0."""
    return [(start, values.get(start, 0.0)) for start in period_starts(span, grouping)]
