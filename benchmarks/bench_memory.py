"""Peak memory until History is opened: `heard` vs a bare PySide6 app showing one window.

Peak resident memory (ru_maxrss from wait4(), for that one child) over two runs of Heard:
- idle: started on the start screen, left until everything deferred after the first paint
  (database, session screens, safety net, the chime's preload) has been built;
- session: `heard session` with a few changes of floor, pause cues and their chime, then
  the summary screen.
The bare app shows its window for the same time. Runs alternate. Target: ratio ≤ 1.3.

    python -m benchmarks.bench_memory [--runs N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import harness
from benchmarks.harness import Figure

TARGET = 1.3
RUNS = 3
IDLE_S = 3.0
SESSION_S = 7.0
AUTOPILOT = "pass=1,end=6"  # four cues, then ended early: the summary screen shows


def peak_rss_mib(cmd: Sequence[str], home: Path, extra: dict[str, str] | None = None) -> float:
    done = harness.run_child(cmd, harness.child_env(home, extra), timeout_s=60)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[-1]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return done.max_rss_kib / 1024


def measure(runs: int = RUNS) -> list[Figure]:
    figures = []
    scenarios = {
        "idle": ([*harness.HEARD, "--quit-after", str(IDLE_S)], {}, IDLE_S),
        "session": (
            [*harness.HEARD, "session", "--minutes", "1", "--names", "Robin", "Sam",
             "--quit-after", str(SESSION_S)],
            {"HEARD_AUTOPILOT": AUTOPILOT},
            SESSION_S,
        ),
    }  # fmt: skip
    for name, (cmd, extra, seconds) in scenarios.items():
        home = harness.fresh_home(f"memory-{name}")
        bare_home = harness.fresh_home(f"memory-bare-{name}")
        bare = [*harness.baseline("bare_window.py"), str(seconds)]
        sides: dict[str, Callable[[], float]] = {
            "heard": lambda cmd=cmd, home=home, extra=extra: peak_rss_mib(cmd, home, extra),
            "bare": lambda bare=bare, home=bare_home: peak_rss_mib(bare, home),
        }
        values = harness.alternate(sides, runs, warmup=1)
        figures.append(
            harness.ratio_figure(
                f"2. peak memory ({name}), heard/bare", values, target=TARGET, unit="MiB"
            )
        )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_memory")
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args(argv)
    return harness.standalone(lambda: measure(args.runs), "Peak memory")


if __name__ == "__main__":
    sys.exit(main())
