"""One rotating log file in the platform log folder. Never raises: logging is a courtesy."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from heard.errors import DataDirError
from heard.platform.paths import ensure_private_dir, log_dir

LOG_NAME = "heard.log"
_HANDLER_NAME = "heard-log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except (DataDirError, OSError):
        path = None
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.set_name(_HANDLER_NAME)
    root.addHandler(handler)
    return path
