"""Turns the session's past-tense events into repository writes, as they happen.

Writes happen at every change of floor, at pause and resume, and at the end, so a crash
loses at most the seconds since the last write. Between events the app calls `checkpoint()`
now and then to narrow that gap.
"""

from __future__ import annotations

import logging
from typing import assert_never

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
    SilenceHeld,
    TurnEnded,
    TurnStarted,
)
from heard.core.model import EventKind, ReflectionAnswer
from heard.storage.records import Reflection
from heard.storage.repository import SessionRepository

log = logging.getLogger(__name__)

_REFLECTION: dict[ReflectionAnswer, Reflection] = {
    ReflectionAnswer.GOT_IT: "got_it",
    ReflectionAnswer.NOT_QUITE: "not_quite",
}


class SessionRecorder:
    """Records one session. Storage errors (HeardError) propagate to the caller."""

    def __init__(
        self, repo: SessionRepository, session_id: int, *, open_seq: int | None = None
    ) -> None:
        """`open_seq`: the turn already stored as open (when a crashed session resumes)."""
        self._repo = repo
        self._session_id = session_id
        self._open_seq: int | None = open_seq

    @property
    def session_id(self) -> int:
        return self._session_id

    @property
    def open_seq(self) -> int | None:
        """The turn being recorded as still running, if any."""
        return self._open_seq

    def on_event(self, event: SessionEvent) -> None:
        sid = self._session_id
        match event:
            case TurnStarted(seq=seq, speaker=speaker, at_ms=at_ms, wants=wants):
                self._repo.open_turn(sid, seq, speaker, at_ms, wants)
                self._open_seq = seq
            case TurnEnded(turn=turn):
                with self._repo.transaction():
                    self._repo.close_turn(sid, turn)
                    self._repo.checkpoint(sid, turn.end_ms)
                if self._open_seq == turn.seq:
                    self._open_seq = None
            case PauseCueFinished(after_seq=seq, honoured=honoured, measured=measured):
                self._repo.set_pause_honoured(sid, seq, honoured, measured=measured)
            case PauseCueRevised(after_seq=seq, honoured=honoured):
                self._repo.set_pause_honoured(sid, seq, honoured, measured=True)
            case SessionPaused(at_ms=at_ms, kind=kind):
                with self._repo.transaction():
                    self._repo.add_event(sid, kind, at_ms)
                    self._repo.checkpoint(sid, at_ms, self._open_seq, at_ms)
            case SessionResumed(at_ms=at_ms, paused_for_ms=paused_for_ms):
                with self._repo.transaction():  # the checkpoint stamps updated_at: recovery
                    self._repo.add_event(sid, EventKind.RESUME, at_ms, str(paused_for_ms))
                    self._repo.checkpoint(sid, at_ms, self._open_seq, at_ms)
            case ReflectionAnswered(seq=seq, answer=answer):
                self._repo.set_reflection(sid, seq, _REFLECTION[answer])
            case EventLogged(kind=kind, at_ms=at_ms, detail=detail):
                self._repo.add_event(sid, kind, at_ms, detail)
            case SilenceHeld():
                self._repo.add_silence_held(sid)
            case ListeningChanged(on=on):
                if on:
                    self._repo.start_counting_silences(sid)
            case SessionFinished(at_ms=at_ms, reason=reason):
                self._repo.finish_session(sid, at_ms, reason)
                self._open_seq = None
            case SessionStarted() | PauseCueStarted() | FloorPassed() | ReflectionStarted():
                pass  # nothing to keep: the turn rows and the cue result cover these
            case _ as unknown:
                assert_never(unknown)

    def checkpoint(
        self, elapsed_ms: int, open_seq: int | None = None, open_end_ms: int | None = None
    ) -> None:
        """Save progress between events. Without `open_seq`, the turn this recorder saw open
        (if any) is extended to `open_end_ms` (default: `elapsed_ms`)."""
        seq = self._open_seq if open_seq is None else open_seq
        self._repo.checkpoint(self._session_id, elapsed_ms, seq, open_end_ms)
