"""What a couple keeps after a session: the check-in, the checklist, the sealed note, and
the link from a 'Try that again' session back to the one it repairs.

Saving is one transaction: all of it lands, or none of it. Notes arrive here already sealed
(heard.storage.crypto); plain text never reaches this module.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from heard.core.checklist import SCALE
from heard.errors import NoteKeyMissingError, NotesError, SessionNotFoundError
from heard.storage import crypto
from heard.storage.db import Database
from heard.storage.keyring_store import KeyringStore
from heard.storage.repository import SessionRepository

log = logging.getLogger(__name__)


class Keep(enum.Enum):
    """Leave this part as it is stored."""

    KEEP = "keep"


KEEP: Final = Keep.KEEP
KeepOr = Literal[Keep.KEEP]


@dataclass(frozen=True)
class PostSessionRecord:
    session_id: int
    uuid: str
    partner_a: str
    partner_b: str
    felt_heard_a: int | None
    felt_heard_b: int | None
    checklist: Mapping[str, bool]
    """Empty when the checklist was skipped."""
    notes_ciphertext: bytes | None
    follow_up_of: int | None


@dataclass(frozen=True)
class PostSessionAnswers:
    """A save request. KEEP leaves a part untouched."""

    felt_heard: tuple[int | None, int | None] | KeepOr = KEEP
    checklist: Mapping[str, bool] | KeepOr = KEEP
    note: bytes | KeepOr | None = KEEP
    """Sealed note bytes; None removes the note."""


class PostSessionStore:
    def __init__(self, db: Database, repository: SessionRepository) -> None:
        self._db = db
        self._repo = repository

    @property
    def repository(self) -> SessionRepository:
        return self._repo

    def load(self, session_id: int) -> PostSessionRecord:
        record = self._repo.get_session(session_id)
        return PostSessionRecord(
            session_id=record.id,
            uuid=record.uuid,
            partner_a=record.partner_a or "Partner A",
            partner_b=record.partner_b or "Partner B",
            felt_heard_a=record.felt_heard_a,
            felt_heard_b=record.felt_heard_b,
            checklist=self._repo.checklist(session_id),
            notes_ciphertext=record.notes_ciphertext,
            follow_up_of=self.follow_up_of(session_id),
        )

    def save(self, session_id: int, answers: PostSessionAnswers) -> None:
        """Write every part that is not KEEP, atomically."""
        if answers.felt_heard is not KEEP:
            for value in answers.felt_heard:
                if value is not None and value not in SCALE:
                    raise ValueError(f"a check-in answer is 1 to 5, got {value}")
        with self._repo.transaction():
            if answers.felt_heard is not KEEP:
                self._repo.set_check_in(session_id, *answers.felt_heard)
            if answers.checklist is not KEEP:
                self._repo.set_checklist(session_id, answers.checklist)
            if answers.note is not KEEP:
                self._repo.set_notes_ciphertext(session_id, answers.note)
        log.info("Saved the after-session answers of session %d", session_id)

    def link_follow_up(self, session_id: int, follow_up_of: int) -> None:
        """Mark `session_id` as the 'Try that again' of `follow_up_of`."""
        if session_id == follow_up_of:
            raise ValueError("a session cannot follow up on itself")
        with self._db.transaction():
            if self._db.query_one("SELECT 1 FROM session WHERE id = ?", (follow_up_of,)) is None:
                raise SessionNotFoundError(follow_up_of)
            changed = self._db.execute(
                "UPDATE session SET follow_up_of = ? WHERE id = ?", (follow_up_of, session_id)
            )
            if changed == 0:
                raise SessionNotFoundError(session_id)

    def follow_up_of(self, session_id: int) -> int | None:
        value = self._db.scalar("SELECT follow_up_of FROM session WHERE id = ?", (session_id,))
        return value if isinstance(value, int) else None

    def follow_ups(self, session_id: int) -> list[int]:
        """Sessions started with 'Try that again' from this one, oldest first."""
        rows = self._db.query_all(
            "SELECT id FROM session WHERE follow_up_of = ? ORDER BY started_at, id", (session_id,)
        )
        return [int(row["id"]) for row in rows]


def open_note_with_keyring(keys: KeyringStore, sealed: bytes, session_uuid: str) -> str:
    """The text of a keyring-locked note, for read-only views (History's details).
    Blocking (the keyring may prompt): call it off the GUI thread. Raises a NotesError with
    a plain message, including for a note that needs its passphrase (PostSessionEditor
    asks for that)."""
    if crypto.read_header(sealed).mode is crypto.NoteMode.PASSPHRASE:
        raise NotesError(
            "This note is locked with a passphrase. Edit this session's answers to type it."
        )
    key = keys.load_key(create=False)
    if key is None:
        raise NoteKeyMissingError()
    return crypto.unseal(sealed, key, session_uuid)
