"""The words the session screen shows, derived from a SessionView. Pure functions, no widgets."""

from __future__ import annotations

from collections.abc import Callable

from heard.core.model import EventKind, Partner, Phase
from heard.core.view import SessionView
from heard.ui.widgets.cue_ring import seconds_left

LAST_MINUTE_MS = 60_000

NameOf = Callable[[Partner], str]


def in_last_minute(view: SessionView) -> bool:
    running = view.phase in (Phase.SPEAKING, Phase.PAUSE_CUE, Phase.REFLECTING)
    return running and 0 < view.remaining_ms <= LAST_MINUTE_MS


def status_text(view: SessionView, name: NameOf) -> str:
    """One short sentence for the live status line (read out by screen readers on change)."""
    if view.phase is Phase.SPEAKING and view.speaker is not None:
        text = f"{name(view.speaker)} has the floor. {name(view.speaker.other)} is listening."
    elif view.phase is Phase.PAUSE_CUE:
        nxt = f" {name(view.next_speaker)} speaks next." if view.next_speaker else ""
        text = f"Pause. Take a breath.{nxt}"
    elif view.phase is Phase.REFLECTING and view.next_speaker is not None:
        listener = view.next_speaker
        text = f"{name(listener)} reflects back. {name(listener.other)} says whether it landed."
    elif view.phase is Phase.PAUSED and view.pause_kind is EventKind.BREAK:
        text = "A break. The session is paused, not ended. Press B to carry on."
    elif view.phase is Phase.PAUSED:
        text = "Paused. Press P to resume."
    elif view.phase is Phase.FINISHED:
        text = "The session is over."
    else:
        text = "Ready when you are."
    if in_last_minute(view):
        text += " One minute left."
    return text


def time_caption(view: SessionView) -> str:
    if view.phase is Phase.PAUSED:
        return "paused · the clock is stopped"
    if in_last_minute(view):
        return "last minute · no need to rush"
    return "left in this session"


def paused_context(view: SessionView, name: NameOf) -> str:
    """Where the session picks up again, so a pause during the cue is readable too."""
    if view.paused_in is Phase.PAUSE_CUE and view.next_speaker is not None:
        seconds = seconds_left(view.cue_remaining_ms)
        unit = "second" if seconds == 1 else "seconds"
        return (
            f"You paused during the quiet moment: {seconds} more {unit} of quiet, "
            f"then {name(view.next_speaker)} has the floor."
        )
    if view.paused_in is Phase.REFLECTING and view.next_speaker is not None:
        return f"When you resume, {name(view.next_speaker)} carries on reflecting back."
    if view.speaker is not None:
        return f"When you resume, {name(view.speaker)} picks up where they left off."
    return "Everything picks up where you left off."


def turn_text(view: SessionView) -> str:
    return f"Turn {view.turn_seq}" if view.turn_seq > 0 else ""
