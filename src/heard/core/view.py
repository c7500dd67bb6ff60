"""A read-only snapshot of a running session: everything a screen needs to draw it."""

from __future__ import annotations

from dataclasses import dataclass

from heard.core.model import Partner, Phase, Wants


@dataclass(frozen=True)
class SessionView:
    phase: Phase
    speaker: Partner | None
    """Who has the floor now. None when ready, during the pause cue, or finished."""
    next_speaker: Partner | None
    """During the pause cue (or a pause taken during it): who gets the floor when it ends."""
    paused_in: Phase | None
    """When paused: the phase the pause interrupted (SPEAKING or PAUSE_CUE)."""
    planned_ms: int
    elapsed_ms: int
    remaining_ms: int
    cue_ms: int
    cue_remaining_ms: int
    turn_seq: int
    turn_elapsed_ms: int
    wants: Wants
    talk_a_ms: int
    talk_b_ms: int
    turns_a: int
    turns_b: int

    @property
    def cue_progress(self) -> float:
        """0.0 when a cue starts, 1.0 when it is over."""
        if self.cue_ms <= 0:
            return 1.0
        return min(1.0, max(0.0, 1.0 - self.cue_remaining_ms / self.cue_ms))

    @property
    def talk_share_a(self) -> float | None:
        """Partner A's share of talk time so far, or None before anyone has talked."""
        total = self.talk_a_ms + self.talk_b_ms
        return None if total == 0 else self.talk_a_ms / total
