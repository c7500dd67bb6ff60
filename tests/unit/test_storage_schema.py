"""Schema and migrations: from empty, reopening, too-new files, atomic steps, constraints."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from heard.core.model import EndReason, EventKind, Partner, Wants
from heard.errors import DatabaseError, SchemaTooNewError
from heard.storage import schema
from heard.storage.db import Database

SESSION_ROW = (
    "INSERT INTO session (uuid, started_at, started_day, template, planned_s, phones_away)"
    " VALUES (?, '2026-01-01T20:00:00.000Z', '2026-01-01', 'phone_free_20', 1200, 1)"
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "heard.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


def table_names(db: Database) -> set[str]:
    rows = db.query_all("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row["name"] for row in rows}


def columns(db: Database, table: str) -> list[str]:
    return [row["name"] for row in db.query_all(f"PRAGMA table_info({table})")]


def test_migrates_an_empty_file_to_the_latest_version(db: Database) -> None:
    assert schema.latest_version() == len(schema.MIGRATIONS) >= 1
    assert db.scalar_int("PRAGMA user_version") == schema.latest_version()
    assert {"session", "turn", "event", "checklist_answer"} <= table_names(db)
    assert columns(db, "session") == [
        "id", "uuid", "started_at", "started_day", "template", "planned_s", "actual_s",
        "end_reason", "phones_away", "partner_a", "partner_b", "pause_cue_s",
        "felt_heard_a", "felt_heard_b", "notes_ciphertext", "updated_at", "follow_up_of",
        "silences_held",
    ]  # fmt: skip
    assert columns(db, "turn") == [
        "session_id", "seq", "speaker", "start_ms", "end_ms", "wants", "pause_honoured",
        "reflection", "is_open", "pause_measured",
    ]  # fmt: skip
    assert db.integrity_ok()


def test_reopening_keeps_data_and_does_not_migrate_again(db_path: Path, db: Database) -> None:
    db.insert(SESSION_ROW, ("u-1",))
    db.close()
    with Database.open(db_path) as again:
        assert again.scalar("SELECT uuid FROM session") == "u-1"
        assert again.scalar_int("PRAGMA user_version") == schema.latest_version()


def test_indexes_for_history_exist(db: Database) -> None:
    rows = db.query_all("SELECT name FROM sqlite_master WHERE type = 'index'")
    names = {row["name"] for row in rows}
    assert {"session_started_at", "session_started_day", "event_session"} <= names
    plan = " ".join(
        str(row["detail"])
        for row in db.query_all(
            "EXPLAIN QUERY PLAN SELECT * FROM turn WHERE session_id = ? ORDER BY seq", (1,)
        )
    )
    assert "PRIMARY KEY" in plan  # turn-by-session is the clustered primary key


def make_too_new(path: Path, *, wal: bool) -> bytes:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE future (x)")
    conn.execute("INSERT INTO future VALUES ('from the future')")
    conn.execute(f"PRAGMA user_version = {schema.latest_version() + 5}")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_newer_schema_is_refused_and_the_file_is_unchanged(db_path: Path, wal: bool) -> None:
    before = make_too_new(db_path, wal=wal)
    with pytest.raises(SchemaTooNewError) as info:
        Database.open(db_path)
    error = info.value
    assert isinstance(error, DatabaseError)
    found, known = schema.latest_version() + 5, schema.latest_version()
    assert str(error) == (
        f"This data was written by a newer version of Heard (schema {found}); "
        f"this version knows up to {known}."
    )
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_failing_migration_is_rolled_back_whole(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(db_path).close()
    broken = "CREATE TABLE half_done (x INTEGER);\nCREATE TABLE broken (x INTEGER,);\n"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    with pytest.raises(sqlite3.OperationalError):
        Database.open(db_path)
    monkeypatch.undo()
    with Database.open(db_path) as again:
        assert "half_done" not in table_names(again)
        assert again.scalar_int("PRAGMA user_version") == schema.latest_version()


def test_a_new_migration_runs_once_on_an_existing_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Database.open(db_path) as first:
        first.insert(SESSION_ROW, ("kept",))
    extra = """
    ALTER TABLE session ADD COLUMN mood TEXT;
    CREATE INDEX session_mood ON session (mood);
    """
    before = schema.latest_version()
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    with Database.open(db_path) as second:
        assert second.scalar_int("PRAGMA user_version") == before + 1
        assert "mood" in columns(second, "session")
        assert second.scalar("SELECT uuid FROM session") == "kept"
    with Database.open(db_path) as third:  # would fail with "duplicate column" if re-run
        assert third.scalar_int("PRAGMA user_version") == before + 1


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    script = """
    CREATE TABLE a (x);
    CREATE TRIGGER a_t AFTER INSERT ON a BEGIN
        UPDATE a SET x = 'semi;colon' WHERE rowid = new.rowid;
        DELETE FROM a WHERE x IS NULL;
    END;
    -- a closing comment
    """
    statements = list(schema.split_statements(script))
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def test_split_statements_refuses_an_unfinished_statement() -> None:
    with pytest.raises(ValueError, match="incomplete"):
        list(schema.split_statements("CREATE TABLE a (x);\nCREATE TABLE b (y)"))


@pytest.mark.parametrize(
    ("table_sql", "allowed", "rejected"),
    [
        ("UPDATE session SET end_reason = ?", [e.value for e in EndReason], "abandoned"),
        (
            "INSERT INTO event (session_id, at_ms, kind) VALUES (1, 0, ?)",
            [k.value for k in EventKind],
            "sneeze",
        ),
        (
            "INSERT INTO turn (session_id, seq, speaker, start_ms, end_ms) "
            "VALUES (1, abs(random() % 1000000), ?, 0, 0)",
            [p.value for p in Partner],
            "c",
        ),
        (
            "INSERT INTO turn (session_id, seq, speaker, start_ms, end_ms, wants) "
            "VALUES (1, abs(random() % 1000000), 'a', 0, 0, ?)",
            [w.value for w in Wants],
            "advice",
        ),
    ],
    ids=["end_reason", "event_kind", "speaker", "wants"],
)
def test_check_constraints_match_the_core_enums(
    db: Database, table_sql: str, allowed: list[str], rejected: str
) -> None:
    """Adding an enum value must come with a migration: this fails until it does."""
    db.insert(SESSION_ROW, ("u",))
    for value in allowed:
        db.execute(table_sql, (value,))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute(table_sql, (rejected,))


def test_deleting_a_session_cascades(db: Database) -> None:
    sid = db.insert(SESSION_ROW, ("u",))
    db.execute(
        "INSERT INTO turn (session_id, seq, speaker, start_ms, end_ms) VALUES (?, 1, 'a', 0, 5)",
        (sid,),
    )
    db.execute("INSERT INTO event (session_id, at_ms, kind) VALUES (?, 3, 'pause')", (sid,))
    db.execute("INSERT INTO checklist_answer VALUES (?, 'item', 1)", (sid,))
    db.execute("DELETE FROM session WHERE id = ?", (sid,))
    for table in ("turn", "event", "checklist_answer"):
        assert db.scalar_int(f"SELECT COUNT(*) FROM {table}") == 0


def test_rows_for_missing_sessions_are_refused(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute("INSERT INTO event (session_id, at_ms, kind) VALUES (42, 0, 'pause')")
