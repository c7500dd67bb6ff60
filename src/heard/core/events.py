"""Past-tense events the session emits. Times are session-clock milliseconds
(paused time excluded) measured from the start of the session."""

from __future__ import annotations

from dataclasses import dataclass

from heard.core.model import EndReason, EventKind, Partner, ReflectionAnswer, Wants
from heard.core.turn import Turn as Turn  # noqa: PLC0414 (re-exported: it was defined here)


@dataclass(frozen=True)
class SessionStarted:
    speaker: Partner
    at_ms: int = 0


@dataclass(frozen=True)
class TurnStarted:
    """A partner took the floor (at the start, or when a cue ended)."""

    seq: int
    speaker: Partner
    at_ms: int
    wants: Wants


@dataclass(frozen=True)
class TurnEnded:
    turn: Turn


@dataclass(frozen=True)
class PauseCueStarted:
    after_seq: int
    at_ms: int
    duration_ms: int


@dataclass(frozen=True)
class PauseCueFinished:
    after_seq: int
    at_ms: int
    honoured: bool
    measured: bool = False
    """True when listening ears heard the whole cue: `honoured` then says whether anyone
    spoke during it, as heard, rather than assuming that a cue which ran to its end was kept."""


@dataclass(frozen=True)
class FloorPassed:
    to: Partner
    seq: int
    at_ms: int


@dataclass(frozen=True)
class ReflectionStarted:
    """After the cue, `by` (the listener) reflects back what turn `after_seq` said."""

    after_seq: int
    at_ms: int
    by: Partner


@dataclass(frozen=True)
class ReflectionAnswered:
    """The speaker of turn `seq` said whether the reflection got it. NOT_QUITE gives them
    the floor back; GOT_IT passes it on."""

    seq: int
    answer: ReflectionAnswer
    at_ms: int


@dataclass(frozen=True)
class SessionPaused:
    at_ms: int
    kind: EventKind = EventKind.PAUSE


@dataclass(frozen=True)
class SessionResumed:
    at_ms: int
    paused_for_ms: int


@dataclass(frozen=True)
class EventLogged:
    """A moment worth keeping that changes no state (distraction, interruption...)."""

    kind: EventKind
    at_ms: int
    detail: str = ""


@dataclass(frozen=True)
class PauseCueRevised:
    """Listening ears reported, a moment after the cue had ended, speech that began during
    it (at `at_ms`): the cue after turn `after_seq` was not honoured after all (measured)."""

    after_seq: int
    at_ms: int
    honoured: bool = False


@dataclass(frozen=True)
class SilenceHeld:
    """The speaker went quiet for `quiet_ms` (at least the hold time), the listener held
    the silence, and the speaker went on at `at_ms`. `count`: silences held so far."""

    at_ms: int
    quiet_ms: int
    count: int


@dataclass(frozen=True)
class ListeningChanged:
    """Listening ears were switched on or off (by the couple, or the microphone was lost)."""

    at_ms: int
    on: bool


@dataclass(frozen=True)
class SessionFinished:
    at_ms: int
    reason: EndReason
    late_ms: int = 0
    """How long after the deadline the session noticed it (0 when ended by hand)."""


SessionEvent = (
    SessionStarted
    | TurnStarted
    | TurnEnded
    | PauseCueStarted
    | PauseCueFinished
    | FloorPassed
    | ReflectionStarted
    | ReflectionAnswered
    | SessionPaused
    | SessionResumed
    | EventLogged
    | PauseCueRevised
    | SilenceHeld
    | ListeningChanged
    | SessionFinished
)
