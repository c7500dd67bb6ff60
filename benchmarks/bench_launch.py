"""Launch to first window painted: `heard` vs a bare PySide6 app showing one window.

Both report the moment the same way: with HEARD_BENCH_REPORT_PAINT=FILE they write
time.monotonic() (CLOCK_MONOTONIC, shared by every process) to FILE once their main window
has painted, then quit (HEARD_BENCH_QUIT_AFTER_PAINT=1). The time runs from just before
Popen to that timestamp. Heard starts on an existing data folder, as on every launch but
the first. Target: ratio ≤ 1.3 (DESIGN.md, Performance budgets).

    python -m benchmarks.bench_launch [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import harness
from benchmarks.harness import Figure

TARGET = 1.3
RUNS = 40
"""Each launch takes ~0.15 s, and single launches on this 2-core machine vary by ±30%: with
15 pairs the median ratio moved by ±0.04 between runs, with 40 by about ±0.02."""


def time_to_paint(cmd: Sequence[str], home: Path) -> float:
    """Seconds from Popen to the child's first painted window."""
    report = home / "painted"
    report.unlink(missing_ok=True)
    env = harness.child_env(
        home, {"HEARD_BENCH_REPORT_PAINT": str(report), "HEARD_BENCH_QUIT_AFTER_PAINT": "1"}
    )
    start = time.monotonic()
    done = harness.run_child(cmd, env, timeout_s=60)
    if done.returncode != 0 or not report.exists():
        raise RuntimeError(f"{cmd[-1]} did not report its first paint:\n{done.stderr[-2000:]}")
    return float(report.read_text()) - start


def measure(runs: int = RUNS) -> list[Figure]:
    heard_home = harness.fresh_home("launch-heard")
    bare_home = harness.fresh_home("launch-bare")
    bare_cmd = harness.baseline("bare_window.py")
    sides: dict[str, Callable[[], float]] = {
        "heard": lambda: time_to_paint(harness.HEARD, heard_home),
        "bare": lambda: time_to_paint(bare_cmd, bare_home),
    }
    # Two warm-ups: the first also creates Heard's data folder and the bytecode caches.
    values = harness.alternate(sides, runs, warmup=2)
    return [
        harness.ratio_figure(
            "1. launch → first paint, heard/bare", values, target=TARGET, unit="ms", scale=1000
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_launch")
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args(argv)
    return harness.standalone(lambda: measure(args.runs), "Launch")


if __name__ == "__main__":
    sys.exit(main())
