"""The look-and-language preferences: fixed choices and numeric bounds are enforced."""

from __future__ import annotations

import pytest

from heard.core.preferences import BY_KEY, LANGUAGES, PARTNER_COLOURS, validated


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("language", "de", "de"),
        ("language", "system", "system"),
        ("theme", "dark", "dark"),
        ("large_text", "true", True),
        ("partner_colours", "vermillion_blue", "vermillion_blue"),
        ("pause_cue_s", "10", 10),
        ("pause_cue_s", "1", 1),
    ],
)
def test_allowed_values_are_kept(key: str, raw: object, expected: object) -> None:
    assert validated(BY_KEY[key], raw) == (expected, None)


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("language", "klingon"),
        ("theme", "sepia"),
        ("partner_colours", "red_green"),
        ("pause_cue_s", "11"),
        ("chime_volume", "101"),
        ("default_minutes", "0"),
    ],
)
def test_values_outside_the_choices_or_bounds_fall_back(key: str, raw: object) -> None:
    value, problem = validated(BY_KEY[key], raw)
    assert value == BY_KEY[key].default
    assert problem is not None and key in problem


def test_choices_and_defaults_agree() -> None:
    assert BY_KEY["language"].choices == LANGUAGES
    assert BY_KEY["partner_colours"].choices == PARTNER_COLOURS
    for pref in BY_KEY.values():
        assert validated(pref, pref.default) == (pref.default, None), pref.key
