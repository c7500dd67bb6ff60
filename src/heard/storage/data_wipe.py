"""'Delete all my data': the database, its journal files, copies kept aside, and the notes key.

Only files Heard itself makes are touched, matched by exact name, plus the copies of a
damaged database that heard.storage.quarantine moves aside (`heard.db.corrupt-20261125T213000Z`
and its `-wal`/`-shm`) and rescue files of sessions the database could not take
(`heard-unsaved-session-20261125T213000Z.json`). Anything else in the folder stays. The
folder is removed only if that leaves it empty. A new kind of file in the data folder must
be added here.

Close the database before calling these: SQLite must not write to files being removed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from heard.errors import DataDirError, NotesError
from heard.storage.keyring_store import KeyringStore

log = logging.getLogger(__name__)

DATABASE_NAME = "heard.db"
DATABASE_FILES = tuple(DATABASE_NAME + suffix for suffix in ("", "-wal", "-shm", "-journal"))
MOVED_ASIDE = re.compile(
    re.escape(DATABASE_NAME) + r"\.[a-z]+-\d{8}T\d{6}Z(-\d+)?(-wal|-shm|-journal)?"
)
"""Copies of a damaged database, kept aside (never deleted) when it was found."""
RESCUED = re.compile(r"heard-unsaved-session-\d{8}T\d{6}Z(-\d+)?\.json")
"""Sessions the database could not take, saved as files (heard.storage.rescue)."""


@dataclass(frozen=True)
class WipeReport:
    removed: list[Path] = field(default_factory=list)
    folder_removed: bool = False
    key_removed: bool = False
    key_problem: str | None = None
    """Why the keyring entry could not be removed, in plain words (None: it is gone)."""

    @property
    def complete(self) -> bool:
        return self.key_problem is None


def heard_files(data_dir: Path, extra_files: Iterable[Path] = ()) -> list[Path]:
    """The files 'Delete all my data' would remove: those that exist, sorted."""
    found = {data_dir / name for name in DATABASE_FILES}
    if data_dir.is_dir():
        found.update(
            p
            for p in data_dir.iterdir()
            if MOVED_ASIDE.fullmatch(p.name) or RESCUED.fullmatch(p.name)
        )
    found.update(extra_files)
    return sorted(path for path in found if path.is_symlink() or path.is_file())


def delete_data_files(data_dir: Path, extra_files: Iterable[Path] = ()) -> WipeReport:
    """Remove Heard's files from `data_dir` (and `extra_files`, e.g. a settings file kept
    there). Tries every file; raises DataDirError naming the first that stayed."""
    removed: list[Path] = []
    failed: list[tuple[Path, OSError]] = []
    for path in heard_files(data_dir, extra_files):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append((path, exc))
            continue
        removed.append(path)
        log.info("Deleted %s", path)
    if failed:
        path, error = failed[0]
        reason = "permission denied" if isinstance(error, PermissionError) else str(error)
        raise DataDirError(f"Could not delete {path}: {reason}.")
    return WipeReport(removed=removed, folder_removed=_remove_if_empty(data_dir))


def delete_all_data(
    data_dir: Path, keys: KeyringStore, extra_files: Iterable[Path] = ()
) -> WipeReport:
    """Files first, then the keyring entry. Blocking (the keyring may prompt): the app runs
    the keyring part off the GUI thread; this whole version is for tests and the CLI."""
    report = delete_data_files(data_dir, extra_files)
    try:
        key_removed = keys.delete_key()
    except NotesError as exc:
        return WipeReport(report.removed, report.folder_removed, False, str(exc))
    return WipeReport(report.removed, report.folder_removed, key_removed, None)


def _remove_if_empty(folder: Path) -> bool:
    try:
        if folder.is_symlink() or not folder.is_dir() or any(folder.iterdir()):
            return False
        folder.rmdir()
    except OSError as exc:
        log.info("Kept the folder %s: %s", folder, exc)
        return False
    log.info("Deleted the empty folder %s", folder)
    return True
