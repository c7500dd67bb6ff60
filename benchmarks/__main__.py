"""`make bench`: every benchmark of DESIGN.md's performance budgets, one table, an exit code.

    python -m benchmarks [--only launch,memory,...] [--quick]

Each benchmark prints its own lines as it goes; the table at the end has every figure with
its target. Exits 1 if any target is missed. Never part of `make test`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
import time
from collections.abc import Callable

from benchmarks import (
    bench_cpu,
    bench_dbsize,
    bench_ears,
    bench_history,
    bench_launch,
    bench_memory,
    bench_timing,
    harness,
)
from benchmarks.harness import Figure


def _history(runs: int) -> list[Figure]:
    """The History benchmark has its own main(); its ratio line is read back from it."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = bench_history.main(["--runs", str(runs)])
    text = out.getvalue()
    print(text, end="")
    found = re.search(r"ratio (\d+)/(\d+): ([\d.]+)×", text)
    if found is None:
        return [Figure("5. History open, 3,650 vs 100 sessions", float("nan"), "×", 3.0,
                       f"could not read the ratio (exit {code})")]  # fmt: skip
    large, small, ratio = found.groups()
    detail = " ".join(line.strip() for line in text.splitlines() if "open (cold)" in line)
    figure = Figure(
        f"5. History open, {int(large):,} vs {int(small):,} sessions",
        float(ratio), "×", bench_history.TARGET_RATIO, re.sub(r"\s+", " ", detail),
    )  # fmt: skip
    if code != 0 and figure.passed:
        return [Figure(figure.name, float("inf"), "×", figure.target, f"exit {code}")]
    return [figure]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--only", help="comma-separated: launch,memory,cpu,timing,history,db,ears")
    parser.add_argument("--quick", action="store_true", help="fewer runs (not for the record)")
    args = parser.parse_args(argv)
    quick = args.quick
    benchmarks: dict[str, Callable[[], list[Figure]]] = {
        "launch": lambda: bench_launch.measure(5 if quick else bench_launch.RUNS),
        "memory": lambda: bench_memory.measure(1 if quick else bench_memory.RUNS),
        "cpu": lambda: bench_cpu.measure(
            1 if quick else bench_cpu.RUNS, 20.0 if quick else bench_cpu.WINDOW_S
        ),
        "timing": lambda: bench_timing.measure(bench_timing.LENGTHS_S),
        "history": lambda: _history(2 if quick else bench_history.DEFAULT_RUNS),
        "db": bench_dbsize.measure,
        "ears": lambda: bench_ears.measure(
            1 if quick else bench_ears.RUNS, 20.0 if quick else bench_ears.WINDOW_S
        ),
    }
    chosen = list(benchmarks) if not args.only else [n.strip() for n in args.only.split(",")]
    unknown = [name for name in chosen if name not in benchmarks]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")

    print(f"Heard benchmarks on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    began = time.monotonic()
    figures: list[Figure] = []
    try:
        for name in chosen:
            started = time.monotonic()
            print(f"\n== {name}", flush=True)
            found = benchmarks[name]()
            harness.print_table(found)
            print(f"({time.monotonic() - started:.0f} s)", flush=True)
            figures += found
    finally:
        harness.cleanup()
    print()
    harness.print_table(figures, f"Summary ({time.monotonic() - began:.0f} s in all)")
    missed = [figure.name for figure in figures if not figure.passed]
    if missed:
        print(f"\nMissed {len(missed)} target(s): {'; '.join(missed)}")
    return harness.exit_code(figures)


if __name__ == "__main__":
    sys.exit(main())
