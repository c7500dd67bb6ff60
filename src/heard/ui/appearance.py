"""Apply the look the couple chose (theme, partner colours, large text) to the whole app,
including screens that are already open, and follow the desktop when the theme is "system".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from heard.ui.calm_style import calm_stylesheet
from heard.ui.text_scale import apply_text_scale
from heard.ui.theme import Theme, apply_theme, current_theme, system_prefers_dark

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

log = logging.getLogger(__name__)


class Look(NamedTuple):  # not a dataclass: defined on the launch path
    theme: str = "system"
    """"system", "light" or "dark"."""
    partners: str = ""
    """A heard.ui.palettes pair id ("" for the default)."""
    large_text: bool = False

    @property
    def dark(self) -> bool | None:
        return {"light": False, "dark": True}.get(self.theme)


def apply_look(app: QApplication, look: Look, *, exact: bool = True) -> Theme:
    """Set the text size and palette, then restyle every widget that exists.
    exact=False: guess the desktop's scheme from its palette (launch; see system_prefers_dark)."""
    apply_text_scale(app, look.large_text)
    theme = apply_theme(app, look.dark, partners=look.partners, exact=exact)
    restyle(app, theme)
    return theme


def restyle(app: QApplication, theme: Theme) -> None:
    """Give open widgets the new theme: calm screens get a fresh stylesheet (colours and text
    sizes), and widgets that draw their own colours are handed the theme (`set_theme`) and,
    where they size text themselves, asked to do it again (`refresh_text_size`).

    The widgets are picked first and changed afterwards: a new stylesheet can make Qt
    rebuild its own helper widgets (a list's popup, say), and those must not be touched."""
    calm, themed = [], []
    for widget in _live_widgets(app):
        if widget.property("calm"):
            calm.append(widget)
        if _has(widget, "set_theme") or _has(widget, "refresh_text_size"):
            themed.append(widget)
    sheet = calm_stylesheet(theme)
    for widget in calm:
        if shiboken6.isValid(widget):
            widget.setStyleSheet(sheet)
    for widget in themed:
        if shiboken6.isValid(widget):
            _call(widget, "set_theme", theme)
            _call(widget, "refresh_text_size")


def _live_widgets(app: QApplication) -> list[QWidget]:
    """Every widget under a live top-level window. QApplication.allWidgets() can hand back
    widgets that are half-way through destruction (deleteLater, a closing test window);
    touching one of those crashed the process, so walk the window trees instead."""
    found: list[QWidget] = []
    for top in app.topLevelWidgets():
        if not shiboken6.isValid(top):
            continue
        found.append(top)
        found.extend(w for w in top.findChildren(QWidget) if shiboken6.isValid(w))
    return found


def _has(widget: QWidget, method: str) -> bool:
    return callable(getattr(type(widget), method, None))


def _call(widget: QWidget, method: str, *args: object) -> None:
    target = getattr(type(widget), method, None)
    if callable(target):
        target(widget, *args)


class SystemLookFollower(QObject):
    """Re-applies the look when the desktop switches between light and dark, as long as
    the couple's theme setting is "system"."""

    def __init__(self, app: QApplication, look: Look, *, listen: bool = True) -> None:
        super().__init__(app)
        self._app = app
        self.look = look
        self.theme = current_theme()
        self._listening = False
        if listen:  # the launch passes False and calls check() after the first paint
            self.listen()

    def listen(self) -> None:
        """Follow the desktop's light/dark switches from now on (once the window is up)."""
        if not self._listening:
            self._listening = True
            self._app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def set_look(self, look: Look, *, exact: bool = True) -> Theme:
        self.look = look
        self.theme = apply_look(self._app, look, exact=exact)
        return self.theme

    def check(self) -> None:
        """After a launch that guessed the desktop's scheme (set_look(exact=False)): read
        the real one, re-apply the look if the guess was wrong, and follow it from now on."""
        self.listen()
        if self.look.theme == "system" and system_prefers_dark(self._app) != self.theme.dark:
            log.info("the desktop's colour scheme differs from its palette; following it")
            self.set_look(self.look)

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.look.theme == "system":
            log.info("the desktop switched to a %s scheme", scheme.name.lower())
            apply_look(self._app, self.look)
