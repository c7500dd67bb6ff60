"""The steps after a session's summary: check-in → repair checklist and note → saved.

Every step can be skipped. The check-in is saved as soon as both have answered; the
checklist and the note when Done or 'Try that again' is pressed. 'Try that again' starts a
short session (5 minutes by default) linked to this one with session.follow_up_of.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from heard.core.checklist import ChecklistContent
from heard.core.model import SessionConfig
from heard.errors import HeardError
from heard.storage import crypto
from heard.storage.keyring_store import KeyringStore
from heard.storage.post_session import PostSessionAnswers, PostSessionStore
from heard.ui.background import KEYRING_TIMEOUT_MS
from heard.ui.main_window import MainWindow

if TYPE_CHECKING:  # the screens are built on first use (start-up budget)
    from heard.ui.checkin_screen import CheckIn, CheckInScreen
    from heard.ui.checklist_screen import ChecklistScreen
    from heard.ui.note_editor import NoteEditor
    from heard.ui.session_controller import SessionController

log = logging.getLogger(__name__)

FOLLOW_UP_TEMPLATE = "try_again"


@dataclass(frozen=True)
class PostSessionDeps:
    """What the after-session steps (and History's editor) need."""

    store: PostSessionStore
    keys: KeyringStore
    content: ChecklistContent
    follow_up_minutes: int = 5
    keyring_timeout_ms: int = KEYRING_TIMEOUT_MS
    scrypt_cost_log2: int = crypto.DEFAULT_COST_LOG2

    def note_editor(self) -> NoteEditor:
        from heard.ui.note_editor import NoteEditor

        return NoteEditor(
            self.keys,
            keyring_timeout_ms=self.keyring_timeout_ms,
            scrypt_cost_log2=self.scrypt_cost_log2,
        )


class PostSessionFlow(QObject):
    closed = Signal()  # back to the start
    saved = Signal(int)  # session id, after the checklist and note were written
    follow_up_started = Signal(int, int)  # the new session's id, the id it follows up
    problem_reported = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        deps: PostSessionDeps,
        start_session: Callable[[SessionConfig], SessionController],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.deps = deps
        self._start_session = start_session
        self.session_id: int | None = None
        self._config: SessionConfig | None = None
        self._uuid = ""
        self._screens: tuple[CheckInScreen, ChecklistScreen] | None = None

    @property
    def checkin(self) -> CheckInScreen:
        return self._built()[0]

    @property
    def checklist(self) -> ChecklistScreen:
        return self._built()[1]

    def _built(self) -> tuple[CheckInScreen, ChecklistScreen]:
        """The two screens, made the first time they are needed."""
        if self._screens is not None:
            return self._screens
        from heard.ui.checkin_screen import CheckInScreen
        from heard.ui.checklist_screen import ChecklistScreen

        deps = self.deps
        checkin = CheckInScreen(deps.content)
        checklist = ChecklistScreen(
            deps.content, deps.note_editor(), follow_up_minutes=deps.follow_up_minutes
        )
        self.window.add_screen(checkin)
        self.window.add_screen(checklist)
        checkin.answered.connect(self._on_checked_in)
        checkin.continued.connect(self._show_checklist)
        checkin.skipped.connect(self._show_checklist)
        checklist.done_clicked.connect(self._on_done)
        checklist.skipped.connect(self._close)
        checklist.try_again_clicked.connect(self._on_try_again)
        self._screens = (checkin, checklist)
        return self._screens

    def begin(self, session_id: int, config: SessionConfig) -> None:
        """Start the after-session steps for a finished session."""
        try:
            record = self.deps.store.load(session_id)
        except HeardError as exc:
            self._report(str(exc))
            self._close()
            return
        self.session_id, self._config = session_id, config
        self._uuid = record.uuid
        self.checkin.begin(record.partner_a, record.partner_b)
        self.window.set_subtitle(self.tr("after the session"))
        self.window.show_screen(self.checkin)
        self.checkin.scale.setFocus()

    def _on_checked_in(self, answer: CheckIn) -> None:
        assert self.session_id is not None
        felt = (answer.felt_heard_a, answer.felt_heard_b)
        self._save(PostSessionAnswers(felt_heard=felt))

    def _show_checklist(self) -> None:
        self.checklist.begin(self._uuid)
        self.window.show_screen(self.checklist)
        self.checklist.focus_first()

    def _save_checklist(self) -> bool:
        answers = PostSessionAnswers(
            checklist=self.checklist.checklist.answers(), note=self.checklist.note.outcome()
        )
        if not self._save(answers):
            self.checklist.show_problem(
                self.tr("This could not be saved. Your answers are still here; try again.")
            )
            return False
        assert self.session_id is not None
        self.saved.emit(self.session_id)
        return True

    def _on_done(self) -> None:
        if self._save_checklist():
            self._close()

    def _on_try_again(self) -> None:
        if not self._save_checklist():
            return
        parent_id, config = self.session_id, self._config
        assert parent_id is not None and config is not None
        follow_up = dataclasses.replace(
            config, planned_s=self.deps.follow_up_minutes * 60, template=FOLLOW_UP_TEMPLATE
        )
        self.session_id = None
        self.window.set_subtitle("")
        controller = self._start_session(follow_up)
        new_id = controller.session_id
        if new_id is None:
            return
        try:
            self.deps.store.link_follow_up(new_id, parent_id)
        except HeardError as exc:
            self._report(str(exc))
            return
        self.follow_up_started.emit(new_id, parent_id)

    def _save(self, answers: PostSessionAnswers) -> bool:
        assert self.session_id is not None
        try:
            self.deps.store.save(self.session_id, answers)
        except HeardError as exc:
            self._report(str(exc))
            return False
        return True

    def _report(self, text: str) -> None:
        log.error("After-session step: %s", text)
        self.problem_reported.emit(text)

    def _close(self) -> None:
        if self._screens is not None:
            self._screens[1].note.cancel()
        self.session_id = None
        self.window.set_subtitle("")
        self.closed.emit()
