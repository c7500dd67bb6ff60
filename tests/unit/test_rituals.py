"""Ritual schedules: next occurrences, daylight saving, short months, missed reminders
collapsed to one, a clock moved forward past a reminder or back before it."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heard.core.rituals import (
    MAX_LOOK_DAYS,
    Cadence,
    Ritual,
    describe,
    due,
    next_due,
    next_occurrence,
    occurrences,
    ordinal,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
START = datetime(2026, 1, 1, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def local(tz: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=tz).astimezone(UTC)  # type: ignore[misc]


def daily(at: time = time(21, 30), **kw: object) -> Ritual:
    fields: dict[str, object] = {"created_at": START, "seen_until": START, **kw}
    return Ritual(1, "daily_high_low", Cadence.DAILY, at, **fields)  # type: ignore[arg-type]


def test_daily_next_occurrence_is_today_or_tomorrow() -> None:
    ritual = daily()
    assert next_occurrence(ritual, local(BERLIN, 2026, 2, 3, 20, 0), BERLIN) == local(
        BERLIN, 2026, 2, 3, 21, 30
    )
    assert next_occurrence(ritual, local(BERLIN, 2026, 2, 3, 21, 30), BERLIN) == local(
        BERLIN, 2026, 2, 4, 21, 30
    )


def test_weekly_lands_on_its_weekday() -> None:
    sunday = Ritual(2, "weekly_meeting", Cadence.WEEKLY, time(10, 0), weekday=6)
    after = local(BERLIN, 2026, 2, 4, 12, 0)  # a Wednesday
    nxt = next_occurrence(sunday, after, BERLIN)
    assert nxt == local(BERLIN, 2026, 2, 8, 10, 0)
    assert nxt.astimezone(BERLIN).weekday() == 6


@pytest.mark.parametrize(
    ("monthday", "month", "expected_day"),
    [(31, 2, 28), (31, 4, 30), (30, 2, 28), (15, 2, 15), (1, 2, 1)],
)
def test_monthly_uses_the_last_day_of_a_shorter_month(
    monthday: int, month: int, expected_day: int
) -> None:
    ritual = Ritual(3, "monthly_deep_talk", Cadence.MONTHLY, time(19, 0), monthday=monthday)
    after = local(BERLIN, 2026, month, 1, 0, 0) - timedelta(minutes=1)
    assert next_occurrence(ritual, after, BERLIN) == local(BERLIN, 2026, month, expected_day, 19, 0)


def test_a_local_time_keeps_its_wall_clock_across_daylight_saving() -> None:
    ritual = daily(time(21, 30))
    before = list(occurrences(ritual, utc(2026, 3, 27), utc(2026, 3, 31), BERLIN))
    assert [t.astimezone(BERLIN).strftime("%d %H:%M") for t in before] == [
        "27 21:30",
        "28 21:30",
        "29 21:30",
        "30 21:30",
    ]
    gaps = {b - a for a, b in itertools.pairwise(before)}
    assert gaps == {timedelta(hours=24), timedelta(hours=23)}  # the short night


def test_a_time_skipped_by_spring_forward_moves_forward_by_the_gap() -> None:
    ritual = daily(time(2, 30))
    [when] = occurrences(ritual, utc(2026, 3, 28, 12), utc(2026, 3, 29, 12), BERLIN)
    assert when == utc(2026, 3, 29, 1, 30)  # 03:30 CEST
    assert when.astimezone(BERLIN).strftime("%H:%M") == "03:30"


def test_a_time_repeated_by_fall_back_happens_once() -> None:
    ritual = daily(time(1, 30))
    times = list(occurrences(ritual, utc(2026, 11, 1, 0), utc(2026, 11, 2, 0), NEW_YORK))
    assert times == [utc(2026, 11, 1, 5, 30)]  # 01:30 EDT, the first of the two


def test_missed_occurrences_come_back_as_one_reminder_per_ritual() -> None:
    ritual = daily(seen_until=utc(2026, 2, 1, 12))
    sunday = Ritual(
        2,
        "weekly_meeting",
        Cadence.WEEKLY,
        time(10, 0),
        weekday=6,
        created_at=START,
        seen_until=utc(2026, 2, 1, 12),
    )
    now = local(BERLIN, 2026, 2, 8, 22, 0)  # a week with Heard closed
    found = due([ritual, sunday], now, BERLIN)
    assert [(d.ritual.id, d.count) for d in found] == [(2, 1), (1, 8)]
    assert found[1].at == local(BERLIN, 2026, 2, 8, 21, 30)  # only the latest is offered


def test_nothing_is_due_before_its_time_or_before_the_ritual_existed() -> None:
    created = local(BERLIN, 2026, 2, 3, 21, 40)  # set up ten minutes after today's time
    ritual = daily(created_at=created, seen_until=created)
    assert due([ritual], local(BERLIN, 2026, 2, 4, 21, 29), BERLIN) == []
    assert len(due([ritual], local(BERLIN, 2026, 2, 4, 21, 30), BERLIN)) == 1


def test_a_clock_moved_forward_past_the_time_brings_the_reminder() -> None:
    ritual = daily(seen_until=local(BERLIN, 2026, 2, 3, 21, 30))
    now = local(BERLIN, 2026, 2, 4, 9, 0)
    assert due([ritual], now, BERLIN) == []
    jumped = now + timedelta(hours=13)
    [item] = due([ritual], jumped, BERLIN)
    assert item.at == local(BERLIN, 2026, 2, 4, 21, 30)


def test_a_clock_moved_back_never_repeats_a_reminder() -> None:
    seen = local(BERLIN, 2026, 2, 4, 21, 31)
    ritual = daily(seen_until=seen)
    back = seen - timedelta(hours=3)
    assert due([ritual], back, BERLIN) == []
    assert next_due([ritual], back, BERLIN) == local(BERLIN, 2026, 2, 5, 21, 30)


def test_next_due_is_the_soonest_of_all() -> None:
    rituals = [daily(), Ritual(2, "w", Cadence.WEEKLY, time(8, 0), weekday=3)]
    now = local(BERLIN, 2026, 2, 4, 22, 0)  # Wednesday night; Thursday 08:00 comes first
    assert next_due(rituals, now, BERLIN) == local(BERLIN, 2026, 2, 5, 8, 0)
    assert next_due([], now, BERLIN) is None


def test_describe_says_when_in_words() -> None:
    assert describe(daily(), "Daily high & low") == "Daily high & low, every day at 21:30"
    weekly = Ritual(2, "w", Cadence.WEEKLY, time(10, 0), weekday=6)
    assert describe(weekly, "Weekly meeting") == "Weekly meeting, every Sunday at 10:00"
    monthly = Ritual(3, "m", Cadence.MONTHLY, time(19, 5), monthday=22)
    assert describe(monthly, "Deep talk") == "Deep talk, every month on the 22nd at 19:05"
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "31st",
    ]  # fmt: skip


def test_bad_days_are_refused() -> None:
    with pytest.raises(ValueError, match="weekday"):
        Ritual(1, "t", Cadence.WEEKLY, time(9), weekday=7)
    with pytest.raises(ValueError, match="monthday"):
        Ritual(1, "t", Cadence.MONTHLY, time(9), monthday=0)


@given(
    cadence=st.sampled_from(list(Cadence)),
    minute=st.integers(0, 24 * 60 - 1),
    weekday=st.integers(0, 6),
    monthday=st.integers(1, 31),
    offset_h=st.integers(0, 24 * 400),
)
def test_next_occurrence_is_after_and_is_the_first_one(
    cadence: Cadence, minute: int, weekday: int, monthday: int, offset_h: int
) -> None:
    ritual = Ritual(
        1, "t", cadence, time(minute // 60, minute % 60), weekday=weekday, monthday=monthday
    )
    after = START + timedelta(hours=offset_h)
    nxt = next_occurrence(ritual, after, BERLIN)
    assert nxt > after
    assert list(occurrences(ritual, after, nxt - timedelta(seconds=1), BERLIN)) == []
    assert list(occurrences(ritual, after, nxt, BERLIN)) == [nxt]
    assert ritual.occurs_on(nxt.astimezone(BERLIN).date())


def test_occurrences_do_not_look_back_forever() -> None:
    long_ago = datetime(1990, 1, 1, tzinfo=UTC)
    ritual = daily(created_at=long_ago, seen_until=long_ago)
    [item] = due([ritual], utc(2026, 2, 4, 22), ZoneInfo("UTC"))
    assert item.at == utc(2026, 2, 4, 21, 30)
    assert item.count == MAX_LOOK_DAYS + 1  # every day of the window, reported as one
