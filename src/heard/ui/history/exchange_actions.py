"""Export and import from History: ask for a file, ask about notes, do it, say how it went.

The keyring may prompt, so when notes are involved the key is fetched first on a daemon
thread (KeyringNoteCipher caches it). Reading, checking and writing files and the database
work all run on a background thread too, with a connection of its own (SQLite's WAL lets it
read beside the app's, and a write waits for the other's): ten years of history take a
second or more, and the window must never freeze for work that grows with the history
(DESIGN.md). Questions go through the `ask_*` attributes (tests replace them).
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
from heard.storage.exchange_format import ExportData
from heard.storage.exchange_import import import_history, read_export
from heard.storage.note_cipher import KeyringNoteCipher
from heard.ui.background import BackgroundCall
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill

log = logging.getLogger(__name__)

JSON_FILTER = QT_TRANSLATE_NOOP("ExchangeActions", "Heard export, everything (*.json)")
CSV_FILTER = QT_TRANSLATE_NOOP("ExchangeActions", "Spreadsheet, one row per session (*.csv)")
"""Untranslated; shown through self.tr() (context ExchangeActions)."""


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


def _export_work(
    db_path: Path, path: Path, fmt: ExportFormat, cipher: KeyringNoteCipher | None
) -> int:
    db = Database.open(db_path)
    try:
        return export_history(db, path, fmt, datetime.now(UTC), cipher)
    finally:
        db.close()


def _import_work(db_path: Path, data: ExportData, cipher: KeyringNoteCipher | None) -> object:
    db = Database.open(db_path)
    try:
        return import_history(db, data, cipher, skip_notes=cipher is None)
    finally:
        db.close()


class ExchangeActions(QObject):
    reported = Signal(str)  # one line about what happened
    imported = Signal(int)  # sessions added
    busy_changed = Signal(bool)  # True while a file is read or written

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
        self._worker = BackgroundCall("history-exchange", 0, lambda: HeardError(""), self)
        self._worker.busy_changed.connect(self.busy_changed)
        self._worker.succeeded.connect(self._on_worker_done)
        self._worker.failed.connect(self._on_worker_failed)
        self._done: Callable[[object], None] | None = None
        self._failed_text = ""
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

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def _export(self, path: Path, fmt: ExportFormat, cipher: KeyringNoteCipher | None) -> None:
        def saved(count: object) -> None:
            if cipher is not None:
                text = self.tr("Saved %1 session(s) to %2, notes included in plain text.")
            else:
                text = self.tr("Saved %1 session(s) to %2.")
            self.reported.emit(fill(text, count, path))

        self.reported.emit(self.tr("Saving the history…"))
        db_path = self._db.path
        self._start(lambda: _export_work(db_path, path, fmt, cipher), saved,
                    self.tr("Nothing was saved. %1"))  # fmt: skip

    # ------------------------------------------------------------------ import
    def import_(self) -> None:
        path = self.ask_import_path()
        if path is None:
            return
        self.reported.emit(self.tr("Reading the file…"))
        self._start(lambda: read_export(path), self._on_read, self.tr("Nothing was imported. %1"))

    def _on_read(self, data: object) -> None:
        assert isinstance(data, ExportData)
        if any(s.note is not None for s in data.sessions) and self.ask_import_notes():
            self._with_key(True, lambda cipher: self._import(data, cipher))
        else:
            self._import(data, None)

    def _import(self, data: ExportData, cipher: KeyringNoteCipher | None) -> None:
        def added(result: object) -> None:
            already, count = getattr(result, "already_here", 0), getattr(result, "added", 0)
            if already:
                text = self.tr("Imported %1 session(s), %2 were already here.")
            else:
                text = self.tr("Imported %1 session(s).")
            self.reported.emit(fill(text, count, already))
            self.imported.emit(count)

        self.reported.emit(self.tr("Importing…"))
        db_path = self._db.path
        self._start(lambda: _import_work(db_path, data, cipher), added,
                    self.tr("Nothing was imported. %1"))  # fmt: skip

    # ------------------------------------------------------------------ the worker
    def _start(
        self, work: Callable[[], object], done: Callable[[object], None], failed_text: str
    ) -> None:
        self._done, self._failed_text = done, failed_text
        self._worker.run(work)

    def _on_worker_done(self, result: object) -> None:
        done, self._done = self._done, None
        if done is not None:
            done(result)

    def _on_worker_failed(self, error: object) -> None:
        self._done = None
        if isinstance(error, HeardError):  # ImportRejectedError too: the fault, named
            self.reported.emit(fill(self._failed_text, error))
        else:
            log.error("History exchange failed: %r", error)
            self.reported.emit(fill(self._failed_text, self.tr("Something went wrong.")))

    # ------------------------------------------------------------------ the key
    def _with_key(self, create: bool, then: Callable[[KeyringNoteCipher], None]) -> None:
        self._cipher = self._cipher_factory()
        self._then = then
        self.reported.emit(self.tr("Waiting for your keyring…"))
        self._job.start(self._cipher, create)

    def _on_key_ready(self, error: object) -> None:
        then, cipher, self._then = self._then, self._cipher, None
        if then is None or cipher is None:
            return
        if error is not None:
            reason = str(error) if isinstance(error, HeardError) else self.tr("the keyring failed")
            if not isinstance(error, HeardError):
                log.error("Keyring failure: %r", error)
            self.reported.emit(
                fill(self.tr("Notes cannot be unlocked: %1 Nothing was changed."), reason)
            )
            return
        then(cipher)

    # ------------------------------------------------------------------ questions
    def _ask_export(self) -> tuple[Path, ExportFormat] | None:
        suggested = str(Path.home() / f"heard-history-{date.today():%Y-%m-%d}.json")
        csv_filter = self.tr(CSV_FILTER)
        name, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the history"),
            suggested,
            f"{self.tr(JSON_FILTER)};;{csv_filter}",
        )
        if not name:
            return None
        fmt = (
            ExportFormat.CSV
            if chosen == csv_filter or name.lower().endswith(".csv")
            else (ExportFormat.JSON)
        )
        return Path(name), fmt

    def _ask_include_notes(self) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Include your private notes?"),
            self.tr(
                "Your notes would be unlocked and written into the file as plain text, readable"
                " by anyone who gets the file. Include them?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_import(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import a history"), str(Path.home()), self.tr(JSON_FILTER)
        )
        return Path(name) if name else None

    def _ask_import_notes(self) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Import the private notes?"),
            self.tr(
                "This file holds private notes. Lock them with the key in your keyring and"
                " import them too?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes
