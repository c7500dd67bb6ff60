"""Start-up language and look from the settings, and the settings dialog wired to the app:
opened from the start screen (its Settings button or Ctrl+,), changes applied at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from heard.platform.settings import Settings
from heard.ui.appearance import Look, SystemLookFollower
from heard.ui.i18n import Translation

if TYPE_CHECKING:
    from heard.platform.sound import ChimePlayer
    from heard.ui.flow import SessionFlow
    from heard.ui.settings_dialog import SettingsDialog
    from heard.ui.setup_screen import SetupScreen

log = logging.getLogger(__name__)

LOOK_KEYS = frozenset({"theme", "partner_colours", "large_text"})


def look_from(settings: Settings) -> Look:
    return Look(
        theme=str(settings.get("theme")),
        partners=str(settings.get("partner_colours")),
        large_text=bool(settings.get("large_text")),
    )


class LookAndLanguage(QObject):
    """Installed before the first screen is built: the language (fixed for the run) and
    the look (which follows the desktop and the settings live)."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        super().__init__(app)
        self.translation = Translation(app)
        self.language = self.translation.install(str(settings.get("language")))
        self.follower = SystemLookFollower(app, look_from(settings), listen=False)
        # The desktop's scheme is guessed from its palette until the first paint (launch
        # budget); after it, app.py calls follower.check().
        self.follower.set_look(self.follower.look, exact=False)


class SettingsEntry(QObject):
    """Opens the settings dialog and applies each change: the look here, everything else
    through the handlers registered with `on(key, handler)`."""

    def __init__(
        self,
        parent_widget: QWidget,
        settings: Settings,
        data_dir: Path,
        looks: LookAndLanguage | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._settings = settings
        self._data_dir = data_dir
        self._looks = looks
        self._handlers: dict[str, list[Callable[[Any], None]]] = {}
        self.dialog: SettingsDialog | None = None

    def on(self, key: str, handler: Callable[[Any], None]) -> None:
        """Call `handler(value)` whenever the preference `key` is changed in the dialog."""
        self._handlers.setdefault(key, []).append(handler)

    def open(self) -> SettingsDialog:
        if self.dialog is None:
            from heard.ui.settings_dialog import SettingsDialog  # built on first use (start-up)

            self.dialog = SettingsDialog(self._settings, self._data_dir, self._parent_widget)
            self.dialog.preference_changed.connect(self._on_preference_changed)
        self.dialog.open()
        self.dialog.activateWindow()
        return self.dialog

    def _on_preference_changed(self, key: str, value: object) -> None:
        if key in LOOK_KEYS and self._looks is not None:
            self._looks.follower.set_look(look_from(self._settings))
        for handler in self._handlers.get(key, []):
            try:
                handler(value)
            except (ValueError, TypeError, RuntimeError) as exc:
                log.warning("could not apply the %s setting now: %s", key, exc)


def wire_settings(
    window: QWidget,
    setup: SetupScreen,
    settings: Settings,
    data_dir: Path,
    looks: LookAndLanguage | None,
    *,
    flow: SessionFlow | None = None,
    chime: ChimePlayer | None = None,
) -> SettingsEntry:
    """The Settings button and Ctrl+, on the start screen; what each change does at once."""
    entry = SettingsEntry(window, settings, data_dir, looks)
    setup.settings_requested.connect(entry.open)

    def names(_value: object) -> None:
        setup.set_names(str(settings.get("partner_a")), str(settings.get("partner_b")))

    def pause_cue(value: object) -> None:
        setup.pause_cue_s = int(str(value))

    entry.on("partner_a", names)
    entry.on("partner_b", names)
    entry.on("default_minutes", lambda value: setup.set_minutes(int(value)))
    entry.on("pause_cue_s", pause_cue)
    if chime is not None:
        entry.on("chime", lambda value: chime.set_enabled(bool(value)))
        entry.on("chime_volume", lambda value: chime.set_volume(int(value) / 100))
    if flow is not None:

        def fullscreen(value: object) -> None:
            flow.fullscreen = bool(value)

        entry.on("fullscreen", fullscreen)
    return entry
