"""What the couple can set, with defaults and the rule each value must meet.

Pure data: the platform layer stores it, the UI edits it. A stored value that breaks its
rule falls back to its default, alone: one bad key never resets the others.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from heard.core.model import (
    DEFAULT_CUE_S,
    DEFAULT_HOLD_MS,
    DEFAULT_MINUTES,
    MAX_CUE_S,
    MAX_HOLD_MS,
    MAX_MINUTES,
    MAX_NAME_LENGTH,
    MIN_CUE_S,
    MIN_HOLD_MS,
    MIN_MINUTES,
)


class Preference(NamedTuple):  # not a dataclass: defined on the launch path (~0.2 ms, not ~1 ms)
    key: str
    default: Any
    kind: type
    valid: Callable[[Any], bool] = lambda _value: True
    choices: tuple[str, ...] = ()
    """For text preferences with a fixed set of values (the settings dialog shows a list)."""
    bounds: tuple[int, int] | None = None
    """For numbers: the inclusive range (the settings dialog's spin box uses it)."""

    def allows(self, value: Any) -> bool:
        if self.choices and value not in self.choices:
            return False
        if self.bounds is not None and not self.bounds[0] <= value <= self.bounds[1]:
            return False
        return self.valid(value)


def _name_ok(value: Any) -> bool:
    return isinstance(value, str) and len(value.strip()) <= MAX_NAME_LENGTH


LANGUAGES = ("system", "en", "de")
"""'system' follows the desktop's language; Heard speaks English and German."""
PARTNER_COLOURS = ("blue_vermillion", "blue_orange", "vermillion_blue")
"""Colour-blind-safe pairs (Okabe-Ito hues); heard.ui.theme holds their colours."""

PREFERENCES: tuple[Preference, ...] = (
    Preference("partner_a", "", str, _name_ok),
    Preference("partner_b", "", str, _name_ok),
    Preference("default_minutes", DEFAULT_MINUTES, int, bounds=(MIN_MINUTES, MAX_MINUTES)),
    Preference("pause_cue_s", DEFAULT_CUE_S, int, bounds=(MIN_CUE_S, MAX_CUE_S)),
    Preference("fullscreen", True, bool),
    Preference("chime", True, bool),
    Preference("chime_volume", 50, int, bounds=(0, 100)),
    # Presence aids (issue #6): each is one key away in a session and never in the way.
    Preference("readiness_check", True, bool),
    Preference("reflection_step", False, bool),
    Preference("soft_limit", False, bool),
    Preference("keep_awake", True, bool),
    Preference("start_in_tray", False, bool),
    Preference("intro_seen", False, bool),
    Preference("tray_hint_shown", False, bool),
    # Look and language (issue #7). "system" follows the desktop.
    Preference("language", "system", str, choices=LANGUAGES),
    Preference("theme", "system", str, choices=("system", "light", "dark")),
    Preference("large_text", False, bool),
    Preference("partner_colours", PARTNER_COLOURS[0], str, choices=PARTNER_COLOURS),
    # Listening ears (issue #9): opt-in. The microphone hears speech or silence, never words.
    Preference("listening_ears", False, bool),
    Preference("listening_ears_explained", False, bool),
    Preference("vad_aggressiveness", 2, int, bounds=(0, 3)),
    Preference("hold_silence_ms", DEFAULT_HOLD_MS, int, bounds=(MIN_HOLD_MS, MAX_HOLD_MS)),
)

SOFT_LIMIT_S = 120
"""The gentle per-turn limit when `soft_limit` is on: 'time to wrap up', never a cut-off."""

BY_KEY = {p.key: p for p in PREFERENCES}


def coerce(pref: Preference, raw: Any) -> Any:
    """Turn a stored value (often a string in an INI file) into the preference's type.
    Raises ValueError when it cannot be read as one."""
    if pref.kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        raise ValueError(f"not a yes/no value: {raw!r}")
    if pref.kind is int:
        if isinstance(raw, bool):
            raise ValueError(f"not a number: {raw!r}")
        return int(str(raw).strip())
    if pref.kind is str:
        if not isinstance(raw, str):
            raise ValueError(f"not text: {raw!r}")
        return raw
    raise TypeError(pref.kind)


def validated(pref: Preference, raw: Any) -> tuple[Any, str | None]:
    """The value to use, and a problem description when the default had to be used."""
    try:
        value = coerce(pref, raw)
    except (ValueError, TypeError) as exc:
        return pref.default, f"{pref.key}: {exc}"
    if not pref.allows(value):
        return pref.default, f"{pref.key}: out of range: {raw!r}"
    return value, None
