"""CPU cost of listening ears: the same session with and without them, ≤ 3% of one core.

Each side is a fresh process (offscreen) running a real session: SessionController with
the system clock, the session screen drawn as in the app, the floor passed every 10 s. On
the "ears" side, ListeningEars runs the whole path the microphone would take, fed in real
time by a FileAudioSource (the speech fixture, looped): 30 ms chunks → PCM frames →
WebRTC VAD → debounced detector → session. No microphone is needed (none exists in CI);
QAudioSource would deliver the same chunks from its own thread.

After SETTLE_S, user + system CPU time is read from /proc at the start and end of a
WINDOW_S window. Runs alternate (ears, plain, ears, plain...), never concurrently. The
figure: (median CPU with ears − median CPU without) / window, in % of one core.

    python -m benchmarks.bench_ears [--runs N] [--seconds S]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from benchmarks import harness
from benchmarks.harness import Figure

TARGET_PCT = 3.0
RUNS = 3
WINDOW_S = 60.0
SETTLE_S = 4.0
PASS_EVERY_S = 10
FIXTURE = harness.ROOT / "tests" / "fixtures" / "vad" / "speech_pause_speech.wav"


# ------------------------------------------------------------------ the child
def child(ears: bool, lifetime_s: float) -> int:
    """In this process: a session (with or without listening ears) until `lifetime_s`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from heard.core.clock import SystemClock
    from heard.core.model import SessionConfig
    from heard.core.session import Session
    from heard.platform.audio_source import FileAudioSource
    from heard.ui.listening_ears import ListeningEars
    from heard.ui.session_controller import SessionController
    from heard.ui.session_screen import SessionScreen
    from heard.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme = apply_theme(app, dark=False)
    clock = SystemClock()
    controller = SessionController(Session(SessionConfig("Robin", "Sam", planned_s=600), clock))
    screen = SessionScreen(theme=theme)
    screen.set_names("Robin", "Sam")
    screen.resize(1280, 800)
    controller.view_changed.connect(screen.render)
    screen.show()
    controller.start()
    passer = QTimer()
    passer.timeout.connect(controller.pass_floor)
    passer.start(PASS_EVERY_S * 1000)
    listening: ListeningEars | None = None
    if ears:
        source = FileAudioSource(FIXTURE, clock, realtime=True, loop=True)
        listening = ListeningEars(controller, lambda: source)
        if not listening.start():
            print("listening ears did not start", file=sys.stderr)
            return 2
    QTimer.singleShot(round(lifetime_s * 1000), app.quit)
    app.exec()
    if listening is not None and listening.pipeline is not None:
        frames = listening.pipeline.frames
        print(f"frames heard: {frames}", file=sys.stderr)
        listening.stop()
    controller.end()
    return 0


# ------------------------------------------------------------------ the parent
def cpu_over_window(ears: bool, window_s: float) -> float:
    home = harness.fresh_home("ears-on" if ears else "ears-off")
    lifetime = SETTLE_S + window_s + 30
    cmd = [harness.PYTHON, "-m", "benchmarks.bench_ears", "--child", "on" if ears else "off",
           "--lifetime", str(lifetime)]  # fmt: skip
    proc = subprocess.Popen(
        cmd,
        env=harness.child_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=harness.ROOT,
    )
    try:
        time.sleep(SETTLE_S)
        if proc.poll() is not None:
            raise RuntimeError(f"the {'ears' if ears else 'plain'} session exited early")
        start = harness.proc_cpu_s(proc.pid)
        time.sleep(window_s)
        if proc.poll() is not None:
            raise RuntimeError("the session exited before the window ended")
        return harness.proc_cpu_s(proc.pid) - start
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def measure(runs: int = RUNS, window_s: float = WINDOW_S) -> list[Figure]:
    sides: dict[str, Callable[[], float]] = {
        "ears": lambda: cpu_over_window(True, window_s),
        "plain": lambda: cpu_over_window(False, window_s),
    }
    values = harness.alternate(sides, runs, warmup=0)
    with_ears, plain = statistics.median(values["ears"]), statistics.median(values["plain"])
    pct = 100.0 * (with_ears - plain) / window_s
    detail = (
        f"with ears {harness.spread(values['ears'], 'ms', 1000, 0)}; "
        f"without {harness.spread(values['plain'], 'ms', 1000, 0)} CPU over {window_s:g} s"
    )
    return [Figure(f"7. Listening ears CPU, {window_s:g} s session", pct, "%", TARGET_PCT, detail)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_ears")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--seconds", type=float, default=WINDOW_S, help="measured window")
    parser.add_argument("--child", choices=("on", "off"), help=argparse.SUPPRESS)
    parser.add_argument("--lifetime", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        return child(args.child == "on", args.lifetime)
    return harness.standalone(lambda: measure(args.runs, args.seconds), "Listening ears")


if __name__ == "__main__":
    sys.exit(main())
