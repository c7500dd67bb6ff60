"""Streaks and rhythm: examples, and properties against a day-by-day walk."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from heard.core.periods import next_period, period_start
from heard.core.streaks import Rhythm, compute_streaks, detect_rhythm, previous_period

TODAY = date(2026, 3, 18)  # a Wednesday


def run_of(days: list[int]) -> list[date]:
    """Days given as 'days before TODAY'."""
    return [TODAY - timedelta(days=n) for n in days]


def test_no_sessions_no_streak() -> None:
    result = compute_streaks([], TODAY)
    assert (result.current, result.best, result.last_day) == (0, 0, None)


def test_daily_streak_is_alive_until_a_whole_day_is_missed() -> None:
    days = run_of(list(range(1, 11)))  # yesterday and the nine days before
    result = compute_streaks(days, TODAY, Rhythm.DAILY)
    assert (result.current, result.best) == (10, 10)  # today has not happened yet
    result = compute_streaks(days, TODAY + timedelta(days=1), Rhythm.DAILY)
    assert (result.current, result.best) == (0, 10)


def test_best_streak_can_be_in_the_past() -> None:
    days = run_of([0, 1, *range(10, 20)])
    result = compute_streaks(days, TODAY, Rhythm.DAILY)
    assert (result.current, result.best) == (2, 10)


def test_weekly_streak_counts_weeks_with_a_session() -> None:
    days = run_of([0, 7, 8, 14, 35])  # this week, the two before, then a gap
    result = compute_streaks(days, TODAY, Rhythm.WEEKLY)
    assert (result.rhythm, result.current, result.best) == (Rhythm.WEEKLY, 3, 3)


def test_future_days_are_ignored() -> None:
    result = compute_streaks(run_of([-3, 0]), TODAY, Rhythm.DAILY)
    assert (result.current, result.best, result.last_day) == (1, 1, TODAY)


def test_rhythm_daily_when_most_days_have_a_session() -> None:
    near_daily = [d for d in range(60) if d % 7 != 3]  # six days a week
    assert detect_rhythm(run_of(near_daily)) is Rhythm.DAILY
    assert compute_streaks(run_of(near_daily), TODAY).rhythm is Rhythm.DAILY


def test_rhythm_weekly_for_a_weekly_meeting_or_little_data() -> None:
    assert detect_rhythm(run_of([0, 7, 14, 21])) is Rhythm.WEEKLY
    assert detect_rhythm(run_of([0, 2, 4, 7, 9, 11])) is Rhythm.WEEKLY  # three days a week
    assert detect_rhythm(run_of([0])) is Rhythm.WEEKLY
    assert detect_rhythm([]) is Rhythm.WEEKLY


def test_rhythm_follows_recent_habits_not_old_ones() -> None:
    old_daily = [d for d in range(200, 400)]
    recent_weekly = [0, 7, 14, 21, 28]
    assert detect_rhythm(run_of(old_daily + recent_weekly)) is Rhythm.WEEKLY


# ------------------------------------------------------------------ properties


def walk(days: set[date], today: date, rhythm: Rhythm) -> tuple[int, int]:
    """Oracle: step one period at a time from the first period to today's, counting runs."""
    grouping = rhythm.grouping
    present = {period_start(d, grouping) for d in days if d <= today}
    if not present:
        return 0, 0
    best = run = 0
    runs: dict[date, int] = {}
    cursor, now = min(present), period_start(today, grouping)
    while cursor <= now:
        run = run + 1 if cursor in present else 0
        runs[cursor] = run
        best = max(best, run)
        cursor = next_period(cursor, grouping)
    current = runs[now] or runs.get(previous_period(now, grouping), 0)
    return current, best


day_offsets = st.lists(st.integers(-5, 120), max_size=60)


@given(offsets=day_offsets, rhythm=st.sampled_from(Rhythm))
def test_streaks_match_a_day_by_day_walk(offsets: list[int], rhythm: Rhythm) -> None:
    days = set(run_of(offsets))
    result = compute_streaks(days, TODAY, rhythm)
    assert (result.current, result.best) == walk(days, TODAY, rhythm)
    assert 0 <= result.current <= result.best


@given(offsets=day_offsets, data=st.data())
def test_order_and_repeats_do_not_matter(offsets: list[int], data: st.DataObject) -> None:
    days = run_of(offsets)
    shuffled = data.draw(st.permutations(days + days))
    assert compute_streaks(shuffled, TODAY) == compute_streaks(days, TODAY)
