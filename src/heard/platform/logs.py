"""One rotating log file in the platform log folder. Never raises: logging is a courtesy.

The rotation is a small FileHandler subclass rather than logging.handlers: that module pulls
in socket, pickle and queue, about 5 ms of a launch budgeted at 1.3x a bare Qt app's."""

from __future__ import annotations

import logging
from pathlib import Path

from heard.errors import DataDirError
from heard.platform.paths import ensure_private_dir, log_dir

LOG_NAME = "heard.log"
_HANDLER_NAME = "heard-log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLog(logging.FileHandler):
    """`path` grows to `maxBytes`, then becomes path.1 (path.1 becomes path.2 ...), keeping
    `backupCount` old files: the same files as logging.handlers.RotatingFileHandler. The file
    is opened on the first record, not at start-up."""

    def __init__(self, path: Path, maxBytes: int, backupCount: int) -> None:  # noqa: N803
        super().__init__(path, encoding="utf-8", delay=True)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(self.format(record)):
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, text: str) -> bool:
        if self.maxBytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.tell()
        return size > 0 and size + len(text.encode("utf-8")) + 1 > self.maxBytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = Path(self.baseFilename)
        for n in range(self.backupCount - 1, 0, -1):
            older = base.with_name(f"{base.name}.{n}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{n + 1}"))
        if self.backupCount > 0:
            base.replace(base.with_name(f"{base.name}.1"))
        else:
            base.unlink()
        self.stream = self._open()


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Send heard's log to a rotating file (1 MB x 3). Returns the file, or None if the
    log folder cannot be used (then warnings go to stderr only)."""
    root = logging.getLogger("heard")
    root.setLevel(level)
    for old in list(root.handlers):
        if old.get_name() == _HANDLER_NAME:
            root.removeHandler(old)
            old.close()
    handler: logging.Handler
    path: Path | None
    try:
        folder = ensure_private_dir(folder or log_dir(), what="log folder")
        path = folder / LOG_NAME
        handler = RotatingLog(path, maxBytes=1_000_000, backupCount=3)
    except (DataDirError, OSError):
        path = None
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.set_name(_HANDLER_NAME)
    root.addHandler(handler)
    return path
