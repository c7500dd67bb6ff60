"""What listening ears' speech/silence events mean for a session.

The Session owns one Listening and tells it about the floor (a turn began, a cue began or
ended, a pause); the microphone side tells it, through Session.hear(), when speech started
or stopped. All times here are session-clock milliseconds (paused time left out).

- The pause cue, measured: a cue heard from start to end with no speech beginning during
  it was honoured; speech that begins during it means it was not. Speech is reported a
  little after it begins, so a verdict of "honoured" can be revised once, when speech is
  reported that began before the cue's end (PauseCueRevised). Speech that begins exactly
  at the end of the cue belongs to the next turn.
- Holding the silence: while a partner has the floor, has spoken, and has been quiet for
  `hold_ms`, the listener is asked to hold the silence. When the same partner's turn goes
  on with speech after such a silence, the silence was held (SilenceHeld). The microphone
  cannot tell voices apart: speech during the speaker's turn counts as theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

from heard.core.events import PauseCueRevised, SilenceHeld
from heard.core.model import DEFAULT_HOLD_MS, MAX_HOLD_MS, MIN_HOLD_MS
from heard.core.voice_activity import SilenceStarted, VoiceEvent

__all__ = ["DEFAULT_HOLD_MS", "MAX_HOLD_MS", "MIN_HOLD_MS", "Listening"]


@dataclass
class _Cue:
    after_seq: int
    start_ms: int
    planned_end_ms: int
    listened: bool
    """Listening ears were on from the cue's start, and still are."""
    heard: bool = False
    """Speech began during the cue."""
    end_ms: int | None = None
    verdict: bool | None = None
    """After a measured end: whether it was honoured (None when not measured)."""


class Listening:
    def __init__(self) -> None:
        self.on = False
        self.used = False
        """Listening ears were on at some moment of this session."""
        self.hold_ms = DEFAULT_HOLD_MS
        self.held = 0
        self._voice = False
        self._in_turn = False
        self._turn_start = 0
        self._spoke_in_turn = False
        self._quiet_since: int | None = None
        self._cue: _Cue | None = None

    # ----------------------------------------------------------------- switches
    def switch(self, on: bool, hold_ms: int = DEFAULT_HOLD_MS) -> bool:
        """Ears on or off. Returns True when that changed anything."""
        if not MIN_HOLD_MS <= hold_ms <= MAX_HOLD_MS:
            raise ValueError(f"hold time must be {MIN_HOLD_MS} to {MAX_HOLD_MS} ms")
        self.hold_ms = hold_ms
        if on == self.on:
            return False
        self.on = on
        self.used |= on
        self._voice = False
        self._quiet_since = None
        self._spoke_in_turn = False
        if self._cue is not None and self._cue.end_ms is None:
            self._cue.listened = False  # not heard from start to end: not measured
        return True

    # ----------------------------------------------------------------- the floor
    def turn_started(self, at_ms: int) -> None:
        self._in_turn = True
        self._turn_start = at_ms
        self._spoke_in_turn = self._voice  # already talking as the floor came to them
        self._quiet_since = None

    def cue_started(self, after_seq: int, at_ms: int, planned_end_ms: int) -> None:
        self._in_turn = False
        self._quiet_since = None
        self._cue = _Cue(after_seq, at_ms, planned_end_ms, listened=self.on)

    def cue_finished(self, at_ms: int, *, cut_short: bool = False) -> tuple[bool, bool]:
        """(honoured, measured) for the cue that ends at `at_ms`. `cut_short`: the listener
        said they jumped in. Unmeasured, a cue is honoured when it ran to its end."""
        cue = self._cue
        if cue is None or not cue.listened or not self.on:
            return not cut_short, False
        cue.end_ms = at_ms
        honoured = not (cue.heard or cut_short)
        measured = cue.heard or not cut_short  # a jump-in the ears did not hear: self-report
        cue.verdict = honoured if measured else None
        return honoured, measured

    def paused(self) -> None:
        self._in_turn = False
        self._quiet_since = None

    def resumed(self, speaking: bool) -> None:
        self._in_turn = speaking

    def finished(self) -> None:
        self._in_turn = False
        self._quiet_since = None

    # ----------------------------------------------------------------- hearing
    def hear(self, event: VoiceEvent, at_ms: int | None) -> list[PauseCueRevised | SilenceHeld]:
        """A speech/silence change, at `at_ms` session time (None: while the session clock
        was not running; only the current state is kept). Returns what follows from it."""
        if not self.on:
            return []
        if isinstance(event, SilenceStarted):
            self._voice = False
            if at_ms is not None and self._in_turn and self._spoke_in_turn:
                self._quiet_since = max(at_ms, self._turn_start)
            return []
        self._voice = True
        if at_ms is None:
            return []
        facts: list[PauseCueRevised | SilenceHeld] = []
        revised = self._speech_in_cue(at_ms)
        if revised is not None:
            facts.append(revised)
        if self._in_turn and at_ms >= self._turn_start:
            quiet = self._quiet_since
            if quiet is not None and at_ms - quiet >= self.hold_ms:
                self.held += 1
                facts.append(SilenceHeld(at_ms=at_ms, quiet_ms=at_ms - quiet, count=self.held))
            self._quiet_since = None
            self._spoke_in_turn = True
        return facts

    def _speech_in_cue(self, at_ms: int) -> PauseCueRevised | None:
        cue = self._cue
        if cue is None or not cue.listened or at_ms < cue.start_ms:
            return None
        if cue.end_ms is None:
            cue.heard |= at_ms < cue.planned_end_ms
            return None
        if cue.verdict is True and at_ms < cue.end_ms:
            cue.verdict = False  # the speech was reported after the cue had ended
            return PauseCueRevised(after_seq=cue.after_seq, at_ms=at_ms)
        return None

    # ----------------------------------------------------------------- state
    def holding(self, now_ms: int) -> bool:
        """True while the listener should be holding the silence."""
        quiet = self._quiet_since
        return self.on and self._in_turn and quiet is not None and now_ms - quiet >= self.hold_ms
