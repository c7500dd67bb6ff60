"""A read-only snapshot of a running session: everything a screen needs to draw it."""

from __future__ import annotations

from dataclasses import dataclass

from heard.core.model import EventKind, Partner, Phase, Wants


@dataclass(frozen=True)
class SessionView:
    phase: Phase
    speaker: Partner | None
    """Who has the floor now. None when ready, during the pause cue or the reflection
    step, or finished."""
    next_speaker: Partner | None
    """During the pause cue or the reflection step (or a pause taken during them): who gets
    the floor next. While reflecting, this is the listener who reflects back."""
    paused_in: Phase | None
    """When paused: the phase the pause interrupted (SPEAKING, PAUSE_CUE or REFLECTING)."""
    planned_ms: int
    elapsed_ms: int
    remaining_ms: int
    cue_ms: int
    cue_remaining_ms: int
    turn_seq: int
    turn_elapsed_ms: int
    wants: Wants
    """What the speaker asked for this turn; during a cue or reflection, for the next turn."""
    talk_a_ms: int
    talk_b_ms: int
    turns_a: int
    turns_b: int
    pause_kind: EventKind | None = None
    """When paused: why (PAUSE, BREAK for 'need a break', SUSPEND...)."""
    soft_limit_ms: int = 0
    """The gentle per-turn limit (0: off). Past it the speaker is asked to wrap up."""

    @property
    def wrap_up(self) -> bool:
        """True once the speaker has had the floor for the soft limit (never cuts them off)."""
        return (
            self.soft_limit_ms > 0
            and self.phase is Phase.SPEAKING
            and self.turn_elapsed_ms >= self.soft_limit_ms
        )

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

    # Listening ears (opt-in). Declared last: every field before them stays positional.
    listening: bool = False
    """Listening ears are on: the microphone hears speech or silence, never words."""
    hold_silence: bool = False
    """The speaker has spoken, then gone quiet for the hold time: ask the listener to hold
    the silence (they may not be finished)."""
