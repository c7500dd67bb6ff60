"""Where Heard keeps its data, settings and logs, and how those folders are made private.

No Qt here: the command line resolves folders before any QApplication exists.

Data folder precedence: the `--data-dir` argument, then `HEARD_DATA_DIR`, then the platform
default. Defaults follow each platform's conventions:

- data:   Linux $XDG_DATA_HOME/heard (~/.local/share/heard); macOS
          ~/Library/Application Support/Heard; Windows %APPDATA%\\Heard
- config: Linux $XDG_CONFIG_HOME/heard (~/.config/heard); macOS
          ~/Library/Application Support/Heard; Windows %APPDATA%\\Heard
- log:    Linux $XDG_STATE_HOME/heard/log (~/.local/state/heard/log); macOS
          ~/Library/Logs/Heard; Windows %LOCALAPPDATA%\\Heard\\Logs
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from heard.errors import DataDirError

log = logging.getLogger(__name__)

ENV_DATA_DIR = "HEARD_DATA_DIR"
_APP_DIR_POSIX = "heard"
_APP_DIR_NATIVE = "Heard"
PRIVATE_DIR_MODE = 0o700


def resolve_data_dir(
    cli_dir: str | None = None,
    env: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
) -> Path:
    """The data folder to use, as an absolute path. Creates nothing (see ensure_private_dir).

    An empty `HEARD_DATA_DIR` counts as unset; an empty `--data-dir` is a user mistake."""
    if cli_dir is not None:
        if not cli_dir.strip():
            raise DataDirError("The --data-dir folder name is empty.")
        return _absolute(cli_dir, env)
    from_env = env.get(ENV_DATA_DIR, "")
    if from_env.strip():
        return _absolute(from_env, env)
    return _default_data_dir(env, platform)


def config_dir(env: Mapping[str, str] = os.environ, *, platform: str = sys.platform) -> Path:
    """The folder for settings files."""
    if platform == "win32":
        return _windows_base(env, "APPDATA", ("AppData", "Roaming")) / _APP_DIR_NATIVE
    if platform == "darwin":
        return _home(env) / "Library" / "Application Support" / _APP_DIR_NATIVE
    return _xdg(env, "XDG_CONFIG_HOME", (".config",)) / _APP_DIR_POSIX


def log_dir(env: Mapping[str, str] = os.environ, *, platform: str = sys.platform) -> Path:
    """The folder for log files."""
    if platform == "win32":
        return _windows_base(env, "LOCALAPPDATA", ("AppData", "Local")) / _APP_DIR_NATIVE / "Logs"
    if platform == "darwin":
        return _home(env) / "Library" / "Logs" / _APP_DIR_NATIVE
    return _xdg(env, "XDG_STATE_HOME", (".local", "state")) / _APP_DIR_POSIX / "log"


def ensure_private_dir(path: Path, *, what: str = "data folder") -> Path:
    """Create `path` (and missing parents) private to this user, check that it is a writable
    folder, and return it. Raises DataDirError with a one-line message otherwise.

    On POSIX every folder created here gets mode 0700 whatever the umask, and an existing
    `path` loses any group/other permission bits (the design keeps the data private)."""
    try:
        _make_dirs(path)
        if not path.is_dir():
            raise DataDirError(f"Cannot use {what} {path}: it is a file, not a folder.")
        _tighten(path)
        _check_writable(path)
    except DataDirError:
        raise
    except OSError as exc:
        raise DataDirError(f"Cannot use {what} {path}: {_reason(exc)}.") from exc
    return path


def _make_dirs(path: Path) -> None:
    missing: list[Path] = []
    current = path
    while not current.exists() and not current.is_symlink():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)  # a racing twin is fine
        if os.name == "posix":
            folder.chmod(PRIVATE_DIR_MODE)  # mkdir's mode is narrowed by the umask
        log.info("Created folder %s", folder)


def _tighten(path: Path) -> None:
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        try:
            path.chmod(mode & ~0o077)
        except OSError as exc:  # not ours to change; still usable if writable
            log.warning("Could not make %s private (mode %o): %s", path, mode, exc)


def _check_writable(path: Path) -> None:
    """Really try to write: os.access() is wrong for root, ACLs and read-only mounts."""
    fd, probe = tempfile.mkstemp(prefix=".heard-write-test-", dir=path)
    os.close(fd)
    Path(probe).unlink()


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, NotADirectoryError | FileExistsError):
        return "part of that path is a file, not a folder"
    if exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return str(exc) or type(exc).__name__


def _default_data_dir(env: Mapping[str, str], platform: str) -> Path:
    if platform == "win32":
        return _windows_base(env, "APPDATA", ("AppData", "Roaming")) / _APP_DIR_NATIVE
    if platform == "darwin":
        return _home(env) / "Library" / "Application Support" / _APP_DIR_NATIVE
    return _xdg(env, "XDG_DATA_HOME", (".local", "share")) / _APP_DIR_POSIX


def _xdg(env: Mapping[str, str], name: str, fallback: tuple[str, ...]) -> Path:
    """An XDG base folder. The spec says relative values are invalid and must be ignored."""
    value = env.get(name, "")
    if value and Path(value).is_absolute():
        return Path(value)
    return _home(env).joinpath(*fallback)


def _windows_base(env: Mapping[str, str], name: str, fallback: tuple[str, ...]) -> Path:
    value = env.get(name, "")
    return Path(value) if value else _home(env).joinpath(*fallback)


def _home(env: Mapping[str, str]) -> Path:
    for name in ("HOME", "USERPROFILE"):
        if env.get(name):
            return Path(env[name])
    return Path.home()


def _absolute(raw: str, env: Mapping[str, str]) -> Path:
    path = Path(raw)
    if raw == "~" or raw.startswith(("~/", "~\\")):
        path = _home(env) / raw[2:]
    return path if path.is_absolute() else Path.cwd() / path
