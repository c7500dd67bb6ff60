"""A recorder that keeps a session's writes in memory while storage fails, and retries them.

When the data folder becomes unwritable or the disk fills up in the middle of a session, the
session keeps running: every write that could not be made waits in order, and the whole
backlog is tried again at the next write (every change of floor, pause, resume, and the 30 s
checkpoints). Each queued item is one of SessionRecorder's writes, and each of those is one
transaction, so a replay never doubles or half-applies anything.

Even the session row itself may wait: `create` runs at the first successful moment, with the
start time captured when the session began (stored dates come from the wall clock at the
start only).

If storage is still failing when the session ends, `rescue_payload()` holds everything needed
to save the session to a file of the couple's choosing (see heard.storage.rescue).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from heard.core.events import SessionEvent
from heard.core.model import SessionConfig
from heard.errors import HeardError
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository

log = logging.getLogger(__name__)

STORAGE_ERRORS = (HeardError, sqlite3.Error, OSError)


@dataclass(frozen=True)
class _Checkpoint:
    elapsed_ms: int
    open_seq: int | None
    open_end_ms: int | None


_Write = SessionEvent | _Checkpoint


class ResilientRecorder:
    """Records a session through a SessionRecorder made by `create`, never raising storage
    errors: `on_problem` hears about the first failure of each outage (a plain sentence),
    `on_saved` when the backlog has been written after one."""

    def __init__(
        self,
        create: Callable[[], SessionRecorder],
        config: SessionConfig,
        started_at: datetime,
        *,
        session_uuid: str,
        on_problem: Callable[[str], None] | None = None,
        on_saved: Callable[[], None] | None = None,
    ) -> None:
        """`session_uuid`: the uuid the session's row has, or will get from `create`."""
        self._create = create
        self.config = config
        self.started_at = started_at
        self.session_uuid = session_uuid
        self._recorder: SessionRecorder | None = None
        self._backlog: list[_Write] = []
        self._events: list[SessionEvent] = []
        self._problem: str | None = None
        self._on_problem = on_problem
        self._on_saved = on_saved
        self.retry()  # create the session row now if possible

    @classmethod
    def for_repository(
        cls,
        repo: SessionRepository,
        config: SessionConfig,
        started_at: datetime,
        *,
        on_problem: Callable[[str], None] | None = None,
        on_saved: Callable[[], None] | None = None,
    ) -> ResilientRecorder:
        """Record `config`'s session in `repo`, creating its row as soon as storage allows."""
        import uuid  # loaded with the first session, not at launch

        session_uuid = str(uuid.uuid4())

        def create() -> SessionRecorder:
            return SessionRecorder(repo, repo.create_session(config, started_at, session_uuid))

        return cls(
            create,
            config,
            started_at,
            session_uuid=session_uuid,
            on_problem=on_problem,
            on_saved=on_saved,
        )

    @property
    def session_id(self) -> int | None:
        return None if self._recorder is None else self._recorder.session_id

    @property
    def pending(self) -> int:
        """How many writes are waiting (0: everything is stored)."""
        return len(self._backlog) + (1 if self._recorder is None else 0)

    @property
    def problem(self) -> str | None:
        """The last storage failure while writes are waiting, else None."""
        return self._problem

    @property
    def events(self) -> tuple[SessionEvent, ...]:
        """Every event seen, stored or not (for a rescue file)."""
        return tuple(self._events)

    def on_event(self, event: SessionEvent) -> None:
        self._events.append(event)
        self._write(event)

    def checkpoint(
        self, elapsed_ms: int, open_seq: int | None = None, open_end_ms: int | None = None
    ) -> None:
        item = _Checkpoint(elapsed_ms, open_seq, open_end_ms)
        if self._backlog and isinstance(self._backlog[-1], _Checkpoint):
            self._backlog[-1] = item  # a newer checkpoint makes the waiting one useless
            self.retry()
            return
        self._write(item)

    def rescue_payload(self, now: datetime) -> dict[str, Any]:
        """This session as a Heard export (`heard import` reads it), for a rescue file when
        storage keeps failing."""
        from heard.storage.rescue import rescue_payload  # only once saving has failed

        return rescue_payload(
            self.config, self.started_at, self._events, session_uuid=self.session_uuid, now=now
        )

    def retry(self) -> bool:
        """Try to store everything waiting, in order. True when nothing is left waiting."""
        try:
            if self._recorder is None:
                self._recorder = self._create()
            while self._backlog:
                self._apply(self._recorder, self._backlog[0])
                self._backlog.pop(0)
        except STORAGE_ERRORS as exc:
            self._fail(exc)
            return False
        if self._problem is not None:
            self._problem = None
            log.info("storage works again; the session's waiting writes are saved")
            if self._on_saved is not None:
                self._on_saved()
        return True

    def _write(self, item: _Write) -> None:
        self._backlog.append(item)
        self.retry()

    @staticmethod
    def _apply(recorder: SessionRecorder, item: _Write) -> None:
        if isinstance(item, _Checkpoint):
            recorder.checkpoint(item.elapsed_ms, item.open_seq, item.open_end_ms)
        else:
            recorder.on_event(item)

    def _fail(self, exc: BaseException) -> None:
        first = self._problem is None
        self._problem = str(exc) or type(exc).__name__
        if first:
            log.error("could not save the session, keeping it in memory: %s", self._problem)
            if self._on_problem is not None:
                self._on_problem(self._problem)
        else:
            log.debug("storage still failing (%d writes waiting): %s", self.pending, exc)
