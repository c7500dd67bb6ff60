"""Known sessions for History tests, written through the real repository."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from heard.core.clock import FakeClock
from heard.core.events import Turn
from heard.core.model import EndReason, EventKind, Partner, SessionConfig, Wants
from heard.storage.db import Database
from heard.storage.repository import SessionRepository


@dataclass(frozen=True)
class Spec:
    """One session: `turns` are (speaker, seconds, pause honoured after it)."""

    day: date
    minutes: float = 20
    turns: Sequence[tuple[str, int, bool | None]] = ()
    felt: tuple[int | None, int | None] = (None, None)
    phones_away: bool = True
    reason: EndReason = EndReason.COMPLETED
    names: tuple[str, str] = ("Ann", "Bob")
    at: time = time(20, 0)
    checklist: dict[str, bool] = field(default_factory=dict)
    events: Sequence[tuple[EventKind, int, str]] = ()


def repository(db: Database) -> tuple[SessionRepository, FakeClock]:
    clock = FakeClock()
    return SessionRepository(db, clock, local_tz=UTC), clock


def add(db: Database, spec: Spec) -> int:
    repo, clock = repository(db)
    clock.jump_wall(datetime.combine(spec.day, spec.at, tzinfo=UTC) - clock.wall_utc())
    config = SessionConfig(*spec.names, phones_away=spec.phones_away)
    sid = repo.create_session(config)
    now = 0
    for seq, (speaker, seconds, honoured) in enumerate(spec.turns, start=1):
        end = now + seconds * 1000
        repo.close_turn(sid, Turn(seq, Partner(speaker), now, end, Wants.LISTEN, honoured))
        now = end + 3000
    for kind, at_ms, detail in spec.events:
        repo.add_event(sid, kind, at_ms, detail)
    repo.finish_session(sid, round(spec.minutes * 60_000), spec.reason)
    repo.set_check_in(sid, *spec.felt)
    if spec.checklist:
        repo.set_checklist(sid, spec.checklist)
    return sid


def add_all(db: Database, specs: Sequence[Spec]) -> list[int]:
    with db.transaction():
        return [add(db, spec) for spec in specs]
