"""Heard's window icon: PNG renders of resources/icons/<APP_ID>.svg, at any size asked for."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from heard.ui import app_icon as app_icon_module
from heard.ui.app_icon import app_icon

BLUE = QColor("#0072B2")  # the first speech shape
VERMILLION = QColor("#B85200")  # the answering one
PAPER = QColor("#F4F0E8")  # the tile


def _close(colour: QColor, expected: QColor, tolerance: int = 6) -> bool:
    """Equal up to rounding in the SVG renderer (colours are compared channel by channel)."""

    def channels(c: QColor) -> tuple[int, int, int, int]:
        return (c.red(), c.green(), c.blue(), c.alpha())

    pairs = zip(channels(colour), channels(expected), strict=True)
    return all(abs(a - b) <= tolerance for a, b in pairs)


@pytest.fixture(autouse=True)
def _fresh_icon_path() -> Iterator[None]:
    app_icon_module._icon_paths.cache_clear()
    yield
    app_icon_module._icon_paths.cache_clear()


@pytest.mark.parametrize("size", [16, 48, 256])
def test_icon_is_drawn_at_any_size(qtbot: QtBot, size: int) -> None:
    image = app_icon().pixmap(size, size).toImage()
    assert (image.width(), image.height()) == (size, size)
    if size < 48:
        return  # too small to sample single shapes reliably
    scale = size / 128  # the SVG's viewBox is 128 units wide

    def at(x: float, y: float) -> QColor:
        colour: QColor = image.pixelColor(round(x * scale), round(y * scale))
        return colour

    assert _close(at(50, 36), BLUE)
    assert _close(at(70, 60), VERMILLION)  # drawn over the blue shape where they overlap
    assert _close(at(16, 64), PAPER)
    assert at(2, 2).alpha() == 0  # transparent outside the tile


def test_icon_offers_every_shipped_size(qtbot: QtBot) -> None:
    sizes = {(size.width(), size.height()) for size in app_icon().availableSizes()}
    assert sizes == {(n, n) for n in app_icon_module.SIZES}


def test_missing_icon_falls_back_to_the_platform_default(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(app_icon_module, "ICON", "icons/png/nope-{size}.png")
    with caplog.at_level(logging.WARNING, logger="heard.ui.app_icon"):
        icon = app_icon()
    assert icon.isNull()
    assert "No app icon" in caplog.text
