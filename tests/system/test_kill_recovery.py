"""kill -9 at random moments of a real session: nothing finished is lost, the running session
comes back with at most its current turn's unsaved seconds missing, and the database passes
PRAGMA integrity_check every time.

The real `heard` process runs a one-minute session straight away (`heard session`) with the
test-only autopilot passing the floor every 0.4 s (the pause cue is set to 1 s), so kills land
during turns, cues, checkpoints and start-up alike. After each kill the test runs the app's own
recovery code (find the unfinished session, keep it as interrupted) exactly as the next launch
would, then launches again on the same data folder: the socket and lock left behind by the
killed process must not get in the way.

Loss = real time from the session's start (its stored start time) to the kill, minus the time
the database had saved. The seed is fixed so a failure can be replayed; KILL_TEST_SEED and
KILL_TEST_KILLS override it.
"""

from __future__ import annotations

import itertools
import os
import random
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from heard.core.clock import SystemClock
from heard.storage.db import Database
from heard.storage.repository import SessionRepository
from heard.storage.unfinished import find_unfinished, keep_as_interrupted

pytestmark = [pytest.mark.system, pytest.mark.slow]

SEED = int(os.environ.get("KILL_TEST_SEED", "20261125"))
KILLS = int(os.environ.get("KILL_TEST_KILLS", "32"))
MAX_LOSS_S = 30.0
RUN_S = (0.2, 2.6)


@dataclass
class Figures:
    kills: int = 0
    recovered: int = 0
    before_any_session: int = 0
    worst_loss_s: float = 0.0
    integrity_failures: int = 0


def launch(data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEARD_AUTOPILOT": "pass=0.4"}
    return subprocess.Popen(
        [sys.executable, "-m", "heard", "--data-dir", str(data), "session", "--minutes", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def integrity(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return "; ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def finished_snapshot(repo: SessionRepository) -> dict[str, tuple[object, ...]]:
    """Every finished session, with everything that must never change again."""
    snapshot: dict[str, tuple[object, ...]] = {}
    for row in repo.history():
        if row.end_reason is None:
            continue
        record = repo.get_session(row.id)
        snapshot[record.uuid] = (
            record.actual_s,
            record.end_reason,
            tuple(repo.turns(row.id)),
            tuple(repo.events(row.id)),
        )
    return snapshot


def test_kill_9_at_random_moments_loses_at_most_the_current_turn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "settings.ini").write_text("[General]\npause_cue_s=1\nchime=false\n", encoding="utf-8")
    db_path = data / "heard.db"
    rng = random.Random(SEED)
    figures = Figures()
    kept: dict[str, tuple[object, ...]] = {}

    for attempt in range(KILLS):
        run_s = rng.uniform(*RUN_S)
        proc = launch(data)
        try:
            with pytest.raises(subprocess.TimeoutExpired):
                proc.wait(timeout=run_s)  # it must still be running when the kill comes
        finally:
            killed_at = datetime.now(UTC)
            proc.kill()
            _, err = proc.communicate(timeout=30)
        assert proc.returncode == -9, f"kill {attempt}: exited by itself: {err.decode()}"
        figures.kills += 1
        if not db_path.exists():
            figures.before_any_session += 1
            continue

        verdict = integrity(db_path)
        if verdict != "ok":
            figures.integrity_failures += 1
        assert verdict == "ok", f"kill {attempt} after {run_s:.2f} s: {verdict}"

        db = Database.open(db_path)
        try:
            repo = SessionRepository(db, SystemClock())
            now = finished_snapshot(repo)
            for uuid, facts in kept.items():
                assert now.get(uuid) == facts, f"kill {attempt}: finished session {uuid} changed"
            unfinished = find_unfinished(repo)
            assert len(unfinished) <= 1
            if not unfinished:
                figures.before_any_session += 1
                continue
            [item] = unfinished
            turns = [*item.turns, *([item.open_turn] if item.open_turn else [])]
            assert [turn.seq for turn in turns] == list(range(1, len(turns) + 1))
            for earlier, later in itertools.pairwise(turns):
                assert later.start_ms == earlier.end_ms + 1_000  # a 1 s cue between turns
            if item.open_turn is not None:
                assert item.progress_ms >= item.open_turn.start_ms
            real_s = (killed_at - item.record.started_at).total_seconds()
            loss_s = real_s - item.progress_ms / 1000
            assert loss_s <= MAX_LOSS_S, f"kill {attempt}: lost {loss_s:.2f} s"
            figures.worst_loss_s = max(figures.worst_loss_s, loss_s)
            figures.recovered += 1
            keep_as_interrupted(repo, item)  # what "Keep it as interrupted" does at launch
            assert find_unfinished(repo) == []
            kept = finished_snapshot(repo)
        finally:
            db.close()

    assert figures.integrity_failures == 0
    assert figures.recovered >= KILLS // 3, figures  # most kills must hit a running session
    with capsys.disabled():
        print(
            f"\nkill -9 test (seed {SEED}): {figures.kills} kills, {figures.recovered} running "
            f"sessions recovered, {figures.before_any_session} before any session was stored, "
            f"worst loss {figures.worst_loss_s:.2f} s, "
            f"integrity failures {figures.integrity_failures}"
        )
