"""Sessions the app stopped during (a crash, kill -9, a flat battery), found at the next launch.

The couple gets two choices and nothing is ever dropped silently:
- resume where they left off: only when the last save is less than RESUME_WITHIN old and
  the session has time left. It comes back paused (Session.restore), so they press Resume.
- keep it as interrupted: it joins the history with the time its checkpoints saved.

What a crash can lose is the time since the last write: writes happen at every change of
floor, at pause and resume, and every 30 s while a partner speaks (the open turn's end is
part of that checkpoint).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from heard.core.clock import Clock
from heard.core.model import (
    DEFAULT_CUE_S,
    ConfigError,
    EndReason,
    EventKind,
    Phase,
    SessionConfig,
    Wants,
)
from heard.core.turn import Turn
from heard.storage.records import SessionRecord
from heard.storage.repository import SessionRepository

if TYPE_CHECKING:
    from heard.core.session import Session  # loaded only to bring one back
    from heard.storage.recorder import SessionRecorder

log = logging.getLogger(__name__)

RESUME_WITHIN = timedelta(hours=2)
MIN_LEFT_MS = 1_000
"""Less time than this left: nothing worth resuming."""
RECOVERED_DETAIL = "recovered"
"""The `detail` of the pause event logged when a crashed session is resumed."""


@dataclass(frozen=True)
class Unfinished:
    """An unfinished session as stored: its closed turns, the turn open at the last
    checkpoint, and the furthest session-clock time any write reached."""

    record: SessionRecord
    turns: tuple[Turn, ...]
    open_turn: Turn | None
    progress_ms: int

    @property
    def last_saved(self) -> datetime:
        return self.record.updated_at or self.record.started_at

    def config(self) -> SessionConfig | None:
        """The session's settings, or None if the stored ones are no longer valid."""
        record = self.record
        try:
            return SessionConfig(
                partner_a=record.partner_a or "",
                partner_b=record.partner_b or "",
                planned_s=record.planned_s,
                pause_cue_s=record.pause_cue_s or DEFAULT_CUE_S,
                template=record.template,
                phones_away=record.phones_away,
            )
        except ConfigError as exc:
            log.warning("Session %d cannot be resumed: %s", record.id, exc)
            return None

    def can_resume(self, now: datetime) -> bool:
        """Recent enough (wall clock; a clock set back counts by the size of the jump) and
        with time left."""
        recent = abs(now - self.last_saved) < RESUME_WITHIN
        left = self.record.planned_s * 1000 - self.progress_ms
        return recent and left >= MIN_LEFT_MS and self.config() is not None


def find_unfinished(repo: SessionRepository) -> list[Unfinished]:
    """Every unfinished session, newest first."""
    return [load_unfinished(repo, record) for record in repo.unfinished()]


def load_unfinished(repo: SessionRepository, record: SessionRecord) -> Unfinished:
    open_turn = repo.open_turn_of(record.id)
    open_seq = None if open_turn is None else open_turn.seq
    closed = tuple(turn for turn in repo.turns(record.id) if turn.seq != open_seq)
    times = [record.actual_ms, *(turn.end_ms for turn in closed)]
    times += [event.at_ms for event in repo.events(record.id)]
    if open_turn is not None:
        times.append(open_turn.end_ms)
    progress = min(max(times), record.planned_s * 1000)
    return Unfinished(record, closed, open_turn, progress)


def keep_as_interrupted(repo: SessionRepository, item: Unfinished) -> None:
    """Finish the session as 'interrupted' at its furthest saved time. The open turn is
    closed there too: nobody had passed the floor, so its speaker was still talking."""
    repo.finish_session(item.record.id, item.progress_ms, EndReason.INTERRUPTED)
    log.info(
        "Kept unfinished session %d as interrupted at %.1f s",
        item.record.id,
        item.progress_ms / 1000,
    )


def resume(
    repo: SessionRepository, item: Unfinished, clock: Clock
) -> tuple[Session, SessionRecorder]:
    """Bring the session back, paused where it was, with a recorder that carries on writing
    to the same row. Raises ValueError when it cannot be resumed."""
    config = item.config()
    if config is None:
        raise ValueError(f"session {item.record.id} has invalid settings")
    from heard.core.session import Session

    session = Session.restore(config, clock, item.turns, item.progress_ms, item.open_turn)
    view = session.view()
    sid = item.record.id
    open_seq = None if item.open_turn is None else item.open_turn.seq
    with repo.transaction():
        if view.paused_in is Phase.SPEAKING and open_seq is None and view.speaker is not None:
            start = view.elapsed_ms - view.turn_elapsed_ms
            repo.open_turn(sid, view.turn_seq, view.speaker, start, Wants.LISTEN)
            open_seq = view.turn_seq
        repo.add_event(sid, EventKind.PAUSE, view.elapsed_ms, RECOVERED_DETAIL)
        repo.checkpoint(sid, view.elapsed_ms, open_seq, view.elapsed_ms)
    log.info("Resuming unfinished session %d at %.1f s", sid, view.elapsed_ms / 1000)
    from heard.storage.recorder import SessionRecorder  # loaded only to bring one back

    return session, SessionRecorder(repo, sid, open_seq=open_seq)
