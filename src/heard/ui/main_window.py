"""The one window: a stack of screens. It knows nothing about sessions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from heard import APP_NAME

MENUS = (("data_menu", "DataMenu", "&Your data"), ("help_menu", "HelpMenu", "&Help"))
"""The menu bar's menus, in order: (object name, translation context, title). Their actions
are added by heard.ui.data_actions and heard.ui.help_menu, which name the same titles."""


def named_menu(window: QMainWindow, name: str, title: str) -> QMenu:
    """The window's menu called `name`, added with `title` if it is not there yet."""
    found = window.menuBar().findChild(QMenu, name)
    if found is None:
        found = window.menuBar().addMenu(title)
        found.setObjectName(name)
    return found


def reserve_menus(window: QMainWindow) -> None:
    """Put the menus, still empty, in the menu bar before the window first paints: their
    actions come just after it, and without the bar the screen would jump down when they do."""
    for name, context, title in MENUS:
        named_menu(window, name, QCoreApplication.translate(context, title))


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 520)
        self.resize(1100, 760)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.close_guard: Callable[[], bool] | None = None
        """Asked before closing; return False to keep the window open."""

    def add_screen(self, screen: QWidget) -> None:
        self.stack.addWidget(screen)

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def set_subtitle(self, text: str) -> None:
        self.setWindowTitle(f"{APP_NAME} — {text}" if text else APP_NAME)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        super().closeEvent(event)
