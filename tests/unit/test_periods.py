"""Calendar periods and ranges (pure date arithmetic)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heard.core.periods import (
    DateRange,
    Grouping,
    RangePreset,
    auto_grouping,
    fill_periods,
    next_period,
    period_start,
    period_starts,
    preset_range,
    week_start,
)

days = st.dates(date(2000, 1, 1), date(2100, 12, 31))


def test_week_starts_on_monday() -> None:
    assert week_start(date(2026, 3, 1)) == date(2026, 2, 23)  # a Sunday
    assert week_start(date(2026, 2, 23)) == date(2026, 2, 23)  # the Monday itself


@given(day=days, grouping=st.sampled_from(Grouping))
def test_a_day_lies_in_its_period(day: date, grouping: Grouping) -> None:
    start = period_start(day, grouping)
    assert start <= day < next_period(start, grouping)
    assert period_start(start, grouping) == start


def test_month_after_december_is_january() -> None:
    assert next_period(date(2025, 12, 1), Grouping.MONTH) == date(2026, 1, 1)


@given(first=days, length=st.integers(0, 800), grouping=st.sampled_from(Grouping))
def test_period_starts_cover_the_range_without_gaps(
    first: date, length: int, grouping: Grouping
) -> None:
    span = DateRange(first, first + timedelta(days=length))
    starts = list(period_starts(span, grouping))
    assert starts[0] <= span.first
    assert starts[-1] <= span.last < next_period(starts[-1], grouping)
    for before, after in itertools.pairwise(starts):
        assert next_period(before, grouping) == after


def test_fill_periods_puts_zero_where_nothing_happened() -> None:
    span = DateRange(date(2026, 1, 5), date(2026, 1, 25))
    filled = fill_periods({date(2026, 1, 12): 40.0}, span, Grouping.WEEK)
    assert filled == [(date(2026, 1, 5), 0.0), (date(2026, 1, 12), 40.0), (date(2026, 1, 19), 0.0)]


def test_presets_end_today() -> None:
    today = date(2026, 6, 30)
    assert preset_range(RangePreset.LAST_30_DAYS, today, None) == DateRange(date(2026, 6, 1), today)
    assert preset_range(RangePreset.LAST_YEAR, today, None).days == 365
    assert preset_range(RangePreset.EVERYTHING, today, date(2020, 2, 2)).first == date(2020, 2, 2)
    assert preset_range(RangePreset.EVERYTHING, today, None) == DateRange(today, today)
    with pytest.raises(ValueError, match="custom"):
        preset_range(RangePreset.CUSTOM, today, None)


def test_a_range_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        DateRange(date(2026, 1, 2), date(2026, 1, 1))
    assert date(2026, 1, 1) in DateRange(date(2026, 1, 1), date(2026, 1, 1))


@pytest.mark.parametrize(
    ("days_long", "grouping"),
    [(1, Grouping.DAY), (31, Grouping.DAY), (32, Grouping.WEEK), (366, Grouping.WEEK),
     (367, Grouping.MONTH), (3650, Grouping.MONTH)],
)  # fmt: skip
def test_auto_grouping_keeps_bar_counts_readable(days_long: int, grouping: Grouping) -> None:
    first = date(2020, 1, 1)
    assert auto_grouping(DateRange(first, first + timedelta(days=days_long - 1))) is grouping
