"""Benchmark aid, never active in normal runs: reports when the main window first painted.

Set HEARD_BENCH_REPORT_PAINT to a file path. When the main window has painted for the first
time, `time.monotonic()` (CLOCK_MONOTONIC, the same clock in every process on Linux) is
written to that file. With HEARD_BENCH_QUIT_AFTER_PAINT=1 the app then quits. The bare
baseline app in benchmarks/baselines/ reports the same moment in the same way. Without the
variable this module costs nothing: Qt is imported only when the report is asked for.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

REPORT_ENV = "HEARD_BENCH_REPORT_PAINT"
QUIT_ENV = "HEARD_BENCH_QUIT_AFTER_PAINT"


def report_first_paint(window: QWidget) -> None:
    """Install the report when HEARD_BENCH_REPORT_PAINT is set; otherwise do nothing."""
    path = os.environ.get(REPORT_ENV, "").strip()
    if path:
        _install(window, Path(path), os.environ.get(QUIT_ENV) == "1")


def _install(window: QWidget, report: Path, quit_after: bool) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                # Zero-time shot: runs once this paint (the whole window's) has been flushed.
                QTimer.singleShot(0, on_painted)
            return False

    def on_painted() -> None:
        report.write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")
        if quit_after:
            QCoreApplication.quit()

    window.installEventFilter(FirstPaint(window))
