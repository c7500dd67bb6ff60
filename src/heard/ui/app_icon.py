"""Heard's own icon, the window icon of every window.

Its source is resources/icons/<APP_ID>.svg, which the Linux packages install as the desktop
icon under the app ID, so an icon theme may replace it. Without one, the app uses PNG
renders of that SVG at the usual icon sizes (scripts/render_icons.py): reading the SVG
itself would load Qt's SVG module, about 1 MiB of the memory budget (DESIGN.md).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import logging

from PySide6.QtGui import QIcon

from heard import APP_ID, resources

log = logging.getLogger(__name__)

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICON = f"icons/png/{APP_ID}-{{size}}.png"

_held_files = contextlib.ExitStack()
atexit.register(_held_files.close)


@functools.cache
def _icon_paths() -> tuple[str, ...]:
    """File paths of the icon's sizes, kept for the whole run (none when they are missing)."""
    try:
        return tuple(
            _held_files.enter_context(resources.as_file(ICON.format(size=size))).as_posix()
            for size in SIZES
        )
    except (OSError, ValueError) as exc:  # the platform's default icon is used instead
        log.warning("No app icon: %s", exc)
        return ()


def app_icon() -> QIcon:
    """Heard's icon: the icon theme's, if it has one under the app ID, else the shipped one."""
    shipped = QIcon()
    for path in _icon_paths():
        shipped.addFile(path)  # each file's own size: Qt picks the nearest
    return QIcon.fromTheme(APP_ID, shipped)
