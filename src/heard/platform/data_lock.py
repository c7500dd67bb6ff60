"""One writer per data folder: an OS lock on `<data folder>/heard.lock`.

The lock is an advisory whole-file lock (flock on POSIX, a byte-range lock on Windows) held
for as long as the app runs. The kernel drops it when the process ends for any reason,
kill -9 included, so a crash can never leave a stale lock behind. The file's content (the
holder's pid) is only for people reading it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from heard.errors import DataDirError

log = logging.getLogger(__name__)

LOCK_NAME = "heard.lock"


class DataDirLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting. False when another process holds it.
        Raises OSError when the lock file cannot be created at all."""
        if self._fd is not None:
            return True
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            if not _try_lock(fd):
                os.close(fd)
                return False
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            os.close(fd)
            raise
        self._fd = fd
        log.debug("Holding %s", self.path)
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing drops the lock

    def __enter__(self) -> DataDirLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


@contextmanager
def exclusive_use(folder: Path) -> Iterator[DataDirLock]:
    """Hold `folder` for a command-line write (import, demo data). While Heard itself runs on
    it, refuse with one plain line rather than become a second writer."""
    lock = DataDirLock(folder)
    try:
        got = lock.acquire()
    except OSError as exc:
        raise DataDirError(f"Cannot lock the data folder {folder}: {exc.strerror or exc}.") from exc
    if not got:
        raise DataDirError(
            f"Heard is running with the data folder {folder}; close it first, then try again."
        )
    try:
        yield lock
    finally:
        lock.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
