"""Run the rest of start-up once the couple can see the window.

The start screen is built and shown first; everything it does not need (the database,
History's entry point, the safety net, the chime) is built right after the window's first
paint, so the window appears sooner. The session screens wait for the first Start
(heard.ui.flow), which uses the same hook to build the summary once the session shows. If the window
never paints (hidden, or a platform that does not expose it), a fallback timer runs the
rest anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

FALLBACK_MS = 1000


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        self._fallback = QTimer(self)
        self._fallback.setObjectName("first-paint-fallback")
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._on_fallback)
        self._fallback.start(fallback_ms)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            self._fallback.stop()
            # Zero-time shot: runs once this paint has reached the screen.
            QTimer.singleShot(0, self._run)
        return False

    def _on_fallback(self) -> None:
        log.info("the window did not paint within %d ms; finishing start-up anyway",
                 self._fallback.interval())  # fmt: skip
        self._window.removeEventFilter(self)
        self._run()

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()
        self.deleteLater()


def after_first_paint(
    window: QWidget, callback: Callable[[], None], *, fallback_ms: int = FALLBACK_MS
) -> None:
    """Call `callback` once, just after `window` first paints (install before show())."""
    _AfterFirstPaint(window, callback, fallback_ms)
