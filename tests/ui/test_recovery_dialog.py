"""At the next launch an unfinished session is offered back: resume (only within two hours)
or keep as interrupted. Closing the dialog keeps it; nothing is ever dropped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.events import Turn
from heard.core.model import EndReason, Partner, Phase, SessionConfig, Wants
from heard.core.session import Session
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow
from heard.ui.recovery_dialog import KEEP_TEXT, RESUME_TEXT, LaunchRecovery, Resumed

A, B = Partner.A, Partner.B
CONFIG = SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(tmp_path: Path, clock: FakeClock) -> Iterator[SessionRepository]:
    db = Database.open(tmp_path / "heard.db")
    yield SessionRepository(db, clock)
    db.close()


def crashed_session(repo: SessionRepository, clock: FakeClock) -> int:
    """A session whose app died 63 s in, Alex speaking since 43 s (checkpointed)."""
    recorder = SessionRecorder(repo, repo.create_session(CONFIG))
    session = Session(CONFIG, clock)
    session.subscribe(recorder.on_event)
    session.start()
    clock.advance(40_000)
    session.pass_floor()
    clock.advance(3_000)
    session.poll()
    clock.advance(20_000)
    recorder.checkpoint(63_000)
    clock.advance(4_000)  # said but never saved: the loss
    return recorder.session_id


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def launch(
    qtbot: QtBot, repo: SessionRepository, clock: FakeClock, window: MainWindow
) -> tuple[LaunchRecovery, list[Resumed | None]]:
    recovery = LaunchRecovery(repo, clock, window)
    results: list[Resumed | None] = []
    recovery.done.connect(results.append)
    assert recovery.run()
    assert recovery.dialog is not None
    qtbot.waitExposed(recovery.dialog)
    return recovery, results


def test_resume_where_we_left_off(
    qtbot: QtBot, repo: SessionRepository, clock: FakeClock, window: MainWindow
) -> None:
    sid = crashed_session(repo, clock)
    clock.advance(30 * 60_000)  # relaunched half an hour later
    recovery, results = launch(qtbot, repo, clock, window)
    dialog = recovery.dialog
    assert dialog is not None and dialog.resume_button is not None
    assert dialog.resume_button.text() == RESUME_TEXT
    assert dialog.keep_button.text() == KEEP_TEXT
    assert "Sam and Alex" in dialog.message.text()
    assert "1:03 of it was saved" in dialog.message.text()
    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    [resumed] = results
    assert resumed is not None

    flow = SessionFlow(window, clock, lambda _config: None, fullscreen=False)
    controller = flow.resume(resumed.session, resumed.recorder)
    view = controller.session.view()
    assert (view.phase, view.paused_in, view.speaker, view.elapsed_ms) == (
        Phase.PAUSED,
        Phase.SPEAKING,
        B,
        63_000,
    )
    assert window.current_screen() is flow.session_screen
    assert flow.session_screen.pause_button.text() == "Resume (P)"
    qtbot.keyClick(flow.session_screen, Qt.Key.Key_P)
    clock.advance(7_000)
    controller.end(EndReason.ENDED_EARLY)
    assert repo.get_session(sid).end_reason is EndReason.ENDED_EARLY
    assert repo.turns(sid)[-1] == Turn(2, B, 43_000, 70_000, Wants.LISTEN)
    assert [(e.kind.value, e.detail) for e in repo.events(sid)] == [
        ("pause", "recovered"),
        ("resume", "0"),
    ]
    assert repo.count_sessions() == 1


def test_keep_it_as_interrupted(
    qtbot: QtBot, repo: SessionRepository, clock: FakeClock, window: MainWindow
) -> None:
    sid = crashed_session(repo, clock)
    recovery, results = launch(qtbot, repo, clock, window)
    assert recovery.dialog is not None
    qtbot.mouseClick(recovery.dialog.keep_button, Qt.MouseButton.LeftButton)
    assert results == [None]
    record = repo.get_session(sid)
    assert record.end_reason is EndReason.INTERRUPTED
    assert record.actual_ms == 63_000


def test_closing_the_dialog_keeps_the_session(
    qtbot: QtBot, repo: SessionRepository, clock: FakeClock, window: MainWindow
) -> None:
    sid = crashed_session(repo, clock)
    recovery, results = launch(qtbot, repo, clock, window)
    assert recovery.dialog is not None
    qtbot.keyClick(recovery.dialog, Qt.Key.Key_Escape)
    assert results == [None]
    assert repo.get_session(sid).end_reason is EndReason.INTERRUPTED


def test_after_two_hours_only_keeping_is_offered(
    qtbot: QtBot, repo: SessionRepository, clock: FakeClock, window: MainWindow
) -> None:
    sid = crashed_session(repo, clock)
    clock.advance(2 * 3_600_000)
    recovery, results = launch(qtbot, repo, clock, window)
    dialog = recovery.dialog
    assert dialog is not None
    assert dialog.resume_button is None
    assert "too long ago" in dialog.hint.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert results == [None]
    assert repo.get_session(sid).end_reason is EndReason.INTERRUPTED


def test_older_unfinished_sessions_are_kept_and_mentioned(
    qtbot: QtBot, repo: SessionRepository, clock: FakeClock, window: MainWindow
) -> None:
    older = [crashed_session(repo, clock) for _ in range(2)]
    clock.jump_wall(timedelta(minutes=1))
    newest = crashed_session(repo, clock)
    recovery, _ = launch(qtbot, repo, clock, window)
    assert recovery.dialog is not None
    assert "2 earlier unfinished sessions were kept as interrupted" in (
        recovery.dialog.message.text()
    )
    assert [repo.get_session(sid).end_reason for sid in older] == [EndReason.INTERRUPTED] * 2
    assert repo.get_session(newest).end_reason is None  # still waiting for the couple
    recovery.dialog.reject()


def test_nothing_unfinished_means_no_dialog(
    repo: SessionRepository, clock: FakeClock, window: MainWindow
) -> None:
    recovery = LaunchRecovery(repo, clock, window)
    results: list[object] = []
    recovery.done.connect(results.append)
    assert not recovery.run()
    assert recovery.dialog is None
    assert results == [None]
