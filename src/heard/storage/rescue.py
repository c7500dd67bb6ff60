"""A rescue file: a session that storage could not take, saved as JSON instead of being lost.

Written only when the database kept failing until the session ended (an unwritable or full
data folder). The file is private (0600), never overwrites anything, and holds the same
facts the database would have: the session's settings and times, its turns and its logged
moments. Times are session-clock milliseconds, as in the database.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from heard.core.events import (
    EventLogged,
    PauseCueFinished,
    SessionEvent,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    TurnEnded,
    TurnStarted,
)
from heard.core.model import EventKind, SessionConfig
from heard.storage.records import to_utc_text

log = logging.getLogger(__name__)

FORMAT = "heard-rescued-session"
VERSION = 1
FILE_MODE = 0o600


def rescue_payload(
    config: SessionConfig,
    started_at: datetime,
    events: Iterable[SessionEvent],
    *,
    problem: str | None = None,
) -> dict[str, Any]:
    turns: dict[int, dict[str, Any]] = {}
    logged: list[dict[str, Any]] = []
    elapsed_ms = 0
    end_reason: str | None = None
    for event in events:
        match event:
            case TurnStarted(seq=seq, speaker=speaker, at_ms=at_ms, wants=wants):
                turns[seq] = _turn(
                    seq, speaker.value, at_ms, at_ms, wants=wants.value, is_open=True
                )
            case TurnEnded(turn=turn):
                turns[turn.seq] = _turn(
                    turn.seq,
                    turn.speaker.value,
                    turn.start_ms,
                    turn.end_ms,
                    wants=turn.wants.value,
                    honoured=turn.pause_honoured,
                )
            case PauseCueFinished(after_seq=seq, honoured=honoured) if seq in turns:
                turns[seq]["pause_honoured"] = honoured
            case SessionPaused(at_ms=at_ms, kind=kind):
                logged.append({"at_ms": at_ms, "kind": kind.value, "detail": ""})
            case SessionResumed(at_ms=at_ms, paused_for_ms=paused_for_ms):
                logged.append(
                    {"at_ms": at_ms, "kind": EventKind.RESUME.value, "detail": str(paused_for_ms)}
                )
            case EventLogged(kind=kind, at_ms=at_ms, detail=detail):
                logged.append({"at_ms": at_ms, "kind": kind.value, "detail": detail})
            case SessionFinished(at_ms=at_ms, reason=reason):
                end_reason = reason.value
            case _:
                pass
        elapsed_ms = max(elapsed_ms, _at(event))
    return {
        "format": FORMAT,
        "version": VERSION,
        "why": problem,
        "session": {
            "started_at": to_utc_text(started_at),
            "template": config.template,
            "planned_s": config.planned_s,
            "actual_s": elapsed_ms / 1000,
            "end_reason": end_reason,
            "phones_away": config.phones_away,
            "partner_a": config.partner_a,
            "partner_b": config.partner_b,
            "pause_cue_s": config.pause_cue_s,
        },
        "turns": [turns[seq] for seq in sorted(turns)],
        "events": logged,
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
    seq: int,
    speaker: str,
    start_ms: int,
    end_ms: int,
    *,
    wants: str,
    honoured: bool | None = None,
    is_open: bool = False,
) -> dict[str, Any]:
    return {
        "seq": seq,
        "speaker": speaker,
        "start_ms": start_ms,
        "end_ms": end_ms,
        "wants": wants,
        "pause_honoured": honoured,
        "open": is_open,
    }


def _at(event: SessionEvent) -> int:
    if isinstance(event, TurnEnded):
        return event.turn.end_ms
    return event.at_ms
