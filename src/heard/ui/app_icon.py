"""Heard's own icon (resources/icons/<APP_ID>.svg), the window icon of every window.

The same SVG is installed as the desktop icon by the Linux packages, under the app ID, so an
icon theme may replace it; without one the shipped file is used.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import logging

from PySide6.QtGui import QIcon

from heard import APP_ID, resources

log = logging.getLogger(__name__)

ICON = f"icons/{APP_ID}.svg"

_held_files = contextlib.ExitStack()
atexit.register(_held_files.close)


@functools.cache
def _icon_path() -> str:
    """A file path for the icon, kept for the whole run ("" when it is missing)."""
    try:
        return _held_files.enter_context(resources.as_file(ICON)).as_posix()
    except (OSError, ValueError) as exc:  # the platform's default icon is used instead
        log.warning("No app icon: %s", exc)
        return ""


def app_icon() -> QIcon:
    """Heard's icon: the icon theme's, if it has one under the app ID, else the shipped SVG."""
    path = _icon_path()
    return QIcon.fromTheme(APP_ID, QIcon(path) if path else QIcon())
