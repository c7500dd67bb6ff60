"""The Help menu: the three-screen introduction again, and the session keys (F1). Both are
disabled while a session runs, where ? and F1 belong to the session screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QVBoxLayout, QWidget

from heard.ui.flow import SessionFlow
from heard.ui.i18n import translate
from heard.ui.main_window import named_menu
from heard.ui.theme import current_theme

if TYPE_CHECKING:  # both are built when first asked for
    from heard.ui.intro import IntroDialog


class KeysDialog(QDialog):
    """The session's key list, outside a session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keys_dialog")
        self.setWindowTitle(self.tr("Keys during a session"))
        self.setAccessibleName(self.tr("Keys during a session"))
        from heard.ui.key_help import KeyHelp

        self.keys = KeyHelp(self)
        self.keys.set_theme(current_theme())
        self.keys.set_scale(0.85)
        self.keys.show()
        self.keys.closed_by_click = self.accept
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.keys)
        self.resize(1080, 640)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Question, Qt.Key.Key_F1):  # as in a session
            self.accept()
            return
        super().keyPressEvent(event)


class HelpMenu:
    def __init__(self, window: QMainWindow, flow: SessionFlow | None = None) -> None:
        self.window = window
        self.intro: IntroDialog | None = None
        self.keys: KeysDialog | None = None
        menu = named_menu(window, "help_menu", translate("HelpMenu", "&Help"))
        self.intro_action = QAction(translate("HelpMenu", "&How Heard works…"), window)
        self.intro_action.setObjectName("help_intro")
        self.intro_action.setStatusTip(translate("HelpMenu", "The floor, the pause and the repair"))
        self.intro_action.triggered.connect(self.show_intro)
        self.keys_action = QAction(translate("HelpMenu", "&Keys during a session"), window)
        self.keys_action.setObjectName("help_keys")
        self.keys_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.keys_action.setStatusTip(translate("HelpMenu", "Every key of the session screen"))
        self.keys_action.triggered.connect(self.show_keys)
        menu.addAction(self.intro_action)
        menu.addAction(self.keys_action)
        if flow is not None:
            flow.session_started.connect(lambda _c: self._set_enabled(False))
            flow.session_finished.connect(lambda _s: self._set_enabled(True))

    def _set_enabled(self, enabled: bool) -> None:
        self.intro_action.setEnabled(enabled)
        self.keys_action.setEnabled(enabled)

    def show_intro(self) -> IntroDialog:
        from heard.ui.intro import IntroDialog

        self.intro = IntroDialog(self.window)
        self.intro.open()
        return self.intro

    def show_keys(self) -> KeysDialog:
        self.keys = KeysDialog(self.window)
        self.keys.open()
        return self.keys
