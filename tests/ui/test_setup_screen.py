from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from heard.core.model import SessionConfig
from heard.ui.setup_screen import SetupScreen


def make(qtbot: QtBot) -> SetupScreen:
    screen = SetupScreen()
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_start_is_disabled_until_phones_are_away(qtbot: QtBot) -> None:
    screen = make(qtbot)
    screen.set_names("Sam", "Alex")
    assert not screen.start_button.isEnabled()
    screen.phones.setChecked(True)
    assert screen.start_button.isEnabled()


def test_start_emits_a_config(qtbot: QtBot) -> None:
    screen = make(qtbot)
    screen.set_names("  Sam ", "Alex")
    qtbot.mouseClick(screen.presets.button(30), Qt.MouseButton.LeftButton)
    screen.phones.setChecked(True)
    with qtbot.waitSignal(screen.start_requested) as blocker:
        qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    config = blocker.args[0]
    assert isinstance(config, SessionConfig)
    assert (config.partner_a, config.partner_b) == ("Sam", "Alex")
    assert config.planned_s == 30 * 60
    assert config.phones_away


def test_custom_length_unchecks_presets(qtbot: QtBot) -> None:
    screen = make(qtbot)
    screen.custom.setValue(17)
    assert screen.presets.checkedButton() is None
    assert screen.minutes() == 17
    screen.custom.setValue(45)
    assert screen.presets.checkedId() == 45


def test_enter_in_a_name_field_starts_only_when_ready(qtbot: QtBot) -> None:
    screen = make(qtbot)
    screen.set_names("Sam", "Alex")
    with qtbot.assertNotEmitted(screen.start_requested):
        qtbot.keyClick(screen.name_b, Qt.Key.Key_Return)
    screen.phones.setChecked(True)
    with qtbot.waitSignal(screen.start_requested):
        qtbot.keyClick(screen.name_b, Qt.Key.Key_Return)


def test_reset_asks_for_phones_again(qtbot: QtBot) -> None:
    screen = make(qtbot)
    screen.phones.setChecked(True)
    screen.reset_for_next()
    assert not screen.start_button.isEnabled()


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QSpinBox

    screen = make(qtbot)
    controls = screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit)
    controls += screen.findChildren(QSpinBox)
    assert controls
    for control in controls:
        if isinstance(control, QLineEdit) and isinstance(control.parent(), QSpinBox):
            continue
        assert control.accessibleName(), control
