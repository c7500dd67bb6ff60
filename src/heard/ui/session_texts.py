"""The words the session screen shows, derived from a SessionView. Pure functions, no widgets."""

from __future__ import annotations

from collections.abc import Callable

from heard.core.model import EventKind, Partner, Phase
from heard.core.view import SessionView
from heard.ui.i18n import fill, plural, translate
from heard.ui.widgets.cue_ring import seconds_left

LAST_MINUTE_MS = 60_000

NameOf = Callable[[Partner], str]


def in_last_minute(view: SessionView) -> bool:
    running = view.phase in (Phase.SPEAKING, Phase.PAUSE_CUE, Phase.REFLECTING)
    return running and 0 < view.remaining_ms <= LAST_MINUTE_MS


def status_text(view: SessionView, name: NameOf) -> str:
    """One short sentence for the live status line (read out by screen readers on change)."""
    if view.phase is Phase.SPEAKING and view.speaker is not None:
        text = fill(
            translate("SessionTexts", "%1 has the floor. %2 is listening."),
            name(view.speaker),
            name(view.speaker.other),
        )
    elif view.phase is Phase.PAUSE_CUE:
        text = translate("SessionTexts", "Pause. Take a breath.")
        if view.next_speaker:
            text += " " + fill(
                translate("SessionTexts", "%1 speaks next."), name(view.next_speaker)
            )
    elif view.phase is Phase.REFLECTING and view.next_speaker is not None:
        listener = view.next_speaker
        text = fill(
            translate("SessionTexts", "%1 reflects back. %2 says whether it landed."),
            name(listener),
            name(listener.other),
        )
    elif view.phase is Phase.PAUSED and view.pause_kind is EventKind.BREAK:
        text = translate(
            "SessionTexts", "A break. The session is paused, not ended. Press B to carry on."
        )
    elif view.phase is Phase.PAUSED:
        text = translate("SessionTexts", "Paused. Press P to resume.")
    elif view.phase is Phase.FINISHED:
        text = translate("SessionTexts", "The session is over.")
    else:
        text = translate("SessionTexts", "Ready when you are.")
    if in_last_minute(view):
        text += " " + translate("SessionTexts", "One minute left.")
    return text


def time_caption(view: SessionView) -> str:
    if view.phase is Phase.PAUSED:
        return translate("SessionTexts", "paused · the clock is stopped")
    if in_last_minute(view):
        return translate("SessionTexts", "last minute · no need to rush")
    return translate("SessionTexts", "left in this session")


def paused_context(view: SessionView, name: NameOf) -> str:
    """Where the session picks up again, so a pause during the cue is readable too."""
    if view.paused_in is Phase.PAUSE_CUE and view.next_speaker is not None:
        seconds = seconds_left(view.cue_remaining_ms)
        text = plural(
            seconds,
            translate(
                "SessionTexts",
                "You paused during the quiet moment: %n more second of quiet,"
                " then %1 has the floor.",
            ),
            translate(
                "SessionTexts",
                "You paused during the quiet moment: %n more seconds of quiet,"
                " then %1 has the floor.",
            ),
        )
        return fill(text, name(view.next_speaker))
    if view.paused_in is Phase.REFLECTING and view.next_speaker is not None:
        return fill(
            translate("SessionTexts", "When you resume, %1 carries on reflecting back."),
            name(view.next_speaker),
        )
    if view.speaker is not None:
        return fill(
            translate("SessionTexts", "When you resume, %1 picks up where they left off."),
            name(view.speaker),
        )
    return translate("SessionTexts", "Everything picks up where you left off.")


def turn_text(view: SessionView) -> str:
    return fill(translate("SessionTexts", "Turn %1"), view.turn_seq) if view.turn_seq > 0 else ""
