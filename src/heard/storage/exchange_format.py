"""The Heard export file (JSON, version 1) and its validation.

    {"format": "heard-export", "version": 1, "exported_at": "...Z", "app_version": "0.1.0",
     "notes_included": false,
     "sessions": [{"uuid": ..., "started_at": ..., ..., "turns": [...], "events": [...],
                   "checklist": [{"item_id": ..., "checked": true}], "note": "only if included"}]}

`validate()` turns parsed JSON into typed records or raises ImportRejectedError naming the
first fault by its path, e.g. `sessions[12].turns[3].end_ms: must be ≥ start_ms (61000)`.
Unknown fields are faults too, so whatever is accepted is stored exactly.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from heard.core.model import EndReason, EventKind, Wants
from heard.errors import HeardError

FORMAT = "heard-export"
VERSION = 1
MAX_MS = 7 * 24 * 3600 * 1000
"""No session lasts a week: larger session-clock times are impossible."""
MAX_TEXT = 10_000
UTC_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
DAY_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EXAMPLE_UUID = "3f2b8c1e-5d4a-4c6b-9e8f-1a2b3c4d5e6f"

T = TypeVar("T")


class ImportRejectedError(HeardError):
    """The file cannot be imported; nothing was written. The message names the fault."""


class NoteCipher(Protocol):
    """Opens and seals private notes (heard.storage.note_cipher has the keyring one)."""

    def open_note(self, blob: bytes, session_uuid: str) -> str: ...

    def seal_note(self, text: str, session_uuid: str) -> bytes: ...


@dataclass(frozen=True)
class TurnData:
    seq: int
    speaker: str
    start_ms: int
    end_ms: int
    wants: str
    pause_honoured: bool | None
    reflection: str | None
    pause_measured: bool = False
    """Listening ears heard the cue (rather than the couple telling): see heard.core.listening."""


@dataclass(frozen=True)
class EventData:
    at_ms: int
    kind: str
    detail: str


@dataclass(frozen=True)
class SessionData:
    index: int
    """Position in the file's session list (for messages)."""
    uuid: str
    started_at: str
    started_day: str
    template: str
    planned_s: int
    actual_s: float
    end_reason: str
    phones_away: bool
    partner_a: str | None
    partner_b: str | None
    pause_cue_s: int | None
    felt_heard_a: int | None
    felt_heard_b: int | None
    updated_at: str | None
    follow_up_of: str | None
    note: str | None
    turns: tuple[TurnData, ...]
    events: tuple[EventData, ...]
    checklist: tuple[tuple[str, bool], ...]
    silences_held: int | None = None
    """Held silences counted by listening ears (None: they were not on)."""


@dataclass(frozen=True)
class ExportData:
    notes_included: bool
    sessions: tuple[SessionData, ...]


_TOP = {"format", "version", "exported_at", "app_version", "notes_included", "sessions"}
_SESSION = {
    "uuid", "started_at", "started_day", "template", "planned_s", "actual_s", "end_reason",
    "phones_away", "partner_a", "partner_b", "pause_cue_s", "felt_heard_a", "felt_heard_b",
    "updated_at", "follow_up_of", "turns", "events", "checklist", "silences_held",
}  # fmt: skip
_TURN = {
    "seq", "speaker", "start_ms", "end_ms", "wants", "pause_honoured", "reflection",
    "pause_measured",
}  # fmt: skip
LISTENING_FIELDS = frozenset({"silences_held", "pause_measured"})
"""Added with listening ears; files written before them have neither (same version)."""


def fail(path: str, problem: str) -> ImportRejectedError:
    return ImportRejectedError(f"{path or 'the file'}: {problem}")


def validate(data: object) -> ExportData:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise fail("format", f'must be "{FORMAT}" (this is not a Heard export)')
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        raise fail("version", f"this Heard reads version {VERSION}, the file has {version!r}")
    top = _object(data, "", _TOP)
    _utc(top["exported_at"], "exported_at")
    _text(top["app_version"], "app_version", 1, 100)
    notes = _bool(top["notes_included"], "notes_included")
    raw_sessions = _list(top["sessions"], "sessions")
    seen: dict[str, int] = {}
    sessions = []
    for index, raw in enumerate(raw_sessions):
        session = _session(raw, index, notes)
        if session.uuid in seen:
            raise fail(f"sessions[{index}].uuid", f"duplicate of sessions[{seen[session.uuid]}]")
        seen[session.uuid] = index
        sessions.append(session)
    for session in sessions:
        target = session.follow_up_of
        if target == session.uuid:
            raise fail(f"sessions[{session.index}].follow_up_of", "a session cannot follow itself")
    return ExportData(notes, tuple(sessions))


def _session(raw: object, index: int, notes: bool) -> SessionData:
    at = f"sessions[{index}]"
    fields = _SESSION | {"note"} if notes else _SESSION
    s = _object(raw, at, fields, optional={"note", "silences_held"})
    started_at = _utc(s["started_at"], f"{at}.started_at")
    day = _day(s["started_day"], f"{at}.started_day")
    if abs((day - datetime.fromisoformat(started_at[:-1]).date()).days) > 1:
        raise fail(f"{at}.started_day", f"must be the local day of started_at ({started_at})")
    raw_turns = _list(s["turns"], f"{at}.turns")
    turns = tuple(_turn(turn, f"{at}.turns[{i}]") for i, turn in enumerate(raw_turns))
    seqs: dict[int, int] = {}
    for i, turn in enumerate(turns):
        if turn.seq in seqs:
            raise fail(f"{at}.turns[{i}].seq", f"duplicate of turns[{seqs[turn.seq]}]")
        seqs[turn.seq] = i
    items: dict[str, int] = {}
    checklist = []
    for i, raw_item in enumerate(_list(s["checklist"], f"{at}.checklist")):
        where = f"{at}.checklist[{i}]"
        item = _object(raw_item, where, {"item_id", "checked"})
        item_id = _text(item["item_id"], f"{where}.item_id", 1, 200)
        if item_id in items:
            raise fail(f"{where}.item_id", f"duplicate of checklist[{items[item_id]}]")
        items[item_id] = i
        checklist.append((item_id, _bool(item["checked"], f"{where}.checked")))
    raw_events = _list(s["events"], f"{at}.events")
    events = tuple(_event(event, f"{at}.events[{i}]") for i, event in enumerate(raw_events))
    return SessionData(
        index=index,
        uuid=_uuid(s["uuid"], f"{at}.uuid"),
        started_at=started_at,
        started_day=day.isoformat(),
        template=_text(s["template"], f"{at}.template", 1, 200),
        planned_s=_int(s["planned_s"], f"{at}.planned_s", 1, MAX_MS // 1000),
        actual_s=_number(s["actual_s"], f"{at}.actual_s", 0, MAX_MS // 1000),
        end_reason=_choice(s["end_reason"], f"{at}.end_reason", [r.value for r in EndReason]),
        phones_away=_bool(s["phones_away"], f"{at}.phones_away"),
        partner_a=_optional(s["partner_a"], lambda v: _text(v, f"{at}.partner_a", 0, 200)),
        partner_b=_optional(s["partner_b"], lambda v: _text(v, f"{at}.partner_b", 0, 200)),
        pause_cue_s=_optional(s["pause_cue_s"], lambda v: _int(v, f"{at}.pause_cue_s", 1, 60)),
        felt_heard_a=_optional(s["felt_heard_a"], lambda v: _int(v, f"{at}.felt_heard_a", 1, 5)),
        felt_heard_b=_optional(s["felt_heard_b"], lambda v: _int(v, f"{at}.felt_heard_b", 1, 5)),
        updated_at=_optional(s["updated_at"], lambda v: _utc(v, f"{at}.updated_at")),
        follow_up_of=_optional(s["follow_up_of"], lambda v: _uuid(v, f"{at}.follow_up_of")),
        note=_optional(s.get("note"), lambda v: _text(v, f"{at}.note", 0, 1_000_000)),
        turns=turns,
        events=events,
        checklist=tuple(checklist),
        silences_held=_optional(
            s.get("silences_held"), lambda v: _int(v, f"{at}.silences_held", 0, 1_000_000)
        ),
    )


def _turn(raw: object, at: str) -> TurnData:
    t = _object(raw, at, _TURN, optional={"pause_measured"})
    start = _int(t["start_ms"], f"{at}.start_ms", 0, MAX_MS)
    end = _int(t["end_ms"], f"{at}.end_ms", 0, MAX_MS)
    if end < start:
        raise fail(f"{at}.end_ms", f"must be ≥ start_ms ({start})")
    honoured = _optional(t["pause_honoured"], lambda v: _bool(v, f"{at}.pause_honoured"))
    measured = _bool(t.get("pause_measured", False), f"{at}.pause_measured")
    if measured and honoured is None:
        raise fail(f"{at}.pause_measured", "must be false when pause_honoured is null")
    return TurnData(
        seq=_int(t["seq"], f"{at}.seq", 0, 1_000_000),
        speaker=_choice(t["speaker"], f"{at}.speaker", ["a", "b"]),
        start_ms=start,
        end_ms=end,
        wants=_choice(t["wants"], f"{at}.wants", [w.value for w in Wants]),
        pause_honoured=honoured,
        reflection=_optional(
            t["reflection"], lambda v: _choice(v, f"{at}.reflection", ["got_it", "not_quite"])
        ),
        pause_measured=measured,
    )


def _event(raw: object, at: str) -> EventData:
    e = _object(raw, at, {"at_ms", "kind", "detail"})
    return EventData(
        _int(e["at_ms"], f"{at}.at_ms", 0, MAX_MS),
        _choice(e["kind"], f"{at}.kind", [kind.value for kind in EventKind]),
        _text(e["detail"], f"{at}.detail", 0, MAX_TEXT),
    )


# --------------------------------------------------------------------------- value checks


def _object(
    value: object, at: str, fields: Set[str], *, optional: Set[str] = frozenset()
) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise fail(at, f"must be an object, not {_kind(value)}")
    prefix = f"{at}." if at else ""
    for key in value:
        if key not in fields:
            raise fail(prefix + _show(key), "unknown field")
    for key in sorted(fields - optional):
        if key not in value:
            raise fail(prefix + key, "is missing")
    return value


def _list(value: object, at: str) -> list[Any]:
    if not isinstance(value, list):
        raise fail(at, f"must be a list, not {_kind(value)}")
    return value


def _optional(value: object, check: Callable[[object], T]) -> T | None:
    return None if value is None else check(value)


def _bool(value: object, at: str) -> bool:
    if not isinstance(value, bool):
        raise fail(at, f"must be true or false, not {_kind(value)}")
    return value


def _int(value: object, at: str, low: int, high: int) -> int:
    if type(value) is not int:
        raise fail(at, f"must be a whole number, not {_kind(value)}")
    if not low <= value <= high:
        raise fail(at, f"must be from {low} to {high}, not {value}")
    return value


def _number(value: object, at: str, low: float, high: float) -> float:
    if type(value) not in (int, float) or not math.isfinite(value):  # type: ignore[arg-type]
        raise fail(at, f"must be a number, not {_kind(value)}")
    number = float(value)  # type: ignore[arg-type]
    if not low <= number <= high:
        raise fail(at, f"must be from {low:g} to {high:g}, not {number:g}")
    return number


def _text(value: object, at: str, low: int, high: int) -> str:
    if not isinstance(value, str):
        raise fail(at, f"must be text, not {_kind(value)}")
    if not low <= len(value) <= high:
        raise fail(at, f"must be {low} to {high} characters long, not {len(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise fail(at, "holds characters that are not valid text") from None
    if "\x00" in value:
        raise fail(at, "holds a NUL character")
    return value


def _choice(value: object, at: str, allowed: list[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise fail(at, f"must be one of {', '.join(allowed)}, not {_kind(value)}")
    return value


def _uuid(value: object, at: str) -> str:
    text = _text(value, at, 1, 100)
    try:
        canonical = str(uuid.UUID(text))
    except ValueError:
        canonical = ""
    if canonical != text:
        raise fail(at, f"must be a lowercase UUID like {_EXAMPLE_UUID}, not {_show(value)}")
    return text


def _utc(value: object, at: str) -> str:
    text = _text(value, at, 1, 100)
    try:
        valid = bool(UTC_TEXT.match(text)) and bool(datetime.fromisoformat(text[:-1]))
    except ValueError:
        valid = False
    if not valid:
        raise fail(at, f"must be a UTC time like 2026-01-31T20:00:00.000Z, not {_show(text)}")
    return text


def _day(value: object, at: str) -> date:
    text = _text(value, at, 1, 100)
    try:
        if DAY_TEXT.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise fail(at, f"must be a date like 2026-01-31, not {_show(text)}")


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {_show(value)}"
    if isinstance(value, str):
        return f"the text {_show(value)}"
    return "a list" if isinstance(value, list) else "an object"


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"
