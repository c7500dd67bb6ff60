"""The computer sleeps mid-session: the session pauses itself, logs a 'suspend' event, and
the screen says so next to Resume. A wall-clock jump changes no duration and no stored date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.events import Turn
from heard.core.model import EndReason, EventKind, Partner, Phase, SessionConfig
from heard.storage.db import Database
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow
from heard.ui.session_controller import SessionController
from heard.ui.suspend_guard import SLEPT_TEXT, SuspendGuard

CONFIG = SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3)


class FakeSleepWatch(QObject):
    """What SuspendGuard needs from heard.platform.sleep_watch.SleepWatch."""

    about_to_sleep = Signal()

    def __init__(self, available: bool) -> None:
        super().__init__()
        self.available = available
        self.announced = False

    def take_announcement(self) -> bool | None:
        if not self.available:
            return None
        announced, self.announced = self.announced, False
        return announced


class Rig:
    def __init__(self, qtbot: QtBot, tmp_path: Path, sleep: FakeSleepWatch | None) -> None:
        self.clock = FakeClock()
        self.db = Database.open(tmp_path / "heard.db")
        self.repo = SessionRepository(self.db, self.clock)
        self.ids: list[int] = []
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        self.flow = SessionFlow(self.window, self.clock, self._recorder_for, fullscreen=False)
        self.guard = SuspendGuard(self.clock, sleep, self.window)  # type: ignore[arg-type]
        self.guard.attach(self.flow)
        self.controller: SessionController = self.flow.start(CONFIG)
        self.screen = self.flow.session_screen

    def _recorder_for(self, config: SessionConfig) -> SessionRecorder:
        self.ids.append(self.repo.create_session(config))
        return SessionRecorder(self.repo, self.ids[-1])

    @property
    def phase(self) -> Phase:
        return self.controller.session.phase

    def event_kinds(self) -> list[str]:
        return [event.kind.value for event in self.repo.events(self.ids[0])]

    def close(self) -> None:
        self.controller.end()
        self.db.close()


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    rig = Rig(qtbot, tmp_path, None)
    yield rig
    rig.close()


def test_a_suspend_pauses_the_session_and_says_so(qtbot: QtBot, rig: Rig) -> None:
    rig.clock.advance(100_000)
    rig.clock.suspend(45 * 60_000)
    qtbot.waitUntil(lambda: rig.phase is Phase.PAUSED, timeout=3_000)  # at the next new second
    assert rig.event_kinds() == ["suspend"]
    assert rig.controller.session.elapsed_ms() == 100_000
    assert rig.screen.paused.paused_title.text() == SLEPT_TEXT
    assert rig.screen.pause_button.text() == "Resume (P)"
    assert rig.screen.pause_button.isEnabled()

    qtbot.keyClick(rig.screen, Qt.Key.Key_P)
    assert rig.phase is Phase.SPEAKING
    assert rig.event_kinds() == ["suspend", "resume"]
    rig.clock.advance(1_000)
    qtbot.keyClick(rig.screen, Qt.Key.Key_P)  # an ordinary pause later is just "Paused"
    assert rig.screen.paused.paused_title.text() == "Paused"


def test_a_suspend_while_paused_changes_nothing(rig: Rig) -> None:
    rig.controller.toggle_pause()
    rig.clock.suspend(3_600_000)
    rig.guard.look_now()
    assert rig.event_kinds() == ["pause"]
    rig.controller.toggle_pause()
    rig.guard.look_now()  # the sleep was before the resume: no late false alarm
    assert rig.phase is Phase.SPEAKING


@pytest.mark.parametrize("jump", [timedelta(hours=-1), timedelta(days=-30)])
def test_a_wall_clock_set_back_is_not_a_suspend(rig: Rig, jump: timedelta) -> None:
    rig.clock.advance(10_000)
    rig.clock.jump_wall(jump)
    rig.guard.look_now()
    assert rig.phase is Phase.SPEAKING


def test_a_wall_jump_changes_no_duration_and_no_stored_date(rig: Rig) -> None:
    sid = rig.ids[0]
    started = rig.repo.get_session(sid).started_at
    day = rig.repo.get_session(sid).started_day
    rig.clock.advance(30_000)
    rig.clock.jump_wall(timedelta(days=-400))  # NTP fixing a badly wrong clock
    rig.guard.look_now()
    rig.clock.advance(10_000)
    rig.controller.pass_floor()
    rig.clock.advance(3_000)
    rig.controller.session.poll()
    rig.clock.jump_wall(timedelta(hours=7))  # someone sets it forward by hand
    rig.controller.session.poll()
    rig.clock.advance(5_000)
    rig.controller.end(EndReason.ENDED_EARLY)
    record = rig.repo.get_session(sid)
    assert (record.started_at, record.started_day) == (started, day)
    assert record.actual_ms == 48_000
    assert rig.repo.turns(sid) == [
        Turn(1, Partner.A, 0, 40_000, pause_honoured=True),
        Turn(2, Partner.B, 43_000, 48_000),
    ]


def test_with_logind_an_unannounced_forward_jump_is_only_a_clock_change(
    qtbot: QtBot, tmp_path: Path
) -> None:
    sleep = FakeSleepWatch(available=True)
    rig = Rig(qtbot, tmp_path, sleep)
    rig.clock.advance(10_000)
    rig.clock.jump_wall(timedelta(hours=2))
    rig.guard.look_now()
    assert rig.phase is Phase.SPEAKING
    sleep.announced = True  # logind said PrepareForSleep(true), and the clocks agree
    rig.clock.suspend(600_000)
    rig.guard.look_now()
    assert rig.phase is Phase.PAUSED
    assert rig.event_kinds() == [EventKind.SUSPEND.value]
    rig.close()


def test_logind_announcing_a_sleep_pauses_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    sleep = FakeSleepWatch(available=True)
    rig = Rig(qtbot, tmp_path, sleep)
    rig.clock.advance(25_000)
    sleep.about_to_sleep.emit()
    assert rig.phase is Phase.PAUSED
    assert rig.screen.paused.paused_title.text() == SLEPT_TEXT
    assert rig.repo.events(rig.ids[0])[0].at_ms == 25_000
    rig.close()


def test_while_the_session_runs_the_guard_looks_when_the_screen_gets_a_new_second(
    qtbot: QtBot, rig: Rig
) -> None:
    """No wake-ups of its own while a session runs: the display's refresh is enough."""
    own = rig.guard.findChild(QTimer, "suspend-watch")
    refresh = rig.controller.findChild(QTimer, "session-display-refresh")
    assert own is not None and refresh is not None
    assert own.interval() > 2 * 1000  # it stands in only when no view comes (paused)
    own.stop()
    rig.clock.advance(2_000)
    rig.clock.suspend(45 * 60_000)
    refresh.timeout.emit()  # a new second to show
    qtbot.waitUntil(lambda: rig.phase is Phase.PAUSED)
    assert rig.event_kinds() == ["suspend"]
    assert rig.screen.paused.paused_title.text() == SLEPT_TEXT


def test_the_guard_stops_looking_when_the_session_ends(rig: Rig) -> None:
    rig.controller.end()
    timer = rig.guard.findChild(QTimer, "suspend-watch")
    assert timer is not None and not timer.isActive()
