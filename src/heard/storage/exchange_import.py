"""Import a JSON export: whole, or not at all.

The whole file is validated first (exchange_format). Sessions whose uuid is already here
are skipped, so importing the same file twice adds nothing. Notes are sealed before the
database is touched, and everything is written in one transaction.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from heard.errors import NotesError
from heard.storage.db import Database, SqlValue
from heard.storage.exchange_format import (
    ExportData,
    ImportRejectedError,
    NoteCipher,
    SessionData,
    validate,
)

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_here: int
    notes: int


def parse_export(raw: bytes) -> ExportData:
    """Decode, parse and validate a JSON export; ImportRejectedError names the fault."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejectedError(f"byte {exc.start}: the file is not UTF-8 text") from None
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ImportRejectedError(f"{where}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ImportRejectedError("the file is nested too deeply to be a Heard export") from None
    return validate(data)


def _no_constant(name: str) -> object:
    raise json.JSONDecodeError(f"{name} is not allowed", name, 0)


def read_export(path: Path) -> ExportData:
    try:
        with path.open("rb") as source:
            raw = source.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ImportRejectedError(f"Cannot read {path}: {reason.lower()}.") from exc
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportRejectedError(f"{path} is larger than any Heard export could be.")
    return parse_export(raw)


def import_history(
    db: Database, data: ExportData, notes: NoteCipher | None, *, skip_notes: bool = False
) -> ImportResult:
    """Add the sessions of `data` that are not here yet, in one transaction."""
    here = {str(row[0]) for row in db.query_all("SELECT uuid FROM session")}
    new = [s for s in data.sessions if s.uuid not in here]
    known = here | {s.uuid for s in data.sessions}
    for s in new:
        if s.follow_up_of is not None and s.follow_up_of not in known:
            raise ImportRejectedError(
                f"sessions[{s.index}].follow_up_of: no session {s.follow_up_of} in the file"
                " or in this history"
            )
    sealed = {} if skip_notes else _seal_notes(new, notes)
    try:
        with db.transaction():
            ids = {s.uuid: _insert(db, s, sealed.get(s.uuid)) for s in new}
            _insert_children(db, new, ids)
            for s in new:
                if s.follow_up_of is not None:
                    target = ids.get(s.follow_up_of) or db.scalar(
                        "SELECT id FROM session WHERE uuid = ?", (s.follow_up_of,)
                    )
                    db.execute(
                        "UPDATE session SET follow_up_of = ? WHERE id = ?", (target, ids[s.uuid])
                    )
    except sqlite3.IntegrityError as exc:  # validation should make this unreachable
        raise ImportRejectedError(f"the database refused the file ({exc})") from exc
    log.info("Imported %d sessions (%d already here)", len(new), len(data.sessions) - len(new))
    return ImportResult(len(new), len(data.sessions) - len(new), len(sealed))


def _seal_notes(sessions: list[SessionData], cipher: NoteCipher | None) -> dict[str, bytes]:
    with_notes = [s for s in sessions if s.note is not None]
    if not with_notes:
        return {}
    if cipher is None:
        raise ImportRejectedError(
            "The file holds private notes, and notes cannot be locked here."
            " Import without them to bring in everything else."
        )
    sealed = {}
    for s in with_notes:
        assert s.note is not None
        try:
            sealed[s.uuid] = cipher.seal_note(s.note, s.uuid)
        except NotesError as exc:
            raise ImportRejectedError(
                f"The notes cannot be locked: {exc} Import without them to bring in the rest."
            ) from exc
    return sealed


def _insert(db: Database, s: SessionData, note: bytes | None) -> int:
    return db.insert(
        "INSERT INTO session (uuid, started_at, started_day, template, planned_s, actual_s,"
        " end_reason, phones_away, partner_a, partner_b, pause_cue_s, felt_heard_a,"
        " felt_heard_b, notes_ciphertext, updated_at, silences_held)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            s.uuid, s.started_at, s.started_day, s.template, s.planned_s, s.actual_s,
            s.end_reason, int(s.phones_away), s.partner_a, s.partner_b, s.pause_cue_s,
            s.felt_heard_a, s.felt_heard_b, note, s.updated_at, s.silences_held,
        ),
    )  # fmt: skip


def _insert_children(db: Database, sessions: list[SessionData], ids: dict[str, int]) -> None:
    turns: list[tuple[SqlValue, ...]] = []
    events: list[tuple[SqlValue, ...]] = []
    answers: list[tuple[SqlValue, ...]] = []
    for s in sessions:
        sid = ids[s.uuid]
        for t in s.turns:
            honoured = None if t.pause_honoured is None else int(t.pause_honoured)
            turns.append(
                (sid, t.seq, t.speaker, t.start_ms, t.end_ms, t.wants, honoured, t.reflection,
                 int(t.pause_measured))
            )  # fmt: skip
        events += [(sid, e.at_ms, e.kind, e.detail) for e in s.events]
        answers += [(sid, item, int(checked)) for item, checked in s.checklist]
    db.executemany(
        "INSERT INTO turn (session_id, seq, speaker, start_ms, end_ms, wants, pause_honoured,"
        " reflection, pause_measured) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        turns,
    )
    db.executemany(
        "INSERT INTO event (session_id, at_ms, kind, detail) VALUES (?, ?, ?, ?)", events
    )
    db.executemany(
        "INSERT INTO checklist_answer (session_id, item_id, checked) VALUES (?, ?, ?)", answers
    )


def import_file(
    db: Database, path: Path, notes: NoteCipher | None, *, skip_notes: bool = False
) -> ImportResult:
    return import_history(db, read_export(path), notes, skip_notes=skip_notes)
