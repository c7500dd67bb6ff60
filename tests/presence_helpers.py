"""Shared pieces for the presence-aid UI tests: a keep-awake backend that records its calls,
a tray that records its notifications, and the app's window, flow and presence wiring on a
real SQLite file with a fake clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.platform.keep_awake import KeepAwake
from heard.platform.settings import Settings
from heard.platform.tray import Tray
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow
from heard.ui.presence_wiring import Presence, wire_presence

EVENING = datetime(2026, 2, 4, 21, 0, tzinfo=UTC)


class FakeKeepAwake(KeepAwake):
    name = "fake"

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def _hold(self, reason: str) -> bool:
        self.calls.append("hold")
        return True

    def _release(self, *, wait: bool) -> None:
        self.calls.append("release_now" if wait else "release")


class FakeTray(Tray):
    def __init__(self, *, available: bool) -> None:
        super().__init__(QIcon(), available=available)
        self.notes: list[tuple[str, str]] = []
        self.shown = False

    def show(self) -> bool:
        self.shown = self.available
        return self.available

    def hide(self) -> None:
        self.shown = False

    def notify(self, title: str, text: str) -> bool:
        if not self.available:
            return False
        self.notes.append((title, text))
        return True


@dataclass
class App:
    """One run of Heard's windows on a given database file."""

    path: Path
    clock: FakeClock
    settings: Settings
    tray_available: bool = False
    window: MainWindow = field(init=False)
    flow: SessionFlow = field(init=False)
    presence: Presence = field(init=False)
    awake: FakeKeepAwake = field(init=False)
    tray: FakeTray = field(init=False)
    db: Database = field(init=False)
    repo: SessionRepository = field(init=False)

    def __post_init__(self) -> None:
        self.db = Database.open(self.path)
        self.repo = SessionRepository(self.db, self.clock)
        self.window = MainWindow()

        def recorder_for(config: SessionConfig) -> SessionRecorder:
            return SessionRecorder(self.repo, self.repo.create_session(config))

        self.flow = SessionFlow(self.window, self.clock, recorder_for, fullscreen=False)
        self.awake = FakeKeepAwake()
        self.tray = FakeTray(available=self.tray_available)
        self.presence = wire_presence(
            self.window, self.flow, self.db, self.settings, self.clock, awake=self.awake,
            tray=self.tray,
        )  # fmt: skip
        self.presence.reminders.check_every_ms = 40

    def close(self) -> None:
        controller = self.flow.controller
        if controller is not None and controller.running:
            controller.end()
        self.presence.close()
        self.window.close()
        self.window.deleteLater()
        self.db.close()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)
