"""History shows how well rituals are kept: a 'Rituals kept' card, only when there are
rituals, counted from the sessions held with each ritual's template."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.core.rituals import Cadence
from heard.storage.db import Database
from heard.storage.repository import SessionRepository
from heard.storage.ritual_store import RitualStore
from heard.ui.history.history_screen import HistoryScreen

TODAY = date(2026, 2, 7)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "heard.db")
    yield database
    database.close()


def held(repo: SessionRepository, template: str, *days: int) -> None:
    config = SessionConfig("Sam", "Alex", planned_s=600, template=template)
    for day in days:
        repo.create_session(config, started_at=datetime(2026, 2, day, 20, 0, tzinfo=UTC))


def screen_for(qtbot: QtBot, db: Database, repo: SessionRepository) -> HistoryScreen:
    screen = HistoryScreen(db, repo, today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


def test_no_rituals_no_card(qtbot: QtBot, db: Database) -> None:
    repo = SessionRepository(db, FakeClock())
    held(repo, "daily_high_low", 5, 6)
    screen = screen_for(qtbot, db, repo)
    assert not screen.cards.rituals.isVisible()


def test_rituals_kept_in_a_row(qtbot: QtBot, db: Database) -> None:
    clock = FakeClock(wall=datetime(2026, 2, 3, 9, 0, tzinfo=UTC))
    store = RitualStore(db, clock)
    store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
    store.add_ritual("weekly_meeting", Cadence.WEEKLY, time(10, 0), weekday=6)
    repo = SessionRepository(db, clock)
    held(repo, "daily_high_low", 3, 4, 5, 6)
    screen = screen_for(qtbot, db, repo)
    card = screen.cards.rituals
    assert card.isVisible()
    assert card.caption.text() == "Rituals kept"
    assert card.value.text() == "4 in a row"
    assert card.detail.text() == (
        "Daily high & low: 4 of 5 kept; Weekly relationship meeting: not due yet"
    )
    assert card.accessibleName() == "Rituals kept"
