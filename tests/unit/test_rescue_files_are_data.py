"""Rescue files hold a couple's session: 'Delete all my data' removes them with the rest."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from heard.core.clock import FakeClock
from heard.core.events import SessionEvent
from heard.core.model import SessionConfig
from heard.core.session import Session
from heard.storage.data_wipe import heard_files
from heard.storage.rescue import rescue_payload, write_rescue


def test_rescue_files_in_the_data_folder_are_deleted_with_the_data(tmp_path: Path) -> None:
    clock = FakeClock()
    config = SessionConfig("Sam", "Alex", planned_s=600)
    session = Session(config, clock)
    events: list[SessionEvent] = []
    session.subscribe(events.append)
    session.start()
    now = datetime(2026, 11, 25, 21, 30, tzinfo=UTC)
    payload = rescue_payload(config, clock.wall_utc(), events, session_uuid="u", now=now)
    first = write_rescue(payload, [tmp_path], now)
    second = write_rescue(payload, [tmp_path], now)
    kept = tmp_path / "heard-unsaved-notes.txt"  # not ours: stays
    kept.write_text("x", encoding="utf-8")
    assert heard_files(tmp_path) == sorted([first, second])
