"""The three-screen introduction (first run only, skippable, again from Help) and the Help
menu's key list; both step aside while a session runs, where ? and F1 belong to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.platform.settings import Settings
from heard.ui.help_menu import KeysDialog
from heard.ui.intro import PAGES, IntroDialog
from heard.ui.presence_wiring import first_run
from heard.ui.session_keys import SESSION_KEYS
from presence_helpers import EVENING, App


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, settings: Settings) -> Iterator[App]:
    run = App(tmp_path / "heard.db", FakeClock(wall=EVENING), settings)
    qtbot.addWidget(run.window)
    run.window.show()
    yield run
    run.close()


def test_the_intro_is_for_the_first_run_only(settings: Settings) -> None:
    assert first_run(settings) is True
    assert first_run(settings) is False
    assert settings.get("intro_seen") is True


def test_three_screens_with_enter_and_back(qtbot: QtBot) -> None:
    dialog = IntroDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    titles = [p.title for p in PAGES]
    assert titles == ["The floor", "The pause", "The repair"]
    seen = []
    for _ in PAGES:
        title = dialog.pages.currentWidget().findChild(QLabel, "intro_title")
        assert title is not None
        seen.append(title.text())
        if len(seen) < len(PAGES):
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert seen == titles
    assert dialog.next_button.text() == "Let's begin"
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    dialog.go(2)
    with qtbot.waitSignal(dialog.finished) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert blocker.args == [QDialog.DialogCode.Accepted]


def test_the_intro_can_be_skipped_with_escape(qtbot: QtBot) -> None:
    dialog = IntroDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert blocker.args == [QDialog.DialogCode.Rejected]
    for button in (dialog.back_button, dialog.next_button, dialog.skip_button):
        assert button.accessibleName() and button.accessibleDescription()


def test_presence_start_shows_the_intro_when_asked(qtbot: QtBot, app: App) -> None:
    app.presence.start(first_run_intro=True)
    assert app.presence.intro is not None and app.presence.intro.isVisible()
    app.presence.intro.reject()


def test_help_opens_the_intro_and_the_keys(qtbot: QtBot, app: App) -> None:
    help_menu = app.presence.help
    help_menu.intro_action.trigger()
    assert isinstance(help_menu.intro, IntroDialog) and help_menu.intro.isVisible()
    help_menu.intro.reject()
    assert help_menu.keys_action.shortcut().toString() == "F1"
    help_menu.keys_action.trigger()
    keys = help_menu.keys
    assert isinstance(keys, KeysDialog) and keys.isVisible()
    shown = {label.text() for label in keys.findChildren(QLabel)}
    assert {entry.text for entry in SESSION_KEYS} <= shown
    with qtbot.waitSignal(keys.finished):
        qtbot.keyClick(keys, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)


def test_help_steps_aside_during_a_session(qtbot: QtBot, app: App) -> None:
    help_menu = app.presence.help
    controller = app.flow.start(SessionConfig("Sam", "Alex"))
    assert not help_menu.keys_action.isEnabled() and not help_menu.intro_action.isEnabled()
    controller.end()
    assert help_menu.keys_action.isEnabled() and help_menu.intro_action.isEnabled()


def test_the_menu_bar_is_in_place_before_its_actions_come(qtbot: QtBot) -> None:
    """The menus are made, empty, before the first paint (reserve_menus); the Help menu and
    the data menu fill them afterwards. The screen below must not move when they do."""
    from heard.ui.help_menu import HelpMenu
    from heard.ui.main_window import MainWindow, named_menu, reserve_menus

    window = MainWindow()
    qtbot.addWidget(window)
    reserve_menus(window)
    window.show()
    qtbot.waitExposed(window)
    top = window.stack.geometry().top()
    assert top > 0  # the bar already takes its height

    HelpMenu(window)
    data = named_menu(window, "data_menu", "&Your data")  # as install_data_menu does
    data.addAction("&Delete all my data…")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Your data", "&Help"]  # the reserved ones, filled, none added twice
    help_menu = named_menu(window, "help_menu", "&Help")
    assert [action.objectName() for action in help_menu.actions()] == ["help_intro", "help_keys"]
    qtbot.waitUntil(lambda: window.stack.geometry().top() == top)
