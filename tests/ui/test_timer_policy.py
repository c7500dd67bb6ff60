"""Which timers run when (DESIGN.md, Performance; benchmarks/bench_cpu.py).

- The start and end screens of the real app run no repeating timer and nothing that wakes
  more than once a minute (the reminder check is a single shot aimed at the next reminder).
- While a partner speaks the display wakes once a second: a precise single shot aimed just
  past the moment the remaining time turns to its next whole second (with listening ears on,
  at 4 Hz). The animation rate (~10 Hz) is used only while a pause cue runs, and its frames
  send only the ring and the time (`cue_frame`), not whole views; nothing runs while paused.
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
from itertools import pairwise
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
    LISTENING_REFRESH_MS,
    SECOND_SLACK_MS,
    SessionController,
    ms_to_next_second,
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
    elif windows and windows[0].close_guard is not None:  # the session flow is wired
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


def test_ms_to_next_second() -> None:
    assert ms_to_next_second(600_000) == 1000  # 10:00 shows until 9:59.000
    assert ms_to_next_second(599_001) == 1  # 9:59.001 still shows 10:00
    assert ms_to_next_second(599_000) == 1000
    assert ms_to_next_second(598_750) == 750


def test_while_speaking_the_display_wakes_once_a_second_on_the_second(
    session: tuple[SessionController, FakeClock],
) -> None:
    controller, clock = session
    refresh, deadline = timers(controller)
    assert refresh.isActive() and refresh.isSingleShot()
    assert refresh.timerType() == Qt.TimerType.PreciseTimer
    assert refresh.interval() == 1000 + SECOND_SLACK_MS
    assert deadline.isActive() and deadline.isSingleShot()
    assert deadline.timerType() == Qt.TimerType.PreciseTimer
    assert deadline.interval() == 600_000  # aimed at the end of the session

    clock.advance(1_250)  # a late wake: aimed at the next second from the clock, no drift
    refresh.timeout.emit()
    assert refresh.isActive() and refresh.isSingleShot()
    assert refresh.interval() == 750 + SECOND_SLACK_MS
    assert deadline.interval() == 600_000  # no change of state: the deadline is left alone


def test_the_display_refreshes_fast_only_during_a_pause_cue(
    session: tuple[SessionController, FakeClock],
) -> None:
    controller, clock = session
    refresh, deadline = timers(controller)
    clock.advance(20_000)
    controller.pass_floor()
    assert not refresh.isSingleShot() and refresh.interval() == CUE_REFRESH_MS
    assert 1000 / CUE_REFRESH_MS >= 10  # the ring still fills smoothly
    assert deadline.interval() == 3_000  # the end of the cue

    clock.advance(3_000)
    deadline.timeout.emit()  # the deadline timer fires: the cue is over
    assert controller.session.phase is Phase.SPEAKING
    assert refresh.isSingleShot() and refresh.interval() == 1000 + SECOND_SLACK_MS
    assert deadline.interval() == 600_000 - 23_000


def test_with_listening_ears_on_the_display_refreshes_at_4_hz(
    session: tuple[SessionController, FakeClock],
) -> None:
    controller, _ = session
    refresh, _ = timers(controller)
    assert controller.set_listening(True)
    assert not refresh.isSingleShot() and refresh.interval() == LISTENING_REFRESH_MS == 250
    assert controller.set_listening(False)
    assert refresh.isSingleShot()


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
    assert refresh.interval() == CUE_REFRESH_MS and not refresh.isSingleShot()


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


def test_cue_frames_send_the_ring_and_the_time_not_whole_views(
    qtbot: QtBot, session: tuple[SessionController, FakeClock]
) -> None:
    controller, clock = session
    refresh, deadline = timers(controller)
    clock.advance(10_400)
    controller.pass_floor()  # a cue from 10.4 s to 13.4 s; 589.6 s left
    frames: list[tuple[float, int, int]] = []
    controller.cue_frame.connect(lambda *frame: frames.append(frame))
    with qtbot.assertNotEmitted(controller.view_changed):
        for _ in range(25):
            clock.advance(CUE_REFRESH_MS)
            refresh.timeout.emit()
    assert len(frames) == 25
    progress, seconds, remaining = frames[-1]
    assert progress == pytest.approx(2_500 / 3_000)
    assert seconds == 1  # the ring's own number: 0.5 s left, rounded up
    assert remaining == 600_000 - 12_900  # the time moves with the frames
    assert [s for _, s, _ in frames][:3] == [3, 3, 3]
    assert all(a[0] < b[0] for a, b in pairwise(frames))
    clock.advance(500)
    with qtbot.waitSignal(controller.view_changed, timeout=1_000):
        deadline.timeout.emit()  # the cue ends exactly at its deadline: a whole view
    assert controller.session.phase is Phase.SPEAKING


def test_cue_frames_stop_where_the_last_minute_begins(
    qtbot: QtBot, session: tuple[SessionController, FakeClock]
) -> None:
    controller, clock = session
    refresh, _ = timers(controller)
    clock.advance(600_000 - 61_000)
    controller.pass_floor()  # 61 s left: the last minute begins 1 s into the cue
    frames: list[tuple[float, int, int]] = []
    controller.cue_frame.connect(lambda *frame: frames.append(frame))
    clock.advance(900)
    refresh.timeout.emit()
    assert len(frames) == 1
    clock.advance(100)
    with qtbot.waitSignal(controller.view_changed, timeout=1_000):
        refresh.timeout.emit()  # the screen says "last minute": a whole view
    assert len(frames) == 1
