"""Export the history to JSON (everything, for another computer) or CSV (for spreadsheets).

Only finished sessions are exported (a running one, or one waiting for crash recovery, is
left out). Private notes are exported only when a NoteCipher is given, and then opened, as
plain text: the caller must have asked the user. Files are written to a private (0600)
temporary sibling, flushed and renamed, so a failed export leaves no half-written file.
Import lives in exchange_import.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from heard import __version__
from heard.errors import HeardError, NotesError
from heard.storage.db import Database, SqlValue
from heard.storage.exchange_format import FORMAT, VERSION, NoteCipher
from heard.storage.records import to_utc_text

log = logging.getLogger(__name__)


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"


class ExportError(HeardError):
    """The export could not be written; no file was left behind."""


# --------------------------------------------------------------------------- export


def export_document(db: Database, now: datetime, notes: NoteCipher | None = None) -> dict[str, Any]:
    """Every finished session as the JSON export's dict. `notes`: include notes, opened."""
    rows = db.query_all(
        "SELECT s.*, f.uuid AS follow_up_uuid FROM session AS s"
        " LEFT JOIN session AS f ON f.id = s.follow_up_of AND f.end_reason IS NOT NULL"
        " WHERE s.end_reason IS NOT NULL ORDER BY s.started_at, s.id"
    )
    children = _children(db)
    sessions = []
    for row in rows:
        turns, events, checklist = (children[part].get(row["id"], []) for part in range(3))
        session: dict[str, Any] = {
            "uuid": row["uuid"],
            "started_at": row["started_at"],
            "started_day": row["started_day"],
            "template": row["template"],
            "planned_s": row["planned_s"],
            "actual_s": float(row["actual_s"]),
            "end_reason": row["end_reason"],
            "phones_away": bool(row["phones_away"]),
            "partner_a": row["partner_a"],
            "partner_b": row["partner_b"],
            "pause_cue_s": row["pause_cue_s"],
            "felt_heard_a": row["felt_heard_a"],
            "felt_heard_b": row["felt_heard_b"],
            "updated_at": row["updated_at"],
            "follow_up_of": row["follow_up_uuid"],
            "turns": [
                dict(zip(_TURN_KEYS, (*t[:5], _bool_or_none(t[5]), t[6], bool(t[7])), strict=True))
                for t in turns
            ],
            "events": [dict(zip(("at_ms", "kind", "detail"), e, strict=True)) for e in events],
            "checklist": [{"item_id": item, "checked": bool(on)} for item, on in checklist],
            "silences_held": row["silences_held"],
        }
        if notes is not None:
            session["note"] = _open_note(notes, row["notes_ciphertext"], row["uuid"], row)
        sessions.append(session)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_utc_text(now),
        "app_version": __version__,
        "notes_included": notes is not None,
        "sessions": sessions,
    }


_TURN_KEYS = (
    "seq", "speaker", "start_ms", "end_ms", "wants", "pause_honoured", "reflection",
    "pause_measured",
)  # fmt: skip


def _children(db: Database) -> list[dict[int, list[tuple[Any, ...]]]]:
    """Turns, events and checklist answers of finished sessions, by session id."""
    finished = "session_id IN (SELECT id FROM session WHERE end_reason IS NOT NULL)"
    queries = (
        f"SELECT session_id, {', '.join(_TURN_KEYS)} FROM turn WHERE {finished}"
        " ORDER BY session_id, seq",
        f"SELECT session_id, at_ms, kind, detail FROM event WHERE {finished}"
        " ORDER BY session_id, at_ms, id",
        f"SELECT session_id, item_id, checked FROM checklist_answer WHERE {finished}"
        " ORDER BY session_id, item_id",
    )
    parts: list[dict[int, list[tuple[Any, ...]]]] = []
    for sql in queries:
        grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for row in db.query_all(sql):
            grouped[row[0]].append(tuple(row)[1:])
        parts.append(grouped)
    return parts


def _bool_or_none(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _open_note(cipher: NoteCipher, blob: bytes | None, uuid: str, row: sqlite3.Row) -> str | None:
    if blob is None:
        return None
    try:
        return cipher.open_note(blob, uuid)
    except NotesError as exc:
        raise ExportError(f"The note of the session of {row['started_day']}: {exc}") from exc


CSV_COLUMNS = (
    "uuid", "day", "started_at", "template", "planned_min", "minutes", "end_reason",
    "phones_away", "partner_a", "partner_b", "turns", "talk_a_min", "talk_b_min",
    "talk_share_a_pct", "pauses_honoured", "pauses_total", "felt_heard_a", "felt_heard_b",
)  # fmt: skip


def write_csv(document: dict[str, Any], out: TextIO) -> None:
    """One row per session, for spreadsheets (not for import)."""
    with_notes = bool(document["notes_included"])
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow((*CSV_COLUMNS, "note") if with_notes else CSV_COLUMNS)
    for s in document["sessions"]:
        talk = {"a": 0, "b": 0}
        honoured = total = 0
        for turn in s["turns"]:
            talk[turn["speaker"]] += turn["end_ms"] - turn["start_ms"]
            if turn["pause_honoured"] is not None:
                total += 1
                honoured += int(turn["pause_honoured"])
        both = talk["a"] + talk["b"]
        row: list[SqlValue] = [
            s["uuid"], s["started_day"], s["started_at"], _cell(s["template"]),
            round(s["planned_s"] / 60, 2), round(s["actual_s"] / 60, 2), s["end_reason"],
            "yes" if s["phones_away"] else "no", _cell(s["partner_a"]), _cell(s["partner_b"]),
            len(s["turns"]), round(talk["a"] / 60_000, 2), round(talk["b"] / 60_000, 2),
            "" if both == 0 else round(100 * talk["a"] / both), honoured, total,
            s["felt_heard_a"], s["felt_heard_b"],
        ]  # fmt: skip
        if with_notes:
            row.append(_cell(s["note"]))
        writer.writerow(["" if value is None else value for value in row])


def _cell(text: str | None) -> str | None:
    """Text a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def export_history(
    db: Database,
    target: Path | TextIO,
    fmt: ExportFormat,
    now: datetime,
    notes: NoteCipher | None = None,
) -> int:
    """Write the export to a file (atomically) or a stream; return the sessions written."""
    document = export_document(db, now, notes)

    def write(out: TextIO) -> None:
        if fmt is ExportFormat.JSON:
            json.dump(document, out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            write_csv(document, out)

    if isinstance(target, Path):
        _write_atomically(target, write)
    else:
        write(target)
    log.info("Exported %d sessions as %s", len(document["sessions"]), fmt.value)
    return len(document["sessions"])


def _write_atomically(path: Path, write: Callable[[TextIO], None]) -> None:
    path = path.absolute()
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=".heard-export-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        Path(temp).replace(path)
        temp = None
    except OSError as exc:
        reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror
        raise ExportError(f"Cannot write {path}: {(reason or str(exc)).lower()}.") from exc
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
