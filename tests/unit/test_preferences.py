from __future__ import annotations

import pytest

from heard.core.preferences import BY_KEY, validated


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("fullscreen", "false", False),
        ("fullscreen", "1", True),
        ("pause_cue_s", "7", 7),
        ("default_minutes", " 45 ", 45),
        ("partner_a", "Sam", "Sam"),
    ],
)
def test_good_values_are_read(key: str, raw: object, expected: object) -> None:
    assert validated(BY_KEY[key], raw) == (expected, None)


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("fullscreen", "maybe"),
        ("pause_cue_s", "0"),
        ("pause_cue_s", "eleven"),
        ("default_minutes", "500"),
        ("chime_volume", "-3"),
        ("partner_a", "x" * 200),
    ],
)
def test_bad_values_fall_back_to_the_default(key: str, raw: object) -> None:
    value, problem = validated(BY_KEY[key], raw)
    assert value == BY_KEY[key].default
    assert problem is not None
    assert key in problem
