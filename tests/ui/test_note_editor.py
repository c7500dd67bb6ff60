"""The private-note editor with an in-memory keyring: writing, reopening, no keyring, a locked
keyring, passphrases (right and wrong), tampering, and a keyring that never answers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from heard.storage import crypto
from heard.storage.crypto import NoteMode
from heard.storage.keyring_store import KeyringStore
from heard.storage.post_session import KEEP
from heard.ui.background import THREAD_PREFIX
from heard.ui.note_editor import NoteEditor, NoteState
from heard.ui.passphrase_dialog import PassphraseDialog

if TYPE_CHECKING:
    from conftest import MemoryKeyring

UUID = "5b0e7a1c-2222-4333-8444-955566667777"
TEXT = "We both felt rushed tonight. Sunday, slower."
FAST = 10  # scrypt cost for tests


@pytest.fixture(autouse=True)
def no_thread_left_behind() -> Iterator[None]:
    yield
    for thread in threading.enumerate():
        if thread.name.startswith(THREAD_PREFIX):
            thread.join(timeout=10)
            assert not thread.is_alive(), f"{thread.name} is still running"


def make(qtbot: QtBot, **kw: object) -> NoteEditor:
    editor = NoteEditor(KeyringStore(), scrypt_cost_log2=FAST, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    return editor


def wait_state(qtbot: QtBot, editor: NoteEditor, state: NoteState) -> None:
    qtbot.waitUntil(lambda: editor.state is state, timeout=10_000)


def write(qtbot: QtBot, editor: NoteEditor, text: str = TEXT) -> None:
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, text)


def choose_passphrase(qtbot: QtBot, editor: NoteEditor, passphrase: str, again: str = "") -> None:
    qtbot.mouseClick(editor.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = editor.passphrase_dialog
    assert isinstance(dialog, PassphraseDialog)
    qtbot.keyClicks(dialog.passphrase, passphrase)
    if dialog.creating:
        qtbot.keyClicks(dialog.repeat, again or passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def sealed(qtbot: QtBot) -> bytes:
    editor = make(qtbot)
    editor.start_new(UUID)
    write(qtbot, editor)
    wait_state(qtbot, editor, NoteState.READY)
    blob = editor.outcome()
    assert isinstance(blob, bytes)
    return blob


def test_a_note_is_locked_with_the_keyring_and_opens_again(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    editor = make(qtbot)
    editor.start_new(UUID)
    assert editor.outcome() is KEEP  # nothing typed: nothing to store, keyring not asked
    assert memory_keyring.passwords == {}
    write(qtbot, editor)
    wait_state(qtbot, editor, NoteState.READY)
    assert editor.status.text() == "Locked with the key in your keyring."
    blob = editor.outcome()
    assert isinstance(blob, bytes)
    assert TEXT.encode() not in blob
    assert crypto.read_header(blob).mode is NoteMode.KEYRING

    reopened = make(qtbot)
    reopened.load(UUID, blob)
    wait_state(qtbot, reopened, NoteState.READY)
    assert reopened.text.toPlainText() == TEXT
    assert reopened.outcome() is KEEP  # unchanged: nothing to write
    reopened.text.selectAll()
    qtbot.keyClicks(reopened.text, "Changed my mind.")
    changed = reopened.outcome()
    assert isinstance(changed, bytes)
    key = KeyringStore().load_key(create=False)
    assert key is not None
    assert crypto.unseal(changed, key, UUID) == "Changed my mind."


def test_emptying_a_stored_note_removes_it(qtbot: QtBot) -> None:
    blob = sealed(qtbot)
    editor = make(qtbot)
    editor.load(UUID, blob)
    wait_state(qtbot, editor, NoteState.READY)
    editor.text.clear()
    assert editor.outcome() is None


def test_no_keyring_offers_a_passphrase_or_no_note(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.error = keyring.errors.NoKeyringError("No recommended backend")
    editor = make(qtbot)
    editor.start_new(UUID)
    write(qtbot, editor)
    wait_state(qtbot, editor, NoteState.NEEDS_CHOICE)
    assert editor.problem.text() == "There is no keyring on this computer that Heard can use."
    assert "never saves a note unlocked" in editor.status.text()
    assert editor.passphrase_button.isVisible() and editor.no_note_button.isVisible()
    assert editor.needs_attention
    assert editor.outcome() is KEEP  # plain text is never handed out for storing

    choose_passphrase(qtbot, editor, "blue kettle")
    wait_state(qtbot, editor, NoteState.READY)
    assert editor.status.text() == "Locked with a passphrase, for this session only."
    assert not editor.needs_attention
    blob = editor.outcome()
    assert isinstance(blob, bytes)
    assert crypto.read_header(blob).mode is NoteMode.PASSPHRASE


def test_leaving_the_note_out(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.error = keyring.errors.KeyringLocked("Failed to unlock the collection!")
    editor = make(qtbot)
    editor.start_new(UUID)
    write(qtbot, editor)
    wait_state(qtbot, editor, NoteState.NEEDS_CHOICE)
    assert editor.problem.text() == "Your keyring is locked, and it was not unlocked."
    qtbot.mouseClick(editor.no_note_button, Qt.MouseButton.LeftButton)
    assert editor.state is NoteState.NO_NOTE
    assert editor.text.toPlainText() == ""
    assert editor.outcome() is KEEP
    assert editor.write_button.isVisible()


def test_a_passphrase_note_opens_only_with_its_passphrase(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.error = keyring.errors.KeyringLocked("locked")
    writer = make(qtbot)
    writer.start_new(UUID)
    write(qtbot, writer)
    wait_state(qtbot, writer, NoteState.NEEDS_CHOICE)
    choose_passphrase(qtbot, writer, "blue kettle")
    wait_state(qtbot, writer, NoteState.READY)
    blob = writer.outcome()
    assert isinstance(blob, bytes)

    reader = make(qtbot)
    reader.load(UUID, blob)
    assert reader.state is NoteState.LOCKED
    assert reader.status.text() == "This note is locked with a passphrase."
    assert not reader.text.isVisible()
    choose_passphrase(qtbot, reader, "red kettle")
    qtbot.waitUntil(reader.problem.isVisible, timeout=10_000)
    assert reader.state is NoteState.LOCKED
    assert reader.problem.text() == "That passphrase does not open this note."
    assert reader.outcome() is KEEP
    choose_passphrase(qtbot, reader, "blue kettle")
    wait_state(qtbot, reader, NoteState.READY)
    assert reader.text.toPlainText() == TEXT


def test_a_locked_keyring_keeps_a_stored_note_untouched_and_can_retry(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    blob = sealed(qtbot)
    memory_keyring.error = keyring.errors.KeyringLocked("locked")
    editor = NoteEditor(KeyringStore())  # a new run of the app: no cached key
    qtbot.addWidget(editor)
    editor.show()
    editor.load(UUID, blob)
    wait_state(qtbot, editor, NoteState.UNREADABLE)
    assert editor.outcome() is KEEP
    assert editor.retry_button.isVisible()
    memory_keyring.error = None
    qtbot.mouseClick(editor.retry_button, Qt.MouseButton.LeftButton)
    wait_state(qtbot, editor, NoteState.READY)
    assert editor.text.toPlainText() == TEXT


@pytest.mark.parametrize("where", ["ciphertext", "header"])
def test_a_tampered_note_is_refused_and_kept(qtbot: QtBot, where: str) -> None:
    blob = bytearray(sealed(qtbot))
    blob[-5 if where == "ciphertext" else 4] ^= 0x40
    editor = make(qtbot)
    editor.load(UUID, bytes(blob))
    wait_state(qtbot, editor, NoteState.UNREADABLE)
    assert "changed or damaged" in editor.problem.text()
    assert "kept as it is" in editor.problem.text()
    assert not editor.retry_button.isVisible()
    assert editor.outcome() is KEEP  # nothing lost: the stored bytes stay


class _StuckKeyring(keyring.backend.KeyringBackend):
    """A keyring whose unlock prompt nobody answers."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        raise keyring.errors.KeyringLocked("prompt dismissed")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("prompt dismissed")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("prompt dismissed")


def test_a_keyring_that_never_answers_times_out_without_freezing(qtbot: QtBot) -> None:
    stuck = _StuckKeyring()
    keyring.set_keyring(stuck)
    try:
        editor = make(qtbot, keyring_timeout_ms=50)
        editor.start_new(UUID)
        write(qtbot, editor, "x")
        assert editor.state is NoteState.UNLOCKING
        assert editor.status.text() == "Unlocking your keyring…"
        assert editor.needs_attention
        qtbot.keyClicks(editor.text, "yz")  # the window still takes typing meanwhile
        wait_state(qtbot, editor, NoteState.NEEDS_CHOICE)  # the GUI thread ran the timeout
        assert editor.problem.text() == "Your keyring did not answer in time."
        assert editor.text.toPlainText() == "xyz"
    finally:
        stuck.release.set()  # the abandoned thread may now finish; its answer is ignored
    for thread in threading.enumerate():
        if thread.name.startswith(THREAD_PREFIX):
            thread.join(timeout=10)
    assert editor.state is NoteState.NEEDS_CHOICE


def test_the_passphrase_dialog_wants_the_same_passphrase_twice(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(create=True)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "blue kettle")
    qtbot.keyClicks(dialog.repeat, "blue kettel")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.text() == "The two passphrases are not the same yet."
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "blue kettle")
    assert dialog.ok_button.isEnabled()
    assert not dialog.problem.text()
    for widget in (dialog.passphrase, dialog.repeat, dialog.ok_button, dialog.cancel_button):
        assert widget.accessibleName() and widget.accessibleDescription()
