"""Read-only records the repository returns, and the conversions between rows and values."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

from heard.core.model import EndReason, EventKind, Partner, Wants
from heard.core.turn import Turn

Reflection = Literal["got_it", "not_quite"]
"""The speaker's answer to the optional reflection step after a turn."""


@dataclass(frozen=True)
class SessionRecord:
    """One row of the `session` table. `end_reason` None means unfinished (still running,
    or the app died during it)."""

    id: int
    uuid: str
    started_at: datetime
    started_day: date
    template: str
    planned_s: int
    actual_s: float
    end_reason: EndReason | None
    phones_away: bool
    partner_a: str | None
    partner_b: str | None
    pause_cue_s: int | None
    felt_heard_a: int | None
    felt_heard_b: int | None
    notes_ciphertext: bytes | None
    updated_at: datetime | None
    silences_held: int | None = None
    """Silences the listener held (listening ears); None when the ears were never on."""

    @property
    def actual_ms(self) -> int:
        """Session-clock time reached, in ms (what a resumed session starts from)."""
        return round(self.actual_s * 1000)

    @property
    def finished(self) -> bool:
        return self.end_reason is not None


@dataclass(frozen=True)
class LoggedEvent:
    kind: EventKind
    at_ms: int
    detail: str = ""


@dataclass(frozen=True)
class HistoryRow:
    """One session as History shows it. Talk and cue figures are aggregated in SQL."""

    id: int
    started_at: datetime
    minutes: float
    turns: int
    talk_a_ms: int
    talk_b_ms: int
    cues_honoured: int
    cues_total: int
    end_reason: EndReason | None
    partner_a: str | None
    partner_b: str | None
    started_day: date
    template: str
    phones_away: bool
    felt_heard_a: int | None
    felt_heard_b: int | None


def to_utc_text(moment: datetime) -> str:
    """UTC ISO 8601 with milliseconds and a 'Z': sorts as text in time order."""
    text = moment.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.removesuffix("+00:00") + "Z"


def from_utc_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _reason(value: str | None) -> EndReason | None:
    return None if value is None else EndReason(value)


def _bool_or_none(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def session_from_row(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        id=row["id"],
        uuid=row["uuid"],
        started_at=from_utc_text(row["started_at"]),
        started_day=date.fromisoformat(row["started_day"]),
        template=row["template"],
        planned_s=row["planned_s"],
        actual_s=float(row["actual_s"]),
        end_reason=_reason(row["end_reason"]),
        phones_away=bool(row["phones_away"]),
        partner_a=row["partner_a"],
        partner_b=row["partner_b"],
        pause_cue_s=row["pause_cue_s"],
        felt_heard_a=row["felt_heard_a"],
        felt_heard_b=row["felt_heard_b"],
        notes_ciphertext=row["notes_ciphertext"],
        updated_at=None if row["updated_at"] is None else from_utc_text(row["updated_at"]),
        silences_held=row["silences_held"],
    )


def turn_from_row(row: sqlite3.Row) -> Turn:
    return Turn(
        seq=row["seq"],
        speaker=Partner(row["speaker"]),
        start_ms=row["start_ms"],
        end_ms=row["end_ms"],
        wants=Wants(row["wants"]),
        pause_honoured=_bool_or_none(row["pause_honoured"]),
        pause_measured=bool(row["pause_measured"]),
    )


def event_from_row(row: sqlite3.Row) -> LoggedEvent:
    return LoggedEvent(kind=EventKind(row["kind"]), at_ms=row["at_ms"], detail=row["detail"])


def history_from_row(row: sqlite3.Row) -> HistoryRow:
    return HistoryRow(
        id=row["id"],
        started_at=from_utc_text(row["started_at"]),
        minutes=float(row["actual_s"]) / 60.0,
        turns=row["turns"],
        talk_a_ms=row["talk_a_ms"],
        talk_b_ms=row["talk_b_ms"],
        cues_honoured=row["cues_honoured"],
        cues_total=row["cues_total"],
        end_reason=_reason(row["end_reason"]),
        partner_a=row["partner_a"],
        partner_b=row["partner_b"],
        started_day=date.fromisoformat(row["started_day"]),
        template=row["template"],
        phones_away=bool(row["phones_away"]),
        felt_heard_a=row["felt_heard_a"],
        felt_heard_b=row["felt_heard_b"],
    )
