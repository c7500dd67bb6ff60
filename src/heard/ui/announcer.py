"""Spoken news for screen readers during a session: who has the floor, the start and end of
the pause cue, the last minute, pauses and the end.

The session screen's status line (`status_announcement`) is the live text: Qt tells
assistive technology when its text changes. On top of that, each moment worth hearing is
posted as a QAccessibleAnnouncementEvent, which screen readers speak even when the focus is
elsewhere (the couple is not looking at the screen, and the focus sits on the screen itself).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from heard.core.model import EventKind, Partner, Phase
from heard.core.view import SessionView

log = logging.getLogger(__name__)

LAST_MINUTE_MS = 60_000
_RUNNING = (Phase.SPEAKING, Phase.PAUSE_CUE, Phase.REFLECTING)

NameOf = Callable[[Partner], str]


def in_last_minute(view: SessionView | None) -> bool:
    return view is not None and view.phase in _RUNNING and 0 < view.remaining_ms <= LAST_MINUTE_MS


class SessionAnnouncer(QObject):
    """Watches the views a session screen renders and announces what changed.

    `announced(text, assertive)` is emitted for every announcement (tests, logs)."""

    announced = Signal(str, bool)

    def __init__(self, target: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or target)
        self._target = target
        self._names = {Partner.A: "A", Partner.B: "B"}
        self._before: SessionView | None = None
        self.last = ""

    def set_names(self, name_a: str, name_b: str) -> None:
        self._names = {Partner.A: name_a, Partner.B: name_b}
        self._before = None

    def observe(self, view: SessionView) -> None:
        before, self._before = self._before, view
        parts: list[str] = []
        assertive = False
        change = self._phase_news(before, view)
        if change:
            parts.append(change)
            assertive = view.phase in (Phase.SPEAKING, Phase.PAUSE_CUE)
        if in_last_minute(view) and not in_last_minute(before):
            parts.append(self.tr("One minute left."))
        if parts:
            self.announce(" ".join(parts), assertive=assertive)

    def announce(self, text: str, *, assertive: bool = False) -> None:
        self.last = text
        event = QAccessibleAnnouncementEvent(self._target, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        log.debug("announced: %s", text)
        self.announced.emit(text, assertive)

    # ----------------------------------------------------------------- the words
    def _phase_news(self, before: SessionView | None, view: SessionView) -> str:
        name = self._names.__getitem__
        was = before.phase if before is not None else None
        if view.phase is Phase.SPEAKING and view.speaker is not None:
            if was is Phase.SPEAKING and before is not None and before.speaker == view.speaker:
                return ""
            floor = (
                self.tr("%1 has the floor. %2 is listening.")
                .replace("%1", name(view.speaker))
                .replace("%2", name(view.speaker.other))
            )
            if was is Phase.PAUSE_CUE:
                return self.tr("The pause is over.") + " " + floor
            if was is Phase.PAUSED:
                return self.tr("Carrying on.") + " " + floor
            return floor
        if view.phase is was:
            return ""
        if view.phase is Phase.PAUSE_CUE:
            if was is Phase.PAUSED:
                return self.tr("Carrying on with the quiet moment.")
            text = self.tr("Pause. Take a breath and let it land.")
            if view.next_speaker is not None:
                text += " " + self.tr("%1 speaks next.").replace("%1", name(view.next_speaker))
            return text
        if view.phase is Phase.REFLECTING and view.next_speaker is not None:
            return self.tr("Reflect back: %1, say what you heard.").replace(
                "%1", name(view.next_speaker)
            )
        if view.phase is Phase.PAUSED:
            if view.pause_kind is EventKind.BREAK:
                return self.tr("A break. The clock is stopped; take the time you need.")
            return self.tr("Paused. The clock is stopped.")
        if view.phase is Phase.FINISHED:
            return self.tr("The session is over. Thank you both for listening.")
        return ""
