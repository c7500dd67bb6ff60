"""Text size follows the desktop's font size and the large-text setting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from heard.ui.calm_style import calm_stylesheet
from heard.ui.text_scale import apply_text_scale, px, reset_text_scale, system_factor, text_scale
from heard.ui.theme import LIGHT, ui_font


@pytest.fixture
def desktop_font(qapp: QApplication) -> Iterator[QFont]:
    reset_text_scale(qapp)
    original = QFont(qapp.font())
    yield original
    reset_text_scale(qapp)
    qapp.setFont(original)


@pytest.mark.parametrize(
    ("points", "factor"),
    [(9.0, 1.0), (10.0, 1.0), (12.5, 1.25), (15.0, 1.5), (40.0, 2.0), (-1, 1.0)],
)
def test_the_desktop_font_size_sets_the_factor(points: float, factor: float) -> None:
    assert system_factor(points) == pytest.approx(factor)


def test_a_larger_desktop_font_makes_every_size_larger(
    qapp: QApplication, desktop_font: QFont
) -> None:
    big = QFont(desktop_font)
    big.setPointSizeF(15.0)
    qapp.setFont(big)
    assert apply_text_scale(qapp, large=False) == pytest.approx(1.5)
    assert px(20) == 30
    assert ui_font(40).pixelSize() == 60
    assert "font-size: 30px" in calm_stylesheet(LIGHT)


def test_large_text_adds_a_quarter_and_enlarges_the_application_font(
    qapp: QApplication, desktop_font: QFont
) -> None:
    small = QFont(desktop_font)
    small.setPointSizeF(9.0)
    qapp.setFont(small)
    apply_text_scale(qapp, large=True)
    assert text_scale() == pytest.approx(1.25)
    assert px(20) == 25
    assert qapp.font().pointSizeF() == pytest.approx(11.25)  # dialogs and menus too
    apply_text_scale(qapp, large=False)  # switching off goes back to the desktop's font
    assert text_scale() == 1.0
    assert qapp.font().pointSizeF() == pytest.approx(9.0)
