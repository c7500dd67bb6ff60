"""Between the start screen's Start and the session: the readiness check (a setting, on by
default). It stands only in front of the start screen's button, never in front of
`heard session` or a session brought back after a crash."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from heard.core.model import SessionConfig
from heard.ui.flow import SessionFlow

if TYPE_CHECKING:  # the dialog is built, and imported, when first shown
    from heard.ui.readiness_dialog import ReadinessDialog

log = logging.getLogger(__name__)

LaterHandler = Callable[[str, int, datetime], None]


class ReadinessGate(QObject):
    def __init__(
        self,
        flow: SessionFlow,
        *,
        enabled: Callable[[], bool],
        set_enabled: Callable[[bool], None],
        now: Callable[[], datetime],
        later: LaterHandler,
        tz: tzinfo | None = None,
    ) -> None:
        """`later(template_id, minutes, at)`: keep a reminder for the chosen time."""
        super().__init__(flow)
        self._flow = flow
        self._enabled, self._set_enabled = enabled, set_enabled
        self._now, self._later, self._tz = now, later, tz
        self.dialog: ReadinessDialog | None = None
        flow.setup.start_requested.disconnect(flow.start)
        flow.setup.start_requested.connect(self._on_start_requested)

    def _on_start_requested(self, config: SessionConfig) -> None:
        if not self._enabled():
            self._flow.start(config)
            return
        minutes = round(config.planned_s / 60)
        from heard.ui.readiness_dialog import ReadinessDialog

        dialog = ReadinessDialog(minutes, self._now(), self._tz, parent=self._flow.window)
        dialog.ready.connect(lambda: self._flow.start(config))
        dialog.later_chosen.connect(lambda at: self._later(config.template, minutes, at))
        dialog.ask_again_changed.connect(self._set_enabled)
        self.dialog = dialog
        log.info("readiness check before a %d-minute session", minutes)
        dialog.open()
