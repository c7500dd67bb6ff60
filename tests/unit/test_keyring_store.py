"""The notes key in a keyring: created once, cached, never overwritten, failures in plain words.

Runs against the in-memory keyring backend from conftest (``memory_keyring``)."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import keyring.backend
import keyring.errors
import pytest

from heard.errors import (
    KeyringDeniedError,
    KeyringLockedError,
    KeyringUnavailableError,
    NoteKeyMissingError,
)
from heard.storage import crypto
from heard.storage.keyring_store import ENTRY, SERVICE, KeyringStore

if TYPE_CHECKING:
    from conftest import MemoryKeyring

UUID = "7f0c2a3e-1111-4222-8333-944455556666"


def test_round_trip_through_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = KeyringStore()
    assert store.load_key(create=False) is None
    assert memory_keyring.passwords == {}
    key = store.load_key(create=True)
    assert key is not None
    assert (SERVICE, ENTRY) in memory_keyring.passwords
    blob = crypto.seal("we will try again tomorrow", key, UUID)

    restarted = KeyringStore()  # a new run of the app: nothing cached
    again = restarted.load_key(create=False)
    assert again is not None
    assert crypto.unseal(blob, again, UUID) == "we will try again tomorrow"


def test_the_key_is_made_once_and_cached(memory_keyring: MemoryKeyring) -> None:
    store = KeyringStore()
    first = store.load_key(create=True)
    memory_keyring.error = keyring.errors.KeyringLocked("locked now")
    assert store.load_key(create=True) == first  # from memory: no second keyring trip


def test_no_keyring(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.error = keyring.errors.NoKeyringError("No recommended backend")
    with pytest.raises(KeyringUnavailableError, match="no keyring on this computer"):
        KeyringStore().load_key(create=True)


def test_locked_keyring(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.error = keyring.errors.KeyringLocked("Failed to unlock the collection!")
    with pytest.raises(KeyringLockedError, match="locked"):
        KeyringStore().load_key(create=True)


def test_refused_access(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.error = keyring.errors.PasswordSetError("User canceled the operation")
    with pytest.raises(KeyringDeniedError, match="did not allow"):
        KeyringStore().load_key(create=True)


def test_an_unexpected_backend_error_is_still_a_plain_message(
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.error = ConnectionResetError("D-Bus went away")
    with pytest.raises(KeyringUnavailableError, match="could not reach your keyring"):
        KeyringStore().load_key(create=False)


def test_a_foreign_entry_is_never_overwritten(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.passwords[(SERVICE, ENTRY)] = "something someone else put here"
    with pytest.raises(KeyringUnavailableError, match="left untouched"):
        KeyringStore().load_key(create=True)
    assert memory_keyring.passwords[(SERVICE, ENTRY)] == "something someone else put here"


class _ForgetfulKeyring(keyring.backend.KeyringBackend):
    """Like keyring's 'null' backend: accepts writes, keeps nothing."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


def test_a_keyring_that_keeps_nothing_is_caught(memory_keyring: MemoryKeyring) -> None:
    keyring.set_keyring(_ForgetfulKeyring())  # conftest restores its own backend afterwards
    with pytest.raises(KeyringUnavailableError, match="did not keep"):
        KeyringStore().load_key(create=True)


def test_a_key_deleted_behind_our_back_reports_the_key_gone(
    memory_keyring: MemoryKeyring,
) -> None:
    key = KeyringStore().load_key(create=True)
    assert key is not None
    blob = crypto.seal("x", key, UUID)
    memory_keyring.passwords.clear()
    newer = KeyringStore().load_key(create=True)
    assert newer is not None
    with pytest.raises(NoteKeyMissingError):
        crypto.unseal(blob, newer, UUID)


def test_delete_key(memory_keyring: MemoryKeyring) -> None:
    store = KeyringStore()
    assert store.delete_key() is False
    store.load_key(create=True)
    assert store.delete_key() is True
    assert memory_keyring.passwords == {}
    assert store.load_key(create=False) is None  # the cache went with it


def test_keyring_is_not_imported_until_first_use() -> None:
    code = (
        "import sys; import heard.storage.keyring_store as k; k.KeyringStore();"
        " print('keyring' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
