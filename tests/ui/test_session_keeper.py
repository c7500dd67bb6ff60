"""An unwritable or full data folder during a session: a clear message, the session keeps
running, writes are retried, and at the end the session is saved or rescued to a file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import EndReason, Phase, SessionConfig
from heard.storage.db import Database
from heard.storage.repository import SessionRepository
from heard.storage.unfinished import find_unfinished
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow
from heard.ui.notices import NoticeLine, Notices
from heard.ui.session_keeper import SessionKeeper

CONFIG = SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3)


class Rig:
    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.clock = FakeClock()
        self.db = Database.open(tmp_path / "heard.db")
        self.repo = SessionRepository(self.db, self.clock)
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        self.rescue_dir = tmp_path / "rescue"
        self.rescue_dir.mkdir()
        self.keeper = SessionKeeper(self.repo, self.clock, [self.rescue_dir], self.window)
        self.flow = SessionFlow(self.window, self.clock, self.keeper.recorder_for, fullscreen=False)
        self.keeper.attach(self.flow)
        self.notices = Notices(self.window)
        self.line = NoticeLine(self.window, self.notices)
        self.keeper.problem.connect(lambda text: self.notices.report("storage", text))
        self.window.show()

    def read_only(self, on: bool) -> None:
        self.db.execute(f"PRAGMA query_only = {int(on)}")

    def talk_and_pass(self, ms: int) -> None:
        controller = self.flow.controller
        assert controller is not None
        self.clock.advance(ms)
        controller.pass_floor()
        self.clock.advance(3_000)
        controller.session.poll()


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    rig = Rig(qtbot, tmp_path)
    yield rig
    rig.read_only(False)
    if rig.flow.controller is not None and rig.flow.controller.running:
        rig.flow.controller.end()
    rig.db.close()


def test_the_session_runs_through_a_read_only_spell_and_loses_nothing(rig: Rig) -> None:
    controller = rig.flow.start(CONFIG)
    rig.talk_and_pass(20_000)
    rig.read_only(True)
    rig.talk_and_pass(30_000)
    rig.talk_and_pass(10_000)
    assert controller.session.phase is Phase.SPEAKING  # nothing stopped
    assert rig.line.text().startswith("Heard cannot save to its data folder right now")
    assert "read-only" in rig.line.text()
    assert rig.window.statusBar().isVisible()
    rig.read_only(False)
    rig.talk_and_pass(5_000)  # the next write carries the backlog
    recorder = rig.keeper.recorder
    assert recorder is not None and recorder.pending == 0
    controller.end(EndReason.ENDED_EARLY)
    sid = recorder.session_id
    assert sid is not None
    assert [t.duration_ms for t in rig.repo.turns(sid)] == [20_000, 30_000, 10_000, 5_000, 0]
    assert rig.keeper.dialog is None  # saved: nothing to ask


def test_still_failing_at_the_end_writes_a_rescue_file_and_says_where(
    qtbot: QtBot, rig: Rig
) -> None:
    controller = rig.flow.start(CONFIG)
    rig.talk_and_pass(20_000)
    rig.read_only(True)
    rig.talk_and_pass(30_000)
    controller.end(EndReason.ENDED_EARLY)
    dialog = rig.keeper.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    [rescue] = list(rig.rescue_dir.iterdir())
    assert rig.keeper.rescue_path == rescue
    assert str(rescue) in dialog.text()
    assert "read-only" in dialog.detail()
    [session] = json.loads(rescue.read_text(encoding="utf-8"))["sessions"]
    assert [t["end_ms"] - t["start_ms"] for t in session["turns"]] == [20_000, 30_000, 0]
    assert session["end_reason"] == "ended_early"

    retry = dialog.retry_button
    retry.click()  # still read-only: it says so and stays
    assert "Still not possible" in dialog.detail()
    qtbot.waitUntil(dialog.isVisible)
    rig.read_only(False)
    retry.click()
    recorder = rig.keeper.recorder
    assert recorder is not None and recorder.pending == 0
    sid = recorder.session_id
    assert sid is not None
    assert rig.repo.get_session(sid).end_reason is EndReason.ENDED_EARLY
    assert find_unfinished(rig.repo) == []
    assert not dialog.isVisible()


def test_a_copy_can_be_saved_where_the_couple_chooses(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    rig.read_only(True)  # the folder was unwritable from the very start
    controller = rig.flow.start(CONFIG)
    rig.talk_and_pass(12_000)
    controller.end(EndReason.ENDED_EARLY)
    dialog = rig.keeper.dialog
    assert dialog is not None
    chosen = tmp_path / "usb-stick" / "our-session.json"
    chosen.parent.mkdir()
    rig.keeper.ask_path = lambda _parent: (str(chosen), "")
    dialog.copy_button.click()
    [session] = json.loads(chosen.read_text(encoding="utf-8"))["sessions"]
    assert session["turns"][0]["end_ms"] == 12_000
    assert str(chosen) in dialog.detail()
    dialog.close()


def test_save_now_checkpoints_the_running_session(rig: Rig) -> None:
    controller = rig.flow.start(CONFIG)
    rig.clock.advance(17_000)
    rig.keeper.save_now()
    [item] = find_unfinished(rig.repo)
    assert item.progress_ms == 17_000
    assert item.open_turn is not None and item.open_turn.end_ms == 17_000
    controller.end()
    rig.keeper.save_now()  # nothing running: nothing to do
