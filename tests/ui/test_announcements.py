"""Screen readers hear the session: the live status line's accessible text changes, and an
announcement is posted, at every floor change, at the start and end of the pause cue, when
the last minute begins, at a pause and at the end. Driven by a fake clock."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import Phase, SessionConfig
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow


def accessible_text(label: QLabel) -> str:
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def start(qtbot: QtBot, minutes: int = 2) -> tuple[SessionFlow, FakeClock, list[str]]:
    clock = FakeClock()
    window = MainWindow()
    qtbot.addWidget(window)
    flow = SessionFlow(window, clock, lambda _config: None, fullscreen=False)
    heard: list[str] = []
    flow.announcer.announced.connect(lambda text, _assertive: heard.append(text))
    window.show()
    flow.start(SessionConfig("Sam", "Alex", planned_s=minutes * 60, pause_cue_s=3))
    return flow, clock, heard


def test_floor_changes_and_the_pause_cue_are_announced(qtbot: QtBot) -> None:
    flow, clock, heard = start(qtbot)
    status = flow.session_screen.status_announcement
    assert heard == ["Sam has the floor. Alex is listening."]
    assert accessible_text(status).startswith("Sam has the floor.")

    clock.advance(20_000)
    assert flow.controller is not None
    flow.controller.pass_floor()
    assert heard[-1] == "Pause. Take a breath and let it land. Alex speaks next."
    assert accessible_text(status).startswith("Pause. Take a breath.")

    clock.advance(3_000)  # the cue ends on the next display refresh
    qtbot.waitUntil(lambda: len(heard) == 3)
    assert heard[-1] == "The pause is over. Alex has the floor. Sam is listening."
    assert accessible_text(status).startswith("Alex has the floor.")
    flow.controller.end()


def test_the_last_minute_is_announced_once(qtbot: QtBot) -> None:
    flow, clock, heard = start(qtbot, minutes=2)
    assert flow.controller is not None
    status = flow.session_screen.status_announcement
    try:
        clock.advance(59_000)  # 61 s left
        qtbot.waitUntil(lambda: flow.session_screen.time_display.text() == "1:01")
        assert "One minute left." not in heard
        assert "One minute left" not in accessible_text(status)
        clock.advance(2_000)  # 59 s left
        qtbot.waitUntil(lambda: "One minute left." in heard)
        assert "One minute left." in accessible_text(status)
        clock.advance(1_000)
        qtbot.waitUntil(lambda: flow.session_screen.time_display.text() == "0:58")
        assert heard.count("One minute left.") == 1
    finally:
        flow.controller.end()


def test_a_pause_and_the_end_are_announced(qtbot: QtBot) -> None:
    flow, clock, heard = start(qtbot)
    controller = flow.controller
    assert controller is not None
    clock.advance(5_000)
    controller.toggle_pause()
    assert heard[-1] == "Paused. The clock is stopped."
    assert controller.session.view().phase is Phase.PAUSED
    controller.toggle_pause()
    assert heard[-1] == "Carrying on. Sam has the floor. Alex is listening."
    controller.end()
    assert heard[-1] == "The session is over. Thank you both for listening."
