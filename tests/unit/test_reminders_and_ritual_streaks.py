"""One-off 'later' reminders and how well rituals are kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from heard.core.reminders import Reminder, at_local, due_reminders, later_choices, next_reminder
from heard.core.ritual_streaks import RitualStreak, ritual_streak
from heard.core.rituals import Cadence, Ritual

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN).astimezone(UTC)  # type: ignore[misc]


# ----------------------------------------------------------------------------- later


def test_later_choices_in_the_afternoon() -> None:
    now = berlin(2026, 2, 4, 16, 10)
    choices = later_choices(now, BERLIN)
    assert [c.label for c in choices] == [
        "In 30 minutes",
        "In an hour",
        "This evening at 20:00",
        "Tomorrow at 16:10",
    ]
    assert [c.at for c in choices] == [
        now + timedelta(minutes=30),
        now + timedelta(hours=1),
        berlin(2026, 2, 4, 20, 0),
        berlin(2026, 2, 5, 16, 10),
    ]


def test_no_evening_offer_once_it_is_nearly_evening() -> None:
    labels = [c.label for c in later_choices(berlin(2026, 2, 4, 18, 40), BERLIN)]
    assert "This evening at 20:00" not in labels


def test_tomorrow_keeps_the_wall_time_across_daylight_saving() -> None:
    now = berlin(2026, 3, 28, 21, 0)
    tomorrow = later_choices(now, BERLIN)[-1]
    assert tomorrow.at - now == timedelta(hours=23)
    assert tomorrow.at.astimezone(BERLIN).strftime("%H:%M") == "21:00"


def test_due_and_next_reminders() -> None:
    now = berlin(2026, 2, 4, 20, 0)
    early = Reminder(1, "phone_free_20", 20, now - timedelta(minutes=5))
    exact = Reminder(2, "daily_high_low", 10, now)
    later = Reminder(3, "daily_high_low", 10, now + timedelta(hours=2))
    assert due_reminders([later, exact, early], now) == [early, exact]
    assert next_reminder([later, exact, early], now) == later.due_at
    assert next_reminder([early], now) is None
    assert at_local(datetime(2026, 2, 4, 21, 15, 42), BERLIN) == berlin(2026, 2, 4, 21, 15)


# ----------------------------------------------------------------------------- streaks


def days(*pairs: tuple[int, int]) -> list[date]:
    return [date(2026, month, day) for month, day in pairs]


DAILY = Ritual(1, "daily_high_low", Cadence.DAILY, time(21, 30))
SUNDAYS = Ritual(2, "weekly_meeting", Cadence.WEEKLY, time(10, 0), weekday=6)


def test_daily_streak_counts_days_in_a_row_and_tonight_does_not_break_it() -> None:
    held = days((2, 1), (2, 2), (2, 4), (2, 5), (2, 6))
    streak = ritual_streak(DAILY, held, created=date(2026, 2, 1), today=date(2026, 2, 7))
    assert streak == RitualStreak(current=3, best=3, kept=5, total=7)
    kept_tonight = ritual_streak(
        DAILY, [*held, date(2026, 2, 7)], date(2026, 2, 1), date(2026, 2, 7)
    )
    assert (kept_tonight.current, kept_tonight.kept) == (4, 6)


def test_a_missed_day_breaks_the_daily_streak() -> None:
    held = days((2, 1), (2, 2), (2, 3))
    streak = ritual_streak(DAILY, held, created=date(2026, 2, 1), today=date(2026, 2, 5))
    assert (streak.current, streak.best) == (0, 3)


def test_a_weekly_ritual_held_a_day_late_still_counts() -> None:
    # Sundays: 1, 8, 15, 22 Feb. Held on Sun 1, Mon 9 (late), Sun 15; nothing since the 22nd.
    held = days((2, 1), (2, 9), (2, 15))
    streak = ritual_streak(SUNDAYS, held, created=date(2026, 1, 30), today=date(2026, 2, 24))
    assert streak == RitualStreak(current=3, best=3, kept=3, total=4)
    broken = ritual_streak(SUNDAYS, held, created=date(2026, 1, 30), today=date(2026, 3, 1))
    assert (broken.current, broken.best, broken.total) == (0, 3, 5)


def test_sessions_before_the_ritual_existed_do_not_count() -> None:
    held = days((1, 20), (1, 21))
    streak = ritual_streak(DAILY, held, created=date(2026, 2, 1), today=date(2026, 2, 1))
    assert streak == RitualStreak(0, 0, 0, 1)


def test_a_monthly_ritual() -> None:
    monthly = Ritual(3, "monthly_deep_talk", Cadence.MONTHLY, time(19, 0), monthday=31)
    held = days((1, 31), (2, 28), (3, 31))
    streak = ritual_streak(monthly, held, created=date(2026, 1, 1), today=date(2026, 4, 10))
    assert streak == RitualStreak(current=3, best=3, kept=3, total=3)  # April's is to come
