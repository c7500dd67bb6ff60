"""Plain value types shared by every layer: partners, phases, reasons, event kinds."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


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


@dataclass(frozen=True)
class SessionConfig:
    """Everything needed to start a session. Validated on construction."""

    partner_a: str
    partner_b: str
    planned_s: int = DEFAULT_MINUTES * 60
    pause_cue_s: int = DEFAULT_CUE_S
    first_speaker: Partner = Partner.A
    template: str = "phone_free_20"
    phones_away: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "partner_a", clean_name(self.partner_a, which="Partner A's name"))
        object.__setattr__(self, "partner_b", clean_name(self.partner_b, which="Partner B's name"))
        if not MIN_MINUTES * 60 <= self.planned_s <= MAX_MINUTES * 60:
            raise ConfigError(
                f"A session lasts {MIN_MINUTES} to {MAX_MINUTES} minutes "
                f"(got {self.planned_s / 60:g})."
            )
        if not MIN_CUE_S <= self.pause_cue_s <= MAX_CUE_S:
            raise ConfigError(
                f"The pause cue lasts {MIN_CUE_S} to {MAX_CUE_S} seconds (got {self.pause_cue_s})."
            )

    @classmethod
    def from_minutes(
        cls, minutes: float, partner_a: str, partner_b: str, **kw: object
    ) -> SessionConfig:
        if math.isnan(minutes) or not MIN_MINUTES <= minutes <= MAX_MINUTES:  # NaN-safe
            raise ConfigError(
                f"Minutes must be between {MIN_MINUTES} and {MAX_MINUTES} (got {minutes:g})."
            )
        return cls(partner_a, partner_b, planned_s=round(minutes * 60), **kw)  # type: ignore[arg-type]

    @property
    def planned_ms(self) -> int:
        return self.planned_s * 1000

    @property
    def pause_cue_ms(self) -> int:
        return self.pause_cue_s * 1000

    def name_of(self, partner: Partner) -> str:
        return self.partner_a if partner is Partner.A else self.partner_b
