"""What the settings dialog shows for each preference: its section, words and editor.

The editor follows the preference (heard.core.preferences): yes/no → a check box, a number
with bounds → a spin box, a fixed set of choices → a list, other text → a text field. A new
preference needs one line in FIELDS (or its key in HIDDEN); until then it still shows up, in
"More", under its key, and tests/ui/test_settings_dialog.py fails to say it needs words.
"""

from __future__ import annotations

from dataclasses import dataclass

from heard.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "SettingsDialog"
"""The translation context of every text below."""


@dataclass(frozen=True)
class Field:
    key: str
    section: str
    label: str
    description: str
    suffix: str = ""
    step: int = 1


SECTIONS: dict[str, str] = {
    "partners": QT_TRANSLATE_NOOP("SettingsDialog", "The two of you"),
    "session": QT_TRANSLATE_NOOP("SettingsDialog", "Sessions"),
    "aids": QT_TRANSLATE_NOOP("SettingsDialog", "Presence aids"),
    "ears": QT_TRANSLATE_NOOP("SettingsDialog", "Listening ears"),
    "look": QT_TRANSLATE_NOOP("SettingsDialog", "Look and language"),
    "more": QT_TRANSLATE_NOOP("SettingsDialog", "More"),
}

FIELDS: tuple[Field, ...] = (
    Field(
        "partner_a",
        "partners",
        QT_TRANSLATE_NOOP("SettingsDialog", "Speaks first"),
        QT_TRANSLATE_NOOP("SettingsDialog", "The first partner's name, filled in at the start"),
    ),
    Field(
        "partner_b",
        "partners",
        QT_TRANSLATE_NOOP("SettingsDialog", "Listens first"),
        QT_TRANSLATE_NOOP("SettingsDialog", "The second partner's name, filled in at the start"),
    ),
    Field(
        "partner_colours",
        "partners",
        QT_TRANSLATE_NOOP("SettingsDialog", "Your colours"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Colour pairs that stay apart for colour-blind eyes; names are always shown too",
        ),
    ),
    Field(
        "default_minutes",
        "session",
        QT_TRANSLATE_NOOP("SettingsDialog", "Usual length"),
        QT_TRANSLATE_NOOP("SettingsDialog", "The session length the start screen offers"),
        suffix=QT_TRANSLATE_NOOP("SettingsDialog", " min"),
    ),
    Field(
        "pause_cue_s",
        "session",
        QT_TRANSLATE_NOOP("SettingsDialog", "Pause after each turn"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "Seconds of quiet before the listener answers (1 to 10)"
        ),
        suffix=QT_TRANSLATE_NOOP("SettingsDialog", " s"),
    ),
    Field(
        "chime",
        "session",
        QT_TRANSLATE_NOOP("SettingsDialog", "Soft chime when the pause ends"),
        QT_TRANSLATE_NOOP("SettingsDialog", "A quiet sound that says the floor is open"),
    ),
    Field(
        "chime_volume",
        "session",
        QT_TRANSLATE_NOOP("SettingsDialog", "Chime volume"),
        QT_TRANSLATE_NOOP("SettingsDialog", "How loud the chime is, from 0 to 100 percent"),
        suffix=QT_TRANSLATE_NOOP("SettingsDialog", " %"),
        step=5,
    ),
    Field(
        "fullscreen",
        "session",
        QT_TRANSLATE_NOOP("SettingsDialog", "Full screen during a session"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Nothing else on screen while you talk"),
    ),
    Field(
        "keep_awake",
        "session",
        QT_TRANSLATE_NOOP("SettingsDialog", "Keep the screen awake during a session"),
        QT_TRANSLATE_NOOP("SettingsDialog", "The screen does not dim or lock while you talk"),
    ),
    Field(
        "readiness_check",
        "aids",
        QT_TRANSLATE_NOOP("SettingsDialog", "Readiness check before starting"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "Ask whether now is a good time, and offer to pick a later one"
        ),
    ),
    Field(
        "reflection_step",
        "aids",
        QT_TRANSLATE_NOOP("SettingsDialog", "Reflection step after each turn"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "The listener says back what they heard; the speaker answers got it or not quite",
        ),
    ),
    Field(
        "soft_limit",
        "aids",
        QT_TRANSLATE_NOOP("SettingsDialog", "Gentle limit per turn"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "After two minutes a quiet note suggests wrapping up; never a cut-off"
        ),
    ),
    Field(
        "start_in_tray",
        "aids",
        QT_TRANSLATE_NOOP("SettingsDialog", "Start in the tray for reminders"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "Heard waits quietly in the tray to remind you of your rituals"
        ),
    ),
    Field(
        "listening_ears",
        "ears",
        QT_TRANSLATE_NOOP("SettingsDialog", "Listening ears (microphone)"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "Notices speech and silence only, to help hold the pause. No sound is kept or sent",
        ),
    ),
    Field(
        "hold_silence_ms",
        "ears",
        QT_TRANSLATE_NOOP("SettingsDialog", "Quiet before “hold the silence”"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "How long the speaker is quiet before the listener is asked to hold the silence",
        ),
        suffix=QT_TRANSLATE_NOOP("SettingsDialog", " ms"),
        step=100,
    ),
    Field(
        "vad_aggressiveness",
        "ears",
        QT_TRANSLATE_NOOP("SettingsDialog", "Strictness about noise"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog",
            "0 counts most sounds as speech, 3 only clear speech (for a noisy room)",
        ),
    ),
    Field(
        "language",
        "look",
        QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Used from the next time Heard starts"),
    ),
    Field(
        "theme",
        "look",
        QT_TRANSLATE_NOOP("SettingsDialog", "Theme"),
        QT_TRANSLATE_NOOP("SettingsDialog", "Light, dark, or whatever the system uses"),
    ),
    Field(
        "large_text",
        "look",
        QT_TRANSLATE_NOOP("SettingsDialog", "Large text"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "A quarter larger, on top of the system's own text size"
        ),
    ),
)

HIDDEN = frozenset({"intro_seen", "tray_hint_shown", "listening_ears_explained"})
"""Preferences Heard keeps for itself (flags it sets), never shown in the dialog."""

CHOICES: dict[tuple[str, str], str] = {
    ("language", "system"): QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system"),
    ("theme", "system"): QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system"),
    ("theme", "light"): QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    ("theme", "dark"): QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
"""Words for list choices. Languages are named in their own language (not translated)."""

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}


def field_for(key: str) -> Field:
    """The field of a preference; an unknown one goes to "More" under its own key."""
    for field in FIELDS:
        if field.key == key:
            return field
    return Field(key, "more", key.replace("_", " ").capitalize(), "")
