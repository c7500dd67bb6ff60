"""Test and benchmark aid, never used in normal runs: drives a running session by itself.

Set HEARD_AUTOPILOT to a comma-separated plan, e.g. `pass=0.7,end=5`:
- `pass=S`: the speaker passes the floor every S seconds (the pause cue runs as usual);
- `end=S`:  the session is ended (ended early) S seconds after it started.
The system tests use it to give a real `heard` process changes of floor to checkpoint, so
that kill -9 lands at every kind of moment. An invalid plan is ignored with a log line.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from heard.core.model import EndReason
from heard.ui.flow import SessionFlow

if TYPE_CHECKING:
    from heard.ui.session_controller import SessionController

log = logging.getLogger(__name__)

ENV = "HEARD_AUTOPILOT"


@dataclass(frozen=True)
class Plan:
    pass_every_ms: int | None = None
    end_after_ms: int | None = None


def parse_plan(text: str) -> Plan:
    """Raises ValueError for anything but `pass=S` / `end=S` with positive seconds."""
    values: dict[str, int] = {}
    for part in filter(None, (piece.strip() for piece in text.split(","))):
        key, sep, raw = part.partition("=")
        if not sep or key not in ("pass", "end"):
            raise ValueError(f"unknown autopilot step {part!r}")
        seconds = float(raw)
        if not seconds > 0:
            raise ValueError(f"autopilot {key} must be positive")
        values[key] = round(seconds * 1000)
    return Plan(values.get("pass"), values.get("end"))


class Autopilot(QObject):
    def __init__(self, flow: SessionFlow, plan: Plan) -> None:
        super().__init__(flow)
        self._plan = plan
        self._controller: SessionController | None = None
        self._pass = QTimer(self)
        self._pass.setObjectName("autopilot-pass")
        self._end = QTimer(self)
        self._end.setObjectName("autopilot-end")
        self._end.setSingleShot(True)
        self._pass.timeout.connect(self._on_pass)
        self._end.timeout.connect(self._on_end)
        flow.session_started.connect(self._on_session_started)
        flow.session_finished.connect(self._on_session_finished)

    @classmethod
    def from_environment(cls, flow: SessionFlow) -> Autopilot | None:
        text = os.environ.get(ENV, "").strip()
        if not text:
            return None
        try:
            plan = parse_plan(text)
        except ValueError as exc:
            log.warning("%s ignored: %s", ENV, exc)
            return None
        log.info("autopilot: %s", plan)
        return cls(flow, plan)

    def _on_session_started(self, controller: SessionController) -> None:
        self._controller = controller
        if self._plan.pass_every_ms is not None:
            self._pass.start(self._plan.pass_every_ms)
        if self._plan.end_after_ms is not None:
            self._end.start(self._plan.end_after_ms)

    def _on_session_finished(self, *_args: object) -> None:
        self._pass.stop()
        self._end.stop()
        self._controller = None

    def _on_pass(self) -> None:
        if self._controller is not None:
            self._controller.pass_floor()

    def _on_end(self) -> None:
        if self._controller is not None:
            self._controller.end(EndReason.ENDED_EARLY)
