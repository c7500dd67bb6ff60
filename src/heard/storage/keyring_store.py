"""The notes key in the OS keyring, through `keyring`. Blocking: call it off the GUI thread.

`keyring` is imported on first use only (start-up budget). Every failure becomes a NotesError
with a one-line message: no keyring at all, a locked keyring, refused access, or an entry
that is not a Heard key. An existing entry is never overwritten, because the notes sealed
with it would be lost.
"""

from __future__ import annotations

import base64
import binascii
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

from heard import APP_NAME
from heard.errors import (
    KeyringDeniedError,
    KeyringLockedError,
    KeyringUnavailableError,
    NotesError,
)
from heard.storage.crypto import KEY_BYTES, NoteKey, keyring_key, new_keyring_secret

log = logging.getLogger(__name__)

SERVICE = APP_NAME
ENTRY = "notes-key"
_PREFIX = "heard-notes-key-v1:"

T = TypeVar("T")


class KeyringStore:
    """Loads, creates and deletes Heard's one notes key. Thread-safe; the key is cached in
    memory after the first successful read so the keyring is asked once per run."""

    def __init__(self, service: str = SERVICE, entry: str = ENTRY) -> None:
        self.service = service
        self.entry = entry
        self._lock = threading.Lock()
        self._cached: NoteKey | None = None

    def load_key(self, *, create: bool) -> NoteKey | None:
        """The notes key; with `create`, one is made and stored if the keyring has none.
        Returns None only when there is no key and `create` is False."""
        with self._lock:
            if self._cached is not None:
                return self._cached
            stored = self._call(lambda kr: kr.get_password(self.service, self.entry))
            if stored is None and create:
                stored = self._create()
            if stored is None:
                return None
            self._cached = keyring_key(_decode(stored))
            return self._cached

    def delete_key(self) -> bool:
        """Remove the key from the keyring. True if there was one to remove."""
        with self._lock:
            self._cached = None
            if self._call(lambda kr: kr.get_password(self.service, self.entry)) is None:
                return False
            self._call(lambda kr: kr.delete_password(self.service, self.entry))
            return True

    def forget_cached_key(self) -> None:
        with self._lock:
            self._cached = None

    def _create(self) -> str:
        value = _PREFIX + base64.b64encode(new_keyring_secret()).decode("ascii")
        self._call(lambda kr: kr.set_password(self.service, self.entry, value))
        again = self._call(lambda kr: kr.get_password(self.service, self.entry))
        if again != value:  # e.g. keyring's "null" backend accepts writes and keeps nothing
            raise KeyringUnavailableError("Your keyring did not keep Heard's key.")
        log.info("Created the notes key in the keyring (%s / %s)", self.service, self.entry)
        return value

    def _call(self, operation: Callable[[_Keyring], T]) -> T:
        with _translated_errors():
            import keyring

            return operation(keyring)


class _Keyring(Protocol):  # the parts of the `keyring` module used here
    def get_password(self, service: str, username: str, /) -> str | None: ...
    def set_password(self, service: str, username: str, password: str, /) -> None: ...
    def delete_password(self, service: str, username: str, /) -> None: ...


def _decode(stored: str) -> bytes:
    if stored.startswith(_PREFIX):
        try:
            secret = base64.b64decode(stored[len(_PREFIX) :], validate=True)
        except (binascii.Error, ValueError):
            secret = b""
        if len(secret) == KEY_BYTES:
            return secret
    raise KeyringUnavailableError(
        "The Heard entry in your keyring is not a key Heard made; it was left untouched."
    )


@contextmanager
def _translated_errors() -> Iterator[None]:
    """Map whatever the keyring backend raises to a NotesError with a plain message."""
    try:
        yield
    except NotesError:
        raise
    except Exception as exc:
        import keyring.errors

        if isinstance(exc, keyring.errors.NoKeyringError):
            raise KeyringUnavailableError() from exc
        if isinstance(exc, keyring.errors.KeyringLocked):
            raise KeyringLockedError() from exc
        if isinstance(exc, keyring.errors.InitError):
            log.warning("The keyring could not start: %s", exc)
            raise KeyringUnavailableError() from exc
        if isinstance(exc, keyring.errors.KeyringError):
            log.warning("The keyring refused: %s: %s", type(exc).__name__, exc)
            raise KeyringDeniedError() from exc
        log.warning("The keyring failed: %s: %s", type(exc).__name__, exc)  # D-Bus and the like
        raise KeyringUnavailableError(
            "Heard could not reach your keyring (it gave an unexpected error)."
        ) from exc
