"""Templates on the start screen: the picker sets the length, the session is stored with its
template, guidance shows under it; the couple's own templates are added and removed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.core.templates import DEFAULT_ID, load_templates
from heard.storage.db import Database
from heard.storage.ritual_store import RitualStore
from heard.ui.setup_screen import SetupScreen
from heard.ui.template_dialog import TemplateDialog


@pytest.fixture
def setup(qtbot: QtBot) -> SetupScreen:
    screen = SetupScreen()
    qtbot.addWidget(screen)
    return screen


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RitualStore]:
    db = Database.open(tmp_path / "heard.db")
    yield RitualStore(db, FakeClock())
    db.close()


def start(qtbot: QtBot, setup: SetupScreen) -> SessionConfig:
    setup.phones.setChecked(True)
    with qtbot.waitSignal(setup.start_requested) as blocker:
        qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    config = blocker.args[0]
    assert isinstance(config, SessionConfig)
    return config


def test_the_default_is_the_20_minute_phone_free_session(qtbot: QtBot, setup: SetupScreen) -> None:
    picker = setup.templates
    assert picker.current_id() == DEFAULT_ID
    assert picker.combo.currentText() == "20-minute phone-free session  ·  20 min"
    config = start(qtbot, setup)
    assert (config.template, config.planned_s) == (DEFAULT_ID, 1200)


def test_choosing_a_template_sets_its_length_and_shows_its_guidance(
    qtbot: QtBot, setup: SetupScreen
) -> None:
    setup.show()
    picker = setup.templates
    picker.combo.setFocus()
    qtbot.keyClick(picker.combo, Qt.Key.Key_Down)  # the keyboard alone: the next template
    assert picker.current_id() == "daily_high_low"
    assert setup.minutes() == 10
    assert picker.guidance.isVisible()
    assert "one high and one low" in picker.guidance.text()
    assert picker.select("monthly_deep_talk")
    assert setup.minutes() == 45
    setup.set_minutes(50)  # the length can still be changed by hand
    config = start(qtbot, setup)
    assert (config.template, config.planned_s) == ("monthly_deep_talk", 3000)
    assert not picker.select("no_such_template")


def test_own_templates_come_after_the_built_in_ones(
    qtbot: QtBot, setup: SetupScreen, store: RitualStore
) -> None:
    dialog = TemplateDialog(store, load_templates(), setup.minutes(), setup)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sunday walk")
    dialog.minutes.setValue(25)
    dialog.guidance.setText("Walk and talk, no screens.")
    with qtbot.waitSignal(dialog.changed) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    own = blocker.args[0]
    assert [t.name for t in own] == ["Sunday walk"]
    assert dialog.problem.text() == "Saved: Sunday walk."
    setup.templates.set_own(own)
    assert setup.templates.select(own[0].id)
    assert setup.minutes() == 25
    assert start(qtbot, setup).template == "own_sunday_walk"

    dialog.name.setText("Daily High & Low")  # taken by a built-in one
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "already a template" in dialog.problem.text()
    remove = dialog.findChild(QPushButton, "remove_own_sunday_walk")
    assert remove is not None and remove.accessibleName() == "Remove Sunday walk"
    with qtbot.waitSignal(dialog.changed) as removed:
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert removed.args == [[]]
    assert store.user_templates() == []


def test_picker_controls_are_named(setup: SetupScreen) -> None:
    picker = setup.templates
    for control in (picker.combo, picker.own_button, setup.rituals_button):
        assert control.accessibleName() and control.accessibleDescription()
