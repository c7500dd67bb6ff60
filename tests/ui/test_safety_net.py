"""The safety net as the app assembles it: the crash hook is installed, an unfinished
session is offered before a new one starts, a resumed session keeps recording, and a moved
database is explained in plain words."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import EndReason, Phase, SessionConfig
from heard.core.session import Session
from heard.storage.db import Database
from heard.storage.quarantine import open_database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.storage.resilient import ResilientRecorder
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow
from heard.ui.safety_net import RESUMED_TEXT, SafetyNet, bring_forward, show_moved_aside

CONFIG = SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3)
NEW = SessionConfig("Kim", "Lee", planned_s=300)


class Rig:
    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.clock = FakeClock()
        self.db = Database.open(tmp_path / "heard.db")
        self.repo = SessionRepository(self.db, self.clock)
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        self.net = SafetyNet(self.window, self.repo, self.clock, data_dir=tmp_path)
        self.flow = SessionFlow(
            self.window, self.clock, self.net.keeper.recorder_for, fullscreen=False
        )
        self.net.attach(self.flow)
        self.window.show()

    def crash_a_session(self) -> int:
        recorder = SessionRecorder(self.repo, self.repo.create_session(CONFIG))
        session = Session(CONFIG, self.clock)
        session.subscribe(recorder.on_event)
        session.start()
        self.clock.advance(30_000)
        session.pass_floor()
        return recorder.session_id

    def close(self) -> None:
        if self.flow.controller is not None and self.flow.controller.running:
            self.flow.controller.end()
        self.net.close()
        self.db.close()


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    rig = Rig(qtbot, tmp_path)
    yield rig
    rig.close()


def test_the_crash_hook_is_installed_and_removed(rig: Rig) -> None:
    assert sys.excepthook is rig.net.crash
    rig.net.close()
    assert sys.excepthook is not rig.net.crash


def test_a_new_session_starts_at_once_when_nothing_is_unfinished(rig: Rig) -> None:
    rig.net.start(NEW)
    controller = rig.flow.controller
    assert controller is not None and controller.session.config == NEW
    assert isinstance(controller.recorder, ResilientRecorder)


def test_keeping_the_unfinished_session_then_starts_the_new_one(qtbot: QtBot, rig: Rig) -> None:
    sid = rig.crash_a_session()
    rig.net.start(NEW)
    assert rig.flow.controller is None  # waiting for the couple's answer first
    dialog = rig.net.recovery.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert rig.repo.get_session(sid).end_reason is EndReason.INTERRUPTED
    assert rig.flow.controller is not None
    assert rig.flow.controller.session.config == NEW


def test_resuming_carries_on_recording_into_the_same_row(qtbot: QtBot, rig: Rig) -> None:
    sid = rig.crash_a_session()
    rig.net.start(NEW)
    dialog = rig.net.recovery.dialog
    assert dialog is not None and dialog.resume_button is not None
    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    controller = rig.flow.controller
    assert controller is not None
    assert controller.session.config.partner_a == "Sam"
    assert controller.session.phase is Phase.PAUSED
    screen = rig.flow.session_screen
    assert screen.paused.paused_title.text() == RESUMED_TEXT
    qtbot.keyClick(screen, Qt.Key.Key_P)
    assert controller.session.phase is Phase.PAUSE_CUE  # it crashed during the cue
    assert screen.paused.paused_title.text() == "Paused"
    rig.clock.advance(3_000)
    controller.session.poll()
    rig.clock.advance(10_000)
    controller.end(EndReason.ENDED_EARLY)
    assert rig.repo.get_session(sid).end_reason is EndReason.ENDED_EARLY
    assert rig.repo.get_session(sid).actual_ms == 43_000
    assert rig.repo.count_sessions() == 1


def test_a_moved_database_is_explained(qtbot: QtBot, rig: Rig, tmp_path: Path) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "heard.db").write_bytes(b"not a database" * 500)
    opened = open_database(folder / "heard.db", datetime(2026, 11, 25, 21, 30, tzinfo=UTC))
    try:
        box = show_moved_aside(opened, rig.window)
        assert isinstance(box, QMessageBox)
        qtbot.waitUntil(box.isVisible)
        assert str(folder / "heard.db.corrupt-20261125T213000Z") in box.text()
        box.close()
    finally:
        opened.db.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_bring_forward_restores_a_minimised_window(qtbot: QtBot, rig: Rig) -> None:
    rig.window.showMinimized()
    bring_forward(rig.window)
    assert not rig.window.isMinimized()
    assert rig.window.isVisible()
