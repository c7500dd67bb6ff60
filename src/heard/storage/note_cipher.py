"""Notes for export and import: opened and sealed with the notes key in the OS keyring.

Blocking (the keyring may prompt): the command line calls it directly, the app off the GUI
thread or after the user asked. Notes locked with a one-off passphrase cannot be opened
here; the error says so in plain words and nothing is written.
"""

from __future__ import annotations

from heard.errors import NoteKeyMissingError, NotesError
from heard.storage.crypto import NoteMode, read_header, seal, unseal
from heard.storage.keyring_store import KeyringStore


class PassphraseNoteError(NotesError):
    def __init__(self) -> None:
        super().__init__(
            "This note is locked with a passphrase; open it in Heard to read or export it."
        )


class KeyringNoteCipher:
    """A NoteCipher (heard.storage.exchange_format) over Heard's keyring key."""

    def __init__(self, store: KeyringStore | None = None) -> None:
        self._store = store or KeyringStore()

    def prepare(self, *, create: bool) -> None:
        """Fetch the key now (it is cached), so later calls do not wait on the keyring.
        `create`: make a key if there is none (needed to seal)."""
        if self._store.load_key(create=create) is None:
            raise NoteKeyMissingError()

    def open_note(self, blob: bytes, session_uuid: str) -> str:
        if read_header(blob).mode is NoteMode.PASSPHRASE:
            raise PassphraseNoteError()
        key = self._store.load_key(create=False)
        if key is None:
            raise NoteKeyMissingError()
        return unseal(blob, key, session_uuid)

    def seal_note(self, text: str, session_uuid: str) -> bytes:
        key = self._store.load_key(create=True)
        assert key is not None  # create=True makes one or raises
        return seal(text, key, session_uuid)
