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
