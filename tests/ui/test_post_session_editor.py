"""Editing a past session's check-in, checklist and note afterwards (History's details)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring.errors
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from heard.core.checklist import load_checklist
from heard.core.clock import FakeClock
from heard.core.model import Partner, SessionConfig
from heard.errors import NoteKeyMissingError, NotesError
from heard.storage import crypto
from heard.storage.db import Database
from heard.storage.keyring_store import KeyringStore
from heard.storage.post_session import (
    PostSessionAnswers,
    PostSessionStore,
    open_note_with_keyring,
)
from heard.storage.repository import SessionRepository
from heard.ui.background import THREAD_PREFIX
from heard.ui.note_editor import NoteState
from heard.ui.post_session import PostSessionDeps
from heard.ui.post_session_editor import PostSessionDialog, PostSessionEditor

if TYPE_CHECKING:
    from conftest import MemoryKeyring


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PostSessionStore]:
    db = Database.open(tmp_path / "heard.db")
    yield PostSessionStore(db, SessionRepository(db, FakeClock()))
    db.close()
    for thread in threading.enumerate():
        if thread.name.startswith(THREAD_PREFIX):
            thread.join(timeout=10)


@pytest.fixture
def deps(store: PostSessionStore) -> PostSessionDeps:
    return PostSessionDeps(store, KeyringStore(), load_checklist(), scrypt_cost_log2=10)


def seal_with_keyring(text: str, uuid: str) -> bytes:
    key = KeyringStore().load_key(create=True)
    assert key is not None
    return crypto.seal(text, key, uuid)


def past_session(store: PostSessionStore, note: str | None = "we laughed") -> int:
    sid = store.repository.create_session(SessionConfig("Sam", "Alex"))
    uuid = store.load(sid).uuid
    store.save(
        sid,
        PostSessionAnswers(
            felt_heard=(4, None),
            checklist={"self.interrupted": True, "repair.learn": False, "old.item": True},
            note=None if note is None else seal_with_keyring(note, uuid),
        ),
    )
    return sid


def make(qtbot: QtBot, deps: PostSessionDeps, sid: int) -> PostSessionEditor:
    editor = PostSessionEditor(deps)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    assert editor.load(sid)
    return editor


def test_loads_what_was_saved(qtbot: QtBot, deps: PostSessionDeps) -> None:
    sid = past_session(deps.store)
    editor = make(qtbot, deps, sid)
    assert editor.scale_names[Partner.A].text() == "Sam"
    values = [scale.value() for scale in editor.scales.values()]
    assert values == [4, None]
    assert editor.checklist.boxes["self.interrupted"].isChecked()
    assert not editor.checklist.boxes["repair.learn"].isChecked()
    qtbot.waitUntil(lambda: editor.note.state is NoteState.READY, timeout=10_000)
    assert editor.note.text.toPlainText() == "we laughed"
    assert not editor.is_dirty()


def test_edits_are_saved_and_unknown_items_kept(
    qtbot: QtBot, deps: PostSessionDeps, store: PostSessionStore
) -> None:
    sid = past_session(store)
    editor = make(qtbot, deps, sid)
    qtbot.waitUntil(lambda: editor.note.state is NoteState.READY, timeout=10_000)
    scale_b = editor.scales[Partner.B]
    qtbot.mouseClick(scale_b.button(3), Qt.MouseButton.LeftButton)
    editor.checklist.boxes["repair.learn"].setChecked(True)
    editor.note.text.setPlainText("we laughed, then we listened")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved) as blocker:
        assert editor.save()
    assert blocker.args == [sid]
    record = store.load(sid)
    assert (record.felt_heard_a, record.felt_heard_b) == (4, 3)
    assert record.checklist["repair.learn"] is True
    assert record.checklist["old.item"] is True  # an answer to an item no longer shipped
    assert record.notes_ciphertext is not None
    assert b"listened" not in record.notes_ciphertext
    assert open_note_with_keyring(KeyringStore(), record.notes_ciphertext, record.uuid) == (
        "we laughed, then we listened"
    )
    assert not editor.is_dirty()


def test_a_skipped_checklist_stays_skipped_when_untouched(
    qtbot: QtBot, deps: PostSessionDeps, store: PostSessionStore
) -> None:
    sid = store.repository.create_session(SessionConfig("Sam", "Alex"))
    editor = make(qtbot, deps, sid)
    qtbot.mouseClick(editor.scales[Partner.A].button(5), Qt.MouseButton.LeftButton)
    assert editor.save()
    record = store.load(sid)
    assert record.felt_heard_a == 5
    assert record.checklist == {}  # not turned into a list of unticked answers
    assert record.notes_ciphertext is None


def test_a_note_that_cannot_be_opened_is_never_overwritten(
    qtbot: QtBot, deps: PostSessionDeps, store: PostSessionStore, memory_keyring: MemoryKeyring
) -> None:
    sid = past_session(store)
    stored = store.load(sid).notes_ciphertext
    memory_keyring.passwords.clear()  # the key is gone
    deps.keys.forget_cached_key()
    editor = make(qtbot, deps, sid)
    qtbot.waitUntil(lambda: editor.note.state is NoteState.UNREADABLE, timeout=10_000)
    assert editor.note.problem.text() == str(NoteKeyMissingError())
    editor.checklist.boxes["repair.learn"].setChecked(True)
    assert editor.save()
    assert store.load(sid).notes_ciphertext == stored
    assert store.load(sid).checklist["repair.learn"] is True


def test_the_dialog_saves_or_closes(
    qtbot: QtBot, deps: PostSessionDeps, store: PostSessionStore
) -> None:
    sid = past_session(store, note=None)
    dialog = PostSessionDialog(deps, sid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.scales[Partner.A].set_value(1)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert store.load(sid).felt_heard_a == 4  # closed without saving
    dialog = PostSessionDialog(deps, sid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.scales[Partner.A].set_value(1)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.load(sid).felt_heard_a == 1


def test_a_missing_session_says_so(qtbot: QtBot, deps: PostSessionDeps) -> None:
    editor = PostSessionEditor(deps)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.problem_reported) as blocker:
        assert not editor.load(404)
    assert blocker.args == ["There is no session number 404."]
    assert not editor.save()


def test_read_only_opener_for_history(
    store: PostSessionStore, memory_keyring: MemoryKeyring
) -> None:
    sid = past_session(store)
    record = store.load(sid)
    assert record.notes_ciphertext is not None
    assert open_note_with_keyring(KeyringStore(), record.notes_ciphertext, record.uuid) == (
        "we laughed"
    )
    locked = crypto.seal("x", crypto.passphrase_key("pw", cost_log2=10), record.uuid)
    with pytest.raises(NotesError, match="passphrase"):
        open_note_with_keyring(KeyringStore(), locked, record.uuid)
    memory_keyring.error = keyring.errors.KeyringLocked("locked")
    with pytest.raises(NotesError, match="locked"):
        open_note_with_keyring(KeyringStore(), record.notes_ciphertext, record.uuid)
