"""CPU time of a running session: `heard session` vs a bare Qt app updating a label at 4 Hz.

Heard runs a 2-minute session offscreen; the test-only autopilot (HEARD_AUTOPILOT) passes
the floor every 10 s, so each 10 s holds one 3-second pause cue with its animation. After
SETTLE_S, user + system CPU time is read from /proc at the start and the end of a 60 s
window that holds six whole cues. The baseline (benchmarks/baselines/label_4hz.py) is
measured over the same window. Runs alternate, never concurrently (two cores: one run would
disturb the other). Target: ratio ≤ 1.5.

    python -m benchmarks.bench_cpu [--runs N] [--seconds S]
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import harness
from benchmarks.harness import Figure

TARGET = 1.5
RUNS = 3
WINDOW_S = 60.0
SETTLE_S = 4.0
PASS_EVERY_S = 10


def cpu_over_window(
    cmd: Sequence[str], home: Path, extra: dict[str, str], window_s: float
) -> float:
    env = harness.child_env(home, extra)
    proc = subprocess.Popen(
        list(cmd), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=harness.ROOT
    )
    try:
        time.sleep(SETTLE_S)
        if proc.poll() is not None:
            raise RuntimeError(f"{cmd[-1]} exited early ({proc.returncode})")
        start = harness.proc_cpu_s(proc.pid)
        time.sleep(window_s)
        if proc.poll() is not None:
            raise RuntimeError(f"{cmd[-1]} exited before the window ended ({proc.returncode})")
        return harness.proc_cpu_s(proc.pid) - start
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # heard saves and quits; the baseline just quits
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def measure(runs: int = RUNS, window_s: float = WINDOW_S) -> list[Figure]:
    lifetime = SETTLE_S + window_s + 30
    heard_cmd = [
        *harness.HEARD, "session", "--minutes", "2", "--names", "Robin", "Sam",
        "--quit-after", str(lifetime),
    ]  # fmt: skip
    bare_cmd = [*harness.baseline("label_4hz.py"), str(lifetime)]
    autopilot = {"HEARD_AUTOPILOT": f"pass={PASS_EVERY_S}"}
    sides: dict[str, Callable[[], float]] = {
        "heard": lambda: cpu_over_window(
            heard_cmd, harness.fresh_home("cpu-heard"), autopilot, window_s
        ),
        "bare": lambda: cpu_over_window(bare_cmd, harness.fresh_home("cpu-bare"), {}, window_s),
    }
    values = harness.alternate(sides, runs, warmup=0)
    return [
        harness.ratio_figure(
            f"3. CPU, {window_s:g} s of a session, heard/label@4Hz",
            values, target=TARGET, unit="ms", scale=1000, digits=0,
        )
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_cpu")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--seconds", type=float, default=WINDOW_S, help="measured window")
    args = parser.parse_args(argv)
    return harness.standalone(lambda: measure(args.runs, args.seconds), "CPU during a session")


if __name__ == "__main__":
    sys.exit(main())
