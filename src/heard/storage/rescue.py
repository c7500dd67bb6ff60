"""A rescue file: a session that storage could not take, saved as a file instead of lost.

Written only when the database kept failing until the session ended (an unwritable or full
data folder). The file is a regular Heard export (heard.storage.exchange_format, version 1)
holding that one session, so `heard import FILE` brings it into the history later. The
session keeps the uuid its database row has (or will have), so importing a rescue file of a
session that was stored after all adds nothing twice. The file is private (0600) and never
overwrites anything.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from heard import __version__
from heard.core.events import (
    EventLogged,
    ListeningChanged,
    PauseCueFinished,
    PauseCueRevised,
    ReflectionAnswered,
    SessionEvent,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SilenceHeld,
    TurnEnded,
    TurnStarted,
)
from heard.core.model import EndReason, EventKind, SessionConfig
from heard.storage.exchange_format import FORMAT, VERSION
from heard.storage.records import to_utc_text

log = logging.getLogger(__name__)

FILE_MODE = 0o600


def rescue_payload(
    config: SessionConfig,
    started_at: datetime,
    events: Iterable[SessionEvent],
    *,
    session_uuid: str,
    now: datetime,
) -> dict[str, Any]:
    """One session as a Heard export document. A session that had not finished is
    exported as interrupted, at the furthest time its events reached."""
    turns: dict[int, dict[str, Any]] = {}
    logged: list[dict[str, Any]] = []
    elapsed_ms = 0
    end_reason = EndReason.INTERRUPTED.value
    open_seq: int | None = None
    silences: int | None = None  # counted once listening ears were on, as the recorder does
    for event in events:
        match event:
            case TurnStarted(seq=seq, speaker=speaker, at_ms=at_ms, wants=wants):
                turns[seq] = _turn(seq, speaker.value, at_ms, at_ms, wants=wants.value)
                open_seq = seq
            case TurnEnded(turn=turn):
                open_seq = None
                turns[turn.seq] = _turn(
                    turn.seq,
                    turn.speaker.value,
                    turn.start_ms,
                    turn.end_ms,
                    wants=turn.wants.value,
                    honoured=turn.pause_honoured,
                )
            case PauseCueFinished(after_seq=seq, honoured=honoured, measured=measured) if (
                seq in turns
            ):
                turns[seq]["pause_honoured"] = honoured
                turns[seq]["pause_measured"] = measured
            case PauseCueRevised(after_seq=seq, honoured=honoured) if seq in turns:
                turns[seq]["pause_honoured"] = honoured
                turns[seq]["pause_measured"] = True
            case ListeningChanged(on=True):
                silences = silences or 0
            case SilenceHeld():
                silences = (silences or 0) + 1
            case ReflectionAnswered(seq=seq, answer=answer) if seq in turns:
                turns[seq]["reflection"] = answer.value
            case SessionPaused(at_ms=at_ms, kind=kind):
                logged.append({"at_ms": at_ms, "kind": kind.value, "detail": ""})
            case SessionResumed(at_ms=at_ms, paused_for_ms=paused_for_ms):
                logged.append(
                    {"at_ms": at_ms, "kind": EventKind.RESUME.value, "detail": str(paused_for_ms)}
                )
            case EventLogged(kind=kind, at_ms=at_ms, detail=detail):
                logged.append({"at_ms": at_ms, "kind": kind.value, "detail": detail})
            case SessionFinished(reason=reason):
                end_reason = reason.value
            case _:
                pass
        elapsed_ms = max(elapsed_ms, _at(event))
    if open_seq is not None:  # still talking when the events stop: the turn runs to there
        turns[open_seq]["end_ms"] = max(turns[open_seq]["end_ms"], elapsed_ms)
    session = {
        "uuid": session_uuid,
        "started_at": to_utc_text(started_at),
        "started_day": started_at.astimezone().date().isoformat(),
        "template": config.template,
        "planned_s": config.planned_s,
        "actual_s": elapsed_ms / 1000,
        "end_reason": end_reason,
        "phones_away": config.phones_away,
        "partner_a": config.partner_a,
        "partner_b": config.partner_b,
        "pause_cue_s": config.pause_cue_s,
        "felt_heard_a": None,
        "felt_heard_b": None,
        "updated_at": to_utc_text(now),
        "follow_up_of": None,
        "turns": [turns[seq] for seq in sorted(turns)],
        "events": logged,
        "checklist": [],
        "silences_held": silences,
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_utc_text(now),
        "app_version": __version__,
        "notes_included": False,
        "sessions": [session],
    }


def write_rescue(payload: dict[str, Any], folders: Sequence[Path], now: datetime) -> Path:
    """Write `payload` into the first of `folders` that accepts it, as a new private file
    named heard-unsaved-session-<UTC time>[-N].json. Raises OSError if none does."""
    stamp = to_utc_text(now).replace("-", "").replace(":", "").split(".")[0] + "Z"
    data = (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    last_error: OSError | None = None
    for folder in folders:
        for attempt in range(1, 100):
            suffix = "" if attempt == 1 else f"-{attempt}"
            path = folder / f"heard-unsaved-session-{stamp}{suffix}.json"
            try:
                _write_new(path, data)
            except FileExistsError:
                continue
            except OSError as exc:
                log.warning("could not write a rescue file in %s: %s", folder, exc)
                last_error = exc
                break
            log.info("saved the unsaved session to %s", path)
            return path
    raise last_error or OSError("no folder to write the rescue file in")


def _write_new(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except OSError:
        os.close(fd)
        path.unlink(missing_ok=True)  # our own half-written file, never someone else's
        raise
    os.close(fd)


def _turn(
    seq: int, speaker: str, start_ms: int, end_ms: int, *, wants: str, honoured: bool | None = None
) -> dict[str, Any]:
    return {
        "seq": seq,
        "speaker": speaker,
        "start_ms": start_ms,
        "end_ms": end_ms,
        "wants": wants,
        "pause_honoured": honoured,
        "reflection": None,
        "pause_measured": False,
    }


def _at(event: SessionEvent) -> int:
    if isinstance(event, TurnEnded):
        return event.turn.end_ms
    return event.at_ms
