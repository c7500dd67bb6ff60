"""Opens History in the main window. Cheap to build at start-up: the screen (and with it
pyqtgraph) is imported and built the first time History is opened."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from heard.core.periods import RangePreset
from heard.storage.db import Database
from heard.storage.repository import SessionRepository
from heard.ui.main_window import MainWindow

if TYPE_CHECKING:
    from heard.storage.keyring_store import KeyringStore
    from heard.ui.history.history_screen import HistoryScreen

log = logging.getLogger(__name__)


class HistoryEntry(QObject):
    opened = Signal(object)  # the HistoryScreen, once it is on screen

    def __init__(
        self,
        window: MainWindow,
        db: Database,
        repo: SessionRepository,
        home: QWidget,
        *,
        today: Callable[[], date] = date.today,
        preset: RangePreset | None = None,
        keys: KeyringStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`home` is the screen that Back and 'Start your first session' return to;
        `preset` the range shown first (None: three months, or everything if younger)."""
        super().__init__(parent or window)
        self._window = window
        self._db = db
        self._repo = repo
        self._home = home
        self._today = today
        self._preset = preset
        self._keys = keys
        self.screen: HistoryScreen | None = None

    def open(self) -> HistoryScreen:
        screen = self.screen or self._build()
        self._window.show_screen(screen)
        self._window.set_subtitle(self.tr("history"))
        self.opened.emit(screen)
        return screen

    def close(self) -> None:
        self._window.set_subtitle("")
        self._window.show_screen(self._home)

    def _build(self) -> HistoryScreen:
        from functools import partial

        from heard.core.checklist import load_checklist
        from heard.storage.keyring_store import KeyringStore
        from heard.storage.post_session import PostSessionStore, open_note_with_keyring
        from heard.ui.history.history_screen import EditorFactory, HistoryScreen
        from heard.ui.i18n import content_locale
        from heard.ui.post_session import PostSessionDeps
        from heard.ui.post_session_editor import PostSessionDialog

        keys = self._keys or KeyringStore()
        editor: EditorFactory | None = None
        try:
            content = load_checklist(content_locale())
        except (OSError, ValueError):
            log.exception("The checklist texts could not be read; History shows item ids")
            content = None
        if content is not None:
            deps = PostSessionDeps(PostSessionStore(self._db, self._repo), keys, content)

            def editor(session_id: int, parent: QWidget) -> PostSessionDialog:
                return PostSessionDialog(deps, session_id, parent)

        screen = HistoryScreen(
            self._db,
            self._repo,
            today=self._today,
            content=content,
            note_opener=partial(open_note_with_keyring, keys),
            editor=editor,
            preset=self._preset,
        )
        screen.back_requested.connect(self.close)
        screen.start_requested.connect(self.close)
        self._window.add_screen(screen)
        self.screen = screen
        return screen
