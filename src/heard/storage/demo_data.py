"""Realistic, seeded, reproducible demo history for a separate data folder.

The couple mostly talk every evening for 20 minutes and hold a 30-minute meeting on
Sunday mornings; holidays and busy spells leave gaps. Over the years the talk gets more
balanced, the pause cue is honoured more often, and both feel more heard.

Demo sessions use the DEMO_TEMPLATES, so a folder holding anything else (real sessions) is
refused, and running the generator again on a demo folder replaces the demo data. The same
seed, `until` date and time zone give the same rows, byte for byte.
"""

from __future__ import annotations

import logging
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from heard.errors import HeardError
from heard.storage.db import Database, SqlValue
from heard.storage.records import to_utc_text

log = logging.getLogger(__name__)

DAILY, WEEKLY = "demo_daily", "demo_weekly"
DEMO_TEMPLATES = (DAILY, WEEKLY)
SESSIONS_PER_YEAR = 365
NAMES = ("Robin", "Sam")
CUE_S = 3
REPAIR_ITEMS = ("repair.acknowledge", "repair.ask_again", "repair.keep_private")
SELF_CHECK_ITEMS = ("self.interrupted", "self.unasked_advice", "self.rehearsing")
"""Ids from resources/content/checklist.json: repairs grow more common, slips rarer."""

Row = tuple[SqlValue, ...]


class DemoDataRefusedError(HeardError):
    """The folder holds real sessions; demo data never mixes with them."""


@dataclass(frozen=True)
class DemoResult:
    sessions: int
    turns: int
    first_day: date
    last_day: date


def generate(
    db: Database, *, sessions: int, until: date, seed: int = 1, tz: tzinfo | None = None
) -> DemoResult:
    """Replace the demo data in `db` with `sessions` sessions ending on `until` (local days
    in `tz`, default the system's). Raises DemoDataRefusedError if `db` has real sessions."""
    if sessions < 1:
        raise ValueError(f"sessions must be at least 1, got {sessions}")
    real = db.scalar_int(
        "SELECT COUNT(*) FROM session WHERE template NOT IN (?, ?)", DEMO_TEMPLATES
    )
    if real:
        raise DemoDataRefusedError(
            f"{db.path.parent} already holds {real} real session(s); "
            "demo data goes into a separate, empty folder."
        )
    rng = random.Random(seed)
    slots = _slots(rng, sessions, until)
    rows = _Rows()
    for number, (day, template) in enumerate(slots, start=1):
        progress = (number - 1) / max(1, len(slots) - 1)
        _session(rng, rows, sid=number, day=day, template=template, progress=progress, tz=tz)
    with db.transaction():
        db.execute("DELETE FROM session")
        db.executemany(
            "INSERT INTO session (id, uuid, started_at, started_day, template, planned_s,"
            " actual_s, end_reason, phones_away, partner_a, partner_b, pause_cue_s,"
            " felt_heard_a, felt_heard_b, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows.sessions,
        )
        db.executemany(
            "INSERT INTO turn (session_id, seq, speaker, start_ms, end_ms, wants,"
            " pause_honoured, reflection) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows.turns,
        )
        db.executemany(
            "INSERT INTO event (session_id, at_ms, kind, detail) VALUES (?, ?, ?, ?)", rows.events
        )
        db.executemany(
            "INSERT INTO checklist_answer (session_id, item_id, checked) VALUES (?, ?, ?)",
            rows.checklist,
        )
    log.info("Wrote %d demo sessions, %d turns", len(rows.sessions), len(rows.turns))
    return DemoResult(len(rows.sessions), len(rows.turns), slots[0][0], slots[-1][0])


class _Rows:
    def __init__(self) -> None:
        self.sessions: list[Row] = []
        self.turns: list[Row] = []
        self.events: list[Row] = []
        self.checklist: list[Row] = []


def _slots(rng: random.Random, count: int, until: date) -> list[tuple[date, str]]:
    """`count` (day, template) slots over about `count` days: an evening talk most days and a
    Sunday meeting every week, minus gaps of one day to two weeks."""
    first = until - timedelta(days=count - 1)
    days = [first + timedelta(days=n) for n in range(count)]
    daily = dict.fromkeys(days, True)
    weekly = [day for day in days if day.weekday() == 6]
    to_drop = len(weekly)
    while to_drop > 0:
        start = rng.randrange(count)
        length = rng.choice((1, 1, 1, 1, 2, 2, 3, 4, 6, 9, 14))
        for day in days[start : start + length]:
            if to_drop and daily[day]:
                daily[day] = False
                to_drop -= 1
    slots = [(day, WEEKLY) for day in weekly] + [
        (day, DAILY) for day, kept in daily.items() if kept
    ]
    slots.sort(key=lambda slot: (slot[0], slot[1] == DAILY))  # the meeting comes first that day
    return slots


def _session(
    rng: random.Random,
    rows: _Rows,
    *,
    sid: int,
    day: date,
    template: str,
    progress: float,
    tz: tzinfo | None,
) -> None:
    """One session's rows. `progress` runs from 0 (the first session) to 1 (the last)."""
    weekly = template == WEEKLY
    hour = 10 if weekly else rng.choice((20, 21, 21, 22))
    local = datetime.combine(day, time(hour, rng.randrange(60), rng.randrange(60)))
    started = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    planned_s = 1800 if weekly else 1200
    roll = rng.random()
    reason = "completed" if roll < 0.9 else "ended_early" if roll < 0.98 else "interrupted"
    actual_ms = planned_s * 1000 if reason == "completed" else rng.randrange(300, planned_s) * 1000
    phones_away = int(rng.random() < 0.95)
    _turns(rng, rows, sid, actual_ms, progress)
    _events(rng, rows, sid, actual_ms)
    felt: list[int | None] = [None, None]
    if reason != "interrupted":
        for index, base in enumerate((3.1, 2.6)):  # Sam (B) starts out feeling less heard
            if rng.random() > 0.08:
                felt[index] = min(5, max(1, round(rng.gauss(base + 1.6 * progress, 0.75))))
        if rng.random() < 0.85:
            for item in REPAIR_ITEMS:
                rows.checklist.append((sid, item, int(rng.random() < 0.3 + 0.5 * progress)))
            for item in SELF_CHECK_ITEMS:
                rows.checklist.append((sid, item, int(rng.random() < 0.45 - 0.3 * progress)))
    updated = started + timedelta(milliseconds=actual_ms, seconds=rng.randrange(30, 240))
    rows.sessions.append(
        (
            sid,
            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            to_utc_text(started),
            day.isoformat(),
            template,
            planned_s,
            actual_ms / 1000,
            reason,
            phones_away,
            *NAMES,
            CUE_S,
            felt[0],
            felt[1],
            to_utc_text(updated),
        )
    )


def _turns(rng: random.Random, rows: _Rows, sid: int, actual_ms: int, progress: float) -> None:
    """Alternating turns of about 43 s; Robin (A) talks longer at first."""
    speaker = rng.choice("ab")
    honour_rate = 0.72 + 0.24 * progress
    now, seq = 0, 1
    while now < actual_ms:
        stretch = 1.0 + 0.45 * (1.0 - progress) if speaker == "a" else 1.0
        length = int(rng.lognormvariate(10.45, 0.5) * stretch)
        end = min(actual_ms, now + max(2000, length))
        last = end >= actual_ms
        honoured = None if last else int(rng.random() < honour_rate)
        roll = rng.random()
        reflection = "got_it" if roll < 0.25 else "not_quite" if roll < 0.3 else None
        wants = "ideas" if rng.random() < 0.25 else "listen"
        rows.turns.append((sid, seq, speaker, now, end, wants, honoured, reflection))
        now, seq = end + CUE_S * 1000, seq + 1
        speaker = "b" if speaker == "a" else "a"


def _events(rng: random.Random, rows: _Rows, sid: int, actual_ms: int) -> None:
    if rng.random() < 0.15:
        rows.events.append((sid, rng.randrange(actual_ms), "distraction", ""))
    if rng.random() < 0.05:
        rows.events.append((sid, rng.randrange(actual_ms), "start_over", ""))
    if rng.random() < 0.12:
        kind = "break" if rng.random() < 0.3 else "pause"
        at, paused_for = rng.randrange(actual_ms), rng.randrange(20_000, 300_000)
        rows.events.append((sid, at, kind, ""))
        rows.events.append((sid, at, "resume", str(paused_for)))
