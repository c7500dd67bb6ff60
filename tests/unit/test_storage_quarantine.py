"""A damaged database is moved aside under a timestamped name, never deleted or overwritten;
a database from a newer Heard is refused and left exactly as it was."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.errors import DatabaseError, SchemaTooNewError
from heard.storage.db import Database
from heard.storage.quarantine import move_aside, open_database, quick_check
from heard.storage.repository import SessionRepository

NOW = datetime(2026, 11, 25, 21, 30, tzinfo=UTC)
MOVED = "heard.db.corrupt-20261125T213000Z"
PAGE = 4096


def healthy(path: Path, sessions: int = 60) -> Path:
    """A real database with enough rows to span many pages, checkpointed into the main file."""
    db = Database.open(path)
    repo = SessionRepository(db, FakeClock())
    config = SessionConfig("Sam", "Alex", planned_s=600)
    with db.transaction():
        for _ in range(sessions):
            repo.create_session(config)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def files_in(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


def assert_fresh_and_moved(tmp_path: Path, original: bytes) -> None:
    opened = open_database(tmp_path / "heard.db", NOW)
    try:
        assert opened.moved_to == tmp_path / MOVED
        assert opened.moved_to.read_bytes() == original  # kept byte for byte
        assert SessionRepository(opened.db, FakeClock()).count_sessions() == 0
        assert quick_check(opened.db) == []
        notice = opened.notice()
        assert notice is not None
        assert str(tmp_path / MOVED) in notice
        assert "Nothing was deleted" in notice
    finally:
        opened.db.close()


def test_garbage_bytes_are_moved_aside(tmp_path: Path) -> None:
    junk = os.urandom(3 * PAGE)
    (tmp_path / "heard.db").write_bytes(junk)
    assert_fresh_and_moved(tmp_path, junk)


def test_a_truncated_file_is_moved_aside(tmp_path: Path) -> None:
    path = healthy(tmp_path / "heard.db")
    cut = path.read_bytes()[: path.stat().st_size // 2]
    path.write_bytes(cut)
    assert_fresh_and_moved(tmp_path, cut)


def test_a_bad_page_that_opening_does_not_touch_is_found(tmp_path: Path) -> None:
    path = healthy(tmp_path / "heard.db")
    data = bytearray(path.read_bytes())
    last_page = len(data) // PAGE - 1
    data[last_page * PAGE : last_page * PAGE + 64] = b"\xa5" * 64  # a table page's header
    path.write_bytes(bytes(data))
    Database.open(path).close()  # opening alone does not notice...
    assert_fresh_and_moved(tmp_path, bytes(data))  # ...quick_check does


def test_a_healthy_database_is_left_alone(tmp_path: Path) -> None:
    healthy(tmp_path / "heard.db", sessions=3)
    opened = open_database(tmp_path / "heard.db", NOW)
    try:
        assert opened.moved_to is None
        assert opened.notice() is None
        assert SessionRepository(opened.db, FakeClock()).count_sessions() == 3
    finally:
        opened.db.close()
    assert files_in(tmp_path) <= {"heard.db", "heard.db-wal", "heard.db-shm"}


def test_a_newer_schema_is_refused_and_nothing_moves(tmp_path: Path) -> None:
    path = healthy(tmp_path / "heard.db", sessions=2)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = {name: (tmp_path / name).read_bytes() for name in files_in(tmp_path)}
    with pytest.raises(SchemaTooNewError, match="newer version of Heard"):
        open_database(path, NOW)
    assert {name: (tmp_path / name).read_bytes() for name in files_in(tmp_path)} == before


def test_companion_files_move_with_the_database(tmp_path: Path) -> None:
    path = tmp_path / "heard.db"
    path.write_bytes(b"not a database at all" * 300)
    (tmp_path / "heard.db-wal").write_bytes(b"wal bytes")
    (tmp_path / "heard.db-shm").write_bytes(b"shm bytes")
    moved = move_aside(path, NOW)
    assert moved == tmp_path / MOVED
    assert files_in(tmp_path) == {MOVED, f"{MOVED}-wal", f"{MOVED}-shm"}
    assert (tmp_path / f"{MOVED}-wal").read_bytes() == b"wal bytes"


def test_an_existing_name_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / MOVED).write_bytes(b"an earlier damaged file")
    (tmp_path / f"{MOVED}-2-wal").write_bytes(b"a stray companion")
    path = tmp_path / "heard.db"
    path.write_bytes(b"damaged again")
    moved = move_aside(path, NOW)
    assert moved == tmp_path / f"{MOVED}-3"  # -2 is skipped: one of its names is taken
    assert (tmp_path / MOVED).read_bytes() == b"an earlier damaged file"
    assert (tmp_path / f"{MOVED}-2-wal").read_bytes() == b"a stray companion"
    assert moved.read_bytes() == b"damaged again"


def test_when_moving_fails_the_file_stays_and_the_error_is_plain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "heard.db"
    path.write_bytes(b"damaged")

    def refuse(*_args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "link", refuse)
    with pytest.raises(DatabaseError, match="could not be moved aside: permission denied"):
        open_database(path, NOW)
    assert path.read_bytes() == b"damaged"
    assert files_in(tmp_path) == {"heard.db"}


def test_without_hard_links_it_still_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsupported(*_args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", unsupported)
    (tmp_path / MOVED).write_bytes(b"older")
    path = tmp_path / "heard.db"
    path.write_bytes(b"newer")
    assert move_aside(path, NOW) == tmp_path / f"{MOVED}-2"
    assert (tmp_path / MOVED).read_bytes() == b"older"
