"""Data, config and log folders: precedence, platform defaults, privacy, clear errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from heard.errors import DataDirError, HeardError
from heard.platform.paths import config_dir, ensure_private_dir, log_dir, resolve_data_dir

HOME = "/home/ann"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- resolve_data_dir precedence ---------------------------------------------------------


def test_cli_argument_beats_environment_and_default() -> None:
    env = {"HOME": HOME, "HEARD_DATA_DIR": "/from/env", "XDG_DATA_HOME": "/xdg"}
    assert resolve_data_dir("/from/cli", env, platform="linux") == Path("/from/cli")


def test_environment_beats_default() -> None:
    env = {"HOME": HOME, "HEARD_DATA_DIR": "/from/env", "XDG_DATA_HOME": "/xdg"}
    assert resolve_data_dir(None, env, platform="linux") == Path("/from/env")


def test_empty_environment_variable_counts_as_unset() -> None:
    env = {"HOME": HOME, "HEARD_DATA_DIR": "  "}
    assert resolve_data_dir(None, env, platform="linux") == Path(HOME, ".local/share/heard")


def test_empty_cli_argument_is_a_user_error() -> None:
    with pytest.raises(DataDirError, match="empty"):
        resolve_data_dir("", {"HOME": HOME}, platform="linux")


def test_relative_and_tilde_paths_become_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    env = {"HOME": HOME}
    assert resolve_data_dir("rel/data", env, platform="linux") == tmp_path / "rel" / "data"
    assert resolve_data_dir("~/heard-data", env, platform="linux") == Path(HOME, "heard-data")
    assert resolve_data_dir("~", env, platform="linux") == Path(HOME)


# --- platform defaults -------------------------------------------------------------------


def test_linux_defaults_follow_xdg() -> None:
    env = {
        "HOME": HOME,
        "XDG_DATA_HOME": "/xdg/data",
        "XDG_CONFIG_HOME": "/xdg/config",
        "XDG_STATE_HOME": "/xdg/state",
    }
    assert resolve_data_dir(None, env, platform="linux") == Path("/xdg/data/heard")
    assert config_dir(env, platform="linux") == Path("/xdg/config/heard")
    assert log_dir(env, platform="linux") == Path("/xdg/state/heard/log")


def test_linux_defaults_without_xdg_variables() -> None:
    env = {"HOME": HOME}
    assert resolve_data_dir(None, env, platform="linux") == Path(HOME, ".local/share/heard")
    assert config_dir(env, platform="linux") == Path(HOME, ".config/heard")
    assert log_dir(env, platform="linux") == Path(HOME, ".local/state/heard/log")


def test_relative_xdg_values_are_ignored_as_the_spec_says() -> None:
    env = {"HOME": HOME, "XDG_DATA_HOME": "relative/data", "XDG_CONFIG_HOME": "cfg"}
    assert resolve_data_dir(None, env, platform="linux") == Path(HOME, ".local/share/heard")
    assert config_dir(env, platform="linux") == Path(HOME, ".config/heard")


def test_macos_defaults() -> None:
    env = {"HOME": HOME, "XDG_DATA_HOME": "/ignored"}
    support = Path(HOME, "Library", "Application Support", "Heard")
    assert resolve_data_dir(None, env, platform="darwin") == support
    assert config_dir(env, platform="darwin") == support
    assert log_dir(env, platform="darwin") == Path(HOME, "Library", "Logs", "Heard")


def test_windows_defaults() -> None:
    env = {"USERPROFILE": "/users/ann", "APPDATA": "/roaming", "LOCALAPPDATA": "/local"}
    assert resolve_data_dir(None, env, platform="win32") == Path("/roaming", "Heard")
    assert config_dir(env, platform="win32") == Path("/roaming", "Heard")
    assert log_dir(env, platform="win32") == Path("/local", "Heard", "Logs")


def test_windows_defaults_without_appdata_variables() -> None:
    env = {"USERPROFILE": "/users/ann"}
    assert resolve_data_dir(None, env, platform="win32") == Path(
        "/users/ann", "AppData", "Roaming", "Heard"
    )
    assert log_dir(env, platform="win32") == Path("/users/ann", "AppData", "Local", "Heard", "Logs")


# --- ensure_private_dir ------------------------------------------------------------------


@posix_only
def test_creates_folder_and_missing_parents_private_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "heard"
    old = os.umask(0)
    try:
        assert ensure_private_dir(target) == target
    finally:
        os.umask(old)
    assert target.is_dir()
    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert mode_of(folder) == 0o700
    assert list(target.iterdir()) == []  # the write probe cleaned up after itself


@posix_only
def test_existing_folder_loses_group_and_other_access(tmp_path: Path) -> None:
    target = tmp_path / "shared"
    target.mkdir()
    target.chmod(0o775)
    ensure_private_dir(target)
    assert mode_of(target) == 0o700


def test_existing_private_folder_is_accepted(tmp_path: Path) -> None:
    target = tmp_path / "data"
    ensure_private_dir(target)
    (target / "keep.txt").write_text("x")
    ensure_private_dir(target)
    assert (target / "keep.txt").read_text() == "x"


def test_a_regular_file_is_refused_with_one_line(tmp_path: Path) -> None:
    target = tmp_path / "not-a-folder"
    target.write_text("hello")
    with pytest.raises(DataDirError) as info:
        ensure_private_dir(target)
    message = str(info.value)
    assert message == f"Cannot use data folder {target}: it is a file, not a folder."
    assert "\n" not in message
    assert target.read_text() == "hello"


def test_a_file_in_the_middle_of_the_path_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    with pytest.raises(DataDirError, match="is a file, not a folder"):
        ensure_private_dir(blocker / "heard", what="log folder")
    with pytest.raises(HeardError, match=r"^Cannot use log folder "):
        ensure_private_dir(blocker / "heard", what="log folder")


@posix_only
@pytest.mark.skipif(IS_ROOT, reason="root ignores permission bits")
def test_unwritable_parent_is_refused(tmp_path: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o500)
    try:
        with pytest.raises(DataDirError, match="permission denied"):
            ensure_private_dir(parent / "heard")
    finally:
        parent.chmod(0o700)


@posix_only
@pytest.mark.skipif(IS_ROOT, reason="root ignores permission bits")
def test_existing_unwritable_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "readonly"
    target.mkdir()
    target.chmod(0o500)
    try:
        with pytest.raises(DataDirError, match="permission denied"):
            ensure_private_dir(target)
    finally:
        target.chmod(0o700)


def test_write_failure_becomes_permission_denied_for_everyone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs as root too: the folder exists but writing into it is refused."""

    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("heard.platform.paths.tempfile.mkstemp", refuse)
    with pytest.raises(DataDirError) as info:
        ensure_private_dir(tmp_path / "data")
    assert str(info.value) == f"Cannot use data folder {tmp_path / 'data'}: permission denied."
