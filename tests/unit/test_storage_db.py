"""The sqlite3 wrapper: private files, durable pragmas, transactions, user-facing errors."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from heard.errors import CorruptDatabaseError, DatabaseError, HeardError
from heard.storage.db import Database

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "heard.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pragmas_for_durability_are_really_set(db: Database) -> None:
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar_int("PRAGMA busy_timeout") > 0


@posix_only
def test_new_file_is_private_even_with_an_open_umask(db_path: Path) -> None:
    old = os.umask(0)
    try:
        database = Database.open(db_path)
        database.execute("CREATE TABLE t (x)")  # makes SQLite create its -wal file
        assert mode_of(db_path) == 0o600
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.exists()
        assert mode_of(wal) == 0o600
        database.close()
    finally:
        os.umask(old)


@posix_only
def test_existing_readable_file_is_tightened(db_path: Path) -> None:
    Database.open(db_path).close()
    db_path.chmod(0o644)
    Database.open(db_path).close()
    assert mode_of(db_path) == 0o600


def test_typed_helpers(db: Database) -> None:
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    first = db.insert("INSERT INTO t (name) VALUES (?)", ("ann",))
    second = db.insert("INSERT INTO t (name) VALUES (:name)", {"name": "bob"})
    assert (first, second) == (1, 2)
    assert db.executemany("INSERT INTO t (name) VALUES (?)", [("c",), ("d",)]) == 2
    assert db.execute("UPDATE t SET name = upper(name) WHERE id <= 2") == 2
    assert [row["name"] for row in db.query_all("SELECT name FROM t ORDER BY id")] == [
        "ANN",
        "BOB",
        "c",
        "d",
    ]
    row = db.query_one("SELECT id, name FROM t WHERE name = ?", ("BOB",))
    assert row is not None
    assert tuple(row) == (2, "BOB")
    assert db.query_one("SELECT id FROM t WHERE id = 99") is None
    assert db.scalar("SELECT name FROM t WHERE id = 99") is None
    assert db.scalar_int("SELECT COUNT(*) FROM t") == 4
    with pytest.raises(TypeError):
        db.scalar_int("SELECT name FROM t WHERE id = 1")


def test_transaction_commits(db_path: Path, db: Database) -> None:
    db.execute("CREATE TABLE t (x INTEGER)")
    with db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        assert db.in_transaction
    assert not db.in_transaction
    db.close()
    with Database.open(db_path) as again:
        assert again.scalar_int("SELECT COUNT(*) FROM t") == 1


def test_transaction_rollback_leaves_nothing_half_written(db: Database) -> None:
    db.execute("CREATE TABLE t (x INTEGER NOT NULL)")
    with pytest.raises(sqlite3.IntegrityError), db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        db.execute("INSERT INTO t VALUES (2)")
        db.execute("INSERT INTO t VALUES (NULL)")  # fails: the two rows above must go too
    assert db.scalar_int("SELECT COUNT(*) FROM t") == 0
    assert not db.in_transaction


def test_any_exception_rolls_back(db: Database) -> None:
    db.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(KeyboardInterrupt), db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        raise KeyboardInterrupt
    assert db.scalar_int("SELECT COUNT(*) FROM t") == 0


def test_nested_transaction_rolls_back_only_the_inner_part(db: Database) -> None:
    db.execute("CREATE TABLE t (x INTEGER)")
    with db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), db.transaction():
            db.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("inner failure")
        with db.transaction():
            db.execute("INSERT INTO t VALUES (3)")
        assert db.in_transaction
    assert [r[0] for r in db.query_all("SELECT x FROM t ORDER BY x")] == [1, 3]


def test_outer_failure_undoes_committed_inner_levels(db: Database) -> None:
    db.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), db.transaction():
        with db.transaction():
            db.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("outer failure")
    assert db.scalar_int("SELECT COUNT(*) FROM t") == 0


def test_sql_bugs_stay_loud_and_are_not_user_errors(db: Database) -> None:
    with pytest.raises(sqlite3.OperationalError) as info:
        db.execute("SELEKT 1")
    assert not isinstance(info.value, HeardError)


def test_garbage_file_is_a_corrupt_database_error_and_is_left_alone(db_path: Path) -> None:
    garbage = bytes(range(256)) * 64
    db_path.write_bytes(garbage)
    with pytest.raises(CorruptDatabaseError) as info:
        Database.open(db_path)
    message = str(info.value)
    assert str(db_path) in message
    assert "\n" not in message
    assert not isinstance(info.value.__cause__, HeardError)
    assert db_path.read_bytes() == garbage


def test_text_file_is_a_corrupt_database_error(db_path: Path) -> None:
    db_path.write_text("these are my private notes, not a database\n" * 100)
    with pytest.raises(CorruptDatabaseError, match="not a Heard database"):
        Database.open(db_path)


def test_damaged_page_fails_the_integrity_check(db_path: Path) -> None:
    with Database.open(db_path) as database:
        assert database.integrity_ok()
        database.execute("CREATE TABLE t (x TEXT)")
        database.execute("CREATE INDEX t_x ON t (x)")
        with database.transaction():
            database.executemany(
                "INSERT INTO t VALUES (?)", [(f"row {i:05}",) for i in range(3000)]
            )
        page_size = database.scalar_int("PRAGMA page_size")
        pages = database.scalar_int("PRAGMA page_count")
    assert pages > 10
    data = bytearray(db_path.read_bytes())
    start = page_size * (pages - 3)
    data[start : start + page_size] = b"\xa5" * page_size
    db_path.write_bytes(bytes(data))
    with Database.open(db_path) as damaged:  # the header and schema pages are intact
        assert not damaged.integrity_ok()


def test_folder_instead_of_file_is_a_database_error(tmp_path: Path) -> None:
    folder = tmp_path / "heard.db"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="it is a folder, not a file"):
        Database.open(folder)


def test_missing_parent_folder_is_a_database_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match=r"^Cannot use the database .*no such file"):
        Database.open(tmp_path / "missing" / "heard.db")


def test_closed_database_refuses_use_and_close_is_idempotent(db: Database) -> None:
    db.close()
    db.close()
    with pytest.raises(RuntimeError, match="closed"):
        db.scalar("SELECT 1")


def test_disk_full_is_a_one_line_database_error_and_rolls_back(db: Database) -> None:
    db.execute("CREATE TABLE t (x BLOB)")
    pages = db.scalar_int("PRAGMA page_count")
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite reports this as SQLITE_FULL
    with pytest.raises(DatabaseError) as info, db.transaction():
        db.execute("INSERT INTO t VALUES ('small')")
        db.execute("INSERT INTO t VALUES (zeroblob(1000000))")
    assert str(info.value) == f"Cannot use the database {db.path}: the disk is full."
    assert not isinstance(info.value, CorruptDatabaseError)
    assert isinstance(info.value.__cause__, sqlite3.Error)
    assert db.scalar_int("SELECT COUNT(*) FROM t") == 0
    assert not db.in_transaction


def test_read_only_is_a_database_error(db: Database) -> None:
    db.execute("CREATE TABLE t (x)")
    db.execute("PRAGMA query_only = 1")
    with pytest.raises(DatabaseError, match=r"the file is read-only\.$"):
        db.execute("INSERT INTO t VALUES (1)")
