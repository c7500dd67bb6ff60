"""Exceptions the user may see. Each carries a one-line, plain-words message.

Anything raised as a HeardError is an *expected* failure (a bad folder, a broken file, data
from a newer version). The command line and the app show `str(error)` and no traceback.
"""

from __future__ import annotations


class HeardError(Exception):
    """Expected, user-facing error; the message is one line."""


class DataDirError(HeardError):
    """The data, config or log folder cannot be created or written."""


class DatabaseError(HeardError):
    """The database cannot be opened, read or written."""


class CorruptDatabaseError(DatabaseError):
    """The database file is damaged or is not a Heard database at all.

    The caller may move the file aside and start fresh (never delete it)."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer Heard. Nothing was changed."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"This data was written by a newer version of Heard (schema {found}); "
            f"this version knows up to {known}."
        )
        self.found = found
        self.known = known


class SessionNotFoundError(HeardError, LookupError):
    """No session has the id asked for."""

    def __init__(self, session_id: int) -> None:
        super().__init__(f"There is no session number {session_id}.")
        self.session_id = session_id


class NotesError(HeardError):
    """A private note cannot be locked (encrypted) or opened. Nothing stored was changed."""


class KeyringUnavailableError(NotesError):
    """There is no keyring Heard can use (no backend, no daemon, a broken entry)."""

    def __init__(
        self, message: str = "There is no keyring on this computer that Heard can use."
    ) -> None:
        super().__init__(message)


class KeyringLockedError(NotesError):
    """The keyring stayed locked (the unlock prompt was dismissed or failed)."""

    def __init__(self, message: str = "Your keyring is locked, and it was not unlocked.") -> None:
        super().__init__(message)


class KeyringDeniedError(NotesError):
    """The keyring refused Heard access."""

    def __init__(self, message: str = "Your keyring did not allow Heard to use it.") -> None:
        super().__init__(message)


class KeyringTimeoutError(NotesError):
    """The keyring did not answer in time (a hidden prompt, a stuck service)."""

    def __init__(self, message: str = "Your keyring did not answer in time.") -> None:
        super().__init__(message)


class NoteKeyMissingError(NotesError):
    """The note was locked with a keyring key that the keyring no longer holds."""

    def __init__(
        self, message: str = "The key that locked this note is no longer in your keyring."
    ) -> None:
        super().__init__(message)


class WrongPassphraseError(NotesError):
    """The passphrase given does not open this note."""

    def __init__(self, message: str = "That passphrase does not open this note.") -> None:
        super().__init__(message)


class TamperedNoteError(NotesError):
    """The stored note is damaged or was changed; it is left exactly as it is."""

    def __init__(
        self,
        message: str = "This note was changed or damaged after it was saved, so it cannot be"
        " opened safely. It has been kept as it is.",
    ) -> None:
        super().__init__(message)
