"""Every presence-aid key and screen on the real session screen, driving a real session with
a fake clock and recording into a real SQLite file: B (the breathing break), R (start over),
D (distracted), W (just listen / ideas welcome), C (prompt cards), ? and F1 (the key list),
G and N (the reflection step), and the gentle wrap-up of the soft limit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import EventKind, Partner, Phase, SessionConfig, Wants
from heard.core.session import Session
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.ui.session_aids import SPEAKER_HINT, WRAP_UP_HINT
from heard.ui.session_controller import SessionController
from heard.ui.session_keys import SESSION_KEYS
from heard.ui.session_screen import FLOOR_PAGE, PAUSED_PAGE, SessionScreen
from heard.ui.theme import LIGHT


@dataclass
class Harness:
    screen: SessionScreen
    controller: SessionController
    session: Session
    clock: FakeClock
    repo: SessionRepository
    sid: int

    def press(self, qtbot: QtBot, key: Qt.Key, mods: Qt.KeyboardModifier | None = None) -> None:
        qtbot.keyClick(self.screen, key, mods or Qt.KeyboardModifier.NoModifier)

    def events(self) -> list[tuple[EventKind, str]]:
        return [(e.kind, e.detail) for e in self.repo.events(self.sid)]

    @property
    def page(self) -> object:
        return self.screen.pages.currentWidget()


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Iterator[Harness]:
    db = Database.open(tmp_path / "heard.db")
    clock = FakeClock()
    repo = SessionRepository(db, clock)
    config = SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3)
    sid = repo.create_session(config)
    session = Session(config, clock)
    controller = SessionController(session, SessionRecorder(repo, sid))
    screen = SessionScreen(theme=LIGHT)
    qtbot.addWidget(screen)
    screen.set_names("Sam", "Alex")
    screen.resize(1280, 800)
    controller.view_changed.connect(screen.render)
    screen.pass_requested.connect(controller.pass_floor)
    screen.pause_requested.connect(controller.toggle_pause)
    screen.aids.attach(controller)
    screen.show()
    controller.start()
    yield Harness(screen, controller, session, clock, repo, sid)
    controller.end()
    screen.aids.detach()
    db.close()


def test_b_opens_a_breathing_break_and_b_again_carries_on(qtbot: QtBot, harness: Harness) -> None:
    harness.clock.advance(20_000)
    harness.press(qtbot, Qt.Key.Key_B)
    view = harness.session.view()
    assert (view.phase, view.pause_kind) == (Phase.PAUSED, EventKind.BREAK)
    assert harness.page is harness.screen.aids.break_panel
    assert harness.screen.aids.break_panel.circle.animation.state().name == "Running"
    assert "paused, not ended" in harness.screen.status_announcement.text()
    harness.clock.advance(300_000)  # a long break costs no session time
    harness.press(qtbot, Qt.Key.Key_B)
    view = harness.session.view()
    assert (view.phase, view.elapsed_ms, view.speaker) == (Phase.SPEAKING, 20_000, Partner.A)
    assert harness.screen.pages.currentIndex() == FLOOR_PAGE
    assert [kind for kind, _ in harness.events()] == [EventKind.BREAK, EventKind.RESUME]


def test_the_break_button_carries_on_too_and_p_pauses_plainly(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.press(qtbot, Qt.Key.Key_P)
    assert harness.screen.pages.currentIndex() == PAUSED_PAGE  # a plain pause, not a break
    harness.press(qtbot, Qt.Key.Key_P)
    harness.press(qtbot, Qt.Key.Key_B)
    qtbot.mouseClick(harness.screen.aids.break_panel.back_button, Qt.MouseButton.LeftButton)
    assert harness.session.view().phase is Phase.SPEAKING


def test_r_starts_the_turn_over_and_logs_it(qtbot: QtBot, harness: Harness) -> None:
    harness.clock.advance(45_000)
    harness.press(qtbot, Qt.Key.Key_R)
    view = harness.session.view()
    assert (view.speaker, view.turn_seq, view.turn_elapsed_ms) == (Partner.A, 1, 0)
    assert harness.events() == [(EventKind.START_OVER, "turn 1, 45000 ms")]
    feedback = harness.screen.aids.bar.feedback.text()
    assert feedback == "“Can we try that again?” Sam starts this turn over."
    turn = harness.repo.open_turn_of(harness.sid)
    assert turn is not None and turn.start_ms == 45_000


def test_d_notes_a_distraction_without_any_penalty(qtbot: QtBot, harness: Harness) -> None:
    harness.screen.aids.feedback_ms = 200
    harness.clock.advance(5_000)
    harness.press(qtbot, Qt.Key.Key_D)
    assert harness.events() == [(EventKind.DISTRACTION, "")]
    assert harness.session.view().phase is Phase.SPEAKING
    assert harness.screen.pages.currentIndex() == FLOOR_PAGE
    assert harness.screen.aids.bar.feedback.text() == (
        "Noted, no harm done. Come back to Sam when you're ready."
    )
    qtbot.waitUntil(lambda: harness.screen.aids.bar.feedback.text() == "", timeout=5_000)


def test_w_switches_just_listen_and_ideas_welcome_for_the_listener(
    qtbot: QtBot, harness: Harness
) -> None:
    floor = harness.screen.floor
    assert floor.wants_title.text() == "Just listen"
    harness.press(qtbot, Qt.Key.Key_W)
    assert floor.wants_title.text() == "Ideas welcome"
    assert harness.screen.aids.bar.buttons["wants"].text() == "Just listen (W)"
    harness.press(qtbot, Qt.Key.Key_W)
    assert floor.wants_title.text() == "Just listen"
    harness.press(qtbot, Qt.Key.Key_Space)  # during the cue, Alex chooses for the next turn
    harness.press(qtbot, Qt.Key.Key_W)
    assert harness.screen.aids.bar.feedback.text() == "Alex says: ideas are welcome."
    harness.clock.advance(3_000)
    qtbot.waitUntil(lambda: harness.session.view().speaker is Partner.B, timeout=5_000)
    qtbot.waitUntil(lambda: floor.wants_title.text() == "Ideas welcome", timeout=5_000)
    assert harness.session.view().wants is Wants.IDEAS


def test_c_opens_the_prompt_cards_and_their_keys(qtbot: QtBot, harness: Harness) -> None:
    cards = harness.screen.aids.cards
    harness.press(qtbot, Qt.Key.Key_C)
    assert cards.isVisible() and cards.current == 0
    assert cards.heading.text() == "Sam has the floor and asks you to just listen."
    harness.press(qtbot, Qt.Key.Key_Right)
    assert cards.current == 1
    harness.press(qtbot, Qt.Key.Key_4)
    assert cards.current == 3
    harness.press(qtbot, Qt.Key.Key_Right)
    assert cards.current == 0  # round again
    harness.press(qtbot, Qt.Key.Key_Left)
    assert cards.current == 3
    harness.press(qtbot, Qt.Key.Key_Escape)  # closes the cards, does not end the session
    assert not cards.isVisible()
    assert harness.screen.end_dialog is None
    harness.press(qtbot, Qt.Key.Key_C)
    harness.press(qtbot, Qt.Key.Key_C)
    assert not cards.isVisible()
    harness.press(qtbot, Qt.Key.Key_C)
    harness.press(qtbot, Qt.Key.Key_Space)  # the speaker can still pass with the cards open
    assert harness.session.view().phase is Phase.PAUSE_CUE
    assert cards.heading.text() == "Prompt cards for the listener"


@pytest.mark.parametrize("key", [Qt.Key.Key_Question, Qt.Key.Key_F1])
def test_question_mark_and_f1_list_every_key(qtbot: QtBot, harness: Harness, key: Qt.Key) -> None:
    help_overlay = harness.screen.aids.key_help
    harness.press(
        qtbot, key, Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Question else None
    )
    assert help_overlay.isVisible()
    shown = {label.text() for label in help_overlay.findChildren(QLabel)}
    for entry in SESSION_KEYS:
        assert entry.cap in shown and entry.text in shown
    harness.press(qtbot, Qt.Key.Key_Escape)
    assert not help_overlay.isVisible()
    assert harness.screen.end_dialog is None
    assert harness.session.view().phase is Phase.SPEAKING


def test_g_and_n_answer_the_reflection_step(qtbot: QtBot, harness: Harness) -> None:
    harness.session.set_reflection(True)
    panel = harness.screen.aids.reflection_panel
    harness.clock.advance(30_000)
    harness.press(qtbot, Qt.Key.Key_G)  # not reflecting yet: nothing happens
    assert harness.session.view().phase is Phase.SPEAKING
    harness.press(qtbot, Qt.Key.Key_Space)
    harness.clock.advance(3_000)
    qtbot.waitUntil(lambda: harness.page is panel, timeout=5_000)
    assert panel.title.text() == "Alex, reflect back what you heard"
    assert panel.question.text() == "Sam, did Alex get it?"
    harness.clock.advance(10_000)
    harness.press(qtbot, Qt.Key.Key_N)  # not quite: Sam has the floor again
    assert harness.session.view().speaker is Partner.A
    harness.clock.advance(15_000)
    harness.press(qtbot, Qt.Key.Key_Space)
    harness.clock.advance(3_000)
    qtbot.waitUntil(lambda: harness.page is panel, timeout=5_000)
    qtbot.mouseClick(panel.got_it_button, Qt.MouseButton.LeftButton)
    assert harness.session.view().speaker is Partner.B
    assert harness.repo.reflections(harness.sid) == {1: "not_quite", 2: "got_it"}


def test_the_soft_limit_asks_gently_to_wrap_up(qtbot: QtBot, harness: Harness) -> None:
    harness.session.set_soft_limit(120_000)
    hint = harness.screen.floor.speaker_hint
    harness.clock.advance(119_000)
    qtbot.waitUntil(lambda: harness.session.view().turn_elapsed_ms == 119_000, timeout=2_000)
    assert hint.text() == SPEAKER_HINT
    harness.clock.advance(1_000)
    qtbot.waitUntil(lambda: hint.text() == WRAP_UP_HINT, timeout=5_000)
    harness.clock.advance(200_000)
    qtbot.waitUntil(lambda: harness.session.view().elapsed_ms == 320_000, timeout=2_000)
    assert harness.session.view().phase is Phase.SPEAKING  # never cut off
    harness.press(qtbot, Qt.Key.Key_Space)
    harness.clock.advance(3_000)
    qtbot.waitUntil(lambda: hint.text() == SPEAKER_HINT, timeout=5_000)


def test_aid_keys_with_modifiers_or_held_down_act_once_or_not_at_all(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert harness.events() == []
    for repeat in (False, True, True):
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier, "d", repeat
        )
        QApplication.sendEvent(harness.screen, event)
    assert harness.events() == [(EventKind.DISTRACTION, "")]


def test_after_the_end_the_aids_rest(qtbot: QtBot, harness: Harness) -> None:
    harness.press(qtbot, Qt.Key.Key_C)
    harness.controller.end()
    assert not harness.screen.aids.cards.isVisible()
    harness.press(qtbot, Qt.Key.Key_B)
    harness.press(qtbot, Qt.Key.Key_R)
    assert harness.events() == []
    bar = harness.screen.aids.bar
    assert not any(button.isEnabled() for button in bar.buttons.values())


def test_every_aid_control_has_a_name_and_a_description(harness: Harness) -> None:
    aids = harness.screen.aids
    controls: list[QAbstractButton] = [
        *aids.bar.buttons.values(),
        aids.break_panel.back_button,
        aids.reflection_panel.got_it_button,
        aids.reflection_panel.not_quite_button,
        aids.cards.close_button,
        *aids.cards.tabs.buttons(),
    ]
    for control in controls:
        assert control.accessibleName(), control.objectName()
        assert control.accessibleDescription(), control.objectName()
        assert control.focusPolicy() == Qt.FocusPolicy.TabFocus  # keys stay with the screen


def test_the_templates_guidance_line(harness: Harness) -> None:
    aids = harness.screen.aids
    assert not aids.guidance.isVisible()
    aids.set_guidance("Each of you shares one high and one low from your day.")
    assert aids.guidance.isVisible()
    aids.set_guidance("")
    assert not aids.guidance.isVisible()
