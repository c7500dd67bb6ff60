"""The last line of defence: an unexpected error shows a dialog instead of vanishing.

`CrashHandler` replaces sys.excepthook (PySide6 hands exceptions raised in slots and virtual
methods to it too). For every unexpected exception it:
1. logs the traceback to the rotating log file;
2. keeps the data safe: asks the running session to save a checkpoint now (its rows are
   already committed at every change; this narrows the gap to nothing). Nothing is ended,
   deleted or rewritten;
3. shows one dialog with the details (copyable) and the log file's path. Errors that follow
   while it is open are logged only, so a failing paint event cannot flood the screen.
Ctrl+C (KeyboardInterrupt) keeps Python's own behaviour.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QThread, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heard import __version__
from heard.ui.i18n import fill

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """What a bug report needs, as plain text."""
    import platform  # only ever needed here, after a crash

    versions = (
        f"Heard {__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, Qt {qVersion()}, {platform.platform()}"
    )
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return f"{versions}\n\n{trace}"


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Heard ran into a problem"))
        self.setAccessibleName(self.tr("Heard ran into a problem"))
        self.details = details
        intro = QLabel(
            self.tr(
                "Something went wrong inside Heard. What you have shared so far has been saved, "
                "and you can carry on. If it happens again, the details below help to fix it; "
                "they hold no notes or conversation, but do read them before sharing."
            )
        )
        intro.setObjectName("crash_intro")
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(details)
        self.text.setObjectName("crash_details")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Error details"))
        self.text.setAccessibleDescription(self.tr("Versions and where the error happened"))
        where = (
            fill(self.tr("The full log is in %1"), log_path)
            if log_path
            else self.tr("No log file could be written.")
        )
        self.log_label = QLabel(where)
        self.log_label.setObjectName("crash_log_path")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("crash_copy_button")
        self.copy_button.setAccessibleName(self.tr("Copy the error details"))
        self.copy_button.setAccessibleDescription(self.tr("Puts the details on the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.text, self.log_label, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def _on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class CrashHandler:
    """Callable suitable for sys.excepthook. Build it with `install()`."""

    def __init__(
        self,
        log_path: Path | None,
        keep_safe: Callable[[], None] | None = None,
        parent: Callable[[], QWidget | None] | None = None,
    ) -> None:
        self.log_path = log_path
        self.keep_safe = keep_safe
        self._parent = parent
        self.dialog: CrashDialog | None = None
        self.count = 0
        self._previous = sys.excepthook

    def install(self) -> CrashHandler:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.count += 1
        log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
        self._keep_data_safe()
        try:
            self._show(crash_details(exc_type, exc, tb))
        except Exception:  # the handler itself must never raise
            log.exception("Could not show the crash dialog")
            sys.__excepthook__(exc_type, exc, tb)

    def _keep_data_safe(self) -> None:
        if self.keep_safe is None:
            return
        try:
            self.keep_safe()
        except Exception:
            log.exception("Could not save the session after an unexpected error")

    def _show(self, details: str) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            sys.stderr.write(details)
            if self.log_path is not None:
                sys.stderr.write(f"The full log is in {self.log_path}\n")
            return
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the rest is in the log
        parent = self._parent() if self._parent is not None else None
        self.dialog = CrashDialog(details, self.log_path, parent)
        if QThread.currentThread().loopLevel() > 0:
            self.dialog.open()  # the app carries on behind it
        else:
            self.dialog.exec()  # no event loop yet (or any more): wait for the reader
