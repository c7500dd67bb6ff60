"""Crash safety while a session runs: the database always holds the session up to the last
change of floor, pause, resume or 30-second checkpoint, the open turn included."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.events import Turn
from heard.core.model import Partner, SessionConfig, Wants
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.storage.unfinished import find_unfinished
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow
from heard.ui.session_controller import CHECKPOINT_EVERY_MS, SessionController

A, B = Partner.A, Partner.B


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(tmp_path: Path, clock: FakeClock) -> Iterator[SessionRepository]:
    db = Database.open(tmp_path / "heard.db")
    yield SessionRepository(db, clock)
    db.close()


@pytest.fixture
def running(
    qtbot: QtBot, repo: SessionRepository, clock: FakeClock
) -> Iterator[tuple[SessionController, FakeClock, SessionRepository, int]]:
    ids: list[int] = []

    def recorder_for(config: SessionConfig) -> SessionRecorder:
        ids.append(repo.create_session(config))
        return SessionRecorder(repo, ids[-1])

    window = MainWindow()
    qtbot.addWidget(window)
    flow = SessionFlow(window, clock, recorder_for, fullscreen=False)
    controller = flow.start(SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3))
    yield controller, clock, repo, ids[0]
    controller.end()


def saved(repo: SessionRepository, sid: int) -> tuple[int, Turn | None]:
    """What a crash right now would leave: (progress ms, the open turn)."""
    [item] = [each for each in find_unfinished(repo) if each.record.id == sid]
    return item.progress_ms, item.open_turn


def test_the_open_turn_is_checkpointed_every_30_seconds(
    qtbot: QtBot, running: tuple[SessionController, FakeClock, SessionRepository, int]
) -> None:
    _, clock, repo, sid = running
    clock.advance(CHECKPOINT_EVERY_MS - 1)
    assert saved(repo, sid) == (0, Turn(1, A, 0, 0))  # nothing due yet...
    clock.advance(1)  # ...and now the refresh timer writes within one tick
    qtbot.waitUntil(lambda: saved(repo, sid)[0] == CHECKPOINT_EVERY_MS, timeout=2_000)
    assert saved(repo, sid) == (30_000, Turn(1, A, 0, 30_000))
    clock.advance(45_000)
    qtbot.waitUntil(lambda: saved(repo, sid)[0] == 75_000, timeout=2_000)
    assert saved(repo, sid)[1] == Turn(1, A, 0, 75_000)


def test_a_change_of_floor_is_saved_at_once(
    running: tuple[SessionController, FakeClock, SessionRepository, int],
) -> None:
    controller, clock, repo, sid = running
    clock.advance(12_345)
    controller.pass_floor()
    assert saved(repo, sid) == (12_345, None)  # the turn is closed, the cue is running
    assert repo.turns(sid) == [Turn(1, A, 0, 12_345)]
    clock.advance(3_000)
    controller.session.poll()
    assert saved(repo, sid) == (15_345, Turn(2, B, 15_345, 15_345, Wants.LISTEN))


def test_pause_and_resume_are_saved_at_once(
    running: tuple[SessionController, FakeClock, SessionRepository, int],
) -> None:
    controller, clock, repo, sid = running
    clock.advance(20_000)
    controller.toggle_pause()
    assert saved(repo, sid) == (20_000, Turn(1, A, 0, 20_000))
    before = repo.get_session(sid).updated_at
    clock.advance(3 * 3_600_000)  # a long break: the resume must refresh the 'last saved' time
    controller.toggle_pause()
    record = repo.get_session(sid)
    assert record.updated_at is not None and before is not None
    assert record.updated_at - before == timedelta(hours=3)
    assert saved(repo, sid) == (20_000, Turn(1, A, 0, 20_000))
