"""A small typed wrapper around one sqlite3 connection.

- The file is created private (0600) before SQLite touches it.
- Transactions are explicit (`isolation_level=None` + `transaction()`), never implicit.
- WAL + synchronous=FULL: a committed write survives a crash or a power cut.
- SQLite failures that are not bugs (damaged file, disk full, read-only...) become
  `DatabaseError` subclasses with a one-line message; bugs (bad SQL, constraint violations)
  stay raw sqlite3 errors so that they are loud.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from heard.errors import CorruptDatabaseError, DatabaseError
from heard.storage import schema

log = logging.getLogger(__name__)

SqlValue = int | float | str | bytes | None
Params = Sequence[SqlValue] | Mapping[str, SqlValue]

FILE_MODE = 0o600
BUSY_TIMEOUT_MS = 5000

_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_REASONS = {
    sqlite3.SQLITE_CORRUPT: "the file is damaged",
    sqlite3.SQLITE_NOTADB: "the file is not a Heard database",
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_READONLY: "the file is read-only",
    sqlite3.SQLITE_IOERR: "the disk could not be read or written",
    sqlite3.SQLITE_CANTOPEN: "the file cannot be opened",
    sqlite3.SQLITE_PERM: "permission denied",
    sqlite3.SQLITE_AUTH: "permission denied",
    sqlite3.SQLITE_BUSY: "another program is using it",
    sqlite3.SQLITE_LOCKED: "another program is using it",
    sqlite3.SQLITE_NOMEM: "out of memory",
    sqlite3.SQLITE_NOLFS: "the file is too large for this system",
}


def user_error(exc: sqlite3.Error, path: Path) -> DatabaseError | None:
    """The user-facing error for `exc`, or None when it is a bug that should stay loud."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF  # extended codes carry the primary code in the low byte
    reason = _REASONS.get(primary)
    if reason is None:
        return None
    kind = CorruptDatabaseError if primary in _CORRUPT_CODES else DatabaseError
    return kind(f"Cannot use the database {path}: {reason}.")


class Database:
    """One open Heard database. Build it with `Database.open(path)`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._path = path
        self._depth = 0
        conn.row_factory = sqlite3.Row

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (creating if needed) and migrate the database at `path`.

        Raises DatabaseError (or CorruptDatabaseError / SchemaTooNewError); a database
        written by a newer Heard is left byte-for-byte unchanged."""
        path = path.absolute()
        _create_private_file(path)
        try:
            conn = sqlite3.connect(path.as_uri() + "?mode=rw", uri=True, isolation_level=None)
        except sqlite3.Error as exc:
            raise (user_error(exc, path) or exc) from exc
        db = cls(conn, path)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys = ON")
            schema.refuse_too_new(db)  # before WAL: changing the journal mode writes the file
            mode = db.scalar("PRAGMA journal_mode = WAL")
            if mode != "wal":
                log.warning("SQLite kept journal_mode=%s for %s (WAL unavailable)", mode, path)
            db.execute("PRAGMA synchronous = FULL")
            schema.migrate(db)
        except BaseException:
            db.close()
            raise
        log.debug("Opened database %s (journal_mode=%s)", path, mode)
        return db

    @property
    def path(self) -> Path:
        return self._path

    @property
    def in_transaction(self) -> bool:
        return self._connection.in_transaction

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all. Nests (inner levels are
        savepoints). The outer level takes the write lock at once (BEGIN IMMEDIATE)."""
        depth = self._depth
        savepoint = f"heard_sp{depth}"
        self.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {savepoint}")
        self._depth = depth + 1
        try:
            yield
            self.execute("COMMIT" if depth == 0 else f"RELEASE {savepoint}")
        except BaseException:
            self._undo(depth, savepoint)
            raise
        finally:
            self._depth = depth

    def _undo(self, depth: int, savepoint: str) -> None:
        conn = self._connection
        try:
            if depth == 0:
                if conn.in_transaction:  # SQLite may already have rolled back (disk full...)
                    conn.execute("ROLLBACK")
            else:
                conn.execute(f"ROLLBACK TO {savepoint}")
                conn.execute(f"RELEASE {savepoint}")
        except sqlite3.Error:
            log.exception("Rollback failed on %s", self._path)

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        with self._errors():
            return self._connection.execute(sql, params).rowcount

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; return the new row's rowid."""
        with self._errors():
            rowid = self._connection.execute(sql, params).lastrowid
        if rowid is None:
            raise RuntimeError(f"no rowid after: {sql}")
        return rowid

    def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        with self._errors():
            return self._connection.executemany(sql, rows).rowcount

    def query_all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        with self._errors():
            rows: list[sqlite3.Row] = self._connection.execute(sql, params).fetchall()
        return rows

    def query_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        with self._errors():
            row: sqlite3.Row | None = self._connection.execute(sql, params).fetchone()
        return row

    def scalar(self, sql: str, params: Params = ()) -> SqlValue:
        """The first column of the first row, or None when there is no row."""
        row = self.query_one(sql, params)
        if row is None:
            return None
        value: SqlValue = row[0]
        return value

    def scalar_int(self, sql: str, params: Params = ()) -> int:
        value = self.scalar(sql, params)
        if not isinstance(value, int):
            raise TypeError(f"expected an integer from {sql!r}, got {value!r}")
        return value

    def integrity_ok(self) -> bool:
        """True when `PRAGMA integrity_check` finds nothing wrong."""
        try:
            rows = self.query_all("PRAGMA integrity_check")
        except CorruptDatabaseError:
            return False
        problems = [str(row[0]) for row in rows if row[0] != "ok"]
        if problems:
            log.warning("Integrity check of %s failed: %s", self._path, "; ".join(problems[:5]))
        return not problems

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.close()
        except sqlite3.Error as exc:
            raise (user_error(exc, self._path) or exc) from exc

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError(f"database {self._path} is closed")
        return self._conn

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            error = user_error(exc, self._path)
            if error is None:
                raise
            raise error from exc


def _create_private_file(path: Path) -> None:
    """Create the file 0600 (or tighten an existing one) before SQLite opens it, so no umask
    and no SQLite default can leave it readable by others. SQLite gives its -wal and -shm
    files the same mode as the database file."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, FILE_MODE)
    except OSError as exc:
        if isinstance(exc, PermissionError):
            reason = "permission denied"
        elif isinstance(exc, IsADirectoryError):
            reason = "it is a folder, not a file"
        else:
            reason = (exc.strerror or type(exc).__name__).lower()
        raise DatabaseError(f"Cannot use the database {path}: {reason}.") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DatabaseError(f"Cannot use the database {path}: it is not a regular file.")
        if os.name == "posix" and stat.S_IMODE(info.st_mode) != FILE_MODE:
            try:
                os.fchmod(fd, FILE_MODE)
            except OSError as exc:
                log.warning("Could not make %s private: %s", path, exc)
    finally:
        os.close(fd)
