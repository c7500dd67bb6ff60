"""A session pauses itself when the computer sleeps.

Two signals, whichever comes first:
- logind's PrepareForSleep (heard.platform.sleep_watch), just before the sleep, where the
  system offers it;
- the clock gap (heard.core.clock_watch), seen on the first look after waking: the wall
  clock ran on while the monotonic clock stood still.
Either way the session pauses with a "suspend" event, and the screen says "Paused while the
computer slept" next to its Resume button. A wall-clock jump that is not a sleep is only
logged: durations come from the monotonic clock and never change.

Looking costs one comparison a second, and only while a session is running. It wakes
nothing of its own while a partner speaks: it looks when the screen gets a new view (a new
second at least once a second), and its own timer only stands in when views stop coming
(while paused, or during a pause cue, whose frames are not whole views).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from heard.core.clock import Clock
from heard.core.clock_watch import ClockWatch, is_probable_suspend
from heard.core.model import EventKind
from heard.platform.sleep_watch import SleepWatch
from heard.ui.flow import SessionFlow
from heard.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from heard.core.events import SessionEvent
    from heard.ui.session_controller import SessionController

log = logging.getLogger(__name__)

LOOK_EVERY_MS = 1000
IDLE_LOOK_MS = 2500
"""The guard's own timer: it fires only when no view came for this long."""
SLEPT_TEXT = QT_TRANSLATE_NOOP("SuspendGuard", "Paused while the computer slept")
"""Untranslated (the tests compare the English); shown through self.tr()."""


class SuspendGuard(QObject):
    slept = Signal()  # a running session was paused because the computer slept

    def __init__(
        self, clock: Clock, sleep_watch: SleepWatch | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._watch = ClockWatch(clock)
        self._sleep = sleep_watch
        self._controller: SessionController | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("suspend-watch")
        self._timer.setInterval(IDLE_LOOK_MS)
        self._timer.timeout.connect(self.look_now)
        self._looked_ms = 0
        if sleep_watch is not None:
            sleep_watch.about_to_sleep.connect(self._on_about_to_sleep)

    def attach(self, flow: SessionFlow) -> None:
        """Watch every session `flow` runs, and show the reason on its screen."""
        flow.session_started.connect(self.watch)
        flow.session_finished.connect(self.stop)
        self.slept.connect(lambda: flow.session_screen.set_pause_reason(self.tr(SLEPT_TEXT)))

        def on_event(event: SessionEvent) -> None:
            from heard.core.events import SessionResumed  # loaded by the session already

            if isinstance(event, SessionResumed):
                flow.session_screen.set_pause_reason("")

        flow.session_started.connect(lambda c: c.event_happened.connect(on_event))

    def watch(self, controller: SessionController) -> None:
        self.stop()
        self._controller = controller
        controller.view_changed.connect(self._on_view)
        self._watch.reset()
        self._looked_ms = self._clock.monotonic_ms()
        self._timer.start()

    def stop(self, *_args: object) -> None:
        self._timer.stop()
        if self._controller is not None:
            self._controller.view_changed.disconnect(self._on_view)
        self._controller = None

    def _on_view(self, _view: object) -> None:
        if self._clock.monotonic_ms() - self._looked_ms >= LOOK_EVERY_MS:
            # Not from inside the view's delivery: pausing sends a view of its own.
            self._look(lambda: QTimer.singleShot(0, self._pause))

    def look_now(self) -> None:
        """Compare the clocks now (done about once a second while a session runs)."""
        self._look(self._pause)

    def _look(self, pause: Callable[[], None]) -> None:
        self._looked_ms = self._clock.monotonic_ms()
        if self._controller is not None:
            self._timer.start()  # views are coming: the guard's own timer need not fire
        gap = self._watch.check()
        if gap is None:
            return
        announced = self._sleep.take_announcement() if self._sleep is not None else None
        if is_probable_suspend(gap, sleep_announced=announced):
            log.info(
                "the computer slept about %.0f s (wall %+.1f s, monotonic %+.1f s)",
                gap.skew_ms / 1000,
                gap.wall_ms / 1000,
                gap.mono_ms / 1000,
            )
            pause()
        else:
            log.info(
                "the wall clock jumped %+.1f s (not a sleep); no duration changes",
                gap.skew_ms / 1000,
            )

    def _on_about_to_sleep(self) -> None:
        self._pause()

    def _pause(self) -> None:
        controller = self._controller
        if controller is not None and controller.running and controller.pause(EventKind.SUSPEND):
            self.slept.emit()
