"""The session state machine.

    ready → speaking(A) → pause cue → speaking(B) → pause cue → … ⇄ paused → finished

With the reflection step on, each cue is followed by `reflecting`: the listener reflects back
and the speaker answers "got it" (the floor passes on) or "not quite" (it comes back to them).

All durations are session-clock milliseconds: monotonic time with paused time left out.
Remaining time is always computed as deadline − now; nothing here counts ticks. The
session never reads time except through the injected Clock, and it acts on deadlines
lazily: every input and every `poll()` first settles whatever deadlines have passed, at
the exact millisecond each fell due, so a late timer never stretches a turn or a session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from heard.core.clock import Clock
from heard.core.events import (
    EventLogged,
    FloorPassed,
    ListeningChanged,
    PauseCueFinished,
    PauseCueRevised,
    PauseCueStarted,
    ReflectionAnswered,
    ReflectionStarted,
    SessionEvent,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStarted,
    Turn,
    TurnEnded,
    TurnStarted,
)
from heard.core.listening import DEFAULT_HOLD_MS, Listening
from heard.core.model import (
    EndReason,
    EventKind,
    Partner,
    Phase,
    ReflectionAnswer,
    SessionConfig,
    Wants,
)
from heard.core.view import SessionView
from heard.core.voice_activity import VoiceEvent

Listener = Callable[[SessionEvent], None]


class Session:
    def __init__(self, config: SessionConfig, clock: Clock) -> None:
        self.config = config
        self._clock = clock
        self._listeners: list[Listener] = []
        self._phase = Phase.READY
        self._paused_in: Phase | None = None
        self._paused_at_mono = 0
        self._pause_kind: EventKind | None = None
        # Session clock: elapsed = base + (now - anchor) while running.
        self._anchor: int | None = None
        self._base_ms = 0
        # The floor.
        self._speaker: Partner | None = None
        self._seq = 0
        self._turn_start_ms = 0
        self._wants = Wants.LISTEN
        self._next_wants: Wants | None = None
        # Presence aids (settings, changeable at any time).
        self._reflection = False
        self._soft_limit_ms = 0
        # The pause cue.
        self._cue_end_ms = 0
        self._next_speaker: Partner | None = None
        self._turns: list[Turn] = []
        self._talk_ms = {Partner.A: 0, Partner.B: 0}
        self._turn_count = {Partner.A: 0, Partner.B: 0}
        self._end_reason: EndReason | None = None
        self._ears = Listening()

    @classmethod
    def restore(
        cls,
        config: SessionConfig,
        clock: Clock,
        turns: Sequence[Turn],
        elapsed_ms: int,
        open_turn: Turn | None = None,
    ) -> Session:
        """Rebuild a session that stopped unexpectedly (a crash, a flat battery) from what
        was stored: its closed turns, the turn still open at the last checkpoint, and how far
        the session clock got. The result is PAUSED, so the couple carries on by pressing
        Resume. Nothing is emitted until then.

        The floor goes back to whoever had it: the open turn's speaker carries on with that
        turn. After a crash during a pause cue (the last turn closed, none open) the cue runs
        again in full, then the other partner speaks. With no turn stored at all,
        `config.first_speaker` has turn 1 from `elapsed_ms`; the caller stores that turn (no
        TurnStarted is emitted for it). Raises ValueError when no time is left to resume."""
        closed = sorted(turns, key=lambda turn: turn.seq)
        ends = [turn.end_ms for turn in closed]
        if open_turn is not None:
            if closed and open_turn.seq <= closed[-1].seq:
                raise ValueError(f"open turn {open_turn.seq} is not after the closed turns")
            ends.append(open_turn.end_ms)
        at = max([elapsed_ms, *ends])
        if at >= config.planned_ms:
            raise ValueError("the session had no time left to resume")
        session = cls(config, clock)
        session._turns = list(closed)
        for turn in closed:
            session._talk_ms[turn.speaker] += turn.duration_ms
            session._turn_count[turn.speaker] += 1
        session._base_ms = at
        session._paused_at_mono = clock.monotonic_ms()
        session._phase = Phase.PAUSED
        if open_turn is None and closed:
            last = closed[-1]
            session._paused_in = Phase.PAUSE_CUE
            session._seq = last.seq
            session._next_speaker = last.speaker.other
            session._cue_end_ms = at + config.pause_cue_ms
            return session
        speaker = open_turn.speaker if open_turn is not None else config.first_speaker
        session._paused_in = Phase.SPEAKING
        session._speaker = speaker
        session._seq = open_turn.seq if open_turn is not None else 1
        session._turn_start_ms = open_turn.start_ms if open_turn is not None else at
        session._wants = open_turn.wants if open_turn is not None else Wants.LISTEN
        session._turn_count[speaker] += 1
        return session

    # ----------------------------------------------------------------- observers
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: SessionEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # ----------------------------------------------------------------- queries
    @property
    def phase(self) -> Phase:
        self._settle()
        return self._phase

    @property
    def end_reason(self) -> EndReason | None:
        return self._end_reason

    @property
    def turns(self) -> tuple[Turn, ...]:
        """Closed turns, in order."""
        return tuple(self._turns)

    def elapsed_ms(self) -> int:
        """Session-clock time so far, never more than the planned length."""
        return min(self._raw_elapsed(), self.config.planned_ms)

    def remaining_ms(self) -> int:
        return self.config.planned_ms - self.elapsed_ms()

    def ms_to_next_deadline(self) -> int | None:
        """How long until the state changes by itself (end of a cue or of the session).
        None when the session clock is not running."""
        self._settle()
        if self._anchor is None:
            return None
        now = self._raw_elapsed()
        deadline = self.config.planned_ms
        if self._phase is Phase.PAUSE_CUE:
            deadline = min(deadline, self._cue_end_ms)
        return max(0, deadline - now)

    def view(self) -> SessionView:
        self._settle()
        elapsed = self.elapsed_ms()
        talk = dict(self._talk_ms)
        turn_elapsed = 0
        if self._speaker is not None and self._phase in (Phase.SPEAKING, Phase.PAUSED):
            turn_elapsed = elapsed - self._turn_start_ms
            talk[self._speaker] += turn_elapsed
        in_cue = self._phase is Phase.PAUSE_CUE or self._paused_in is Phase.PAUSE_CUE
        between = in_cue or Phase.REFLECTING in (self._phase, self._paused_in)
        paused = self._phase is Phase.PAUSED
        return SessionView(
            phase=self._phase,
            speaker=self._speaker,
            next_speaker=self._next_speaker if between else None,
            paused_in=self._paused_in if self._phase is Phase.PAUSED else None,
            planned_ms=self.config.planned_ms,
            elapsed_ms=elapsed,
            remaining_ms=self.config.planned_ms - elapsed,
            cue_ms=self.config.pause_cue_ms,
            cue_remaining_ms=max(0, self._cue_end_ms - elapsed) if in_cue else 0,
            turn_seq=self._seq,
            turn_elapsed_ms=turn_elapsed,
            wants=(self._next_wants or Wants.LISTEN) if between else self._wants,
            talk_a_ms=talk[Partner.A],
            talk_b_ms=talk[Partner.B],
            turns_a=self._turn_count[Partner.A],
            turns_b=self._turn_count[Partner.B],
            listening=self._ears.on,
            hold_silence=self._ears.holding(elapsed),
            pause_kind=self._pause_kind if paused else None,
            soft_limit_ms=self._soft_limit_ms,
        )

    # ----------------------------------------------------------------- inputs
    def start(self) -> None:
        if self._phase is not Phase.READY:
            return
        self._anchor = self._clock.monotonic_ms()
        self._base_ms = 0
        first = self.config.first_speaker
        self._emit(SessionStarted(speaker=first, at_ms=0))
        self._begin_turn(first, 0)

    def pass_floor(self) -> bool:
        """The speaker is done. Ignored (returns False) unless someone has the floor."""
        self._settle()
        if self._phase is not Phase.SPEAKING or self._speaker is None:
            return False
        now = self.elapsed_ms()
        speaker = self._speaker
        self._close_turn(now)
        self._phase = Phase.PAUSE_CUE
        self._next_speaker = speaker.other
        self._cue_end_ms = now + self.config.pause_cue_ms
        self._ears.cue_started(self._seq, now, self._cue_end_ms)
        self._emit(
            PauseCueStarted(after_seq=self._seq, at_ms=now, duration_ms=self.config.pause_cue_ms)
        )
        self._settle()
        return True

    def set_wants(self, wants: Wants) -> None:
        """The speaker says what they want from the listener for this turn; during a cue or
        the reflection step, the next speaker says it for the turn about to start."""
        self._settle()
        if self._phase in (Phase.READY, Phase.FINISHED):
            return
        if self._speaker is not None:
            self._wants = wants
        else:
            self._next_wants = wants

    def toggle_wants(self) -> Wants:
        """Just listen ⇄ ideas welcome, for the current (or next) turn. Returns the new wish."""
        wants = Wants.IDEAS if self.view().wants is Wants.LISTEN else Wants.LISTEN
        self.set_wants(wants)
        return wants

    def set_reflection(self, enabled: bool) -> None:
        """Turn the reflection step after each cue on or off (from the next cue on)."""
        self._reflection = enabled

    def set_soft_limit(self, limit_ms: int) -> None:
        """The gentle per-turn limit shown as 'time to wrap up' (0 turns it off)."""
        if limit_ms < 0:
            raise ValueError("the soft limit cannot be negative")
        self._soft_limit_ms = limit_ms

    def answer_reflection(self, answer: ReflectionAnswer) -> bool:
        """The speaker answers the reflection: GOT_IT passes the floor to the listener,
        NOT_QUITE gives it back to the speaker ("let me add…"). Ignored outside the step."""
        self._settle()
        if self._phase is not Phase.REFLECTING or self._next_speaker is None:
            return False
        now = self.elapsed_ms()
        last = self._turns[-1]
        self._emit(ReflectionAnswered(seq=last.seq, answer=answer, at_ms=now))
        nxt = self._next_speaker if answer is ReflectionAnswer.GOT_IT else last.speaker
        self._emit(FloorPassed(to=nxt, seq=self._seq + 1, at_ms=now))
        self._begin_turn(nxt, now)
        return True

    def start_over(self) -> bool:
        """ "Can we try that again?": the current turn (or, during the cue or reflection, the
        turn just ended) starts again from now, with the same speaker and number. The time
        before is not counted as talk; a START_OVER event keeps the trace."""
        self._settle()
        now = self.elapsed_ms()
        if self._phase is Phase.SPEAKING and self._speaker is not None:
            speaker, wants, discarded = self._speaker, self._wants, now - self._turn_start_ms
        elif self._phase in (Phase.PAUSE_CUE, Phase.REFLECTING) and self._turns:
            last = self._turns.pop()
            self._talk_ms[last.speaker] -= last.duration_ms
            speaker, wants, discarded = last.speaker, last.wants, last.duration_ms
        else:
            return False
        self._phase = Phase.SPEAKING
        self._speaker, self._next_speaker, self._wants = speaker, None, wants
        self._turn_start_ms = now
        self._ears.turn_started(now)
        self._emit(EventLogged(EventKind.START_OVER, now, f"turn {self._seq}, {discarded} ms"))
        self._emit(TurnStarted(seq=self._seq, speaker=speaker, at_ms=now, wants=wants))
        return True

    def pause(self, kind: EventKind = EventKind.PAUSE) -> bool:
        self._settle()
        if self._phase not in (Phase.SPEAKING, Phase.PAUSE_CUE, Phase.REFLECTING):
            return False
        self._base_ms = self.elapsed_ms()
        self._anchor = None
        self._paused_in = self._phase
        self._paused_at_mono = self._clock.monotonic_ms()
        self._phase = Phase.PAUSED
        self._ears.paused()
        self._pause_kind = kind
        self._emit(SessionPaused(at_ms=self._base_ms, kind=kind))
        return True

    def resume(self) -> bool:
        if self._phase is not Phase.PAUSED or self._paused_in is None:
            return False
        now = self._clock.monotonic_ms()
        self._anchor = now
        self._phase = self._paused_in
        self._paused_in = None
        self._ears.resumed(speaking=self._phase is Phase.SPEAKING)
        self._pause_kind = None
        self._emit(SessionResumed(at_ms=self._base_ms, paused_for_ms=now - self._paused_at_mono))
        return True

    def toggle_pause(self) -> bool:
        return self.resume() if self.phase is Phase.PAUSED else self.pause()

    def report_interruption(self) -> bool:
        """The listener spoke too soon. During a cue, the cue is cut short (not honoured)
        and the floor passes now; during a turn it is only logged."""
        self._settle()
        now = self.elapsed_ms()
        if self._phase is Phase.PAUSE_CUE and self._next_speaker is not None:
            self._emit(EventLogged(EventKind.INTERRUPTION, now, "during_cue"))
            self._finish_cue(now, honoured=False)
            return True
        if self._phase is Phase.SPEAKING:
            self._emit(EventLogged(EventKind.INTERRUPTION, now, "during_turn"))
            return True
        return False

    def log(self, kind: EventKind, detail: str = "") -> bool:
        """Log a moment that changes nothing else (e.g. 'I got distracted')."""
        self._settle()
        if self._phase in (Phase.READY, Phase.FINISHED):
            return False
        self._emit(EventLogged(kind, self.elapsed_ms(), detail))
        return True

    # ----------------------------------------------------------------- listening ears
    def set_listening(self, on: bool, *, hold_silence_ms: int = DEFAULT_HOLD_MS) -> bool:
        """Listening ears on or off. While on, hear() measures the pause cues (a cue counts
        as measured only if the ears heard all of it) and the speaker's silences. Returns
        False when nothing changed or the session is over."""
        self._settle()
        if self._phase is Phase.FINISHED or not self._ears.switch(on, hold_silence_ms):
            return False
        self._emit(ListeningChanged(at_ms=self.elapsed_ms(), on=on))
        return True

    def hear(self, event: VoiceEvent) -> None:
        """Listening ears heard speech start or stop. `event.at_ms` is on this session's
        clock (monotonic), usually a moment ago. Ignored while the ears are off."""
        at = self._session_ms_at(event.at_ms)
        for fact in self._ears.hear(event, at):
            if isinstance(fact, PauseCueRevised) and not self._revise_cue(fact.after_seq):
                continue
            self._emit(fact)
        self._settle()

    @property
    def silences_held(self) -> int | None:
        """How often the listener held a silence until the speaker went on; None when
        listening ears were never on in this session."""
        return self._ears.held if self._ears.used else None

    def _session_ms_at(self, mono_ms: int) -> int | None:
        """The session-clock time of a monotonic moment, or None if the session clock was
        not running then (before the start, or during the latest pause)."""
        if self._anchor is None or mono_ms < self._anchor:
            return None
        return min(self._base_ms + mono_ms - self._anchor, self._raw_elapsed())

    def _revise_cue(self, after_seq: int) -> bool:
        for index, turn in enumerate(self._turns):
            if turn.seq == after_seq:
                self._turns[index] = replace(turn, pause_honoured=False, pause_measured=True)
                return True
        return False

    def end(self, reason: EndReason = EndReason.ENDED_EARLY) -> bool:
        """End before the planned length (by hand, or INTERRUPTED when the app must quit).
        Returns False if there is nothing to end."""
        self._settle()
        if self._phase in (Phase.READY, Phase.FINISHED):
            return False
        self._finish(self.elapsed_ms(), reason, late_ms=0)
        return True

    def poll(self) -> None:
        """Settle any deadline that has passed. Timers call this; it is cheap."""
        self._settle()

    # ----------------------------------------------------------------- internals
    def _raw_elapsed(self) -> int:
        if self._anchor is None:
            return self._base_ms
        return self._base_ms + self._clock.monotonic_ms() - self._anchor

    def _settle(self) -> None:
        if self._anchor is None or self._phase in (Phase.READY, Phase.FINISHED, Phase.PAUSED):
            return
        raw = self._raw_elapsed()
        planned = self.config.planned_ms
        if (
            self._phase is Phase.PAUSE_CUE
            and self._cue_end_ms < planned
            and raw >= self._cue_end_ms
        ):
            self._finish_cue(self._cue_end_ms, honoured=True)
        if raw >= planned:
            self._finish(planned, EndReason.COMPLETED, late_ms=raw - planned)

    def _begin_turn(self, speaker: Partner, at_ms: int) -> None:
        self._phase = Phase.SPEAKING
        self._speaker = speaker
        self._next_speaker = None
        self._seq += 1
        self._turn_start_ms = at_ms
        self._ears.turn_started(at_ms)
        self._wants = self._next_wants or Wants.LISTEN
        self._next_wants = None
        self._turn_count[speaker] += 1
        self._emit(TurnStarted(seq=self._seq, speaker=speaker, at_ms=at_ms, wants=self._wants))

    def _close_turn(self, at_ms: int) -> None:
        assert self._speaker is not None
        turn = Turn(self._seq, self._speaker, self._turn_start_ms, at_ms, self._wants)
        self._turns.append(turn)
        self._talk_ms[self._speaker] += turn.duration_ms
        self._speaker = None
        self._emit(TurnEnded(turn))

    def _finish_cue(self, at_ms: int, *, honoured: bool) -> None:
        assert self._next_speaker is not None
        honoured, measured = self._ears.cue_finished(at_ms, cut_short=not honoured)
        last = self._turns[-1]
        self._turns[-1] = replace(last, pause_honoured=honoured, pause_measured=measured)
        self._emit(PauseCueFinished(last.seq, at_ms=at_ms, honoured=honoured, measured=measured))
        nxt = self._next_speaker
        if self._reflection:
            self._phase = Phase.REFLECTING
            self._emit(ReflectionStarted(after_seq=last.seq, at_ms=at_ms, by=nxt))
            return
        self._emit(FloorPassed(to=nxt, seq=self._seq + 1, at_ms=at_ms))
        self._begin_turn(nxt, at_ms)

    def _finish(self, at_ms: int, reason: EndReason, *, late_ms: int) -> None:
        speaking = self._phase is Phase.SPEAKING or self._paused_in is Phase.SPEAKING
        if speaking and self._speaker is not None:
            self._close_turn(at_ms)
        self._base_ms = at_ms
        self._anchor = None
        self._phase = Phase.FINISHED
        self._paused_in = None
        self._pause_kind = None
        self._next_speaker = None
        self._end_reason = reason
        self._ears.finished()
        self._emit(SessionFinished(at_ms=at_ms, reason=reason, late_ms=late_ms))
