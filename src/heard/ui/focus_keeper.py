"""Focus mode around a session: the screen is kept awake from the start of a session to its
end (heard.platform.keep_awake), and the start screen says whether the desktop's 'do not
disturb' is on (heard.platform.dnd_status; read only, never changed).

The keep-awake hold is always given back: when a session finishes (completed, ended early,
or interrupted because Heard must quit), after an unexpected error once no session is
running any more (`after_crash`, chained to the crash handler's keep-safe step), and at
quit (`close`, which waits until the release is sent). A session resumed after a crash
holds it again, like any other. If the process dies, the system drops the hold itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from heard.platform.dnd_status import DndState, DndStatus, advice
from heard.platform.keep_awake import KeepAwake
from heard.ui.flow import SessionFlow
from heard.ui.i18n import fill, translate

if TYPE_CHECKING:
    from heard.ui.session_controller import SessionController

log = logging.getLogger(__name__)

REASON = "A conversation is in progress"


class FocusKeeper(QObject):
    def __init__(
        self,
        flow: SessionFlow,
        awake: KeepAwake,
        *,
        wanted: Callable[[], bool] = lambda: True,
        report: Callable[[str], None] | None = None,
        dnd: DndStatus | None = None,
        hint: QLabel | None = None,
    ) -> None:
        """`wanted`: the keep-awake setting, read at each start; `report`: where to say once
        that the screen cannot be kept awake; `hint`: the start screen's focus line."""
        super().__init__(flow)
        self.awake = awake
        self._flow = flow
        self._wanted = wanted
        self._hint = hint
        self.dnd = dnd
        flow.session_started.connect(self._on_session_started)
        flow.session_finished.connect(self._on_session_finished)
        if report is not None:
            awake.unavailable.connect(
                lambda reason: report(
                    fill(
                        translate("FocusKeeper", "The screen may dim during a session: %1."), reason
                    )
                )
            )
        if dnd is not None:
            dnd.changed.connect(self._on_dnd_changed)
            flow.setup.installEventFilter(self)

    def _on_session_started(self, controller: SessionController) -> None:
        if self._wanted():
            log.info("keeping the screen awake (%s)", self.awake.name)
            self.awake.hold(REASON)

    def _on_session_finished(self, _summary: object) -> None:
        self.release()

    def release(self) -> None:
        if self.awake.held:
            log.info("the screen may sleep again")
        self.awake.release()

    def after_crash(self) -> None:
        """After an unexpected error: give the hold back unless a session still runs."""
        controller = self._flow.controller
        if controller is None or not controller.running:
            self.release()

    def close(self) -> None:
        """At quit: release, and wait until the release has been sent."""
        self.awake.release_now()
        if self.dnd is not None:
            self.dnd.stop()

    # ----- do not disturb ---------------------------------------------------------------------
    def refresh_dnd(self) -> None:
        if self.dnd is not None:
            self.dnd.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.refresh_dnd()  # the start screen came back: the setting may have changed
        return False

    def _on_dnd_changed(self, state: DndState) -> None:
        if self._hint is not None and self.dnd is not None:
            self._hint.setText(advice(state, self.dnd.kind))
            self._hint.setAccessibleDescription(self._hint.text())
