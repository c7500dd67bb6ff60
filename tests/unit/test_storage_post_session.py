"""After-session answers, follow-up links and 'Delete all my data', against real SQLite files."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import keyring.errors
import pytest

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.errors import DataDirError, SessionNotFoundError
from heard.platform.paths import ensure_private_dir
from heard.storage import crypto
from heard.storage.data_wipe import delete_all_data, delete_data_files, heard_files
from heard.storage.db import Database
from heard.storage.keyring_store import ENTRY, SERVICE, KeyringStore
from heard.storage.post_session import KEEP, PostSessionAnswers, PostSessionStore
from heard.storage.repository import SessionRepository

if TYPE_CHECKING:
    from conftest import MemoryKeyring

START = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
ASIDE = ("heard.db.corrupt-20260301T200000Z", "heard.db.corrupt-20260301T200000Z-2-wal")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "heard.db")
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> PostSessionStore:
    return PostSessionStore(db, SessionRepository(db, FakeClock(wall=START), local_tz=UTC))


def new_session(store: PostSessionStore) -> int:
    return store.repository.create_session(SessionConfig("Sam", "Alex"))


def test_a_fresh_session_has_no_answers(store: PostSessionStore) -> None:
    sid = new_session(store)
    record = store.load(sid)
    assert (record.felt_heard_a, record.felt_heard_b) == (None, None)
    assert record.checklist == {}
    assert record.notes_ciphertext is None
    assert record.follow_up_of is None
    assert (record.partner_a, record.partner_b) == ("Sam", "Alex")


def test_save_and_load_everything(store: PostSessionStore) -> None:
    sid = new_session(store)
    store.save(
        sid,
        PostSessionAnswers(
            felt_heard=(4, None),
            checklist={"self.interrupted": True, "repair.apologize": False},
            note=b"sealed bytes",
        ),
    )
    record = store.load(sid)
    assert (record.felt_heard_a, record.felt_heard_b) == (4, None)
    assert record.checklist == {"self.interrupted": True, "repair.apologize": False}
    assert record.notes_ciphertext == b"sealed bytes"


def test_keep_leaves_parts_alone_and_none_removes_the_note(store: PostSessionStore) -> None:
    sid = new_session(store)
    store.save(sid, PostSessionAnswers(felt_heard=(2, 5), checklist={"a.b": True}, note=b"x"))
    store.save(sid, PostSessionAnswers(checklist={"a.b": False}))
    record = store.load(sid)
    assert (record.felt_heard_a, record.felt_heard_b, record.notes_ciphertext) == (2, 5, b"x")
    assert record.checklist == {"a.b": False}
    store.save(sid, PostSessionAnswers(note=None, felt_heard=KEEP))
    assert store.load(sid).notes_ciphertext is None


def test_a_failing_save_writes_nothing(store: PostSessionStore) -> None:
    sid = new_session(store)
    store.save(sid, PostSessionAnswers(felt_heard=(3, 3), note=b"old"))
    with pytest.raises(sqlite3.IntegrityError):  # the checklist part fails half-way
        store.save(
            sid,
            PostSessionAnswers(felt_heard=(5, 5), checklist={"a.b": 2}, note=b"new"),  # type: ignore[dict-item]
        )
    record = store.load(sid)
    assert (record.felt_heard_a, record.notes_ciphertext) == (3, b"old")


def test_out_of_range_answers_are_refused_before_writing(store: PostSessionStore) -> None:
    sid = new_session(store)
    with pytest.raises(ValueError, match="1 to 5"):
        store.save(sid, PostSessionAnswers(felt_heard=(0, 3)))
    with pytest.raises(SessionNotFoundError):
        store.save(sid + 99, PostSessionAnswers(felt_heard=(3, 3)))


def test_follow_up_links(store: PostSessionStore, db: Database) -> None:
    first, again, other = new_session(store), new_session(store), new_session(store)
    store.link_follow_up(again, first)
    assert store.follow_up_of(again) == first
    assert store.load(again).follow_up_of == first
    assert store.follow_ups(first) == [again]
    assert store.follow_ups(other) == []
    with pytest.raises(SessionNotFoundError):
        store.link_follow_up(again, 999)
    with pytest.raises(ValueError, match="itself"):
        store.link_follow_up(first, first)
    db.execute("DELETE FROM session WHERE id = ?", (first,))  # history deletes the first one
    assert store.follow_up_of(again) is None  # ON DELETE SET NULL: the follow-up stays


# --------------------------------------------------------------------------- delete all


def make_data_dir(root: Path) -> Path:
    data = ensure_private_dir(root / "heard")
    database = Database.open(data / "heard.db")
    store = PostSessionStore(database, SessionRepository(database, FakeClock(wall=START)))
    store.save(new_session(store), PostSessionAnswers(felt_heard=(5, 5)))
    database.close()
    for name in ("heard.db-wal", "heard.db-shm", *ASIDE):
        (data / name).write_bytes(b"heard's")
    return data


def test_new_data_is_private_on_posix(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions only")
    data = make_data_dir(tmp_path)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "heard.db").stat().st_mode) == 0o600


def test_delete_all_data_removes_heards_files_and_the_key(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    data = make_data_dir(tmp_path)
    settings = data / "settings.ini"
    settings.write_text("[General]\npartner_a=Sam\n")
    KeyringStore().load_key(create=True)
    report = delete_all_data(data, KeyringStore(), extra_files=[settings])
    assert report.complete and report.key_removed and report.folder_removed
    assert {p.name for p in report.removed} == {
        "heard.db",
        "heard.db-wal",
        "heard.db-shm",
        *ASIDE,
        "settings.ini",
    }
    assert not data.exists()
    assert (SERVICE, ENTRY) not in memory_keyring.passwords


def test_files_heard_did_not_create_are_kept(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path)
    for name in ("heard.db.notes.txt.bak", "holiday.jpg", "heard.dbx", "heard.db.old"):
        (data / name).write_bytes(b"not Heard's")
    (data / "subfolder").mkdir()
    report = delete_data_files(data)
    assert not report.folder_removed
    assert sorted(p.name for p in data.iterdir()) == [
        "heard.db.notes.txt.bak",
        "heard.db.old",
        "heard.dbx",
        "holiday.jpg",
        "subfolder",
    ]
    assert heard_files(data) == []


def test_a_keyring_failure_is_reported_not_fatal(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    data = make_data_dir(tmp_path)
    memory_keyring.error = keyring.errors.KeyringLocked("locked")
    report = delete_all_data(data, KeyringStore())
    assert not (data / "heard.db").exists()
    assert not report.complete
    assert report.key_problem == "Your keyring is locked, and it was not unlocked."


def test_a_file_that_cannot_be_removed_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = make_data_dir(tmp_path)
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name == "heard.db-wal":
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(DataDirError, match=r"Could not delete .*heard.db-wal: permission denied"):
        delete_data_files(data)
    assert not (data / "heard.db").exists()  # the others went


def test_sealed_notes_stay_sealed_in_the_file(tmp_path: Path) -> None:
    data = ensure_private_dir(tmp_path / "heard")
    database = Database.open(data / "heard.db")
    store = PostSessionStore(database, SessionRepository(database, FakeClock(wall=START)))
    sid = new_session(store)
    key = crypto.keyring_key(crypto.new_keyring_secret())
    text = "a sentence only the two of us know"
    store.save(sid, PostSessionAnswers(note=crypto.seal(text, key, store.load(sid).uuid)))
    assert crypto.unseal(store.load(sid).notes_ciphertext or b"", key, store.load(sid).uuid) == text
    for path in heard_files(data):
        assert text.encode() not in path.read_bytes()
    database.close()
