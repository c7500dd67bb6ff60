"""The session screen's building blocks: theme contrast, formats, and what the widgets paint."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from heard.core.model import Partner, Wants
from heard.ui.theme import AA_LARGE, AA_NORMAL, DARK, LIGHT, Theme, contrast_ratio
from heard.ui.widgets.cue_ring import CueRing, seconds_left
from heard.ui.widgets.floor_indicator import FloorIndicator
from heard.ui.widgets.labels import set_text
from heard.ui.widgets.talk_share_bar import ShareBar, share_percentages, share_text
from heard.ui.widgets.time_display import TimeDisplay, format_remaining, spoken_remaining

THEMES = [pytest.param(LIGHT, id="light"), pytest.param(DARK, id="dark")]


# ----------------------------------------------------------------------------- theme


def test_contrast_ratio_matches_the_wcag_reference_points() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#0072B2", "#FFFFFF") == pytest.approx(5.19, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#767676") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#D55E00", "#FFFFFF") == contrast_ratio("#FFFFFF", "#D55E00")


def test_contrast_ratio_rejects_a_colour_it_cannot_read() -> None:
    with pytest.raises(ValueError, match="RRGGBB"):
        contrast_ratio("#FFF", "#000000")


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_and_mark_in_the_theme_meets_wcag_aa(theme: Theme) -> None:
    failures = [
        f"{what}: {fg} on {bg} = {contrast_ratio(fg, bg):.2f} < {minimum}"
        for what, fg, bg, minimum in theme.text_pairs()
        if contrast_ratio(fg, bg) < minimum
    ]
    assert failures == []
    assert {minimum for *_, minimum in theme.text_pairs()} == {AA_NORMAL, AA_LARGE}


@pytest.mark.parametrize("theme", THEMES)
def test_backgrounds_are_calm_not_pure_black_or_white(theme: Theme) -> None:
    for colour in (theme.background, theme.surface, theme.text):
        assert colour.upper() not in {"#000000", "#FFFFFF"}


# Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB.
_SIMULATIONS = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
    "typical": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
}


def _linear(colour: str) -> tuple[float, ...]:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return tuple(channel(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))


def _lab(rgb: tuple[float, ...]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, c)) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen_as(colour: str, matrix: tuple[tuple[float, ...], ...]) -> tuple[float, float, float]:
    rgb = _linear(colour)
    return _lab(tuple(sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix))


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("vision", list(_SIMULATIONS))
def test_partner_colours_stay_distinguishable_for_colour_blind_eyes(
    theme: Theme, vision: str
) -> None:
    a = _seen_as(theme.partner_a, _SIMULATIONS[vision])
    b = _seen_as(theme.partner_b, _SIMULATIONS[vision])
    delta_e = sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5
    assert delta_e > 40, f"{vision}: ΔE {delta_e:.1f}"


# ----------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("ms", "shown"),
    [
        (0, "0:00"),
        (-500, "0:00"),
        (1, "0:01"),
        (59_999, "1:00"),
        (60_000, "1:00"),
        (754_000, "12:34"),
        (1_200_000, "20:00"),
        (3_599_000, "59:59"),
        (3_599_001, "1:00:00"),
        (3_600_000 + 65_000, "1:01:05"),
    ],
)
def test_remaining_time_is_m_ss_rounded_up_and_h_mm_ss_from_an_hour(ms: int, shown: str) -> None:
    assert format_remaining(ms) == shown


def test_remaining_time_in_words() -> None:
    assert spoken_remaining(754_000) == "12 minutes 34 seconds left"
    assert spoken_remaining(61_000) == "1 minute 1 second left"
    assert spoken_remaining(3_600_000) == "1 hour left"
    assert spoken_remaining(0) == "0 seconds left"


@pytest.mark.parametrize(
    ("remaining_ms", "number"), [(3000, 3), (2001, 3), (2000, 2), (1999, 2), (1, 1), (0, 1)]
)
def test_cue_countdown_rounds_seconds_up(remaining_ms: int, number: int) -> None:
    assert seconds_left(remaining_ms) == number


def test_share_text_names_both_partners_with_percentages() -> None:
    assert share_text("Sam", "Alex", 0.55) == "Sam 55% · Alex 45%"
    assert share_text("Sam", "Alex", 1.0) == "Sam 100% · Alex 0%"
    assert share_text("Sam", "Alex", None) == "No talk yet"


@given(st.floats(min_value=0.0, max_value=1.0))
def test_share_percentages_always_add_up_to_100(share: float) -> None:
    a, b = share_percentages(share)
    assert a + b == 100
    assert 0 <= a <= 100
    assert abs(a - share * 100) <= 0.5 + 1e-9


# ----------------------------------------------------------------------------- widgets


def test_set_text_touches_a_label_only_when_the_text_differs(qtbot: QtBot) -> None:
    label = QLabel("same")
    qtbot.addWidget(label)
    assert set_text(label, "same") is False
    assert set_text(label, "new") is True
    assert label.text() == "new"


def test_time_display_is_big_bold_and_described_in_words(qtbot: QtBot) -> None:
    display = TimeDisplay()
    qtbot.addWidget(display)
    display.set_pixel_size(150)
    display.set_remaining_ms(754_000)
    assert display.text() == "12:34"
    assert display.font().pixelSize() == 150
    assert display.font().bold()
    assert display.accessibleName() == "Time remaining"
    assert display.accessibleDescription() == "12 minutes 34 seconds left in the session"


def _pixel(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name().upper()


def test_cue_ring_fills_clockwise_from_the_top(qtbot: QtBot) -> None:
    ring = CueRing()
    qtbot.addWidget(ring)
    ring.set_theme(LIGHT)
    ring.resize(200, 200)
    ring.set_state(0.5, 2)
    image = ring.grab().toImage()
    stroke_mid = round(200 * 0.075 / 2) + 1  # the middle of the stroke, from the edge
    right = _pixel(image, 200 - stroke_mid, 100)  # 3 o'clock: filled by half-way
    left = _pixel(image, stroke_mid, 100)  # 9 o'clock: not yet
    assert right == LIGHT.cue_fill.upper()
    assert left == LIGHT.cue_track.upper()
    assert ring.seconds == 2
    assert ring.progress == pytest.approx(0.5)
    assert ring.accessibleDescription() == "2 seconds of quiet left"


def test_cue_ring_clamps_progress(qtbot: QtBot) -> None:
    ring = CueRing()
    qtbot.addWidget(ring)
    ring.set_state(1.7, 1)
    assert ring.progress == 1.0
    assert ring.accessibleDescription() == "1 second of quiet left"
    ring.set_state(-0.2, 3)
    assert ring.progress == 0.0


@pytest.mark.parametrize("theme", THEMES)
def test_share_bar_paints_each_partner_colour_in_proportion(qtbot: QtBot, theme: Theme) -> None:
    bar = ShareBar()
    qtbot.addWidget(bar)
    bar.set_theme(theme)
    bar.resize(400, 16)
    bar.set_percent_a(25)
    image = bar.grab().toImage()
    assert _pixel(image, 50, 8) == theme.partner_a.upper()  # inside A's quarter
    assert _pixel(image, 150, 8) == theme.partner_b.upper()  # past it: B
    bar.set_percent_a(None)
    image = bar.grab().toImage()
    assert _pixel(image, 50, 8) == _pixel(image, 350, 8) == theme.neutral_bar.upper()


@pytest.mark.parametrize(
    ("speaker", "fill"), [(Partner.A, LIGHT.partner_a), (Partner.B, LIGHT.partner_b)]
)
def test_floor_indicator_names_roles_in_words_and_fills_the_speakers_colour(
    qtbot: QtBot, speaker: Partner, fill: str
) -> None:
    floor = FloorIndicator()
    qtbot.addWidget(floor)
    floor.set_theme(LIGHT)
    floor.set_scale(1.0)
    floor.resize(1000, 360)
    names = {Partner.A: "Sam", Partner.B: "Alex"}
    floor.set_floor(speaker, names[speaker], names[speaker.other], Wants.IDEAS)
    assert floor.speaker_title.text() == f"{names[speaker]} has the floor"
    assert floor.listener_title.text() == f"{names[speaker.other]} is listening"
    assert floor.wants_title.text() == "Ideas welcome"
    assert floor.wants_hint.text() == f"{names[speaker]} is open to your thoughts."
    assert "Ideas welcome" in floor.accessibleDescription() or "ideas welcome" in (
        floor.accessibleDescription()
    )
    image = floor.grab().toImage()
    card = floor.speaker_card.geometry()
    assert _pixel(image, card.left() + 40, card.bottom() - 10) == fill.upper()


def test_floor_indicator_neutral_hides_the_listener(qtbot: QtBot) -> None:
    floor = FloorIndicator()
    qtbot.addWidget(floor)
    floor.set_floor(Partner.A, "Sam", "Alex", Wants.LISTEN)
    floor.set_neutral("Ready when you are.")
    assert floor.speaker_title.text() == "Ready when you are."
    assert floor.listener_card.isHidden()


def test_the_colour_blind_check_would_catch_a_red_green_pair() -> None:
    red = _seen_as("#D62728", _SIMULATIONS["deuteranopia"])
    green = _seen_as("#2CA02C", _SIMULATIONS["deuteranopia"])
    assert sum((p - q) ** 2 for p, q in zip(red, green, strict=True)) ** 0.5 < 40
