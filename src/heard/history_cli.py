"""`heard history`: past sessions as a readable table, or as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from heard.core.summary import format_duration

DB_NAME = "heard.db"


def history_rows(data_dir: Path) -> list[dict[str, object]]:
    path = data_dir / DB_NAME
    if not path.exists():
        return []
    from heard.core.clock import SystemClock
    from heard.storage.db import Database
    from heard.storage.repository import SessionRepository

    database = Database.open(path)
    try:
        rows = SessionRepository(database, SystemClock()).history()
    finally:
        database.close()
    return [
        {
            "id": row.id,
            "started_at": row.started_at.isoformat().replace("+00:00", "Z"),
            "minutes": round(row.minutes, 3),
            "turns": row.turns,
            "talk_a_s": round(row.talk_a_ms / 1000, 3),
            "talk_b_s": round(row.talk_b_ms / 1000, 3),
            "partner_a": row.partner_a,
            "partner_b": row.partner_b,
            "cues_honoured": row.cues_honoured,
            "cues_total": row.cues_total,
            "end_reason": None if row.end_reason is None else row.end_reason.value,
        }
        for row in rows
    ]


def print_history(data_dir: Path, *, as_json: bool, out: TextIO = sys.stdout) -> int:
    rows = history_rows(data_dir)
    if as_json:
        json.dump(rows, out, indent=2)
        out.write("\n")
        return 0
    if not rows:
        out.write("No sessions yet. Start one with: heard\n")
        return 0
    header = ("Date", "Minutes", "Turns", "Talk share", "Ended")
    lines = [header]
    for row in rows:
        talk_a = float(row["talk_a_s"])  # type: ignore[arg-type]
        talk_b = float(row["talk_b_s"])  # type: ignore[arg-type]
        total = talk_a + talk_b
        share = (
            "—"
            if total == 0
            else (
                f"{row['partner_a']} {round(100 * talk_a / total)}% · "
                f"{row['partner_b']} {round(100 * talk_b / total)}%"
            )
        )
        started = str(row["started_at"])
        lines.append(
            (
                _local(started),
                format_duration(round(float(row["minutes"]) * 60_000)),  # type: ignore[arg-type]
                str(row["turns"]),
                share,
                _reason(row["end_reason"]),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        out.write("\n")
    return 0


def _local(iso_utc: str) -> str:
    from datetime import datetime

    moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00")).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


_REASONS: dict[object, str] = {
    "completed": "on time",
    "ended_early": "early",
    "interrupted": "interrupted",
    None: "unfinished",
}


def _reason(value: object) -> str:
    return _REASONS.get(value, str(value))
