"""Colours: WCAG AA for every theme and partner pair, computed from the palette, and the two
partners' colours stay far apart under simulated protanopia, deuteranopia and tritanopia."""

from __future__ import annotations

import pytest

from heard.core.preferences import PARTNER_COLOURS
from heard.ui.palettes import PAIRS, pair, with_partners
from heard.ui.theme import AA_LARGE, AA_NORMAL, DARK, LIGHT, Theme, contrast_ratio

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
CVD_MATRICES = {
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
}
MIN_DELTA_E = 40.0
"""CIE76 distance the two partners' colours keep under each simulation (2.3 is 'just
noticeable'; 40 is clearly different at a glance)."""


def _linear(colour: str) -> list[float]:
    values = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in values]


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, v)) for v in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _simulate(colour: str, kind: str) -> list[float]:
    rgb = _linear(colour)
    return [sum(m * v for m, v in zip(row, rgb, strict=True)) for row in CVD_MATRICES[kind]]


def delta_e(first: list[float], second: list[float]) -> float:
    return sum((a - b) ** 2 for a, b in zip(_lab(first), _lab(second), strict=True)) ** 0.5


THEMES = [
    pytest.param(with_partners(base, pair_id), id=f"{base.name}-{pair_id}")
    for base in (LIGHT, DARK)
    for pair_id in PARTNER_COLOURS
]


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_and_mark_meets_wcag_aa(theme: Theme) -> None:
    failures = [
        f"{what}: {fg} on {bg} = {contrast_ratio(fg, bg):.2f} < {minimum}"
        for what, fg, bg, minimum in theme.text_pairs()
        if contrast_ratio(fg, bg) < minimum
    ]
    assert failures == []


@pytest.mark.parametrize("theme", THEMES)
def test_partner_cards_carry_normal_size_text(theme: Theme) -> None:
    for colour in (theme.partner_a, theme.partner_b):
        assert contrast_ratio(theme.on_partner, colour) >= AA_NORMAL
        assert contrast_ratio(colour, theme.background) >= AA_LARGE


@pytest.mark.parametrize("pair_id", PARTNER_COLOURS)
@pytest.mark.parametrize("vision", ["typical", *CVD_MATRICES])
def test_the_two_partners_stay_distinguishable(pair_id: str, vision: str) -> None:
    chosen = pair(pair_id)
    if vision == "typical":
        a, b = _linear(chosen.partner_a), _linear(chosen.partner_b)
    else:
        a, b = _simulate(chosen.partner_a, vision), _simulate(chosen.partner_b, vision)
    assert delta_e(a, b) >= MIN_DELTA_E, f"{pair_id} under {vision}"


def test_the_simulation_does_confuse_a_red_green_pair() -> None:
    """The check can fail: red and green at the same lightness merge for deuteranopes."""
    red, green = "#B4463C", "#5A7A00"
    assert delta_e(_linear(red), _linear(green)) > MIN_DELTA_E
    assert delta_e(_simulate(red, "deuteranopia"), _simulate(green, "deuteranopia")) < 20


def test_pairs_match_the_preference_choices_and_fall_back_to_the_default() -> None:
    assert tuple(PAIRS) == PARTNER_COLOURS
    assert pair("no_such_pair") == PAIRS[PARTNER_COLOURS[0]]
    swapped = with_partners(LIGHT, "vermillion_blue")
    assert (swapped.partner_a, swapped.partner_b) == (LIGHT.partner_b, LIGHT.partner_a)
