"""'Start Heard at login, in the tray': an XDG autostart entry on Linux (and other XDG
desktops), so that ritual reminders arrive while the window is closed.

The entry is $XDG_CONFIG_HOME/autostart/io.github.heard.Heard.desktop. It is written whole
(a temporary file, then a rename) and removed when the option is turned off. No Qt here.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from heard import APP_ID, APP_NAME

log = logging.getLogger(__name__)

TRAY_FLAG = "--in-tray"
_SPECIAL = set(" \t\n\"'\\><~|&;$*?#()`")


def supported(platform: str = sys.platform) -> bool:
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def autostart_path(env: Mapping[str, str] = os.environ) -> Path:
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else _home(env) / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


def launch_command(env: Mapping[str, str] = os.environ) -> list[str]:
    """How to start this Heard at login, in the tray."""
    if env.get("FLATPAK_ID") == APP_ID:
        return ["flatpak", "run", APP_ID, TRAY_FLAG]
    installed = shutil.which("heard", path=env.get("PATH"))
    if installed:
        return [installed, TRAY_FLAG]
    return [sys.executable, "-m", "heard", TRAY_FLAG]


def entry_text(command: Sequence[str]) -> str:
    exec_line = " ".join(_quote(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Ritual reminders for a calm, phone-free conversation\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(path: Path | None = None) -> bool:
    return (path or autostart_path()).is_file()


def enable(command: Sequence[str] | None = None, path: Path | None = None) -> Path:
    """Write the entry (replacing an older one). Raises OSError when it cannot be written."""
    target = path or autostart_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(entry_text(command or launch_command()), encoding="utf-8")
    temporary.replace(target)
    log.info("Heard starts at login now (%s)", target)
    return target


def disable(path: Path | None = None) -> None:
    target = path or autostart_path()
    target.unlink(missing_ok=True)
    log.info("Heard no longer starts at login")


def _quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry Specification asks: the quoting rule
    first, then the file's own string escaping (each backslash written twice)."""
    if arg and not _SPECIAL.intersection(arg):
        return arg.replace("%", "%%")
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return ('"' + inner + '"').replace("\\", "\\\\").replace("%", "%%")


def _home(env: Mapping[str, str]) -> Path:
    home = env.get("HOME", "")
    return Path(home) if home else Path.home()
