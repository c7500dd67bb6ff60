"""What a running session repaints (DESIGN.md, Performance; benchmarks/bench_cpu.py).

Every repaint costs CPU whatever it draws, so: a new second repaints only the digits that
changed (nothing behind them), a frame of the pause cue repaints only a small stretch of its
ring, text that did not change repaints nothing, and an animated ring ends up drawing exactly
the pixels a whole repaint would.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QImage, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from heard.core.model import Partner, Phase
from heard.ui.session_screen import SessionScreen
from heard.ui.theme import LIGHT
from heard.ui.widgets.cue_ring import CueRing, seconds_left
from heard.ui.widgets.time_display import TimeDisplay
from screen_builders import SPEAKING

CUE = replace(SPEAKING, phase=Phase.PAUSE_CUE, speaker=None, next_speaker=Partner.B,
              cue_remaining_ms=2600)  # fmt: skip


class PaintLog(QObject):
    """Which widgets got a paint event, and where, while installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[tuple[QWidget, QRect]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            assert isinstance(event, QPaintEvent)
            self.painted.append((watched, event.rect()))
        return False

    def widgets(self) -> set[str]:
        return {widget.objectName() or type(widget).__name__ for widget, _ in self.painted}


@pytest.fixture
def screen(qtbot: QtBot) -> Iterator[SessionScreen]:
    widget = SessionScreen(theme=LIGHT)
    qtbot.addWidget(widget)
    widget.set_names("Sam", "Alex")
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.fixture
def paints() -> Iterator[PaintLog]:
    log = PaintLog()
    app = QApplication.instance()
    assert app is not None
    QApplication.processEvents()  # what was already due is not ours
    app.installEventFilter(log)
    yield log
    app.removeEventFilter(log)


def settle() -> None:
    QApplication.processEvents()  # the posted repaint is handled here, synchronously
    QApplication.processEvents()


def test_a_new_second_repaints_only_the_digits_that_changed(
    screen: SessionScreen, paints: PaintLog
) -> None:
    screen.render(SPEAKING)
    settle()
    paints.painted.clear()
    screen.render(replace(SPEAKING, remaining_ms=753_400, elapsed_ms=446_600))  # still 12:34
    settle()
    assert paints.painted == []  # nothing new to see: nothing painted

    screen.render(replace(SPEAKING, remaining_ms=753_000, elapsed_ms=447_000))  # 12:33
    settle()
    assert screen.time_display.text() == "12:33"
    assert paints.widgets() == {"time_display"}  # not the screen's background behind it
    [(_, area)] = paints.painted
    assert area.width() < screen.time_display.width() / 4  # one digit's cell


def test_a_cue_frame_repaints_only_a_stretch_of_the_ring(
    screen: SessionScreen, paints: PaintLog
) -> None:
    screen.render(CUE)
    settle()
    ring = screen.cue.ring
    assert ring.seconds == 3
    paints.painted.clear()
    screen.show_cue_frame(0.2, 3, CUE.remaining_ms)  # the ring moved; the time did not
    settle()
    assert paints.widgets() == {"cue_ring"}
    [(_, area)] = paints.painted
    assert area.width() * area.height() < ring.width() * ring.height() / 4
    assert ring.progress == pytest.approx(0.2)

    paints.painted.clear()
    screen.show_cue_frame(0.2, 3, CUE.remaining_ms)  # the same frame again: nothing
    settle()
    assert paints.painted == []


def test_cue_frames_are_ignored_outside_a_cue(screen: SessionScreen) -> None:
    screen.render(SPEAKING)
    screen.show_cue_frame(0.5, 2, 100_000)
    assert screen.time_display.text() == "12:34"


def test_a_cue_frame_moves_the_time_too(screen: SessionScreen) -> None:
    screen.render(CUE)
    screen.show_cue_frame(0.5, 2, CUE.remaining_ms - 1_000)
    assert screen.time_display.text() == "12:33"
    assert (screen.cue.ring.progress, screen.cue.ring.seconds) == (0.5, 2)


def offscreen_window(qtbot: QtBot) -> QWidget:
    """An empty window whose own pixels can be read back (the offscreen platform keeps them;
    other platforms skip the test)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if app.platformName() != "offscreen":
        pytest.skip("reads the window's pixels from the offscreen platform")
    window = QWidget()
    qtbot.addWidget(window)
    return window


def window_pixels(window: QWidget, area: QRect) -> QImage:
    """What the window itself holds in `area`, as the screen would show it."""
    shown = QApplication.primaryScreen().grabWindow(window.winId()).toImage().copy(area)
    return shown.convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("size", [(300, 300), (300, 240), (181, 260)])
def test_an_animated_ring_draws_exactly_what_a_whole_repaint_draws(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    """Frames repaint only what moved, on top of what the window already holds; the
    window's own pixels (the offscreen platform keeps them) must match a fresh drawing."""
    window = offscreen_window(qtbot)
    window.resize(*size)
    ring = CueRing(window)
    ring.set_theme(LIGHT)
    ring.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    shuffled = random.Random(7)
    for cue in range(3):
        times = sorted(shuffled.sample(range(1, 3000), 40)) if cue else list(range(0, 3000, 100))
        for at in [*times, 3000]:
            left = 3000 - at
            ring.set_state(1 - left / 3000, seconds_left(left))
            QApplication.processEvents()
            if at % 7 and at != 3000:
                continue  # look at some frames only: grabbing is slow
            fresh = ring.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            assert window_pixels(window, ring.geometry()) == fresh, f"cue {cue}, {at} ms"


def test_the_time_display_shows_exactly_what_a_whole_repaint_draws(qtbot: QtBot) -> None:
    """Each second repaints only the characters that changed: the window's pixels must match
    a fresh drawing, across changes of length (10:00 to 9:59) and of colour."""
    window = offscreen_window(qtbot)
    display = TimeDisplay(window)
    display.set_theme(LIGHT)
    display.set_pixel_size(120)
    display.resize(700, display.height())
    window.resize(display.size())
    window.show()
    qtbot.waitExposed(window)
    for n, ms in enumerate([3_601_000, 3_600_000, 601_000, *range(600_000, 588_000, -1_000)]):
        display.set_quiet(n in (6, 7))
        display.set_remaining_ms(ms)
        QApplication.processEvents()
        fresh = display.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert window_pixels(window, display.geometry()) == fresh, display.text()


def test_the_time_display_draws_its_digits_in_the_theme_colours(qtbot: QtBot) -> None:
    display = TimeDisplay()
    qtbot.addWidget(display)
    display.set_theme(LIGHT)
    display.resize(600, display.height())
    display.set_remaining_ms(754_000)

    def colours() -> set[str]:
        image = display.grab().toImage()
        return {
            QColor(image.pixel(x, y)).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }

    plain = colours()
    assert LIGHT.background.lower() in plain and LIGHT.text.lower() in plain
    display.set_quiet(True)
    assert display.property("quiet") is True
    quiet = colours()
    assert LIGHT.text_muted.lower() in quiet and LIGHT.text.lower() not in quiet
