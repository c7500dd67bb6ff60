"""Rituals, reminders and own templates in a real SQLite file: kept across a restart,
handed out once, brought by a clock moved past their time, and ritual streaks from sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.core.rituals import Cadence
from heard.core.templates import Template
from heard.storage.db import Database
from heard.storage.reminder_book import ReminderBook
from heard.storage.repository import SessionRepository
from heard.storage.ritual_store import RitualStore

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN).astimezone(UTC)  # type: ignore[misc]


class App:
    """One run of Heard: the database opened with a clock, closed at the end."""

    def __init__(self, path: Path, clock: FakeClock) -> None:
        self.db = Database.open(path)
        self.store = RitualStore(self.db, clock, local_tz=BERLIN)
        self.book = ReminderBook(self.store, clock)

    def close(self) -> None:
        self.db.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "heard.db"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall=berlin(2026, 2, 4, 18, 0))


@pytest.fixture
def app(path: Path, clock: FakeClock) -> Iterator[App]:
    run = App(path, clock)
    yield run
    run.close()


def test_a_ritual_comes_due_at_its_time_and_only_once(app: App, clock: FakeClock) -> None:
    app.store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
    assert app.book.take_due() == []
    assert app.book.next_time() == berlin(2026, 2, 4, 21, 30)
    clock.advance(3 * 3600 * 1000 + 29 * 60_000)  # 21:29
    assert app.book.take_due() == []
    clock.advance(60_000)
    [item] = app.book.take_due()
    assert (item.template_id, item.at, item.missed, item.count) == (
        "daily_high_low",
        berlin(2026, 2, 4, 21, 30),
        False,
        1,
    )
    assert app.book.take_due() == []
    assert app.book.next_time() == berlin(2026, 2, 5, 21, 30)


def test_reminders_survive_a_restart_and_missed_ones_come_once(
    path: Path, clock: FakeClock
) -> None:
    first = App(path, clock)
    first.store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
    first.store.add_ritual("weekly_meeting", Cadence.WEEKLY, time(10, 0), weekday=6)
    first.store.add_reminder("phone_free_20", 20, berlin(2026, 2, 4, 19, 0))
    first.close()

    clock.advance(4 * 24 * 3600 * 1000 + 5 * 3600 * 1000)  # back on Sunday 23:00
    second = App(path, clock)
    items = second.book.take_due()
    assert [(i.template_id, i.count, i.missed) for i in items] == [
        ("phone_free_20", 1, True),
        ("weekly_meeting", 1, True),
        ("daily_high_low", 5, True),
    ]
    assert items[2].at == berlin(2026, 2, 8, 21, 30)
    assert items[0].minutes == 20 and items[2].minutes is None
    second.close()

    third = App(path, clock)  # a restart right after: nothing shown twice
    assert third.book.take_due() == []
    assert third.store.reminders() == []
    third.close()


def test_a_clock_moved_past_the_reminder_brings_it(app: App, clock: FakeClock) -> None:
    app.store.add_reminder("phone_free_20", 20, berlin(2026, 2, 4, 20, 0))
    app.store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
    clock.jump_wall(timedelta(hours=3, minutes=31))  # the wall clock only: 21:31
    items = app.book.take_due()
    assert [i.template_id for i in items] == ["phone_free_20", "daily_high_low"]
    assert [i.missed for i in items] == [True, False]


def test_a_clock_moved_back_does_not_repeat_a_reminder(app: App, clock: FakeClock) -> None:
    app.store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
    clock.advance(3 * 3600 * 1000 + 31 * 60_000)
    assert len(app.book.take_due()) == 1
    clock.jump_wall(timedelta(hours=-2))
    assert app.book.take_due() == []
    clock.jump_wall(timedelta(hours=2, minutes=5))
    assert app.book.take_due() == []
    assert app.book.next_time() == berlin(2026, 2, 5, 21, 30)


def test_remind_later_sets_a_one_off_reminder(app: App, clock: FakeClock) -> None:
    app.store.add_ritual("daily_high_low", Cadence.DAILY, time(18, 5))
    clock.advance(5 * 60_000)
    [item] = app.book.take_due()
    app.book.remind_later(item, 30, length=10)
    [reminder] = app.store.reminders()
    assert (reminder.template_id, reminder.minutes, reminder.due_at) == (
        "daily_high_low",
        10,
        berlin(2026, 2, 4, 18, 35),
    )


def test_rituals_can_be_removed(app: App) -> None:
    ritual = app.store.add_ritual("monthly_deep_talk", Cadence.MONTHLY, time(19), monthday=31)
    assert [(r.id, r.monthday, r.cadence) for r in app.store.rituals()] == [
        (ritual.id, 31, Cadence.MONTHLY)
    ]
    app.store.remove_ritual(ritual.id)
    assert app.store.rituals() == []
    assert app.book.next_time() is None


def test_own_templates_are_kept_and_names_are_unique(app: App) -> None:
    walk = Template("own_sunday_walk", "Sunday walk", 25, "Walk and talk.", builtin=False)
    app.store.add_user_template(walk)
    assert app.store.user_templates() == [walk]
    with pytest.raises(sqlite3.IntegrityError):
        app.store.add_user_template(Template("own_other", "SUNDAY WALK", 5, "", False))
    app.store.remove_user_template(walk.id)
    assert app.store.user_templates() == []


def test_ritual_streaks_come_from_sessions_of_its_template(app: App, clock: FakeClock) -> None:
    ritual = app.store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
    repo = SessionRepository(app.db, clock, local_tz=BERLIN)
    config = SessionConfig("Sam", "Alex", planned_s=600, template="daily_high_low")
    for day in (4, 5, 6):
        repo.create_session(config, started_at=berlin(2026, 2, day, 21, 35))
    repo.create_session(SessionConfig("Sam", "Alex"), started_at=berlin(2026, 2, 7, 21, 0))
    [(found, streak)] = app.store.streaks(date(2026, 2, 7))
    assert found == ritual
    assert (streak.current, streak.best, streak.kept, streak.total) == (3, 3, 3, 4)
    [(_, later)] = app.store.streaks(date(2026, 2, 8))
    assert later.current == 0  # Saturday was missed
