"""The look follows the desktop's light/dark switch while the theme setting is "system",
and stays put when the couple chose light or dark. (The offscreen platform cannot switch
its scheme, so the test plays the desktop: it answers "dark" and sends the signal.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from heard.ui import appearance as appearance_module
from heard.ui import theme as theme_module
from heard.ui.appearance import Look, SystemLookFollower, apply_look
from heard.ui.setup_screen import SetupScreen
from heard.ui.text_scale import reset_text_scale
from heard.ui.theme import DARK, LIGHT, current_theme


@pytest.fixture
def desktop(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Set `desktop[0] = True` to make the desktop dark."""
    dark = [False]
    answer = lambda _app, **_exact: dark[0]  # noqa: E731
    monkeypatch.setattr(theme_module, "system_prefers_dark", answer)
    monkeypatch.setattr(appearance_module, "system_prefers_dark", answer)
    yield dark
    apply_look(qapp, Look(theme="light"))
    reset_text_scale(qapp)


def switch_desktop(qapp: QApplication, dark: list[bool]) -> None:
    dark[0] = True
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)


def test_system_theme_follows_the_desktop_switch(
    qtbot: QtBot, qapp: QApplication, desktop: list[bool]
) -> None:
    follower = SystemLookFollower(qapp, Look(theme="system"))
    follower.set_look(follower.look)
    screen = SetupScreen()
    qtbot.addWidget(screen)
    assert current_theme().name == "light"
    switch_desktop(qapp, desktop)
    assert current_theme().name == "dark"
    assert DARK.background in screen.styleSheet()  # an open screen, restyled
    follower.setParent(None)


def test_a_chosen_theme_ignores_the_desktop(qapp: QApplication, desktop: list[bool]) -> None:
    follower = SystemLookFollower(qapp, Look(theme="light"))
    follower.set_look(follower.look)
    switch_desktop(qapp, desktop)
    assert current_theme().background == LIGHT.background
    follower.setParent(None)


def test_a_launch_guess_is_corrected_once_the_window_has_painted(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The launch guesses the scheme from the desktop's palette (no Qt namespace yet);
    check() reads the real scheme afterwards and follows it when the guess was wrong."""
    scheme = {"exact": True, "guess": False}  # a dark desktop whose palette looks light
    answer = lambda _app, exact=True: scheme["exact" if exact else "guess"]  # noqa: E731
    monkeypatch.setattr(theme_module, "system_prefers_dark", answer)
    monkeypatch.setattr(appearance_module, "system_prefers_dark", answer)
    follower = SystemLookFollower(qapp, Look(theme="system"), listen=False)
    try:
        follower.set_look(follower.look, exact=False)
        assert current_theme().name == "light"
        follower.check()
        assert current_theme().name == "dark"
        follower.check()  # right now: nothing to change
        assert current_theme().name == "dark"
    finally:
        follower.setParent(None)
        apply_look(qapp, Look(theme="light"))


def test_the_palette_guess_reads_the_desktop_window_colour(qapp: QApplication) -> None:
    from PySide6.QtGui import QColor, QPalette

    saved = QApplication.palette()
    try:
        for colour, dark in (("#202124", True), ("#f6f5f4", False)):
            palette = QPalette(saved)
            palette.setColor(QPalette.ColorRole.Window, QColor(colour))
            QApplication.setPalette(palette)
            assert theme_module.system_prefers_dark(qapp, exact=False) is dark
    finally:
        QApplication.setPalette(saved)
