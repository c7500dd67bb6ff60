"""Baseline: a bare PySide6 app whose one label shows a countdown updated at 4 Hz.

The idle-cost yardstick for a running session (DESIGN.md: ≤ 1.5× its CPU time).
Quits by itself after the number of seconds given as argument (default 60).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    window = QMainWindow()
    window.setWindowTitle("Label at 4 Hz")
    label = QLabel()
    window.setCentralWidget(label)
    window.resize(1100, 760)
    end = time.monotonic() + seconds

    def tick() -> None:
        left = max(0.0, end - time.monotonic())
        label.setText(f"{int(left) // 60:02d}:{int(left) % 60:02d}.{int(left * 10) % 10}")

    timer = QTimer(window)
    timer.timeout.connect(tick)
    timer.start(250)
    tick()
    window.show()
    QTimer.singleShot(round(seconds * 1000), app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
