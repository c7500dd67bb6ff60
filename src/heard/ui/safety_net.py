"""Everything that keeps a session safe, assembled once so app.py only wires it in.

- a crash dialog on unexpected errors (after saving a checkpoint);
- sessions recorded through a ResilientRecorder (unwritable/full folder: keep, retry, rescue);
- the launch-time offer to resume an unfinished session, or keep it as interrupted;
- a session that pauses itself when the computer sleeps;
- notices, once each, for what is unavailable (sound, D-Bus...);
- a second launch bringing this window forward.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from heard.core.clock import Clock
from heard.core.model import SessionConfig
from heard.errors import SchemaTooNewError
from heard.platform.logs import LOG_NAME
from heard.platform.paths import log_dir
from heard.platform.sleep_watch import SleepWatch
from heard.storage.quarantine import OpenedDatabase, open_database
from heard.storage.repository import SessionRepository
from heard.ui.crash_dialog import CrashHandler
from heard.ui.flow import SessionFlow
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from heard.ui.notices import NoticeLine, Notices
from heard.ui.recovery_dialog import LaunchRecovery, Resumed
from heard.ui.session_keeper import SessionKeeper
from heard.ui.suspend_guard import SuspendGuard

if TYPE_CHECKING:
    from heard.ui.autopilot import Autopilot

log = logging.getLogger(__name__)

RESUMED_TEXT = QT_TRANSLATE_NOOP("SafetyNet", "Paused where you left off")
"""Untranslated (the tests compare the English)."""


def bring_forward(window: QWidget) -> None:
    """Show `window` on top (a second launch asked for it)."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def open_database_for_gui(path: Path) -> OpenedDatabase:
    """Open the database, moving a damaged one aside. A database from a newer Heard is
    refused with a message box (nothing is moved or changed), then SchemaTooNewError goes
    on to the command line, which prints its one line and exits non-zero."""
    try:
        return open_database(path)
    except SchemaTooNewError as exc:
        if QApplication.platformName() not in ("offscreen", "minimal"):  # someone can read it
            QMessageBox.critical(
                None,
                translate("SafetyNet", "Heard cannot open its data"),
                fill(
                    translate(
                        "SafetyNet", "%1 Nothing was changed. Please use a newer version of Heard."
                    ),
                    exc,
                ),
            )
        raise


def show_moved_aside(opened: OpenedDatabase, parent: QWidget) -> QMessageBox | None:
    """Tell the couple, in plain words, where a damaged database went."""
    if opened.notice() is None:
        return None
    text = fill(
        translate(
            "SafetyNet",
            "Heard's data file was damaged and could not be read, so it was set aside as %1."
            " Nothing was deleted. Heard has started again with an empty history.",
        ),
        opened.moved_to,
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("SafetyNet", "Heard started afresh"),
        text,
        parent=parent,
    )
    box.setObjectName("database_moved_dialog")
    box.open()
    return box


class SafetyNet(QObject):
    def __init__(
        self,
        window: QMainWindow,
        repo: SessionRepository,
        clock: Clock,
        *,
        data_dir: Path,
        log_path: Path | None = None,
        sleep_watch: SleepWatch | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.notices = Notices(self)
        self.notice_line = NoticeLine(window, self.notices)
        folders = [data_dir, log_dir(), Path.home(), Path(tempfile.gettempdir())]
        self.keeper = SessionKeeper(repo, clock, folders, window)
        self.keeper.problem.connect(lambda text: self.notices.report(f"storage: {text}", text))
        if log_path is None and (log_dir() / LOG_NAME).exists():
            log_path = log_dir() / LOG_NAME
        self.crash = CrashHandler(log_path, self.keeper.save_now, lambda: window).install()
        self.sleep_watch = sleep_watch if sleep_watch is not None else SleepWatch(self)
        self.sleep_watch.unavailable.connect(
            self.notices.reporter(
                "dbus",
                self.tr(
                    "No system sleep notices ({0}): Heard still notices a sleep when it wakes."
                ),
            )
        )
        self.guard = SuspendGuard(clock, self.sleep_watch, self)
        self.recovery = LaunchRecovery(repo, clock, window)
        self.flow: SessionFlow | None = None
        self.autopilot: Autopilot | None = None
        self._new_session: SessionConfig | None = None

    def attach(self, flow: SessionFlow) -> None:
        """Call once the flow exists (it takes `keeper.recorder_for` as its factory)."""
        self.flow = flow
        self.keeper.attach(flow)
        self.guard.attach(flow)
        if os.environ.get("HEARD_AUTOPILOT"):  # smoke runs and benchmarks only
            from heard.ui.autopilot import Autopilot

            self.autopilot = Autopilot.from_environment(flow)

    def start(self, new_session: SessionConfig | None = None) -> None:
        """After the window is shown: listen for sleeps, offer an unfinished session back,
        then start `new_session` if there is one and nothing was resumed."""
        self.sleep_watch.start()
        self._new_session = new_session
        self.recovery.done.connect(self._on_recovery_done)
        self.recovery.run()

    def close(self) -> None:
        self.crash.uninstall()
        self.guard.stop()
        self.sleep_watch.stop()

    def _on_recovery_done(self, resumed: Resumed | None) -> None:
        flow = self.flow
        assert flow is not None
        if resumed is not None:
            recorder = self.keeper.recorder_for_resumed(
                resumed.recorder, resumed.session.config, resumed.started_at, resumed.uuid
            )
            flow.resume(resumed.session, recorder)
            flow.session_screen.set_pause_reason(
                translate("SafetyNet", RESUMED_TEXT)
            )  # cleared by Resume
        elif self._new_session is not None:
            flow.start(self._new_session)
