"""Databases as an older Heard left them: only the first N migrations applied, so a test
of migration N+1 keeps working however many migrations are appended later."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from heard.storage import schema

SESSION_SQL = (
    "INSERT INTO session (id, uuid, started_at, started_day, template, planned_s, phones_away,"
    " partner_a, partner_b) VALUES (?, ?, '2026-01-01T20:00:00.000Z', '2026-01-01',"
    " 'phone_free_20', 1200, 1, 'Ann', 'Bob')"
)
TURN_SQL = (
    "INSERT INTO turn (session_id, seq, speaker, start_ms, end_ms, pause_honoured)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


def database_at(path: Path, version: int) -> sqlite3.Connection:
    """A new database file at schema `version` (open; the caller adds rows and closes)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for script in schema.MIGRATIONS[:version]:
        for statement in schema.split_statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    return conn


def old_session(
    path: Path, version: int, turns: list[tuple[int, str, int, int, int | None]]
) -> int:
    """A database at `version` holding one session (id 1) with `turns`
    (seq, speaker, start_ms, end_ms, pause_honoured). Returns the session id."""
    with closing(database_at(path, version)) as conn:
        conn.execute(SESSION_SQL, (1, "00000000-0000-4000-8000-000000000001"))
        for seq, speaker, start, end, honoured in turns:
            conn.execute(TURN_SQL, (1, seq, speaker, start, end, honoured))
    return 1
