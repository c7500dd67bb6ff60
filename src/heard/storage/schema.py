"""The database schema, as an append-only list of migrations keyed by PRAGMA user_version.

Migration N (1-based) takes a database from version N-1 to N. The schema version of this
build is len(MIGRATIONS). Never edit a released migration: append a new one. Value lists in
CHECK constraints are written out literally for the same reason (a test keeps them in step
with the enums, so adding an enum value forces a new migration).

Times: `started_at` / `updated_at` are UTC ISO 8601 with a trailing 'Z' (sortable as text);
`started_day` is the local calendar date (for streaks); `*_ms` are session-clock
milliseconds from the session start (paused time excluded).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from heard.errors import SchemaTooNewError

if TYPE_CHECKING:
    from heard.storage.db import Database

log = logging.getLogger(__name__)

_V1 = """
CREATE TABLE session (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    started_at        TEXT    NOT NULL CHECK (started_at GLOB '[0-9][0-9][0-9][0-9]-*Z'),
    started_day       TEXT    NOT NULL
                      CHECK (started_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    template          TEXT    NOT NULL,
    planned_s         INTEGER NOT NULL CHECK (planned_s > 0),
    actual_s          REAL    NOT NULL DEFAULT 0 CHECK (actual_s >= 0),
    end_reason        TEXT    CHECK (end_reason IN ('completed', 'ended_early', 'interrupted')),
    phones_away       INTEGER NOT NULL CHECK (phones_away IN (0, 1)),
    partner_a         TEXT,
    partner_b         TEXT,
    pause_cue_s       INTEGER,
    felt_heard_a      INTEGER CHECK (felt_heard_a BETWEEN 1 AND 5),
    felt_heard_b      INTEGER CHECK (felt_heard_b BETWEEN 1 AND 5),
    notes_ciphertext  BLOB,
    updated_at        TEXT
);

CREATE INDEX session_started_at ON session (started_at);
CREATE INDEX session_started_day ON session (started_day);
CREATE INDEX session_unfinished ON session (id) WHERE end_reason IS NULL;

CREATE TABLE turn (
    session_id      INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL CHECK (seq >= 0),
    speaker         TEXT    NOT NULL CHECK (speaker IN ('a', 'b')),
    start_ms        INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms          INTEGER NOT NULL CHECK (end_ms >= start_ms),
    wants           TEXT    NOT NULL DEFAULT 'listen' CHECK (wants IN ('listen', 'ideas')),
    pause_honoured  INTEGER CHECK (pause_honoured IN (0, 1)),
    reflection      TEXT    CHECK (reflection IN ('got_it', 'not_quite')),
    is_open         INTEGER NOT NULL DEFAULT 0 CHECK (is_open IN (0, 1)),
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;

CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    at_ms       INTEGER NOT NULL CHECK (at_ms >= 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('pause', 'resume', 'break', 'start_over',
                                                 'distraction', 'interruption', 'suspend')),
    detail      TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX event_session ON event (session_id, at_ms);

CREATE TABLE checklist_answer (
    session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    item_id     TEXT    NOT NULL,
    checked     INTEGER NOT NULL CHECK (checked IN (0, 1)),
    PRIMARY KEY (session_id, item_id)
) WITHOUT ROWID;
"""

_V2_FOLLOW_UP = """
ALTER TABLE session ADD COLUMN follow_up_of INTEGER REFERENCES session (id) ON DELETE SET NULL;
CREATE INDEX session_follow_up_of ON session (follow_up_of) WHERE follow_up_of IS NOT NULL;
"""
"""'Try that again': a short session started from another one's repair step points back at it."""

_V3_SESSION_TOTALS = """
CREATE TABLE session_totals (
    session_id     INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    turns          INTEGER NOT NULL DEFAULT 0,
    talk_a_ms      INTEGER NOT NULL DEFAULT 0,
    talk_b_ms      INTEGER NOT NULL DEFAULT 0,
    cues_honoured  INTEGER NOT NULL DEFAULT 0,
    cues_total     INTEGER NOT NULL DEFAULT 0
);

INSERT INTO session_totals (session_id, turns, talk_a_ms, talk_b_ms, cues_honoured, cues_total)
SELECT s.id, COUNT(t.seq),
       COALESCE(SUM(CASE WHEN t.speaker = 'a' THEN t.end_ms - t.start_ms END), 0),
       COALESCE(SUM(CASE WHEN t.speaker = 'b' THEN t.end_ms - t.start_ms END), 0),
       COALESCE(SUM(t.pause_honoured), 0), COUNT(t.pause_honoured)
FROM session AS s LEFT JOIN turn AS t ON t.session_id = s.id
GROUP BY s.id;

CREATE TRIGGER session_totals_session_added AFTER INSERT ON session
BEGIN
    INSERT INTO session_totals (session_id) VALUES (NEW.id);
END;

CREATE TRIGGER session_totals_turn_added AFTER INSERT ON turn
BEGIN
    UPDATE session_totals SET
        turns = turns + 1,
        talk_a_ms = talk_a_ms + (NEW.speaker = 'a') * (NEW.end_ms - NEW.start_ms),
        talk_b_ms = talk_b_ms + (NEW.speaker = 'b') * (NEW.end_ms - NEW.start_ms),
        cues_honoured = cues_honoured + COALESCE(NEW.pause_honoured, 0),
        cues_total = cues_total + (NEW.pause_honoured IS NOT NULL)
    WHERE session_id = NEW.session_id;
END;

CREATE TRIGGER session_totals_turn_removed AFTER DELETE ON turn
BEGIN
    UPDATE session_totals SET
        turns = turns - 1,
        talk_a_ms = talk_a_ms - (OLD.speaker = 'a') * (OLD.end_ms - OLD.start_ms),
        talk_b_ms = talk_b_ms - (OLD.speaker = 'b') * (OLD.end_ms - OLD.start_ms),
        cues_honoured = cues_honoured - COALESCE(OLD.pause_honoured, 0),
        cues_total = cues_total - (OLD.pause_honoured IS NOT NULL)
    WHERE session_id = OLD.session_id;
END;

CREATE TRIGGER session_totals_turn_changed
AFTER UPDATE OF session_id, speaker, start_ms, end_ms, pause_honoured ON turn
BEGIN
    UPDATE session_totals SET
        turns = turns - 1,
        talk_a_ms = talk_a_ms - (OLD.speaker = 'a') * (OLD.end_ms - OLD.start_ms),
        talk_b_ms = talk_b_ms - (OLD.speaker = 'b') * (OLD.end_ms - OLD.start_ms),
        cues_honoured = cues_honoured - COALESCE(OLD.pause_honoured, 0),
        cues_total = cues_total - (OLD.pause_honoured IS NOT NULL)
    WHERE session_id = OLD.session_id;
    UPDATE session_totals SET
        turns = turns + 1,
        talk_a_ms = talk_a_ms + (NEW.speaker = 'a') * (NEW.end_ms - NEW.start_ms),
        talk_b_ms = talk_b_ms + (NEW.speaker = 'b') * (NEW.end_ms - NEW.start_ms),
        cues_honoured = cues_honoured + COALESCE(NEW.pause_honoured, 0),
        cues_total = cues_total + (NEW.pause_honoured IS NOT NULL)
    WHERE session_id = NEW.session_id;
END;
"""
"""History's per-session talk and cue totals, kept up to date by triggers on every write to
`turn` (whoever writes: a session, an import, demo data), so that ten years of charts
aggregate 3,650 rows instead of 100,000 turns. Integer sums: no drift."""

_V4_LISTENING_EARS = """
ALTER TABLE turn ADD COLUMN pause_measured INTEGER NOT NULL DEFAULT 0
    CHECK (pause_measured IN (0, 1));
ALTER TABLE session ADD COLUMN silences_held INTEGER CHECK (silences_held >= 0);
ALTER TABLE session_totals ADD COLUMN cues_measured INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session_totals ADD COLUMN cues_measured_honoured INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER session_totals_turn_added;
CREATE TRIGGER session_totals_turn_added AFTER INSERT ON turn
BEGIN
    UPDATE session_totals SET
        turns = turns + 1,
        talk_a_ms = talk_a_ms + (NEW.speaker = 'a') * (NEW.end_ms - NEW.start_ms),
        talk_b_ms = talk_b_ms + (NEW.speaker = 'b') * (NEW.end_ms - NEW.start_ms),
        cues_honoured = cues_honoured + COALESCE(NEW.pause_honoured, 0),
        cues_total = cues_total + (NEW.pause_honoured IS NOT NULL),
        cues_measured = cues_measured + NEW.pause_measured * (NEW.pause_honoured IS NOT NULL),
        cues_measured_honoured = cues_measured_honoured
            + NEW.pause_measured * COALESCE(NEW.pause_honoured, 0)
    WHERE session_id = NEW.session_id;
END;

DROP TRIGGER session_totals_turn_removed;
CREATE TRIGGER session_totals_turn_removed AFTER DELETE ON turn
BEGIN
    UPDATE session_totals SET
        turns = turns - 1,
        talk_a_ms = talk_a_ms - (OLD.speaker = 'a') * (OLD.end_ms - OLD.start_ms),
        talk_b_ms = talk_b_ms - (OLD.speaker = 'b') * (OLD.end_ms - OLD.start_ms),
        cues_honoured = cues_honoured - COALESCE(OLD.pause_honoured, 0),
        cues_total = cues_total - (OLD.pause_honoured IS NOT NULL),
        cues_measured = cues_measured - OLD.pause_measured * (OLD.pause_honoured IS NOT NULL),
        cues_measured_honoured = cues_measured_honoured
            - OLD.pause_measured * COALESCE(OLD.pause_honoured, 0)
    WHERE session_id = OLD.session_id;
END;

DROP TRIGGER session_totals_turn_changed;
CREATE TRIGGER session_totals_turn_changed
AFTER UPDATE OF session_id, speaker, start_ms, end_ms, pause_honoured, pause_measured ON turn
BEGIN
    UPDATE session_totals SET
        turns = turns - 1,
        talk_a_ms = talk_a_ms - (OLD.speaker = 'a') * (OLD.end_ms - OLD.start_ms),
        talk_b_ms = talk_b_ms - (OLD.speaker = 'b') * (OLD.end_ms - OLD.start_ms),
        cues_honoured = cues_honoured - COALESCE(OLD.pause_honoured, 0),
        cues_total = cues_total - (OLD.pause_honoured IS NOT NULL),
        cues_measured = cues_measured - OLD.pause_measured * (OLD.pause_honoured IS NOT NULL),
        cues_measured_honoured = cues_measured_honoured
            - OLD.pause_measured * COALESCE(OLD.pause_honoured, 0)
    WHERE session_id = OLD.session_id;
    UPDATE session_totals SET
        turns = turns + 1,
        talk_a_ms = talk_a_ms + (NEW.speaker = 'a') * (NEW.end_ms - NEW.start_ms),
        talk_b_ms = talk_b_ms + (NEW.speaker = 'b') * (NEW.end_ms - NEW.start_ms),
        cues_honoured = cues_honoured + COALESCE(NEW.pause_honoured, 0),
        cues_total = cues_total + (NEW.pause_honoured IS NOT NULL),
        cues_measured = cues_measured + NEW.pause_measured * (NEW.pause_honoured IS NOT NULL),
        cues_measured_honoured = cues_measured_honoured
            + NEW.pause_measured * COALESCE(NEW.pause_honoured, 0)
    WHERE session_id = NEW.session_id;
END;
"""
"""Listening ears (opt-in): a pause cue's result can be measured (the microphone heard
whether anyone spoke during it) rather than assumed, and a session counts the silences
the listener held. Nothing else is kept: no audio, only these counts. session_totals
carries the measured cues too, so History can tell measured from self-reported results
without reading the turn table. silences_held is NULL when listening ears were never on."""

_V5_RITUALS = """
CREATE TABLE ritual (
    id          INTEGER PRIMARY KEY,
    template    TEXT    NOT NULL,
    cadence     TEXT    NOT NULL CHECK (cadence IN ('daily', 'weekly', 'monthly')),
    at_minute   INTEGER NOT NULL CHECK (at_minute BETWEEN 0 AND 1439),
    weekday     INTEGER NOT NULL DEFAULT 0 CHECK (weekday BETWEEN 0 AND 6),
    monthday    INTEGER NOT NULL DEFAULT 1 CHECK (monthday BETWEEN 1 AND 31),
    created_at  TEXT    NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-*Z'),
    seen_until  TEXT    NOT NULL CHECK (seen_until GLOB '[0-9][0-9][0-9][0-9]-*Z')
);

CREATE TABLE reminder (
    id          INTEGER PRIMARY KEY,
    template    TEXT    NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 180),
    due_at      TEXT    NOT NULL CHECK (due_at GLOB '[0-9][0-9][0-9][0-9]-*Z'),
    created_at  TEXT    NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-*Z')
);

CREATE TABLE user_template (
    id          TEXT    PRIMARY KEY CHECK (id GLOB 'own_*'),
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 40),
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 180),
    guidance    TEXT    NOT NULL DEFAULT '' CHECK (length(guidance) <= 160),
    created_at  TEXT    NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-*Z')
) WITHOUT ROWID;
"""
"""Rituals (a template at a local time, daily/weekly/monthly; `seen_until`: UTC time up to
which reminders were given), one-off 'later' reminders, and the couple's own templates.
`at_minute` is minutes after local midnight."""

MIGRATIONS: tuple[str, ...] = (
    _V1,
    _V2_FOLLOW_UP,
    _V3_SESSION_TOTALS,
    _V4_LISTENING_EARS,
    _V5_RITUALS,
)
"""Append only. The turn table's primary key (session_id, seq) doubles as the
turn-by-session index that History's aggregates use."""


def latest_version() -> int:
    return len(MIGRATIONS)


def current_version(db: Database) -> int:
    return db.scalar_int("PRAGMA user_version")


def refuse_too_new(db: Database) -> None:
    """Raise SchemaTooNewError, having written nothing, if a newer Heard made this file."""
    found = current_version(db)
    if found > latest_version():
        raise SchemaTooNewError(found, latest_version())


def migrate(db: Database) -> int:
    """Bring the database up to latest_version(); each step is one transaction.
    Returns the version reached."""
    while True:
        with db.transaction():  # the write lock is held, so the version read is stable
            version = current_version(db)
            if version > latest_version():
                raise SchemaTooNewError(version, latest_version())
            if version == latest_version():
                return version
            for statement in split_statements(MIGRATIONS[version]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")
        log.info("Migrated database %s to schema %d", db.path, version + 1)


def split_statements(script: str) -> Iterator[str]:
    """Split a script into single statements (sqlite3 executes one at a time; executescript
    would COMMIT first and so cannot run inside our transaction). Semicolons inside strings
    and trigger bodies are handled by sqlite3.complete_statement."""
    *pieces, tail = script.split(";")
    pending = ""
    for piece in pieces:
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            statement = pending.strip()
            pending = ""
            if statement.strip(";").strip():
                yield statement
    leftover = [line for line in (pending + tail).splitlines() if line.strip()]
    if any(not line.strip().startswith("--") for line in leftover):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {leftover!r}")
