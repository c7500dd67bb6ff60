"""'Delete all my data': a confirmation, then the files, then the notes key, then Heard quits.

The database is closed before anything is removed. Files go at once; the keyring entry is
removed off the GUI thread (the keyring may prompt, or hang). The result is said in plain
words, including what could not be removed and what to do about it. Heard then closes,
because everything it was showing is gone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from heard.errors import DataDirError, KeyringTimeoutError, NotesError
from heard.storage.data_wipe import WipeReport, delete_data_files, heard_files
from heard.storage.keyring_store import KeyringStore
from heard.ui.background import KEYRING_TIMEOUT_MS, BackgroundCall
from heard.ui.calm_style import button, label, make_calm
from heard.ui.main_window import named_menu

if TYPE_CHECKING:
    from heard.ui.flow import SessionFlow

log = logging.getLogger(__name__)


class DeleteDataDialog(QDialog):
    """Says what will go. 'Delete everything' stays disabled until the box is ticked."""

    def __init__(self, folder: Path, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delete_data_dialog")
        self.setWindowTitle(self.tr("Delete all my data"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        make_calm(self)
        heading = label(self.tr("Delete all your Heard data?"), "subheading", name="delete_heading")
        explain = label(
            self.tr(
                "This removes every session, check-in, checklist and private note kept on this"
                " computer, and the notes key in your keyring. It cannot be undone."
            ),
            name="delete_explain",
        )
        names = ", ".join(path.name for path in files) or self.tr("no files yet")
        self.files_label = where = label(
            self.tr("In %1: %2").replace("%1", str(folder)).replace("%2", names),
            "muted",
            name="delete_files",
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"))
        self.understood.setObjectName("delete_understood")
        self.understood.setAccessibleName(self.understood.text())
        self.understood.setAccessibleDescription(self.tr("Tick to allow deleting"))
        self.keep_button = button(
            self.tr("Keep my data"), "delete_keep", self.tr("Close this without deleting anything")
        )
        self.delete_button = button(
            self.tr("Delete everything"),
            "delete_confirm",
            self.tr("Delete all sessions, notes and the notes key, then close Heard"),
            primary=True,
        )
        self.delete_button.setEnabled(False)
        self.keep_button.setDefault(True)
        self.understood.toggled.connect(self.delete_button.setEnabled)
        self.keep_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.delete_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(14)
        for widget in (heading, explain, where, self.understood):
            column.addWidget(widget)
        column.addStretch(1)
        column.addLayout(buttons)
        self.setMinimumWidth(600)
        self.keep_button.setFocus()


class DataActions(QObject):
    """Owns the delete flow. Emits `deleted(WipeReport)` once the user has read the result."""

    deleted = Signal(object)

    def __init__(
        self,
        parent_widget: QWidget,
        data_dir: Path,
        keys: KeyringStore,
        close_storage: Callable[[], None],
        *,
        extra_files: Iterable[Path] = (),
        keyring_timeout_ms: int = KEYRING_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget
        self.data_dir = data_dir
        self._keys = keys
        self._close_storage = close_storage
        self._extra = list(extra_files)
        self._report = WipeReport()
        self.dialog: DeleteDataDialog | None = None
        self.result_box: QMessageBox | None = None
        self._worker = BackgroundCall(
            "delete-notes-key", keyring_timeout_ms, KeyringTimeoutError, parent=self
        )
        self._worker.succeeded.connect(self._on_key_deleted)
        self._worker.failed.connect(self._on_key_failed)

    def request(self) -> None:
        """Ask first (non-blocking); deleting starts only after a confirmation."""
        files = heard_files(self.data_dir, self._extra)
        self.dialog = DeleteDataDialog(self.data_dir, files, self._widget)
        self.dialog.accepted.connect(self._on_confirmed)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _on_confirmed(self) -> None:
        self.dialog = None
        log.warning("Deleting all of Heard's data in %s, as asked", self.data_dir)
        self._close_storage()
        try:
            self._report = delete_data_files(self.data_dir, self._extra)
        except DataDirError as exc:
            self._finish(WipeReport(key_problem=str(exc)), files_failed=True)
            return
        keys = self._keys
        self._worker.run(keys.delete_key)

    def _on_key_deleted(self, removed: object) -> None:
        report = self._report
        self._finish(WipeReport(report.removed, report.folder_removed, bool(removed), None))

    def _on_key_failed(self, error: object) -> None:
        reason = str(error) if isinstance(error, NotesError) else repr(error)
        report = self._report
        self._finish(WipeReport(report.removed, report.folder_removed, False, reason))

    def _finish(self, report: WipeReport, *, files_failed: bool = False) -> None:
        box = QMessageBox(self._widget)
        box.setObjectName("delete_result")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setWindowTitle(self.tr("Delete all my data"))
        if files_failed:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(self.tr("Some of your data could not be deleted."))
            box.setInformativeText(
                (report.key_problem or "") + " " + self.tr("Heard will close now; try again.")
            )
        elif report.complete:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr("All your Heard data is deleted. Heard will close now."))
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(self.tr("Your sessions and notes are deleted. Heard will close now."))
            box.setInformativeText(
                self.tr(
                    "The notes key could not be removed from your keyring: %1 You can remove"
                    " the entry for “Heard” (notes-key) in your keyring or passwords app."
                ).replace("%1", report.key_problem or "")
            )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(lambda _result: self.deleted.emit(report))
        box.finished.connect(box.deleteLater)
        self.result_box = box
        box.open()


def install_data_menu(
    window: QMainWindow, actions: DataActions, flow: SessionFlow | None = None
) -> QAction:
    """A small 'Your data' menu with 'Delete all my data…' (Settings will own it later).
    While a session runs, the menu bar is hidden and the action disabled."""
    menu = named_menu(window, "data_menu", QCoreApplication.translate("DataMenu", "&Your data"))
    action = QAction(QCoreApplication.translate("DataMenu", "&Delete all my data…"), window)
    action.setObjectName("delete_all_data")
    action.setStatusTip(
        QCoreApplication.translate("DataMenu", "Delete every session, note and the notes key")
    )
    action.triggered.connect(actions.request)
    menu.addAction(action)
    if flow is not None:

        def on_started(_controller: object) -> None:
            window.menuBar().hide()
            action.setEnabled(False)

        def on_finished(_summary: object) -> None:
            window.menuBar().show()
            action.setEnabled(True)

        flow.session_started.connect(on_started)
        flow.session_finished.connect(on_finished)
    return action
