"""Plain value types shared by every layer: partners, phases, reasons, event kinds."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # at run time it comes through __getattr__ below
    from heard.core.config import SessionConfig as SessionConfig  # noqa: PLC0414 (re-export)


class Partner(StrEnum):
    """One of the two partners. The value is what storage writes."""

    A = "a"
    B = "b"

    @property
    def other(self) -> Partner:
        return Partner.B if self is Partner.A else Partner.A


class Phase(StrEnum):
    READY = "ready"
    SPEAKING = "speaking"
    PAUSE_CUE = "pause_cue"
    REFLECTING = "reflecting"
    """The optional reflection step: the listener reflects back, the speaker answers."""
    PAUSED = "paused"
    FINISHED = "finished"


class EndReason(StrEnum):
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"
    INTERRUPTED = "interrupted"


class Wants(StrEnum):
    """What the speaker asked of the listener for this turn."""

    LISTEN = "listen"
    IDEAS = "ideas"


class ReflectionAnswer(StrEnum):
    """The speaker's answer to the listener's reflection. The value is what storage writes."""

    GOT_IT = "got_it"
    NOT_QUITE = "not_quite"


class EventKind(StrEnum):
    """Kinds of logged session events (the `event` table)."""

    PAUSE = "pause"
    RESUME = "resume"
    BREAK = "break"
    START_OVER = "start_over"
    DISTRACTION = "distraction"
    INTERRUPTION = "interruption"
    SUSPEND = "suspend"


MIN_MINUTES = 1
MAX_MINUTES = 180
DEFAULT_MINUTES = 20
MIN_CUE_S = 1
MAX_CUE_S = 10
DEFAULT_CUE_S = 3
MAX_NAME_LENGTH = 40
DEFAULT_HOLD_MS = 1500
MIN_HOLD_MS = 500
MAX_HOLD_MS = 10_000
"""Listening ears: how long a speaker's silence lasts before the listener is asked to hold it."""


class ConfigError(ValueError):
    """A session setting the user chose is out of range. The message is user-facing."""


def clean_name(raw: str, *, which: str = "A partner's name") -> str:
    """Return a trimmed partner name, or raise ConfigError with a one-line reason."""
    name = " ".join(raw.split())
    if not name:
        raise ConfigError(f"{which} cannot be empty.")
    if len(name) > MAX_NAME_LENGTH:
        raise ConfigError(f"{which} is too long (at most {MAX_NAME_LENGTH} characters).")
    return name


def __getattr__(name: str) -> object:
    """`SessionConfig` lives in heard.core.config and is loaded on first use: it is a
    dataclass, and `dataclasses` costs ~2 ms that the launch (DESIGN.md) does without."""
    if name == "SessionConfig":
        from heard.core.config import SessionConfig

        return SessionConfig
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
