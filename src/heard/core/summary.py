"""What a finished session adds up to: the numbers on the end screen."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from heard.core.model import EndReason, Partner
from heard.core.turn import Turn


@dataclass(frozen=True)
class SessionSummary:
    elapsed_ms: int
    planned_ms: int
    reason: EndReason | None
    talk_a_ms: int
    talk_b_ms: int
    turns_a: int
    turns_b: int
    longest: Turn | None
    cues_honoured: int
    cues_total: int
    silences_held: int | None = None
    """How often the listener held a silence (None: listening ears were off)."""

    @classmethod
    def from_turns(
        cls,
        turns: Iterable[Turn],
        *,
        elapsed_ms: int,
        planned_ms: int,
        reason: EndReason | None,
        silences_held: int | None = None,
    ) -> SessionSummary:
        talk = {Partner.A: 0, Partner.B: 0}
        count = {Partner.A: 0, Partner.B: 0}
        longest: Turn | None = None
        honoured = total = 0
        for turn in turns:
            talk[turn.speaker] += turn.duration_ms
            count[turn.speaker] += 1
            if longest is None or turn.duration_ms > longest.duration_ms:
                longest = turn
            if turn.pause_honoured is not None:
                total += 1
                honoured += int(turn.pause_honoured)
        return cls(
            elapsed_ms=elapsed_ms,
            planned_ms=planned_ms,
            reason=reason,
            talk_a_ms=talk[Partner.A],
            talk_b_ms=talk[Partner.B],
            turns_a=count[Partner.A],
            turns_b=count[Partner.B],
            longest=longest,
            cues_honoured=honoured,
            cues_total=total,
            silences_held=silences_held,
        )

    @property
    def turns(self) -> int:
        return self.turns_a + self.turns_b

    @property
    def talk_share_a(self) -> float | None:
        total = self.talk_a_ms + self.talk_b_ms
        return None if total == 0 else self.talk_a_ms / total


def format_duration(ms: int) -> str:
    """m:ss, or h:mm:ss from an hour on. Rounds down to the second shown."""
    total_s = max(0, ms) // 1000
    hours, rest = divmod(total_s, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


def format_countdown(ms: int) -> str:
    """Remaining time for a countdown: rounds UP, so 0:00 shows only at the very end."""
    return format_duration(-(-max(0, ms) // 1000) * 1000)
