"""Baseline: a bare PySide6 app that shows one window (a QMainWindow with a QLabel).

Reports its first paint exactly as Heard does (heard.platform.bench_hooks, copied here so
the baseline imports nothing of Heard): with HEARD_BENCH_REPORT_PAINT=FILE, time.monotonic()
is written to FILE once the window has painted; HEARD_BENCH_QUIT_AFTER_PAINT=1 then quits.
With a number of seconds as argument it quits by itself after that long.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


class FirstPaint(QObject):
    def __init__(self, window: QWidget, report: Path, quit_after: bool) -> None:
        super().__init__(window)
        self._window = window
        self._report = report
        self._quit = quit_after
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._on_painted)
        return False

    def _on_painted(self) -> None:
        self._report.write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")
        if self._quit:
            QCoreApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1100, 760)
    path = os.environ.get("HEARD_BENCH_REPORT_PAINT", "").strip()
    if path:
        FirstPaint(window, Path(path), os.environ.get("HEARD_BENCH_QUIT_AFTER_PAINT") == "1")
    window.show()
    if len(sys.argv) > 1:
        QTimer.singleShot(round(float(sys.argv[1]) * 1000), app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
