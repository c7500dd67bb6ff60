"""Timing accuracy: how late the end of a session and of each pause cue reach the screen.

Each session runs in a fresh process built as the app builds it (real SystemClock, real Qt
timers, real SQLite recording, the safety net, the session screen), offscreen. A precise
timer plays the couple: the speaker passes the floor 2.5 s into every turn, and the session
is paused for 2 s once. The probe reads time.monotonic() itself:
- session end: when `finished` reaches the UI, minus (start + planned length + time paused);
- pause cue end: when PauseCueFinished reaches the UI, minus (pass + cue length).
A 30 s and a 120 s session are compared, so drift that grows with length would show.
The 120 s session holds the 20 measured cues. Target: ≤ 20 ms each, growth ≤ 10 ms.
(30 s is below the 1-minute minimum a couple can choose; the timing path is the same.)

    python -m benchmarks.bench_timing [--lengths 30,120]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from benchmarks import harness
from benchmarks.harness import Figure

TARGET_MS = 20.0
GROWTH_TARGET_MS = 10.0
LENGTHS_S = (30, 120)
PASS_AFTER_MS = 2500
PAUSE_AT_MS = 14_000
PAUSE_FOR_MS = 2000
CUES_MEASURED = 20


class _StartClock:
    """The system clock, noting (in float ms) when the session first reads it: its start."""

    def __init__(self) -> None:
        from heard.core.clock import SystemClock

        self._clock = SystemClock()
        self.started_ms: float | None = None

    def monotonic_ms(self) -> int:
        if self.started_ms is None:
            self.started_ms = time.monotonic() * 1000
        return self._clock.monotonic_ms()

    def wall_utc(self) -> datetime:
        return self._clock.wall_utc()


def probe(length_s: int, data_dir: Path) -> dict[str, object]:
    """In this fresh process: run one session of `length_s` and time what reaches the UI."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from heard.core.clock import SystemClock
    from heard.core.events import PauseCueFinished, SessionEvent, SessionFinished
    from heard.core.model import Phase, SessionConfig
    from heard.platform.sound import ChimePlayer
    from heard.storage.repository import SessionRepository
    from heard.ui.flow import SessionFlow
    from heard.ui.main_window import MainWindow
    from heard.ui.safety_net import SafetyNet, open_database_for_gui
    from heard.ui.session_controller import SessionController
    from heard.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    clock = SystemClock()
    database = open_database_for_gui(data_dir / "heard.db").db
    repository = SessionRepository(database, clock)
    window = MainWindow()
    net = SafetyNet(window, repository, clock, data_dir=data_dir)
    chime = ChimePlayer(window)
    session_clock = _StartClock()
    flow = SessionFlow(window, session_clock, net.keeper.recorder_for, chime)
    net.attach(flow)
    window.show()
    chime.prepare()

    config = SessionConfig.from_minutes(max(1, length_s // 60), "Robin", "Sam")
    object.__setattr__(config, "planned_s", length_s)  # 30 s: below the 1-minute minimum

    now_ms = lambda: time.monotonic() * 1000  # noqa: E731
    passes: list[float] = []
    cue_errors: list[float] = []
    paused = {"at": 0.0, "total": 0.0, "cue": 0.0}
    result: dict[str, object] = {}
    shots: list[QTimer] = []

    def precise_shot(ms: int, slot: Callable[[], None]) -> None:
        shot = QTimer(app)
        shot.setTimerType(Qt.TimerType.PreciseTimer)
        shot.setSingleShot(True)
        shot.timeout.connect(slot)
        shot.start(ms)
        shots.append(shot)

    actor = QTimer()
    actor.setTimerType(Qt.TimerType.PreciseTimer)
    actor.setSingleShot(True)

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, PauseCueFinished) and event.honoured and passes:
            cue_errors.append(now_ms() - (passes[-1] + config.pause_cue_ms + paused["cue"]))
            actor.start(PASS_AFTER_MS)

    def on_finished(_summary: object) -> None:
        delivered = now_ms()
        assert session_clock.started_ms is not None
        deadline = session_clock.started_ms + config.planned_ms + paused["total"]
        result["end_error_ms"] = delivered - deadline
        actor.stop()
        QTimer.singleShot(0, app.quit)

    def on_late(event: SessionEvent) -> None:
        if isinstance(event, SessionFinished):
            result["late_ms"] = event.late_ms

    def act() -> None:
        controller = flow.controller
        assert controller is not None
        if controller.session.phase is Phase.SPEAKING:
            passes.append(now_ms())
            paused["cue"] = 0.0
            controller.pass_floor()

    def pause_once() -> None:
        controller = flow.controller
        assert controller is not None
        phase = controller.session.phase
        paused["at"] = now_ms()
        controller.toggle_pause()
        precise_shot(PAUSE_FOR_MS, lambda: resume(phase))

    def resume(phase_before: Phase) -> None:
        controller = flow.controller
        assert controller is not None
        pause = now_ms() - paused["at"]
        controller.toggle_pause()
        paused["total"] += pause
        if phase_before is Phase.PAUSE_CUE:
            paused["cue"] += pause

    actor.timeout.connect(act)

    def on_started(controller: SessionController) -> None:
        controller.event_happened.connect(on_event)
        controller.event_happened.connect(on_late)
        controller.finished.connect(on_finished)  # after the flow's own slot: the UI has it

    flow.session_started.connect(on_started)
    flow.start(config)
    actor.start(PASS_AFTER_MS)
    precise_shot(PAUSE_AT_MS, pause_once)
    QTimer.singleShot((length_s + 30) * 1000, app.quit)  # a safety net for the probe itself
    app.exec()
    net.close()
    database.close()
    result["cue_errors_ms"] = cue_errors
    return result


def _run_probe(length_s: int) -> dict[str, object]:
    home = harness.fresh_home(f"timing-{length_s}")
    with tempfile.TemporaryDirectory(dir=harness.scratch()) as data:
        cmd = [harness.PYTHON, "-m", "benchmarks.bench_timing", "--probe", str(length_s), data]
        try:
            result = subprocess.run(
                cmd, env=harness.child_env(home), capture_output=True, text=True,
                timeout=length_s + 90, check=False, cwd=harness.ROOT,
            )  # fmt: skip
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"timing probe ({length_s} s) hung:\n{exc.stderr!r}") from None
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"timing probe ({length_s} s) failed:\n{result.stderr[-3000:]}")
    figures: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    if "end_error_ms" not in figures:
        raise RuntimeError(f"the {length_s} s session never finished:\n{result.stderr[-3000:]}")
    return figures


def measure(lengths: tuple[int, ...] = LENGTHS_S) -> list[Figure]:
    runs = {length: _run_probe(length) for length in lengths}
    figures = []
    for length, run in runs.items():
        error = float(run["end_error_ms"])  # type: ignore[arg-type]
        figures.append(
            Figure(
                f"4. session end error, {length} s session",
                abs(error), " ms", TARGET_MS,
                f"measured {error:+.1f} ms; the session's own late_ms: {run.get('late_ms')}",
            )
        )  # fmt: skip
    longest = runs[max(lengths)]
    cues = [float(value) for value in longest["cue_errors_ms"]][:CUES_MEASURED]  # type: ignore[attr-defined]
    if cues:
        figures.append(
            Figure(
                f"4. pause cue end error, worst of {len(cues)}",
                max(abs(value) for value in cues), " ms", TARGET_MS,
                f"median {statistics.median(cues):+.1f} ms, "
                f"min {min(cues):+.1f}, max {max(cues):+.1f} ms",
            )
        )  # fmt: skip
    if len(runs) >= 2:
        short, long = min(lengths), max(lengths)
        growth = abs(float(runs[long]["end_error_ms"])) - abs(float(runs[short]["end_error_ms"]))  # type: ignore[arg-type]
        figures.append(
            Figure(
                f"4. end error growth, {long} s vs {short} s", max(0.0, growth), " ms",
                GROWTH_TARGET_MS, f"difference {growth:+.1f} ms",
            )
        )  # fmt: skip
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_timing")
    parser.add_argument("--lengths", default=",".join(map(str, LENGTHS_S)))
    parser.add_argument("--probe", nargs=2, metavar=("SECONDS", "DATA_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe is not None:
        print(json.dumps(probe(int(args.probe[0]), Path(args.probe[1]))))
        return 0
    lengths = tuple(int(part) for part in args.lengths.split(","))
    return harness.standalone(lambda: measure(lengths), "Timing accuracy")


if __name__ == "__main__":
    sys.exit(main())
