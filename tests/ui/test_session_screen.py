"""The session screen: what it shows for each SessionView, and which intents its keys send."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedWidget
from pytestqt.qtbot import QtBot

from heard.core.model import Partner, Phase, Wants
from heard.core.view import SessionView
from heard.ui.session_screen import CUE_PAGE, FLOOR_PAGE, PAUSED_PAGE, SessionScreen
from heard.ui.theme import DARK, LIGHT

SPEAKING_A = SessionView(
    phase=Phase.SPEAKING,
    speaker=Partner.A,
    next_speaker=None,
    paused_in=None,
    planned_ms=1_200_000,
    elapsed_ms=446_000,
    remaining_ms=754_000,
    cue_ms=3000,
    cue_remaining_ms=0,
    turn_seq=3,
    turn_elapsed_ms=95_000,
    wants=Wants.LISTEN,
    talk_a_ms=236_000,
    talk_b_ms=193_000,
    turns_a=2,
    turns_b=1,
)
SPEAKING_B_IDEAS = replace(SPEAKING_A, speaker=Partner.B, wants=Wants.IDEAS, turn_seq=4)


def cue(remaining_ms: int) -> SessionView:
    return replace(
        SPEAKING_A,
        phase=Phase.PAUSE_CUE,
        speaker=None,
        next_speaker=Partner.B,
        cue_remaining_ms=remaining_ms,
    )


PAUSED = replace(SPEAKING_A, phase=Phase.PAUSED, paused_in=Phase.SPEAKING)
PAUSED_IN_CUE = replace(cue(1400), phase=Phase.PAUSED, paused_in=Phase.PAUSE_CUE)


@pytest.fixture
def screen(qtbot: QtBot) -> Iterator[SessionScreen]:
    widget = SessionScreen(theme=LIGHT)
    qtbot.addWidget(widget)
    widget.set_names("Sam", "Alex")
    widget.resize(1280, 800)
    widget.render(SPEAKING_A)
    yield widget


def status(screen: SessionScreen) -> str:
    label = screen.findChild(QLabel, "status_announcement")
    assert label is not None
    return label.text()


# ----------------------------------------------------------------------------- rendering


def test_speaking_a_names_the_speaker_and_the_listener(screen: SessionScreen) -> None:
    assert screen.pages.currentIndex() == FLOOR_PAGE
    assert screen.floor.speaker_title.text() == "Sam has the floor"
    assert screen.floor.listener_title.text() == "Alex is listening"
    assert screen.floor.wants_title.text() == "Just listen"
    assert screen.time_display.text() == "12:34"
    assert screen.turn_label.text() == "Turn 3"
    assert status(screen) == "Sam has the floor. Alex is listening."
    assert screen.pass_button.isEnabled()
    assert screen.pass_button.property("primary") is True


def test_speaking_b_shows_that_ideas_are_welcome(screen: SessionScreen) -> None:
    screen.render(SPEAKING_B_IDEAS)
    assert screen.floor.speaker_title.text() == "Alex has the floor"
    assert screen.floor.listener_title.text() == "Sam is listening"
    assert screen.floor.wants_title.text() == "Ideas welcome"
    assert screen.floor.wants_hint.text() == "Alex is open to your thoughts."
    assert status(screen) == "Alex has the floor. Sam is listening."


@pytest.mark.parametrize(
    ("remaining_ms", "number", "progress"),
    [(3000, 3, 0.0), (2400, 3, 0.2), (1999, 2, 1 / 3), (600, 1, 0.8)],
)
def test_pause_cue_counts_down_and_fills_the_ring(
    screen: SessionScreen, remaining_ms: int, number: int, progress: float
) -> None:
    screen.render(cue(remaining_ms))
    assert screen.pages.currentIndex() == CUE_PAGE
    assert screen.cue.ring.seconds == number
    assert screen.cue.ring.progress == pytest.approx(progress, abs=0.002)
    assert screen.cue.cue_title.text() == "Take a breath."
    assert screen.cue.cue_hint.text() == "Alex, let it land before you answer."
    assert "Nobody has the floor" in screen.cue.cue_next.text()
    assert status(screen) == "Pause. Take a breath. Alex speaks next."


def test_during_the_cue_nobody_can_pass_and_the_clock_steps_back(screen: SessionScreen) -> None:
    screen.render(cue(2000))
    assert not screen.pass_button.isEnabled()
    assert screen.pause_button.isEnabled()
    assert screen.jumped_button.isEnabled()
    assert screen.time_display.property("quiet") is True
    screen.render(SPEAKING_B_IDEAS)
    assert screen.pass_button.isEnabled()
    assert screen.time_display.property("quiet") is False


def test_paused_says_how_to_resume(screen: SessionScreen) -> None:
    screen.render(PAUSED)
    assert screen.pages.currentIndex() == PAUSED_PAGE
    assert screen.paused.paused_title.text() == "Paused"
    assert "Press P" in screen.paused.paused_hint.text()
    assert screen.paused.paused_context.text() == (
        "When you resume, Sam picks up where they left off."
    )
    assert screen.pause_button.text() == "Resume (P)"
    assert screen.pause_button.property("primary") is True
    assert not screen.pass_button.isEnabled()
    assert status(screen) == "Paused. Press P to resume."
    assert screen.time_caption.text() == "paused · the clock is stopped"


def test_paused_during_the_cue_says_the_quiet_continues(screen: SessionScreen) -> None:
    screen.render(PAUSED_IN_CUE)
    assert screen.pages.currentIndex() == PAUSED_PAGE
    assert screen.paused.paused_context.text() == (
        "You paused during the quiet moment: 2 more seconds of quiet, then Alex has the floor."
    )
    screen.render(cue(1400))
    assert screen.pause_button.text() == "Pause (P)"
    assert screen.pages.currentIndex() == CUE_PAGE


def test_talk_share_in_words(screen: SessionScreen) -> None:
    assert screen.talk_share.text == "Sam 55% · Alex 45%"
    screen.render(replace(SPEAKING_A, talk_a_ms=0, talk_b_ms=0))
    assert screen.talk_share.text == "No talk yet"
    assert screen.talk_share.bar.percent_a is None


def test_the_last_minute_is_announced(screen: SessionScreen) -> None:
    screen.render(replace(SPEAKING_A, remaining_ms=60_001))
    assert "minute" not in status(screen)
    screen.render(replace(SPEAKING_A, remaining_ms=60_000))
    assert status(screen) == "Sam has the floor. Alex is listening. One minute left."
    assert screen.time_display.text() == "1:00"


def test_long_sessions_show_hours(screen: SessionScreen) -> None:
    screen.render(replace(SPEAKING_A, remaining_ms=2 * 3_600_000 + 5_000))
    assert screen.time_display.text() == "2:00:05"


def test_names_set_after_a_render_show_at_once(screen: SessionScreen) -> None:
    screen.set_names("Robin", "Kai")
    assert screen.floor.speaker_title.text() == "Robin has the floor"
    assert screen.talk_share.text == "Robin 55% · Kai 45%"


def test_render_leaves_unchanged_text_alone(
    screen: SessionScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[str] = []
    monkeypatch.setattr(screen.time_display, "setText", writes.append)
    screen.render(replace(SPEAKING_A, remaining_ms=753_400, elapsed_ms=446_600))  # still 12:34
    assert writes == []
    screen.render(replace(SPEAKING_A, remaining_ms=753_000, elapsed_ms=447_000))
    assert writes == ["12:33"]


def test_the_time_is_huge_and_grows_with_the_window(qtbot: QtBot, screen: SessionScreen) -> None:
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    at_800 = screen.time_display.font().pixelSize()
    assert at_800 >= 96
    assert screen.time_display.font().bold()
    screen.resize(1920, 1080)
    qtbot.waitUntil(lambda: screen.time_display.font().pixelSize() > at_800, timeout=1000)
    assert screen.floor.speaker_title.font().pixelSize() > 58


def test_every_control_is_named_and_described(screen: SessionScreen) -> None:
    buttons = screen.findChildren(QPushButton)
    main = {"pass_button", "pause_button", "jumped_button", "end_button"}
    assert main <= {b.objectName() for b in buttons}  # and the presence aids' (B, R, D…)
    for button in buttons:
        assert button.accessibleName(), button.objectName()
        assert button.accessibleDescription(), button.objectName()
    assert [b.text() for b in (screen.pass_button, screen.pause_button)] == [
        "I'm done — pass the floor (Space)",
        "Pause (P)",
    ]
    assert screen.jumped_button.text() == "I jumped in (I)"
    assert screen.end_button.text() == "End (Esc)"
    assert screen.time_display.accessibleName() == "Time remaining"


def test_dark_theme_renders_the_same_words(qtbot: QtBot) -> None:
    screen = SessionScreen(theme=DARK)
    qtbot.addWidget(screen)
    screen.set_names("Sam", "Alex")
    screen.render(SPEAKING_B_IDEAS)
    assert screen.floor.speaker_title.text() == "Alex has the floor"
    assert DARK.background in screen.styleSheet()


# ----------------------------------------------------------------------------- intents


@pytest.mark.parametrize(
    ("key", "signal_name"),
    [
        (Qt.Key.Key_Space, "pass_requested"),
        (Qt.Key.Key_P, "pause_requested"),
        (Qt.Key.Key_I, "jumped_in_reported"),
    ],
)
def test_keys_send_intents(
    qtbot: QtBot, screen: SessionScreen, key: Qt.Key, signal_name: str
) -> None:
    with qtbot.waitSignal(getattr(screen, signal_name), timeout=1000):
        qtbot.keyClick(screen, key)


def test_keys_still_work_while_a_button_has_keyboard_focus(
    qtbot: QtBot, screen: SessionScreen
) -> None:
    with qtbot.waitSignal(screen.jumped_in_reported, timeout=1000):
        qtbot.keyClick(screen.pause_button, Qt.Key.Key_I)


def test_buttons_send_intents(qtbot: QtBot, screen: SessionScreen) -> None:
    with qtbot.waitSignal(screen.pass_requested, timeout=1000):
        qtbot.mouseClick(screen.pass_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.pause_requested, timeout=1000):
        qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)


def test_a_held_space_passes_only_once(qtbot: QtBot, screen: SessionScreen) -> None:
    passes: list[None] = []
    screen.pass_requested.connect(lambda: passes.append(None))
    qtbot.keyPress(screen, Qt.Key.Key_Space)
    for _ in range(3):
        repeat = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True
        )
        QApplication.sendEvent(screen, repeat)
    assert passes == [None]


def test_space_during_the_cue_does_nothing(qtbot: QtBot, screen: SessionScreen) -> None:
    screen.render(cue(2000))
    with qtbot.assertNotEmitted(screen.pass_requested):
        qtbot.keyClick(screen, Qt.Key.Key_Space)
        qtbot.mouseClick(screen.pass_button, Qt.MouseButton.LeftButton)


def test_keys_with_modifiers_are_not_intents(qtbot: QtBot, screen: SessionScreen) -> None:
    with qtbot.assertNotEmitted(screen.pause_requested):
        qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_escape_asks_first_and_enter_confirms_once(qtbot: QtBot, screen: SessionScreen) -> None:
    with qtbot.assertNotEmitted(screen.end_requested):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)
    dialog = screen.end_dialog
    assert dialog is not None
    assert "End the session" in dialog.text()
    ends: list[None] = []
    screen.end_requested.connect(lambda: ends.append(None))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert ends == [None]
    assert screen.end_dialog is None


def test_escape_in_the_dialog_keeps_talking(qtbot: QtBot, screen: SessionScreen) -> None:
    qtbot.mouseClick(screen.end_button, Qt.MouseButton.LeftButton)
    dialog = screen.end_dialog
    assert dialog is not None
    with qtbot.assertNotEmitted(screen.end_requested):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert screen.end_dialog is None
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # it can be asked again
    assert screen.end_dialog is not None


def test_a_finished_session_closes_the_question(qtbot: QtBot, screen: SessionScreen) -> None:
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.end_dialog is not None
    with qtbot.assertNotEmitted(screen.end_requested):
        screen.render(replace(SPEAKING_A, phase=Phase.FINISHED, speaker=None, remaining_ms=0))
    assert screen.end_dialog is None
    assert not screen.end_button.isEnabled()
    assert not screen.pause_button.isEnabled()


def test_keys_typed_into_the_window_reach_the_screen_through_focus(qtbot: QtBot) -> None:
    host = QStackedWidget()
    qtbot.addWidget(host)
    screen = SessionScreen(theme=LIGHT)
    host.addWidget(QPushButton("another screen"))
    host.addWidget(screen)
    screen.set_names("Sam", "Alex")
    screen.render(SPEAKING_A)
    host.setCurrentWidget(screen)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen, timeout=1000)
    window = host.windowHandle()
    assert window is not None
    with qtbot.waitSignal(screen.pass_requested, timeout=1000):
        QTest.keyClick(window, Qt.Key.Key_Space)
    # a click on a button leaves the keys with the screen
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is screen


def test_rendering_for_a_long_session_keeps_none_alive(qtbot: QtBot, screen: SessionScreen) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns None,
    so a 20-minute session aborts with "deallocating None". A fixed PySide6 (or Python ≥ 3.12,
    where None is immortal) keeps this count steady."""
    before = sys.getrefcount(None)
    for step in range(60):
        screen.render(cue(3000 - step * 50))
        screen.grab()
    lost = before - sys.getrefcount(None)
    assert lost < 60, f"{lost} references to None lost in 60 frames: PySide6 refcount bug"
