"""History with ten years of data opens with its charts drawn in ≤ 3× the time for 100
sessions (DESIGN.md, Performance budgets).

Two data folders are filled with demo data (100 and 3,650 sessions, about 100,000 turns).
Each run is a fresh interpreter (cold imports, cold caches, as a user's first click) that
builds the window as the app does, then times from asking History to open until the four
charts have painted, with the range on "Everything" so every session is aggregated and
drawn. Runs alternate A/B/A/B; the figure is the median, with min–max as the spread. A warm
redraw (refresh() on the open screen) is reported too, for information.

    python -m benchmarks.bench_history [--runs N]
Exits 1 if the ratio misses the target.
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
from datetime import date
from pathlib import Path

TARGET_RATIO = 3.0
SIZES = (100, 3650)
DEFAULT_RUNS = 5
TIMEOUT_S = 120


def probe(data_dir: Path) -> dict[str, float]:
    """In this (fresh) process: open History and time it until the charts are painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from heard.core.clock import SystemClock
    from heard.core.periods import RangePreset
    from heard.storage.db import Database
    from heard.storage.repository import SessionRepository
    from heard.ui.history.entry import HistoryEntry
    from heard.ui.main_window import MainWindow
    from heard.ui.setup_screen import SetupScreen
    from heard.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app, dark=False)
    db = Database.open(data_dir / "heard.db")
    window = MainWindow()
    setup = SetupScreen()
    window.add_screen(setup)
    window.show_screen(setup)
    entry = HistoryEntry(
        window, db, SessionRepository(db, SystemClock()), setup, preset=RangePreset.EVERYTHING
    )
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: set[int] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted.add(id(watched))
            return False

    def time_until_painted(action: object) -> float:
        start = time.perf_counter()
        action()  # type: ignore[operator]
        screen = entry.screen
        assert screen is not None and screen.charts is not None, "no charts were built"
        watch = PaintWatch()
        charts = screen.charts
        panels = (charts.minutes, charts.talk, charts.cues, charts.felt)
        viewports = [panel.plot.viewport() for panel in panels]
        for viewport in viewports:
            viewport.installEventFilter(watch)
            viewport.update()
        deadline = start + TIMEOUT_S
        while len(watch.painted) < len(viewports):
            app.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError("the charts were never painted")
        elapsed = time.perf_counter() - start
        for viewport in viewports:
            viewport.removeEventFilter(watch)
        return elapsed * 1000

    open_ms = time_until_painted(entry.open)
    screen = entry.screen
    assert screen is not None
    sessions = screen.table.proxy.rowCount()
    refresh_ms = time_until_painted(screen.refresh)
    db.close()
    return {"open_ms": open_ms, "refresh_ms": refresh_ms, "sessions": sessions}


def _run_probe(data_dir: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_history", "--probe", str(data_dir)],
        capture_output=True, text=True, timeout=TIMEOUT_S, env=env, check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"probe failed for {data_dir}:\n{result.stderr}")
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _fill(folder: Path, sessions: int) -> tuple[int, int]:
    from heard.storage.db import Database
    from heard.storage.demo_data import generate

    folder.mkdir(parents=True, exist_ok=True)
    with Database.open(folder / "heard.db") as db:
        result = generate(db, sessions=sessions, until=date.today(), seed=1)
    return result.sessions, result.turns


def _describe(values: list[float]) -> str:
    median = statistics.median(values)
    return f"median {median:7.1f} ms  (min {min(values):.1f}, max {max(values):.1f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_history")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="runs per size")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe is not None:
        print(json.dumps(probe(args.probe)))
        return 0

    print("History: open to charts drawn, range 'Everything' (fresh process per run)")
    with tempfile.TemporaryDirectory(prefix="heard-bench-history-") as root:
        folders = {}
        for size in SIZES:
            folders[size] = Path(root) / f"s{size}"
            sessions, turns = _fill(folders[size], size)
            print(f"  data: {sessions:>5} sessions, {turns:>6} turns")
        opened: dict[int, list[float]] = {size: [] for size in SIZES}
        refreshed: dict[int, list[float]] = {size: [] for size in SIZES}
        for _ in range(max(1, args.runs)):
            for size in SIZES:  # alternate, so drift hits both alike
                figures = _run_probe(folders[size])
                if figures["sessions"] != size:
                    raise RuntimeError(f"History showed {figures['sessions']} of {size} sessions")
                opened[size].append(figures["open_ms"])
                refreshed[size].append(figures["refresh_ms"])
    small, large = SIZES
    for label, table in (("open (cold)", opened), ("redraw (warm)", refreshed)):
        for size in SIZES:
            print(f"  {label:<14} {size:>5} sessions: {_describe(table[size])}")
    ratio = statistics.median(opened[large]) / statistics.median(opened[small])
    warm = statistics.median(refreshed[large]) / statistics.median(refreshed[small])
    verdict = "OK" if ratio <= TARGET_RATIO else "MISSED"
    print(f"  ratio {large}/{small}: {ratio:.2f}× (target ≤ {TARGET_RATIO:g}×) {verdict}")
    print(f"  warm redraw ratio, for information: {warm:.2f}×")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
