"""A settings file that is not text at all is set aside before Qt reads it.

QSettings reads almost anything as INI, and on the next save rewrites the file from what it
understood, which would destroy a damaged file's bytes. A file holding NUL bytes or bytes
that are not UTF-8 is therefore moved aside (timestamped, never overwritten, the same way as
a damaged database) and Heard starts from default settings. A hand-edited text file is kept:
its bad values fall back to their defaults one key at a time (heard.platform.settings).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from heard.errors import DatabaseError

if TYPE_CHECKING:
    from datetime import datetime

log = logging.getLogger(__name__)


def is_unreadable(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def set_aside_if_unreadable(path: Path, now: datetime | None = None) -> Path | None:
    """Move `path` aside if it is not text. Returns where it went, or None if it was kept
    (or missing). Never raises: at worst the file stays and per-key defaults apply."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("settings file %s cannot be read (%s); using defaults", path, exc)
        return None
    if not is_unreadable(data):
        return None
    from datetime import UTC, datetime  # only for a damaged file (start-up budget)

    from heard.storage.quarantine import move_aside

    try:
        moved = move_aside(path, now or datetime.now(UTC))
    except DatabaseError as exc:
        log.warning("settings file %s is damaged and could not be moved aside: %s", path, exc)
        return None
    log.warning("settings file %s was not readable text; moved it to %s", path, moved)
    return moved
