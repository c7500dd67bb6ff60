"""Export and import from History: ask for a file, ask about notes, do it, say how it went.

The keyring may prompt, so when notes are involved the key is fetched first on a daemon
thread (KeyringNoteCipher caches it); the database work then runs on the GUI thread, which
owns the SQLite connection. Questions go through the `ask_*` attributes (tests replace them).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from heard.errors import HeardError
from heard.storage.db import Database
from heard.storage.exchange import ExportFormat, export_history
from heard.storage.exchange_format import ExportData, ImportRejectedError
from heard.storage.exchange_import import import_history, read_export
from heard.storage.note_cipher import KeyringNoteCipher

log = logging.getLogger(__name__)

JSON_FILTER = "Heard export, everything (*.json)"
CSV_FILTER = "Spreadsheet, one row per session (*.csv)"


class _KeyJob(QObject):
    done = Signal(object)  # None, or the error

    def start(self, cipher: KeyringNoteCipher, create: bool) -> None:
        def work() -> None:
            error: Exception | None = None
            try:
                cipher.prepare(create=create)
            except Exception as exc:  # reported on the GUI thread
                error = exc
            with contextlib.suppress(RuntimeError):
                self.done.emit(error)

        threading.Thread(target=work, name="heard-bg-history-key", daemon=True).start()


class ExchangeActions(QObject):
    reported = Signal(str)  # one line about what happened
    imported = Signal(int)  # sessions added

    def __init__(
        self,
        db: Database,
        window: QWidget,
        cipher_factory: Callable[[], KeyringNoteCipher] = KeyringNoteCipher,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._window = window
        self._cipher_factory = cipher_factory
        self._job = _KeyJob(self)
        self._job.done.connect(self._on_key_ready)
        self._then: Callable[[KeyringNoteCipher], None] | None = None
        self._cipher: KeyringNoteCipher | None = None
        self.ask_export_path: Callable[[], tuple[Path, ExportFormat] | None] = self._ask_export
        self.ask_include_notes: Callable[[], bool] = self._ask_include_notes
        self.ask_import_path: Callable[[], Path | None] = self._ask_import
        self.ask_import_notes: Callable[[], bool] = self._ask_import_notes

    # ------------------------------------------------------------------ export
    def export(self, has_notes: bool) -> None:
        choice = self.ask_export_path()
        if choice is None:
            return
        path, fmt = choice
        if has_notes and self.ask_include_notes():
            self._with_key(False, lambda cipher: self._export(path, fmt, cipher))
        else:
            self._export(path, fmt, None)

    def _export(self, path: Path, fmt: ExportFormat, cipher: KeyringNoteCipher | None) -> None:
        try:
            count = export_history(self._db, path, fmt, datetime.now(UTC), cipher)
        except HeardError as exc:
            self.reported.emit(f"Nothing was saved. {exc}")
            return
        notes = ", notes included in plain text" if cipher is not None else ""
        self.reported.emit(f"Saved {count} session(s) to {path}{notes}.")

    # ------------------------------------------------------------------ import
    def import_(self) -> None:
        path = self.ask_import_path()
        if path is None:
            return
        try:
            data = read_export(path)
        except ImportRejectedError as exc:
            self.reported.emit(f"Nothing was imported. {exc}")
            return
        if any(s.note is not None for s in data.sessions) and self.ask_import_notes():
            self._with_key(True, lambda cipher: self._import(data, cipher))
        else:
            self._import(data, None)

    def _import(self, data: ExportData, cipher: KeyringNoteCipher | None) -> None:
        try:
            result = import_history(self._db, data, cipher, skip_notes=cipher is None)
        except HeardError as exc:
            self.reported.emit(f"Nothing was imported. {exc}")
            return
        here = f", {result.already_here} were already here" if result.already_here else ""
        self.reported.emit(f"Imported {result.added} session(s){here}.")
        self.imported.emit(result.added)

    # ------------------------------------------------------------------ the key
    def _with_key(self, create: bool, then: Callable[[KeyringNoteCipher], None]) -> None:
        self._cipher = self._cipher_factory()
        self._then = then
        self.reported.emit("Waiting for your keyring…")
        self._job.start(self._cipher, create)

    def _on_key_ready(self, error: object) -> None:
        then, cipher, self._then = self._then, self._cipher, None
        if then is None or cipher is None:
            return
        if error is not None:
            reason = str(error) if isinstance(error, HeardError) else "the keyring failed"
            if not isinstance(error, HeardError):
                log.error("Keyring failure: %r", error)
            self.reported.emit(f"Notes cannot be unlocked: {reason} Nothing was changed.")
            return
        then(cipher)

    # ------------------------------------------------------------------ questions
    def _ask_export(self) -> tuple[Path, ExportFormat] | None:
        suggested = str(Path.home() / f"heard-history-{date.today():%Y-%m-%d}.json")
        name, chosen = QFileDialog.getSaveFileName(
            self._window, "Export the history", suggested, f"{JSON_FILTER};;{CSV_FILTER}"
        )
        if not name:
            return None
        fmt = (
            ExportFormat.CSV
            if chosen == CSV_FILTER or name.lower().endswith(".csv")
            else (ExportFormat.JSON)
        )
        return Path(name), fmt

    def _ask_include_notes(self) -> bool:
        answer = QMessageBox.question(
            self._window,
            "Include your private notes?",
            "Your notes would be unlocked and written into the file as plain text, readable"
            " by anyone who gets the file. Include them?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_import(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, "Import a history", str(Path.home()), JSON_FILTER
        )
        return Path(name) if name else None

    def _ask_import_notes(self) -> bool:
        answer = QMessageBox.question(
            self._window,
            "Import the private notes?",
            "This file holds private notes. Lock them with the key in your keyring and"
            " import them too?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes
