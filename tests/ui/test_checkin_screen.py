"""The 'did you feel heard?' check-in: each answers in turn, nothing shows until both have."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from heard.core.checklist import load_checklist
from heard.core.model import Partner
from heard.ui.checkin_screen import CheckIn, CheckInScreen

CONTENT = load_checklist()


def make(qtbot: QtBot) -> CheckInScreen:
    screen = CheckInScreen(CONTENT)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.begin("Sam", "Alex")
    return screen


def on_screen(screen: QWidget) -> str:
    """Everything a person looking at the screen can read, and which buttons look pressed."""
    parts = [w.text() for w in screen.findChildren(QLabel) if w.isVisible()]
    parts += [
        f"[pressed:{w.text()}]"
        for w in screen.findChildren(QAbstractButton)
        if w.isVisible() and w.isChecked()
    ]
    return "\n".join(parts)


def test_answers_stay_hidden_until_both_are_in(qtbot: QtBot) -> None:
    screen = make(qtbot)
    assert screen.ask_name.text() == "Sam"
    assert "Alex, please look away" in screen.ask_privacy.text()
    assert not screen.confirm.isEnabled()

    qtbot.mouseClick(screen.scale.button(2), Qt.MouseButton.LeftButton)
    assert "[pressed:2\nA little heard]" in on_screen(screen)  # Sam sees their own choice
    with qtbot.assertNotEmitted(screen.answered):
        qtbot.mouseClick(screen.confirm, Qt.MouseButton.LeftButton)

    # Hand-over: nothing of Sam's answer is on screen.
    assert screen.pages.currentWidget() is screen.handover_page
    assert "A little heard" not in on_screen(screen)
    assert "pressed" not in on_screen(screen)
    assert screen.handover_button.text() == "I'm Alex: show me the question"
    qtbot.keyClick(screen.handover_button, Qt.Key.Key_Space)

    # Alex's question: still nothing of Sam's answer.
    assert screen.ask_name.text() == "Alex"
    assert "Sam's answer is hidden" in screen.ask_privacy.text()
    assert "pressed" not in on_screen(screen)
    assert screen.scale.value() is None
    qtbot.keyClick(screen.scale, Qt.Key.Key_5)
    assert screen.confirm.isEnabled()
    with qtbot.waitSignal(screen.answered) as blocker:
        qtbot.keyClick(screen.confirm, Qt.Key.Key_Return)
    assert blocker.args == [CheckIn(2, 5)]

    # Both answers are shown together.
    assert screen.pages.currentWidget() is screen.reveal_page
    assert screen.reveal_rows[Partner.A].text() == "Sam: 2 · A little heard"
    text = on_screen(screen)
    assert "Sam: 2 · A little heard" in text
    assert "Alex: 5 · Fully heard" in text
    assert "worth knowing, not a failure" in text
    assert not screen.skip_all.isVisible()
    with qtbot.waitSignal(screen.continued):
        qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)


def test_a_partner_may_keep_their_answer(qtbot: QtBot) -> None:
    screen = make(qtbot)
    qtbot.mouseClick(screen.skip_mine, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.handover_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen.scale, Qt.Key.Key_4)
    with qtbot.waitSignal(screen.answered) as blocker:
        qtbot.mouseClick(screen.confirm, Qt.MouseButton.LeftButton)
    assert blocker.args == [CheckIn(None, 4)]
    assert "Sam: no answer" in on_screen(screen)
    assert "You felt heard" in on_screen(screen)


def test_the_whole_check_in_can_be_skipped(qtbot: QtBot) -> None:
    screen = make(qtbot)
    with qtbot.assertNotEmitted(screen.answered), qtbot.waitSignal(screen.skipped):
        qtbot.mouseClick(screen.skip_all, Qt.MouseButton.LeftButton)


def test_a_new_check_in_starts_clean(qtbot: QtBot) -> None:
    screen = make(qtbot)
    qtbot.keyClick(screen.scale, Qt.Key.Key_3)
    qtbot.mouseClick(screen.confirm, Qt.MouseButton.LeftButton)
    screen.begin("Ana", "Ben")
    assert screen.pages.currentWidget() is screen.ask_page
    assert screen.ask_name.text() == "Ana"
    assert screen.scale.value() is None and not screen.confirm.isEnabled()


@pytest.mark.parametrize("page", ["ask", "handover", "reveal"])
def test_every_control_is_named_for_assistive_technology(qtbot: QtBot, page: str) -> None:
    screen = make(qtbot)
    if page != "ask":
        qtbot.keyClick(screen.scale, Qt.Key.Key_3)
        qtbot.mouseClick(screen.confirm, Qt.MouseButton.LeftButton)
    if page == "reveal":
        qtbot.mouseClick(screen.handover_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.skip_mine, Qt.MouseButton.LeftButton)
    buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons
    for button in buttons:
        assert button.accessibleName(), button.objectName()
        assert button.accessibleDescription(), button.objectName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.objectName()


def test_keys_alone_carry_both_answers_through(qtbot: QtBot) -> None:
    screen = make(qtbot)
    qtbot.keyClick(screen.scale, Qt.Key.Key_Return)  # nothing chosen yet: stays
    assert screen.pages.currentWidget() is screen.ask_page
    qtbot.keyClick(screen.scale, Qt.Key.Key_4)
    qtbot.keyClick(screen.scale.button(4), Qt.Key.Key_Return)  # focus is on the 4 now
    assert screen.pages.currentWidget() is screen.handover_page
    qtbot.keyClick(screen.handover_button, Qt.Key.Key_Enter)
    qtbot.keyClick(screen.scale, Qt.Key.Key_1)
    with qtbot.waitSignal(screen.answered) as blocker:
        qtbot.keyClick(screen.scale.button(1), Qt.Key.Key_Return)
    assert blocker.args == [CheckIn(4, 1)]
    with qtbot.waitSignal(screen.continued):
        qtbot.keyClick(screen.continue_button, Qt.Key.Key_Return)
