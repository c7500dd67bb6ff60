"""The session repository: every read and write of sessions, turns, events and answers.

Each public write is one transaction (nested calls inside `transaction()` join the outer
one). Times in `*_ms` arguments are session-clock milliseconds from the session start.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from contextlib import AbstractContextManager
from datetime import datetime, tzinfo

from heard.core.clock import Clock
from heard.core.model import EndReason, EventKind, Partner, SessionConfig, Wants
from heard.core.turn import Turn
from heard.errors import SessionNotFoundError
from heard.storage.db import Database, SqlValue
from heard.storage.records import (
    HistoryRow,
    LoggedEvent,
    Reflection,
    SessionRecord,
    event_from_row,
    history_from_row,
    session_from_row,
    to_utc_text,
    turn_from_row,
)

log = logging.getLogger(__name__)

_TURN_COLUMNS = "seq, speaker, start_ms, end_ms, wants, pause_honoured, pause_measured"

_HISTORY_SQL = """
WITH recent AS (
    SELECT id, started_at, started_day, template, actual_s, end_reason, phones_away,
           partner_a, partner_b, felt_heard_a, felt_heard_b
    FROM session ORDER BY started_at DESC, id DESC LIMIT :limit
),
totals AS (
    SELECT session_id,
           COUNT(*) AS turns,
           SUM(CASE WHEN speaker = 'a' THEN end_ms - start_ms ELSE 0 END) AS talk_a_ms,
           SUM(CASE WHEN speaker = 'b' THEN end_ms - start_ms ELSE 0 END) AS talk_b_ms,
           SUM(pause_honoured) AS cues_honoured,
           COUNT(pause_honoured) AS cues_total
    FROM turn
    WHERE session_id IN (SELECT id FROM recent)
    GROUP BY session_id
)
SELECT r.*,
       COALESCE(t.turns, 0) AS turns,
       COALESCE(t.talk_a_ms, 0) AS talk_a_ms,
       COALESCE(t.talk_b_ms, 0) AS talk_b_ms,
       COALESCE(t.cues_honoured, 0) AS cues_honoured,
       COALESCE(t.cues_total, 0) AS cues_total
FROM recent AS r
LEFT JOIN totals AS t ON t.session_id = r.id
ORDER BY r.started_at DESC, r.id DESC
"""


def _new_uuid() -> str:
    import uuid  # with `platform`, ~0.2 MiB that a launch without a session never needs

    return str(uuid.uuid4())


class SessionRepository:
    def __init__(self, db: Database, clock: Clock, *, local_tz: tzinfo | None = None) -> None:
        """`local_tz` decides the calendar day a session counts for (None: the system's)."""
        self._db = db
        self._clock = clock
        self._local_tz = local_tz

    def transaction(self) -> AbstractContextManager[None]:
        """Group several writes into one atomic commit."""
        return self._db.transaction()

    # --- writes during a session -------------------------------------------------------

    def create_session(
        self,
        config: SessionConfig,
        started_at: datetime | None = None,
        session_uuid: str | None = None,
    ) -> int:
        """`started_at`: when the session really started, if the row is written later (after
        a storage failure); default: now. `session_uuid`: the uuid it already has (a rescue
        file may carry it); default: a new one."""
        wall = self._clock.wall_utc() if started_at is None else started_at
        with self._db.transaction():
            return self._db.insert(
                "INSERT INTO session (uuid, started_at, started_day, template, planned_s,"
                " actual_s, phones_away, partner_a, partner_b, pause_cue_s, updated_at)"
                " VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                (
                    session_uuid or _new_uuid(),
                    to_utc_text(wall),
                    wall.astimezone(self._local_tz).date().isoformat(),
                    config.template,
                    config.planned_s,
                    int(config.phones_away),
                    config.partner_a,
                    config.partner_b,
                    config.pause_cue_s,
                    to_utc_text(wall),
                ),
            )

    def open_turn(
        self, session_id: int, seq: int, speaker: Partner, start_ms: int, wants: Wants
    ) -> None:
        """Record a turn that has just started (end_ms = start_ms, is_open = 1). Opening the
        same seq again (a turn started over) resets it."""
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO turn (session_id, seq, speaker, start_ms, end_ms, wants, is_open)"
                " VALUES (?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT (session_id, seq) DO UPDATE SET speaker = excluded.speaker,"
                " start_ms = excluded.start_ms, end_ms = excluded.end_ms,"
                " wants = excluded.wants, pause_honoured = NULL, pause_measured = 0,"
                " reflection = NULL, is_open = 1",
                (session_id, seq, speaker.value, start_ms, start_ms, wants.value),
            )

    def checkpoint(
        self,
        session_id: int,
        elapsed_ms: int,
        open_seq: int | None = None,
        open_end_ms: int | None = None,
    ) -> None:
        """Save how far the session got, and how far the open turn got (`open_end_ms`
        defaults to `elapsed_ms`), atomically."""
        with self._db.transaction():
            self._update_session(session_id, "actual_s = ?", (elapsed_ms / 1000.0,))
            if open_seq is not None:
                end_ms = elapsed_ms if open_end_ms is None else open_end_ms
                self._db.execute(
                    "UPDATE turn SET end_ms = ? WHERE session_id = ? AND seq = ? AND is_open = 1",
                    (end_ms, session_id, open_seq),
                )

    def close_turn(self, session_id: int, turn: Turn) -> None:
        """Store a finished turn's final values (inserting it if it was never opened)."""
        honoured = None if turn.pause_honoured is None else int(turn.pause_honoured)
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO turn (session_id, seq, speaker, start_ms, end_ms, wants,"
                " pause_honoured, pause_measured, is_open) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"
                " ON CONFLICT (session_id, seq) DO UPDATE SET speaker = excluded.speaker,"
                " start_ms = excluded.start_ms, end_ms = excluded.end_ms,"
                " wants = excluded.wants,"
                " pause_measured = CASE WHEN excluded.pause_honoured IS NULL"
                " THEN pause_measured ELSE excluded.pause_measured END,"
                " pause_honoured = COALESCE(excluded.pause_honoured, pause_honoured),"
                " is_open = 0",
                (
                    session_id,
                    turn.seq,
                    turn.speaker.value,
                    turn.start_ms,
                    turn.end_ms,
                    turn.wants.value,
                    honoured,
                    int(turn.pause_measured and honoured is not None),
                ),
            )

    def set_pause_honoured(
        self, session_id: int, seq: int, honoured: bool, *, measured: bool = False
    ) -> None:
        """The pause cue after turn `seq`: honoured or not, and whether listening ears
        measured that (True) or it was assumed/self-reported (False)."""
        with self._db.transaction():
            changed = self._db.execute(
                "UPDATE turn SET pause_honoured = ?, pause_measured = ?"
                " WHERE session_id = ? AND seq = ?",
                (int(honoured), int(measured), session_id, seq),
            )
            if changed == 0:
                raise LookupError(f"session {session_id} has no turn {seq}")

    def start_counting_silences(self, session_id: int) -> None:
        """Listening ears were on: the session's silences held count from 0 (not NULL)."""
        with self._db.transaction():
            self._update_session(session_id, "silences_held = COALESCE(silences_held, 0)", ())

    def add_silence_held(self, session_id: int) -> None:
        """One more silence held until the speaker went on."""
        with self._db.transaction():
            self._update_session(session_id, "silences_held = COALESCE(silences_held, 0) + 1", ())

    def set_reflection(self, session_id: int, seq: int, reflection: Reflection | None) -> None:
        self._update_turn(session_id, seq, "reflection = ?", reflection)

    def add_event(self, session_id: int, kind: EventKind, at_ms: int, detail: str = "") -> None:
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO event (session_id, at_ms, kind, detail) VALUES (?, ?, ?, ?)",
                (session_id, at_ms, kind.value, detail),
            )

    def finish_session(self, session_id: int, elapsed_ms: int, reason: EndReason) -> None:
        """Mark the session ended; a turn still open runs up to `elapsed_ms` and is closed."""
        with self._db.transaction():
            self._update_session(
                session_id, "actual_s = ?, end_reason = ?", (elapsed_ms / 1000.0, reason.value)
            )
            self._db.execute(
                "UPDATE turn SET end_ms = MAX(end_ms, ?), is_open = 0"
                " WHERE session_id = ? AND is_open = 1",
                (elapsed_ms, session_id),
            )

    def mark_interrupted(self, session_id: int) -> None:
        """Keep an unfinished session as 'interrupted', with the time its last checkpoint
        saved (the recovery choice after a crash)."""
        with self._db.transaction():
            self._update_session(session_id, "end_reason = ?", (EndReason.INTERRUPTED.value,))
            self._db.execute(
                "UPDATE turn SET is_open = 0 WHERE session_id = ? AND is_open = 1", (session_id,)
            )

    # --- writes after a session --------------------------------------------------------

    def set_check_in(
        self, session_id: int, felt_heard_a: int | None, felt_heard_b: int | None
    ) -> None:
        """The 'did you feel heard?' answers, 1-5 each, or None when skipped."""
        with self._db.transaction():
            self._update_session(
                session_id, "felt_heard_a = ?, felt_heard_b = ?", (felt_heard_a, felt_heard_b)
            )

    def set_checklist(self, session_id: int, answers: Mapping[str, bool]) -> None:
        """Replace the session's checklist answers with `answers`."""
        with self._db.transaction():
            self._update_session(session_id, "", ())
            self._db.execute("DELETE FROM checklist_answer WHERE session_id = ?", (session_id,))
            self._db.executemany(
                "INSERT INTO checklist_answer (session_id, item_id, checked) VALUES (?, ?, ?)",
                [(session_id, item, int(checked)) for item, checked in answers.items()],
            )

    def set_notes_ciphertext(self, session_id: int, ciphertext: bytes | None) -> None:
        """Store already-encrypted notes. Plain text never reaches this layer."""
        with self._db.transaction():
            self._update_session(session_id, "notes_ciphertext = ?", (ciphertext,))

    # --- reads -------------------------------------------------------------------------

    def get_session(self, session_id: int) -> SessionRecord:
        row = self._db.query_one("SELECT * FROM session WHERE id = ?", (session_id,))
        if row is None:
            raise SessionNotFoundError(session_id)
        return session_from_row(row)

    def turns(self, session_id: int) -> list[Turn]:
        rows = self._db.query_all(
            f"SELECT {_TURN_COLUMNS} FROM turn WHERE session_id = ? ORDER BY seq", (session_id,)
        )
        return [turn_from_row(row) for row in rows]

    def open_turn_of(self, session_id: int) -> Turn | None:
        """The turn that was still running at the last checkpoint, if any."""
        row = self._db.query_one(
            f"SELECT {_TURN_COLUMNS} FROM turn WHERE session_id = ? AND is_open = 1"
            " ORDER BY seq DESC LIMIT 1",
            (session_id,),
        )
        return None if row is None else turn_from_row(row)

    def reflections(self, session_id: int) -> dict[int, Reflection]:
        rows = self._db.query_all(
            "SELECT seq, reflection FROM turn WHERE session_id = ? AND reflection IS NOT NULL",
            (session_id,),
        )
        return {row["seq"]: row["reflection"] for row in rows}

    def events(self, session_id: int) -> list[LoggedEvent]:
        rows = self._db.query_all(
            "SELECT kind, at_ms, detail FROM event WHERE session_id = ? ORDER BY at_ms, id",
            (session_id,),
        )
        return [event_from_row(row) for row in rows]

    def checklist(self, session_id: int) -> dict[str, bool]:
        rows = self._db.query_all(
            "SELECT item_id, checked FROM checklist_answer WHERE session_id = ? ORDER BY item_id",
            (session_id,),
        )
        return {row["item_id"]: bool(row["checked"]) for row in rows}

    def history(self, limit: int | None = None) -> list[HistoryRow]:
        """Sessions newest first, with per-session talk and cue totals computed in SQL.
        The turn totals are grouped along the turn table's (session_id, seq) key, only for
        the sessions asked for: ~35 ms for 3,650 sessions and 100,000 turns."""
        if limit is not None and limit < 0:
            raise ValueError(f"limit must be >= 0, got {limit}")
        rows = self._db.query_all(_HISTORY_SQL, {"limit": -1 if limit is None else limit})
        return [history_from_row(row) for row in rows]

    def unfinished(self) -> list[SessionRecord]:
        """Sessions with no end reason (the app stopped during them), newest first."""
        rows = self._db.query_all(
            "SELECT * FROM session WHERE end_reason IS NULL ORDER BY started_at DESC, id DESC"
        )
        return [session_from_row(row) for row in rows]

    def count_sessions(self) -> int:
        return self._db.scalar_int("SELECT COUNT(*) FROM session")

    # --- helpers -----------------------------------------------------------------------

    def _update_session(
        self, session_id: int, assignments: str, params: tuple[SqlValue, ...]
    ) -> None:
        """UPDATE session (always stamping updated_at); SessionNotFoundError if no row."""
        sets = f"{assignments}, updated_at = ?" if assignments else "updated_at = ?"
        stamp = to_utc_text(self._clock.wall_utc())
        changed = self._db.execute(
            f"UPDATE session SET {sets} WHERE id = ?",
            (*params, stamp, session_id),
        )
        if changed == 0:
            raise SessionNotFoundError(session_id)

    def _update_turn(self, session_id: int, seq: int, assignment: str, value: SqlValue) -> None:
        with self._db.transaction():
            changed = self._db.execute(
                f"UPDATE turn SET {assignment} WHERE session_id = ? AND seq = ?",
                (value, session_id, seq),
            )
            if changed == 0:
                raise LookupError(f"session {session_id} has no turn {seq}")
