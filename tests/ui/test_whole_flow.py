"""The whole path through real widgets: setup → start → passes with cues → end → SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import EndReason, Partner, Phase, SessionConfig
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "heard.db")
    yield db
    db.close()


@pytest.fixture
def flow(qtbot: QtBot, database: Database) -> tuple[SessionFlow, FakeClock, SessionRepository]:
    clock = FakeClock()
    repo = SessionRepository(database, clock)

    def recorder_for(config: SessionConfig) -> SessionRecorder:
        return SessionRecorder(repo, repo.create_session(config))

    window = MainWindow()
    qtbot.addWidget(window)
    flow = SessionFlow(window, clock, recorder_for, fullscreen=False)
    window.show()
    return flow, clock, repo


def press(qtbot: QtBot, flow: SessionFlow, key: Qt.Key) -> None:
    qtbot.keyClick(flow.session_screen, key)


def test_a_session_from_setup_to_sqlite(
    qtbot: QtBot, flow: tuple[SessionFlow, FakeClock, SessionRepository]
) -> None:
    ui, clock, repo = flow
    setup = ui.setup
    qtbot.keyClicks(setup.name_a, "Sam")
    qtbot.keyClicks(setup.name_b, "Alex")
    qtbot.mouseClick(setup.presets.button(10), Qt.MouseButton.LeftButton)
    setup.phones.setFocus()
    qtbot.keyClick(setup.phones, Qt.Key.Key_Space)  # tick it from the keyboard
    assert setup.start_button.isEnabled()
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    assert ui.window.current_screen() is ui.session_screen
    controller = ui.controller
    assert controller is not None
    session = controller.session

    for speaker, talk_ms in ((Partner.A, 40_000), (Partner.B, 25_000), (Partner.A, 12_000)):
        assert session.view().speaker is speaker
        clock.advance(talk_ms)
        press(qtbot, ui, Qt.Key.Key_Space)
        assert session.view().phase is Phase.PAUSE_CUE
        clock.advance(3_000)
        # The display timer notices the end of the cue and the screen offers the floor.
        qtbot.waitUntil(ui.session_screen.pass_button.isEnabled, timeout=2_000)

    clock.advance(5_000)
    press(qtbot, ui, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.window.current_screen() is ui.summary)
    assert session.end_reason is EndReason.ENDED_EARLY

    stored = repo.history()
    assert len(stored) == 1
    row = stored[0]
    assert row.end_reason is EndReason.ENDED_EARLY
    assert row.turns == 4
    assert row.talk_a_ms == 40_000 + 12_000
    assert row.talk_b_ms == 25_000 + 5_000
    assert (row.cues_honoured, row.cues_total) == (3, 3)
    turns = repo.turns(row.id)
    assert [t.speaker for t in turns] == [Partner.A, Partner.B, Partner.A, Partner.B]
    assert turns[1].start_ms == 43_000
    assert ui.summary.value_text("turns") == "4"


def test_space_during_the_cue_does_nothing(
    qtbot: QtBot, flow: tuple[SessionFlow, FakeClock, SessionRepository]
) -> None:
    ui, clock, _ = flow
    controller = ui.start(SessionConfig("Sam", "Alex", planned_s=300))
    clock.advance(10_000)
    press(qtbot, ui, Qt.Key.Key_Space)
    clock.advance(1_000)
    press(qtbot, ui, Qt.Key.Key_Space)
    clock.advance(2_000)
    qtbot.waitUntil(ui.session_screen.pass_button.isEnabled, timeout=2_000)
    assert controller.session.view().speaker is Partner.B
    controller.end()


def test_pause_key_toggles(
    qtbot: QtBot, flow: tuple[SessionFlow, FakeClock, SessionRepository]
) -> None:
    ui, clock, repo = flow
    controller = ui.start(SessionConfig("Sam", "Alex", planned_s=300))
    clock.advance(1_000)
    press(qtbot, ui, Qt.Key.Key_P)
    assert controller.session.phase is Phase.PAUSED
    clock.advance(60_000)
    press(qtbot, ui, Qt.Key.Key_P)
    assert controller.session.phase is Phase.SPEAKING
    assert controller.session.elapsed_ms() == 1_000
    controller.end()
    sid = repo.history()[0].id
    assert [e.kind.value for e in repo.events(sid)] == ["pause", "resume"]


def test_the_session_ends_by_itself_and_shows_the_summary(
    qtbot: QtBot, flow: tuple[SessionFlow, FakeClock, SessionRepository]
) -> None:
    ui, clock, repo = flow
    ui.start(SessionConfig("Sam", "Alex", planned_s=60))
    clock.advance(60_000)
    qtbot.waitUntil(lambda: ui.window.current_screen() is ui.summary, timeout=2_000)
    row = repo.history()[0]
    assert row.end_reason is EndReason.COMPLETED
    assert row.minutes == pytest.approx(1.0)
    assert "Well done" in ui.summary.heading.text()
    qtbot.mouseClick(ui.summary.done_button, Qt.MouseButton.LeftButton)
    assert ui.window.current_screen() is ui.setup
    assert not ui.setup.start_button.isEnabled()  # phones must be confirmed again


def test_closing_mid_session_asks_without_blocking(
    qtbot: QtBot, flow: tuple[SessionFlow, FakeClock, SessionRepository]
) -> None:
    ui, clock, repo = flow
    controller = ui.start(SessionConfig("Sam", "Alex", planned_s=300))
    clock.advance(4_000)
    assert not ui.window.close()  # refused for now; a question is open instead
    assert controller.running
    box = ui.window.findChild(QDialog, "confirm_close")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    from PySide6.QtWidgets import QMessageBox

    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not ui.window.isVisible())
    assert repo.history()[0].end_reason is EndReason.ENDED_EARLY


def test_session_screens_are_built_at_the_first_start_not_before(
    qtbot: QtBot, flow: tuple[SessionFlow, FakeClock, SessionRepository]
) -> None:
    """Launch builds only the start screen (memory budget). The session screen comes with
    the first Start, before the session's clock starts; the summary right after the session
    screen first paints, so the end of the session shows at once."""
    ui, clock, _repo = flow
    stack = ui.window.stack
    assert [stack.widget(i) for i in range(stack.count())] == [ui.setup]
    built: list[object] = []
    ui.with_session_screen(built.append)  # not built yet: waits
    assert built == []

    reads: list[int] = []
    read = clock.monotonic_ms
    clock.monotonic_ms = lambda: (reads.append(stack.count()), read())[1]  # type: ignore[method-assign]
    ui.start(SessionConfig.from_minutes(10, "Sam", "Alex"))
    assert reads and reads[0] >= 2  # the screen was there before the clock was first read
    assert built == [ui.session_screen]
    assert stack.indexOf(ui.session_screen) >= 0
    qtbot.waitUntil(lambda: stack.count() == 3)  # the summary, once the session painted
    assert stack.indexOf(ui.summary) >= 0

    later: list[object] = []
    ui.with_session_screen(later.append)  # built: called at once
    assert later == [ui.session_screen]
    assert built == [ui.session_screen]  # the first caller is not called again
    ui.interrupt()  # kept as interrupted; its timers stop
    assert ui.window.current_screen() is ui.summary
