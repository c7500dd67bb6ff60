"""The path a couple takes through the window: setup → session → summary → setup.

The session and summary screens are built when first needed, not at launch: a couple who
only opens History or Settings never pays for them (memory budget, DESIGN.md). The session
screen is built at the first Start (or a session brought back, or `heard session`), before
the session's clock starts; the summary right after the session screen first paints, so
the end of a session shows at once. Code that wires into the session screen does it
through `with_session_screen`, which waits for the screen to exist.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from heard.core.model import EndReason
from heard.ui.main_window import MainWindow
from heard.ui.setup_screen import SetupScreen

if TYPE_CHECKING:
    from heard.core.clock import Clock
    from heard.core.model import SessionConfig
    from heard.core.session import Session
    from heard.core.summary import SessionSummary
    from heard.ui.announcer import SessionAnnouncer
    from heard.ui.post_session import PostSessionDeps, PostSessionFlow
    from heard.ui.session_controller import Chime, Recorder, SessionController
    from heard.ui.session_screen import SessionScreen
    from heard.ui.summary_screen import SummaryScreen

log = logging.getLogger(__name__)

RecorderFactory = Callable[["SessionConfig"], "Recorder | None"]


class SessionFlow(QObject):
    session_screen_built = Signal(object)  # SessionScreen, once, when first needed
    session_started = Signal(object)  # SessionController
    session_finished = Signal(object)  # SessionSummary
    problem_reported = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        clock: Clock,
        recorder_factory: RecorderFactory,
        chime: Chime | None = None,
        *,
        fullscreen: bool = True,
        post_session: PostSessionDeps | None = None,
        setup: SetupScreen | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self._clock = clock
        self._recorder_factory = recorder_factory
        self._chime = chime
        self.fullscreen = fullscreen
        self.controller: SessionController | None = None
        self._was_maximized = False

        self.setup = setup if setup is not None else SetupScreen()  # given: already shown
        if window.stack.indexOf(self.setup) < 0:
            window.add_screen(self.setup)
        self._session_screen: SessionScreen | None = None
        self._announcer: SessionAnnouncer | None = None
        self._summary: SummaryScreen | None = None
        self.setup.start_requested.connect(self.start)
        window.close_guard = self._on_close_requested
        self._finished: tuple[int, SessionConfig] | None = None
        self.after: PostSessionFlow | None = None
        if post_session is not None:
            self.attach_post_session(post_session)
        window.show_screen(self.setup)

    # ------------------------------------------------------------------ screens
    @property
    def session_screen(self) -> SessionScreen:
        """The running session's screen, built the first time it is asked for."""
        if self._session_screen is None:
            from heard.ui.announcer import SessionAnnouncer
            from heard.ui.first_paint import after_first_paint
            from heard.ui.session_screen import SessionScreen

            screen = SessionScreen()
            self.window.add_screen(screen)
            after_first_paint(screen, self._prebuild_summary)
            # Screen readers hear floor changes, the pause cue, the last minute and the end.
            self._announcer = SessionAnnouncer(screen.status_announcement, parent=self)
            self._session_screen = screen
            self.session_screen_built.emit(screen)
        return self._session_screen

    @property
    def announcer(self) -> SessionAnnouncer:
        self.session_screen  # noqa: B018 (built with the screen)
        assert self._announcer is not None
        return self._announcer

    def with_session_screen(self, use: Callable[[SessionScreen], None]) -> None:
        """Call `use` with the session screen: now if it exists, else once it is built."""
        if self._session_screen is not None:
            use(self._session_screen)
        else:
            self.session_screen_built.connect(use)

    def _prebuild_summary(self) -> None:
        self.summary  # noqa: B018 (built now, while nothing else is happening)

    @property
    def summary(self) -> SummaryScreen:
        """The screen after a session, built just after the session screen first paints
        (or when first asked for)."""
        if self._summary is None:
            from heard.ui.summary_screen import SummaryScreen

            summary = SummaryScreen()
            self.window.add_screen(summary)
            summary.done_clicked.connect(self._on_summary_done)
            if self.after is not None:
                self._continue_to_check_in(summary)
            self._summary = summary
        return self._summary

    def _continue_to_check_in(self, summary: SummaryScreen) -> None:
        summary.done_button.setText(self.tr("Continue"))
        summary.done_button.setAccessibleName(self.tr("Continue"))
        summary.done_button.setAccessibleDescription(self.tr("Go on to the check-in"))

    def attach_post_session(self, deps: PostSessionDeps) -> PostSessionFlow:
        """After the summary, go on to the check-in, repair checklist and note."""
        from heard.ui.post_session import PostSessionFlow

        self.after = PostSessionFlow(self.window, deps, self.start, parent=self)
        self.after.closed.connect(self._show_setup)
        self.after.problem_reported.connect(self.problem_reported)
        if self._summary is not None:
            self._continue_to_check_in(self._summary)
        return self.after

    # ------------------------------------------------------------------ session
    def start(self, config: SessionConfig) -> SessionController:
        if self.controller is not None and self.controller.running:
            raise RuntimeError("a session is already running")
        from heard.core.session import Session

        self.session_screen  # noqa: B018 (built the first time before the session's clock starts)
        recorder = self._recorder_factory(config)
        return self._run(Session(config, self._clock), recorder)

    def resume(self, session: Session, recorder: Recorder | None) -> SessionController:
        """Carry on with a session brought back after a crash (Session.restore: paused)."""
        if self.controller is not None and self.controller.running:
            raise RuntimeError("a session is already running")
        return self._run(session, recorder)

    def _run(self, session: Session, recorder: Recorder | None) -> SessionController:
        from heard.ui.session_controller import SessionController

        config = session.config
        controller = SessionController(session, recorder, self._chime, parent=self)
        screen = self.session_screen
        screen.set_names(config.partner_a, config.partner_b)
        controller.view_changed.connect(screen.render)
        controller.cue_frame.connect(screen.show_cue_frame)
        self.announcer.set_names(config.partner_a, config.partner_b)
        controller.view_changed.connect(self.announcer.observe)
        controller.finished.connect(self._on_finished)
        controller.storage_failed.connect(self.problem_reported)
        screen.pass_requested.connect(controller.pass_floor)
        screen.pause_requested.connect(controller.toggle_pause)
        screen.jumped_in_reported.connect(controller.report_jump_in)
        screen.end_requested.connect(controller.end)
        self.controller = controller
        self.window.show_screen(screen)
        self.window.set_subtitle(self.tr("in a session"))
        if self.fullscreen:
            self._was_maximized = self.window.isMaximized()
            self.window.showFullScreen()
        controller.start()
        self.session_started.emit(controller)
        return controller

    def _disconnect(self, controller: SessionController) -> None:
        screen = self.session_screen
        for signal in (
            screen.pass_requested,
            screen.pause_requested,
            screen.jumped_in_reported,
            screen.end_requested,
        ):
            signal.disconnect()
        controller.view_changed.disconnect(screen.render)
        controller.cue_frame.disconnect(screen.show_cue_frame)
        controller.view_changed.disconnect(self.announcer.observe)

    def _on_finished(self, summary: SessionSummary) -> None:
        controller = self.controller
        assert controller is not None
        self.announcer.observe(controller.session.view())  # "The session is over."
        self._disconnect(controller)
        if self.window.isFullScreen():
            if self._was_maximized:
                self.window.showMaximized()
            else:
                self.window.showNormal()
        config = controller.session.config
        session_id = controller.session_id
        self._finished = None if session_id is None else (session_id, config)
        self.summary.show_summary(summary, config.partner_a, config.partner_b)
        self.window.set_subtitle("")
        self.window.show_screen(self.summary)
        self.session_finished.emit(summary)

    def _on_summary_done(self) -> None:
        if self.after is not None and self._finished is not None:
            self.after.begin(*self._finished)
            self._finished = None
            return
        self._show_setup()

    def _show_setup(self) -> None:
        self.setup.reset_for_next()
        self.window.show_screen(self.setup)

    # ------------------------------------------------------------------ quitting
    def interrupt(self) -> None:
        """The app must stop now (logout, SIGTERM): keep what was said as interrupted."""
        if self.controller is not None and self.controller.running:
            self.controller.end(EndReason.INTERRUPTED)

    def _on_close_requested(self) -> bool:
        """Closing mid-session asks first, without blocking: the close is refused now and
        repeated once the couple confirms."""
        if self.controller is None or not self.controller.running:
            return True
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setObjectName("confirm_close")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("End the session?"))
        box.setText(self.tr("A session is running. End it and close Heard?"))
        box.setInformativeText(self.tr("What you have shared so far is kept."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_close_answered)
        box.open()
        return False

    def _on_close_answered(self, result: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        if result != QMessageBox.StandardButton.Yes or self.controller is None:
            return
        self.controller.end(EndReason.ENDED_EARLY)
        self.window.close()
