"""A session's settings, checked when made. Imported through heard.core.model (lazily)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from heard.core.model import (
    DEFAULT_CUE_S,
    DEFAULT_MINUTES,
    MAX_CUE_S,
    MAX_MINUTES,
    MIN_CUE_S,
    MIN_MINUTES,
    ConfigError,
    Partner,
    clean_name,
)


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
