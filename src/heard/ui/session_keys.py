"""Every key of the session screen, in one place: the screen and its aids act on them and
the '?' overlay lists them from here, so the list can never drift from what the keys do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt

from heard.ui.i18n import QT_TRANSLATE_NOOP


class Who(StrEnum):
    SPEAKER = QT_TRANSLATE_NOOP("SessionKeys", "Whoever is speaking")
    LISTENER = QT_TRANSLATE_NOOP("SessionKeys", "Whoever is listening")
    EITHER = QT_TRANSLATE_NOOP("SessionKeys", "Either of you")


@dataclass(frozen=True)
class SessionKey:
    action: str
    keys: tuple[Qt.Key, ...]
    cap: str
    """What the key cap says, as shown on screen."""
    text: str
    who: Who


SESSION_KEYS: tuple[SessionKey, ...] = (
    SessionKey(
        "pass",
        (Qt.Key.Key_Space,),
        QT_TRANSLATE_NOOP("SessionKeys", "Space"),
        QT_TRANSLATE_NOOP("SessionKeys", "I'm done: pass the floor"),
        Who.SPEAKER,
    ),
    SessionKey(
        "wants",
        (Qt.Key.Key_W,),
        "W",
        QT_TRANSLATE_NOOP("SessionKeys", "Just listen ⇄ ideas welcome (this turn)"),
        Who.SPEAKER,
    ),
    SessionKey(
        "got_it",
        (Qt.Key.Key_G,),
        "G",
        QT_TRANSLATE_NOOP("SessionKeys", "Got it (after a reflection)"),
        Who.SPEAKER,
    ),
    SessionKey(
        "not_quite",
        (Qt.Key.Key_N,),
        "N",
        QT_TRANSLATE_NOOP("SessionKeys", "Not quite, let me add…"),
        Who.SPEAKER,
    ),
    SessionKey(
        "cards",
        (Qt.Key.Key_C,),
        "C",
        QT_TRANSLATE_NOOP("SessionKeys", "Prompt cards: questions, reflecting…"),
        Who.LISTENER,
    ),
    SessionKey(
        "jumped",
        (Qt.Key.Key_I,),
        "I",
        QT_TRANSLATE_NOOP("SessionKeys", "I jumped in (noted, no blame)"),
        Who.LISTENER,
    ),
    SessionKey(
        "start_over",
        (Qt.Key.Key_R,),
        "R",
        QT_TRANSLATE_NOOP("SessionKeys", "Start this turn over"),
        Who.EITHER,
    ),
    SessionKey(
        "break",
        (Qt.Key.Key_B,),
        "B",
        QT_TRANSLATE_NOOP("SessionKeys", "Need a break (and back again)"),
        Who.EITHER,
    ),
    SessionKey(
        "distracted",
        (Qt.Key.Key_D,),
        "D",
        QT_TRANSLATE_NOOP("SessionKeys", "I got distracted (just noted)"),
        Who.EITHER,
    ),
    SessionKey(
        "listening",
        (Qt.Key.Key_L,),
        "L",
        QT_TRANSLATE_NOOP("SessionKeys", "Listening ears on or off (silence only, never words)"),
        Who.EITHER,
    ),
    SessionKey(
        "pause",
        (Qt.Key.Key_P,),
        "P",
        QT_TRANSLATE_NOOP("SessionKeys", "Pause or resume"),
        Who.EITHER,
    ),
    SessionKey(
        "help",
        (Qt.Key.Key_Question, Qt.Key.Key_F1),
        QT_TRANSLATE_NOOP("SessionKeys", "? or F1"),
        QT_TRANSLATE_NOOP("SessionKeys", "Show these keys"),
        Who.EITHER,
    ),
    SessionKey(
        "end",
        (Qt.Key.Key_Escape,),
        "Esc",
        QT_TRANSLATE_NOOP("SessionKeys", "End the session (asks first)"),
        Who.EITHER,
    ),
)

BY_ACTION = {key.action: key for key in SESSION_KEYS}
CARD_KEYS = QT_TRANSLATE_NOOP(
    "SessionKeys",
    "In the prompt cards: ← and → or 1 to 4 change the deck, ↑ and ↓ scroll, C or Esc closes.",
)
"""All the words here are untranslated: show them with translate("SessionKeys", ...)."""


def action_for(key: int) -> str | None:
    for entry in SESSION_KEYS:
        if key in entry.keys:
            return entry.action
    return None
