"""At launch: a session that did not finish (the app crashed, the battery ran flat) is offered
back. "Resume where we left off" (only within two hours of its last save and with time
left) or "Keep it as interrupted". Closing the dialog keeps it as interrupted: a session is
never dropped, silently or otherwise.

`LaunchRecovery` runs the whole step: it finds unfinished sessions, keeps older ones as
interrupted (the dialog says how many), asks about the newest, and reports the choice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QDateTime, QLocale, QObject, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from heard.core.clock import Clock
from heard.core.summary import format_duration
from heard.storage.repository import SessionRepository
from heard.storage.unfinished import Unfinished, find_unfinished, keep_as_interrupted, resume
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill, plural, translate

if TYPE_CHECKING:
    from heard.core.session import Session
    from heard.storage.recorder import SessionRecorder

log = logging.getLogger(__name__)

RESUME_TEXT = QT_TRANSLATE_NOOP("RecoveryDialog", "Resume where we left off")
KEEP_TEXT = QT_TRANSLATE_NOOP("RecoveryDialog", "Keep it as interrupted")
"""Both untranslated: shown through self.tr() (context RecoveryDialog)."""


class Choice(Enum):
    RESUME = "resume"
    KEEP = "keep"


def describe(item: Unfinished, *, earlier: int = 0) -> str:
    record = item.record

    names = fill(
        translate("RecoveryDialog", "%1 and %2"),
        record.partner_a or translate("RecoveryDialog", "Partner A"),
        record.partner_b or translate("RecoveryDialog", "Partner B"),
    )
    started = QDateTime.fromSecsSinceEpoch(int(record.started_at.timestamp()))
    when = QLocale().toString(started, translate("RecoveryDialog", "dddd dd MMMM 'at' HH:mm"))
    text = fill(
        translate(
            "RecoveryDialog",
            "Heard closed before the session of %1 (%2) had finished. %3 of it was saved.",
        ),
        names,
        when,
        format_duration(item.progress_ms),
    )
    if earlier:
        text += " " + plural(
            earlier,
            translate("RecoveryDialog", "%n earlier unfinished session was kept as interrupted."),
            translate("RecoveryDialog", "%n earlier unfinished sessions were kept as interrupted."),
        )
    return text


class RecoveryDialog(QDialog):
    chosen = Signal(object)  # Choice

    def __init__(
        self, item: Unfinished, *, can_resume: bool, earlier: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("A session did not finish"))
        self.setAccessibleName(self.tr("A session did not finish"))
        self.choice = Choice.KEEP
        self.message = QLabel(describe(item, earlier=earlier))
        self.message.setObjectName("recovery_message")
        self.message.setWordWrap(True)
        hint = (
            self.tr("You can pick up where you left off, or keep what was saved in your history.")
            if can_resume
            else self.tr(
                "It is too long ago to pick up again, so what was saved is kept in your "
                "history as interrupted."
            )
        )
        self.hint = QLabel(hint)
        self.hint.setObjectName("recovery_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.resume_button: QPushButton | None = None
        if can_resume:
            self.resume_button = QPushButton(self.tr(RESUME_TEXT))
            self.resume_button.setAccessibleDescription(
                self.tr("Carry on with this session, paused until you resume")
            )
            self.resume_button.setObjectName("recovery_resume_button")
            self.resume_button.setDefault(True)
            self.resume_button.clicked.connect(lambda: self._choose(Choice.RESUME))
            layout.addWidget(self.resume_button)
        self.keep_button = QPushButton(self.tr(KEEP_TEXT) if can_resume else self.tr("OK"))
        self.keep_button.setObjectName("recovery_keep_button")
        self.keep_button.setAccessibleName(self.tr(KEEP_TEXT))
        self.keep_button.setAccessibleDescription(
            self.tr("What was saved stays in your history, marked as interrupted")
        )
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP))
        layout.addWidget(self.keep_button)
        if not can_resume:
            self.keep_button.setDefault(True)
        self.finished.connect(self._on_finished)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def _on_finished(self, _result: int) -> None:
        self.chosen.emit(self.choice)  # closed or Esc: KEEP, the choice that drops nothing


class Resumed(NamedTuple):
    session: Session
    recorder: SessionRecorder
    started_at: datetime
    uuid: str


class LaunchRecovery(QObject):
    """Offers the newest unfinished session back; `done` carries a Resumed to carry on
    with, or None when there is nothing to resume."""

    done = Signal(object)

    def __init__(
        self,
        repo: SessionRepository,
        clock: Clock,
        parent_widget: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._repo = repo
        self._clock = clock
        self._parent_widget = parent_widget
        self._now = now or clock.wall_utc
        self.dialog: RecoveryDialog | None = None
        self._item: Unfinished | None = None

    def run(self) -> bool:
        """Show the dialog if there is an unfinished session (True), else emit done(None)
        at once (False)."""
        items = find_unfinished(self._repo)
        if not items:
            self.done.emit(None)
            return False
        newest, earlier = items[0], items[1:]
        for item in earlier:
            keep_as_interrupted(self._repo, item)
        self._item = newest
        can = newest.can_resume(self._now())
        log.info("Found unfinished session %d (resumable: %s)", newest.record.id, can)
        self.dialog = RecoveryDialog(
            newest, can_resume=can, earlier=len(earlier), parent=self._parent_widget
        )
        self.dialog.chosen.connect(self._on_chosen)
        self.dialog.open()
        return True

    def _on_chosen(self, choice: Choice) -> None:
        item = self._item
        assert item is not None
        if choice is Choice.RESUME:
            try:
                session, recorder = resume(self._repo, item, self._clock)
                record = item.record
                self.done.emit(Resumed(session, recorder, record.started_at, record.uuid))
                return
            except ValueError as exc:
                log.warning("Could not resume session %d: %s", item.record.id, exc)
        keep_as_interrupted(self._repo, item)
        self.done.emit(None)
