"""Benchmark aid, never active in normal runs: reports when the main window first painted.

Set HEARD_BENCH_REPORT_PAINT to a file path. When the main window has painted for the first
time, `time.monotonic()` (CLOCK_MONOTONIC, the same clock in every process on Linux) is
written to that file. With HEARD_BENCH_QUIT_AFTER_PAINT=1 the app then quits. The bare
baseline app in benchmarks/baselines/ reports the same moment in the same way.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

REPORT_ENV = "HEARD_BENCH_REPORT_PAINT"
QUIT_ENV = "HEARD_BENCH_QUIT_AFTER_PAINT"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, report: Path, quit_after: bool) -> None:
        super().__init__(window)
        self._window = window
        self._report = report
        self._quit = quit_after
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # Zero-time shot: runs once this paint (the whole window's) has been flushed.
            QTimer.singleShot(0, self._on_painted)
        return False

    def _on_painted(self) -> None:
        self._report.write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")
        if self._quit:
            QCoreApplication.quit()


def report_first_paint(window: QWidget) -> None:
    """Install the report when HEARD_BENCH_REPORT_PAINT is set; otherwise do nothing."""
    path = os.environ.get(REPORT_ENV, "").strip()
    if path:
        _FirstPaint(window, Path(path), os.environ.get(QUIT_ENV) == "1")
