"""One partner's time with the floor, as stored and as read back.

Apart from heard.core.events (which re-exports it) so that reading stored sessions, which
Heard does at launch, does not load every session event type (the memory budget).
"""

from __future__ import annotations

from dataclasses import dataclass

from heard.core.model import Partner, Wants


@dataclass(frozen=True)
class Turn:
    """One partner's time with the floor. `pause_honoured` is about the cue after it:
    None while no cue has finished after this turn (or the session ended during it)."""

    seq: int
    speaker: Partner
    start_ms: int
    end_ms: int
    wants: Wants = Wants.LISTEN
    pause_honoured: bool | None = None
    pause_measured: bool = False
    """True when listening ears heard the cue, so `pause_honoured` was measured, not assumed."""

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms
