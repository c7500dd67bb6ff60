"""The one window: a stack of screens. It knows nothing about sessions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from heard import APP_NAME


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
