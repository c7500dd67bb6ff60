"""The big time and its caption never overlap, whatever the window size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from heard.ui.session_screen import SessionScreen


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080), (900, 600)])
def test_the_caption_sits_below_the_digits(qtbot: QtBot, width: int, height: int) -> None:
    screen = SessionScreen()
    qtbot.addWidget(screen)
    screen.set_names("Sam", "Alex")
    screen.resize(width, height)
    screen.show()
    qtbot.waitExposed(screen)
    display, caption = screen.time_display, screen.time_caption

    def digits_bottom() -> int:  # what the digits need, not what they were given
        return display.mapTo(screen, QPoint(0, display.minimumHeight())).y()

    def caption_top() -> int:
        return caption.mapTo(screen, QPoint(0, 0)).y()

    qtbot.waitUntil(lambda: caption_top() >= digits_bottom(), timeout=2_000)
