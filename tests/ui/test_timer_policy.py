"""Which timers run when (DESIGN.md, Performance; benchmarks/bench_cpu.py).

- The start and end screens of the real app run no repeating timer and nothing that wakes
  more than once a minute (the reminder check is a single shot aimed at the next reminder).
- While a partner speaks the display refreshes at ~4 Hz; the faster animation rate is used
  only while a pause cue runs; nothing runs while paused.
- One precise single shot is aimed at the next deadline (the end of the cue or session) and
  re-armed for what is left after a pause.
- A display tick that would show nothing new sends no view.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import Phase, SessionConfig
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow
from heard.ui.session_controller import (
    CUE_REFRESH_MS,
    SPEAKING_REFRESH_MS,
    SessionController,
)

IDLE_LIMIT_MS = 60_000

# The real app runs in a child process (it installs application-wide state that must not
# leak into other tests). A probe timer waits until the asked-for screen shows with start-up
# finished, then prints the timers that would wake that idle screen: repeating ones, or
# single shots due within a minute (the reminder check sleeps up to a minute by design).
CHILD = """
import json, os, sys
from PySide6.QtCore import QDeadlineTimer, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])  # run_gui() uses this one
want_summary = sys.argv[2] == "summary"
give_up = QDeadlineTimer(20_000)
probe = QTimer()

def busy():
    roots = [app, *app.topLevelWidgets()]
    found = {{id(t): t for root in roots for t in root.findChildren(QTimer)}}
    return sorted(
        f"{{t.objectName() or '(unnamed)'}} every {{t.interval()}} ms"
        for t in found.values()
        if t.isActive() and t is not probe
        and (not t.isSingleShot() or t.interval() < {idle_limit})
    )

def look():
    from heard.ui.main_window import MainWindow
    from heard.ui.summary_screen import SummaryScreen
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    report = None
    if give_up.hasExpired():
        report = ["the screen never came"]
    elif windows and windows[0].stack.count() >= 3:  # the rest of start-up has run
        current = windows[0].current_screen()
        if current is not None and isinstance(current, SummaryScreen) == want_summary:
            report = busy()
    if report is not None:
        probe.stop()
        print("TIMERS " + json.dumps(report), flush=True)
        app.quit()

if os.environ.get("TIMER_TEST_STRAY"):  # only the self-test of this test sets this
    stray = QTimer(app)
    stray.setObjectName("stray-refresh")
    stray.start(250)
probe.timeout.connect(look)
probe.start(20)
from heard.cli import main
sys.exit(main(["--data-dir", sys.argv[1], *sys.argv[3:]]))
"""


def busy_timers(
    data: Path, screen: str, *args: str, env: dict[str, str] | None = None
) -> list[str]:
    """Run the real app until `screen` ('setup' or 'summary') shows; its busy timers."""
    data.mkdir(parents=True, exist_ok=True)
    # No chime: no sound device here, and the test needs no QtMultimedia.
    (data / "settings.ini").write_text("[General]\nchime=false\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(idle_limit=IDLE_LIMIT_MS), str(data), screen, *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("TIMERS ")]
    assert result.returncode == 0 and lines, result.stderr[-3000:]
    report: list[str] = json.loads(lines[-1].removeprefix("TIMERS "))
    return report


def test_no_timer_wakes_the_start_screen(tmp_path: Path) -> None:
    assert busy_timers(tmp_path / "data", "setup") == []


def test_no_timer_wakes_the_end_of_a_session(tmp_path: Path) -> None:
    autopilot = {"HEARD_AUTOPILOT": "pass=0.1,end=0.4"}  # a turn, a cue, then ended early
    report = busy_timers(tmp_path / "data", "summary", "session", "--minutes", "1", env=autopilot)
    assert report == []


def test_the_check_sees_a_timer_left_running(tmp_path: Path) -> None:
    """The two tests above can fail: a stray refresh timer is reported."""
    report = busy_timers(tmp_path / "data", "setup", env={"TIMER_TEST_STRAY": "1"})
    assert report == ["stray-refresh every 250 ms"]


# --------------------------------------------------------------------------- in a session
@pytest.fixture
def session(qtbot: QtBot) -> Iterator[tuple[SessionController, FakeClock]]:
    clock = FakeClock()
    window = MainWindow()
    qtbot.addWidget(window)
    flow = SessionFlow(window, clock, lambda _config: None, fullscreen=False)
    controller = flow.start(SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3))
    yield controller, clock
    controller.end()


def timers(controller: SessionController) -> tuple[QTimer, QTimer]:
    refresh = controller.findChild(QTimer, "session-display-refresh")
    deadline = controller.findChild(QTimer, "session-deadline")
    assert isinstance(refresh, QTimer) and isinstance(deadline, QTimer)
    return refresh, deadline


def test_the_display_refreshes_fast_only_during_a_pause_cue(
    session: tuple[SessionController, FakeClock],
) -> None:
    controller, clock = session
    refresh, deadline = timers(controller)
    assert CUE_REFRESH_MS < SPEAKING_REFRESH_MS == 250
    assert refresh.isActive() and refresh.interval() == SPEAKING_REFRESH_MS
    assert deadline.isActive() and deadline.isSingleShot()
    assert deadline.timerType() == Qt.TimerType.PreciseTimer
    assert deadline.interval() == 600_000  # aimed at the end of the session

    clock.advance(20_000)
    controller.pass_floor()
    assert refresh.interval() == CUE_REFRESH_MS
    assert deadline.interval() == 3_000  # the end of the cue

    clock.advance(3_000)
    deadline.timeout.emit()  # the deadline timer fires: the cue is over
    assert controller.session.phase is Phase.SPEAKING
    assert refresh.interval() == SPEAKING_REFRESH_MS
    assert deadline.interval() == 600_000 - 23_000


def test_the_deadline_is_re_armed_for_what_is_left_after_a_pause(
    session: tuple[SessionController, FakeClock],
) -> None:
    controller, clock = session
    refresh, deadline = timers(controller)
    clock.advance(10_000)
    controller.pass_floor()
    clock.advance(1_200)
    controller.toggle_pause()
    assert controller.session.phase is Phase.PAUSED
    assert not refresh.isActive() and not deadline.isActive()  # nothing runs while paused
    clock.advance(60_000)
    controller.toggle_pause()
    assert controller.session.phase is Phase.PAUSE_CUE
    assert deadline.isActive() and deadline.interval() == 1_800
    assert refresh.interval() == CUE_REFRESH_MS


def test_a_tick_that_shows_nothing_new_sends_no_view(
    qtbot: QtBot, session: tuple[SessionController, FakeClock]
) -> None:
    controller, clock = session
    refresh, _ = timers(controller)
    clock.advance(1_000)
    with qtbot.waitSignal(controller.view_changed, timeout=1_000):
        refresh.timeout.emit()  # a new whole second to show
    clock.advance(250)
    with qtbot.assertNotEmitted(controller.view_changed):
        refresh.timeout.emit()  # 1.25 s: the screen still shows the same second
    controller.pass_floor()
    clock.advance(CUE_REFRESH_MS)
    with qtbot.waitSignal(controller.view_changed, timeout=1_000):
        refresh.timeout.emit()  # during a cue every frame moves the ring
