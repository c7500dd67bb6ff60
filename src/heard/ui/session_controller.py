"""Drives a core Session from Qt: timers, storage, the chime, and the screen.

Timing never depends on these timers: a late timer only makes the display late, never a
duration wrong (the core settles deadlines at the exact millisecond they fell due).
- `session-display-refresh` wakes only when the screen would show something new. While a
  partner speaks or reflects it is a precise single shot aimed just past the moment the
  remaining time turns to its next whole second (the talk share and the gentle limit are
  looked at then too); each wake reads the clock and aims at the following second, so
  nothing is counted and nothing drifts. With listening ears on it repeats at 4 Hz instead
  (a held silence can begin at any moment). During a pause cue it repeats at 10 Hz for the
  ring's animation, and these frames send only the ring and the time (`cue_frame`), not whole
  views. Every wake-up costs CPU whatever it draws: this keeps a session within 1.5x the CPU
  of a bare app updating a label at 4 Hz (benchmarks/bench_cpu.py).
- `session-deadline`: a precise single shot aimed at the next deadline (cue end, session end),
  re-armed after every change. Nothing runs while paused or finished.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from heard.core.events import PauseCueFinished, SessionEvent, SessionFinished, TurnStarted
from heard.core.listening import DEFAULT_HOLD_MS
from heard.core.model import EndReason, EventKind, Phase, ReflectionAnswer
from heard.core.session import Session
from heard.core.summary import SessionSummary
from heard.core.view import SessionView
from heard.core.voice_activity import VoiceEvent
from heard.errors import HeardError
from heard.ui.shown import ShownKey, frames_end, shown_key
from heard.ui.widgets.cue_ring import seconds_left

log = logging.getLogger(__name__)

LISTENING_REFRESH_MS = 250
CUE_REFRESH_MS = 100
SECOND_SLACK_MS = 2
"""The second-aligned wake lands this long after the second turns (the session clock and
Qt's timers read the same monotonic clock, but each rounds to whole milliseconds)."""
_TICKING = (Phase.SPEAKING, Phase.PAUSE_CUE, Phase.REFLECTING)
CHECKPOINT_EVERY_MS = 30_000


def ms_to_next_second(remaining_ms: int) -> int:
    """How long until the remaining time, shown in whole seconds rounded up, shows the next
    lower second: 1 to 1000 ms."""
    return (remaining_ms - 1) % 1000 + 1


class Recorder(Protocol):
    def on_event(self, event: SessionEvent) -> None: ...
    def checkpoint(
        self, elapsed_ms: int, open_seq: int | None, open_end_ms: int | None
    ) -> None: ...


class Chime(Protocol):
    def play(self) -> None: ...


class SessionController(QObject):
    view_changed = Signal(object)  # SessionView
    # A frame of a pause cue: the ring's progress and seconds left, and the session's ms left.
    cue_frame = Signal(float, int, int)
    event_happened = Signal(object)  # SessionEvent, after storage has seen it
    finished = Signal(object)  # SessionSummary
    storage_failed = Signal(str)

    def __init__(
        self,
        session: Session,
        recorder: Recorder | None = None,
        chime: Chime | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._recorder = recorder
        self._chime = chime
        self._storage_ok = True
        self._last_checkpoint_ms = 0
        self._refresh = QTimer(self)
        self._refresh.setObjectName("session-display-refresh")
        self._refresh.setTimerType(Qt.TimerType.PreciseTimer)
        self._refresh.setSingleShot(True)
        self._repeating = 0  # the refresh's interval while it repeats; 0: a single shot
        self._refresh.timeout.connect(self._on_refresh)
        self._deadline = QTimer(self)
        self._deadline.setObjectName("session-deadline")
        self._deadline.setSingleShot(True)
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline.timeout.connect(self._on_deadline)
        self._deadline_due: int | None = None
        self._shown: ShownKey | None = None
        # During a pause cue: until this session time, a refresh only moves the ring and the
        # time (a frame); the cue's end, and the session's end (as the session clock has them).
        self._frames_until: int | None = None
        self._cue_end_ms = self._cue_ms = self._planned_ms = 0
        session.subscribe(self._on_session_event)

    # ------------------------------------------------------------------ intents
    def start(self) -> None:
        self.session.start()
        self._update()

    def pass_floor(self) -> None:
        self.session.pass_floor()
        self._update()

    def toggle_pause(self) -> None:
        self.session.toggle_pause()
        self._update()

    def pause(self, kind: EventKind = EventKind.PAUSE) -> bool:
        """Pause for a reason other than the P key (e.g. SUSPEND). False if not running."""
        paused = self.session.pause(kind)
        self._update()
        return paused

    def report_jump_in(self) -> None:
        self.session.report_interruption()
        self._update()

    def end(self, reason: EndReason = EndReason.ENDED_EARLY) -> None:
        self.session.end(reason)
        self._update()

    # presence aids (heard.ui.session_aids sends these)
    def toggle_break(self) -> None:
        """'Need a break': pause with a BREAK event, or carry on after any pause."""
        if not self.session.resume():
            self.session.pause(EventKind.BREAK)
        self._update()

    def start_over(self) -> None:
        self.session.start_over()
        self._update()

    def report_distraction(self) -> bool:
        logged = self.session.log(EventKind.DISTRACTION)
        self._update()
        return logged

    def toggle_wants(self) -> None:
        self.session.toggle_wants()
        self._update()

    def answer_reflection(self, answer: ReflectionAnswer) -> None:
        self.session.answer_reflection(answer)
        self._update()

    def set_listening(self, on: bool, hold_silence_ms: int = DEFAULT_HOLD_MS) -> bool:
        """Listening ears on or off (heard.ui.listening_ears runs the microphone)."""
        changed = self.session.set_listening(on, hold_silence_ms=hold_silence_ms)
        self._update()
        return changed

    def hear(self, event: VoiceEvent) -> None:
        """Speech started or stopped, as listening ears heard it."""
        self.session.hear(event)
        self._update()

    @property
    def running(self) -> bool:
        return self.session.phase not in (Phase.READY, Phase.FINISHED)

    @property
    def recorder(self) -> Recorder | None:
        """What records this session (None when nothing is stored)."""
        return self._recorder

    @property
    def session_id(self) -> int | None:
        """The stored session's row id: None without storage, or while it has not taken the
        row yet (a ResilientRecorder waiting for a full or unwritable folder)."""
        session_id = getattr(self._recorder, "session_id", None)
        return session_id if isinstance(session_id, int) else None

    # ------------------------------------------------------------------ timers
    def _on_refresh(self) -> None:
        if self._frames_until is not None:
            # A pause cue's frame: until `_frames_until` nothing on the screen but the ring
            # and the time can change, and no deadline falls (the deadline timer settles them).
            now = self.session.elapsed_ms()
            if now < self._frames_until:
                left = self._cue_end_ms - now
                progress = 1.0 - left / self._cue_ms
                self.cue_frame.emit(progress, seconds_left(left), self._planned_ms - now)
                return
        self.session.poll()
        view = self.session.view()
        self._checkpoint_if_due(view)
        self._update(view, tick=True)

    def _on_deadline(self) -> None:
        self.session.poll()
        self._update()

    def _update(self, view: SessionView | None = None, *, tick: bool = False) -> None:
        """Re-arm the timers for the phase we are in, then repaint. A display tick that
        would show nothing new (same whole second, same ring step...) repaints nothing."""
        if view is None:
            view = self.session.view()
        self._plan_frames(view)
        if view.phase in _TICKING:
            self._arm_refresh(view)
            wait = self.session.ms_to_next_deadline()
            if wait is not None:
                due = view.elapsed_ms + wait  # on the session clock: moves only on changes
                if due != self._deadline_due or not self._deadline.isActive():
                    self._deadline_due = due
                    self._deadline.start(wait)
        else:
            self._stop_timers()
        shown = shown_key(view)
        if tick and shown == self._shown:
            return
        self._shown = shown
        self.view_changed.emit(view)

    def _arm_refresh(self, view: SessionView) -> None:
        refresh = self._refresh
        if view.phase is Phase.PAUSE_CUE or view.listening:
            interval = CUE_REFRESH_MS if view.phase is Phase.PAUSE_CUE else LISTENING_REFRESH_MS
            if self._repeating != interval:  # already repeating at this rate: leave it be
                self._repeating = interval
                refresh.setSingleShot(False)
                refresh.start(interval)
            return
        if self._repeating:
            self._repeating = 0
            refresh.setSingleShot(True)
        refresh.start(ms_to_next_second(view.remaining_ms) + SECOND_SLACK_MS)

    def _plan_frames(self, view: SessionView) -> None:
        """In a pause cue, refreshes send frames (`cue_frame`: the ring and the time), not
        whole views, until the cue ends or the screen would change otherwise (frames_end)."""
        if view.phase is not Phase.PAUSE_CUE or view.cue_ms <= 0:
            self._frames_until = None
            return
        self._cue_end_ms, self._cue_ms = view.elapsed_ms + view.cue_remaining_ms, view.cue_ms
        self._planned_ms = view.elapsed_ms + view.remaining_ms
        self._frames_until = view.elapsed_ms + frames_end(view)

    def _stop_timers(self) -> None:
        self._refresh.stop()
        self._repeating = 0
        self._deadline.stop()

    def _checkpoint_if_due(self, view: SessionView) -> None:
        if view.phase is not Phase.SPEAKING or self._recorder is None:
            return
        if view.elapsed_ms - self._last_checkpoint_ms < CHECKPOINT_EVERY_MS:
            return
        self._last_checkpoint_ms = view.elapsed_ms
        self._store(lambda r: r.checkpoint(view.elapsed_ms, view.turn_seq, view.elapsed_ms))

    # ------------------------------------------------------------------ events
    def _on_session_event(self, event: SessionEvent) -> None:
        self._store(lambda r: r.on_event(event))
        if isinstance(event, TurnStarted):
            self._last_checkpoint_ms = event.at_ms  # a change of floor is itself saved
        if isinstance(event, PauseCueFinished) and event.honoured and self._chime is not None:
            self._chime.play()
        self.event_happened.emit(event)
        if isinstance(event, SessionFinished):
            self._stop_timers()
            self.finished.emit(
                SessionSummary.from_turns(
                    self.session.turns,
                    elapsed_ms=event.at_ms,
                    planned_ms=self.session.config.planned_ms,
                    reason=event.reason,
                    silences_held=self.session.silences_held,
                )
            )

    def _store(self, write: Callable[[Recorder], None]) -> None:
        if self._recorder is None:
            return
        try:
            write(self._recorder)
        except (HeardError, sqlite3.Error, OSError) as exc:
            log.error("could not save the session: %s", exc)
            if self._storage_ok:
                self._storage_ok = False
                self.storage_failed.emit(
                    self.tr("Heard could not save this session ({0}). It keeps running.").format(
                        exc
                    )
                )
