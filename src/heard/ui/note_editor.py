"""The private note of one session: written, locked, opened again. Never stored unlocked.

A new note is locked with the key in the OS keyring, fetched off the GUI thread the first
time someone types. If the keyring is missing, locked or refuses, the editor says so and
offers a passphrase for this session only, or no note. A stored note is opened with the
keyring key or its passphrase; a note that cannot be opened is left exactly as it is.
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from heard.errors import (
    KeyringTimeoutError,
    NoteKeyMissingError,
    NotesError,
    TamperedNoteError,
    WrongPassphraseError,
)
from heard.storage import crypto
from heard.storage.crypto import NoteKey, NoteMode
from heard.storage.keyring_store import KeyringStore
from heard.storage.post_session import KEEP, KeepOr
from heard.ui.background import KEYRING_TIMEOUT_MS, BackgroundCall
from heard.ui.calm_style import button, label

log = logging.getLogger(__name__)


class NoteState(enum.Enum):
    NEW = "new"  # nothing asked yet; typing asks the keyring
    UNLOCKING = "unlocking"  # waiting for the keyring
    DERIVING = "deriving"  # scrypt is turning a passphrase into a key
    READY = "ready"  # a key is in hand: the text can be saved
    NEEDS_CHOICE = "needs_choice"  # no keyring for a new note: passphrase or no note?
    NO_NOTE = "no_note"
    LOCKED = "locked"  # a stored passphrase note, waiting for its passphrase
    UNREADABLE = "unreadable"  # a stored note that cannot be opened (kept as it is)


class _NoteText(QPlainTextEdit):
    """A text box that asks for little height, so the screen fits without scrolling; it
    still grows into any room the layout has."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 110)


class NoteEditor(QWidget):
    state_changed = Signal(object)  # NoteState

    def __init__(
        self,
        keys: KeyringStore,
        *,
        keyring_timeout_ms: int = KEYRING_TIMEOUT_MS,
        scrypt_cost_log2: int = crypto.DEFAULT_COST_LOG2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self._keys = keys
        self._cost = scrypt_cost_log2
        self._uuid = ""
        self._stored: bytes | None = None
        self._opened_text: str | None = None
        self._key: NoteKey | None = None
        self.state = NoteState.NEW
        self.passphrase_dialog: QWidget | None = None
        self._worker = BackgroundCall(
            "note-keyring", keyring_timeout_ms, KeyringTimeoutError, parent=self
        )
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)

        self.title = label(self.tr("A private note"), "subheading", name="note_title")
        self.text = _NoteText()
        self.text.setObjectName("note_text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Optional. Anything you want to remember from today."))
        self.text.setAccessibleName(self.tr("Private note"))
        self.text.setAccessibleDescription(
            self.tr("Optional. Locked before it is saved, and kept on this computer only.")
        )
        self.text.setMinimumHeight(90)
        self.text.textChanged.connect(self._on_text_changed)
        self.status = label("", "status", name="note_status")
        self.problem = label("", "problem", name="note_problem")
        self.problem.setAccessibleName(self.tr("Note problem"))

        self.passphrase_button = button(
            self.tr("Use a passphrase…"),
            "note_passphrase",
            self.tr("Lock or open this note with a passphrase instead of the keyring"),
        )
        self.retry_button = button(
            self.tr("Retry the keyring"), "note_retry", self.tr("Ask the keyring once more")
        )
        self.no_note_button = button(
            self.tr("Leave it out"), "note_none", self.tr("Save this session without a note")
        )
        self.write_button = button(
            self.tr("Write a note after all"), "note_write", self.tr("Open the note box again")
        )
        self.passphrase_button.clicked.connect(self._on_passphrase_clicked)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.no_note_button.clicked.connect(self._on_no_note_clicked)
        self.write_button.clicked.connect(self._on_write_clicked)

        actions = QHBoxLayout()
        for widget in (
            self.passphrase_button,
            self.retry_button,
            self.no_note_button,
            self.write_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.text, 1)
        column.addWidget(self.problem)
        column.addWidget(self.status)
        column.addLayout(actions)
        self._set_state(NoteState.NEW)

    # ------------------------------------------------------------------ public API
    def start_new(self, session_uuid: str) -> None:
        """An empty note for a session that has none."""
        self._reset(session_uuid, None)
        self._set_state(NoteState.NEW)

    def load(self, session_uuid: str, stored: bytes | None) -> None:
        """Show a session's stored note (opening it in the background), or an empty one."""
        if stored is None:
            self.start_new(session_uuid)
            return
        self._reset(session_uuid, stored)
        try:
            header = crypto.read_header(stored)
        except TamperedNoteError as exc:
            self._set_state(NoteState.UNREADABLE, str(exc))
            return
        if header.mode is NoteMode.PASSPHRASE:
            self._set_state(NoteState.LOCKED)
        else:
            self._open_with_keyring()

    def outcome(self) -> bytes | KeepOr | None:
        """What to store: sealed bytes, None (the note was emptied), or KEEP."""
        if self.state is not NoteState.READY or self._key is None:
            return KEEP
        text = self.text.toPlainText()
        if text == (self._opened_text or "") or (not text.strip() and self._stored is None):
            return KEEP
        if not text.strip():
            return None
        return crypto.seal(text, self._key, self._uuid)

    @property
    def needs_attention(self) -> bool:
        """Typed text that cannot be saved yet (no key chosen, or still unlocking)."""
        waiting = (NoteState.NEEDS_CHOICE, NoteState.UNLOCKING, NoteState.DERIVING)
        return self.state in waiting and bool(self.text.toPlainText().strip())

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def cancel(self) -> None:
        """Stop waiting for the keyring (the window is closing)."""
        self._worker.cancel()

    # ------------------------------------------------------------------ keyring and keys
    def _reset(self, session_uuid: str, stored: bytes | None) -> None:
        self._worker.cancel()
        self._uuid, self._stored = session_uuid, stored
        self._opened_text, self._key = None, None
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)

    def _ask_keyring_for_new_key(self) -> None:
        keys = self._keys
        self._set_state(NoteState.UNLOCKING)
        self._worker.run(lambda: (keys.load_key(create=True), None))

    def _open_with_keyring(self) -> None:
        keys, stored, uuid = self._keys, self._stored, self._uuid
        assert stored is not None

        def work() -> tuple[NoteKey, str]:
            key = keys.load_key(create=False)
            if key is None:
                raise NoteKeyMissingError()
            return key, crypto.unseal(stored, key, uuid)

        self._set_state(NoteState.UNLOCKING)
        self._worker.run(work)

    def _derive(self, passphrase: str) -> None:
        stored, uuid, cost = self._stored, self._uuid, self._cost

        def work() -> tuple[NoteKey, str | None]:
            if stored is None:
                return crypto.passphrase_key(passphrase, cost_log2=cost), None
            key = crypto.passphrase_key_for(stored, passphrase)
            return key, crypto.unseal(stored, key, uuid)

        self._set_state(NoteState.DERIVING)
        self._worker.run(work)

    def _on_worker_succeeded(self, result: object) -> None:
        assert isinstance(result, tuple)
        key, text = result
        assert isinstance(key, NoteKey)
        self._key = key
        if isinstance(text, str):
            self._opened_text = text
            self.text.blockSignals(True)
            self.text.setPlainText(text)
            self.text.blockSignals(False)
        self._set_state(NoteState.READY)

    def _on_worker_failed(self, error: object) -> None:
        message = str(error) if isinstance(error, NotesError) else self._unexpected(error)
        final = (TamperedNoteError, NoteKeyMissingError, WrongPassphraseError)
        retryable = isinstance(error, NotesError) and not isinstance(error, final)
        if self._stored is None:
            self._set_state(NoteState.NEEDS_CHOICE, message)
        elif self.state is NoteState.DERIVING and not isinstance(error, TamperedNoteError):
            self._set_state(NoteState.LOCKED, message)
        else:
            self._set_state(NoteState.UNREADABLE, message, retryable=retryable)

    def _unexpected(self, error: object) -> str:
        log.error("Unexpected failure with a note: %r", error)
        return self.tr("Something went wrong with the note; nothing was changed.")

    # ------------------------------------------------------------------ user intents
    def _on_text_changed(self) -> None:
        if self.state is NoteState.NEW and self.text.toPlainText().strip():
            self._ask_keyring_for_new_key()
        self.state_changed.emit(self.state)

    def _on_passphrase_clicked(self) -> None:
        from heard.ui.passphrase_dialog import PassphraseDialog

        problem = self.problem.text() if self.state is NoteState.LOCKED else ""
        dialog = PassphraseDialog(create=self._stored is None, problem=problem, parent=self)
        dialog.accepted.connect(lambda: self._derive(dialog.value()))
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def _on_retry_clicked(self) -> None:
        if self._stored is None:
            self._ask_keyring_for_new_key()
        else:
            self._open_with_keyring()

    def _on_no_note_clicked(self) -> None:
        self._worker.cancel()
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._set_state(NoteState.NO_NOTE)

    def _on_write_clicked(self) -> None:
        self._set_state(NoteState.NEW)
        self.text.setFocus()

    # ------------------------------------------------------------------ rendering
    def _set_state(self, state: NoteState, problem: str = "", *, retryable: bool = False) -> None:
        self.state = state
        new = self._stored is None
        passphrase = self._key is not None and self._key.mode is NoteMode.PASSPHRASE
        status = {
            NoteState.NEW: self.tr("It is locked with a key kept in your keyring before saving."),
            NoteState.UNLOCKING: self.tr("Unlocking your keyring…"),
            NoteState.DERIVING: self.tr("Checking the passphrase…"),
            NoteState.READY: self.tr("Locked with a passphrase, for this session only.")
            if passphrase
            else self.tr("Locked with the key in your keyring."),
            NoteState.NEEDS_CHOICE: self.tr(
                "Lock it with a passphrase instead, or leave it out."
                " Heard never saves a note unlocked."
            ),
            NoteState.NO_NOTE: self.tr("No note for this session."),
            NoteState.LOCKED: self.tr("This note is locked with a passphrase."),
            NoteState.UNREADABLE: "",
        }[state]
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        shown = (NoteState.NEW, NoteState.READY, NoteState.NEEDS_CHOICE)
        self.text.setVisible(state in shown or (new and state is not NoteState.NO_NOTE))
        self.text.setReadOnly(state not in shown and not new)
        self.passphrase_button.setText(
            self.tr("Use a passphrase…") if new else self.tr("Open with the passphrase…")
        )
        self.passphrase_button.setAccessibleName(self.passphrase_button.text().rstrip("…"))
        self.passphrase_button.setVisible(state in (NoteState.NEEDS_CHOICE, NoteState.LOCKED))
        self.retry_button.setVisible(state is NoteState.NEEDS_CHOICE or retryable)
        self.no_note_button.setVisible(new and state is NoteState.NEEDS_CHOICE)
        self.write_button.setVisible(state is NoteState.NO_NOTE)
        self.state_changed.emit(state)
