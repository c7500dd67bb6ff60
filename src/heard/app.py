"""Wiring: build every object once and hand each its dependencies. No logic lives here."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from heard import APP_ID, APP_NAME, __version__
from heard.core.clock import SystemClock
from heard.core.model import SessionConfig

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LaunchOptions:
    data_dir: Path
    session: SessionConfig | None = None
    """Start this session at once, skipping setup (`heard session`)."""
    quit_after_ms: int | None = None
    """Quit by itself after this long (smoke runs and benchmarks)."""


def settings_path(options: LaunchOptions, overridden: bool) -> Path:
    from heard.platform.paths import config_dir

    return options.data_dir / "settings.ini" if overridden else config_dir() / "settings.ini"


def run_gui(options: LaunchOptions, *, settings_file: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from heard.platform.settings import Settings
    from heard.platform.single_instance import claim_instance
    from heard.platform.sound import ChimePlayer
    from heard.platform.unix_signals import SignalWatcher
    from heard.storage.repository import SessionRepository
    from heard.ui.after_session_wiring import wire_after_session
    from heard.ui.app_icon import app_icon
    from heard.ui.flow import SessionFlow
    from heard.ui.history.entry import HistoryEntry
    from heard.ui.main_window import MainWindow
    from heard.ui.safety_net import (
        SafetyNet,
        bring_forward,
        open_database_for_gui,
        show_moved_aside,
    )
    from heard.ui.session_controller import SessionController
    from heard.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    apply_theme(app)

    claim = claim_instance(options.data_dir)  # the one writer of this data folder
    if claim is None:
        print("heard: Heard is already running; its window was brought forward.", file=sys.stderr)
        return 0
    clock = SystemClock()
    opened = open_database_for_gui(options.data_dir / "heard.db")  # damaged: moved aside
    database = opened.db
    repository = SessionRepository(database, clock)
    settings = Settings(settings_file)

    window = MainWindow()
    net = SafetyNet(window, repository, clock, data_dir=options.data_dir)
    claim.server.activated.connect(lambda: bring_forward(window))
    chime = ChimePlayer(
        window, enabled=bool(settings.get("chime")), volume=int(settings.get("chime_volume")) / 100
    )
    chime.unavailable.connect(net.notices.reporter("sound"))
    flow = SessionFlow(
        window, clock, net.keeper.recorder_for, chime, fullscreen=bool(settings.get("fullscreen"))
    )
    net.attach(flow)
    flow.setup.set_names(str(settings.get("partner_a")), str(settings.get("partner_b")))
    flow.setup.set_minutes(int(settings.get("default_minutes")))
    flow.setup.pause_cue_s = int(settings.get("pause_cue_s"))
    # Check-in, repair checklist and private notes; 'Delete all my data' quits afterwards.
    after = wire_after_session(
        window, flow, database, repository, data_dir=options.data_dir, settings_file=settings_file
    )
    after.data_actions.deleted.connect(lambda _report: app.quit())
    history = HistoryEntry(  # builds History lazily; shares the notes key cache
        window, database, repository, flow.setup, keys=after.deps.keys
    )
    flow.setup.history_requested.connect(history.open)

    def remember(controller: SessionController) -> None:
        config = controller.session.config
        settings.set("partner_a", config.partner_a)
        settings.set("partner_b", config.partner_b)
        settings.sync()

    flow.session_started.connect(remember)
    flow.problem_reported.connect(lambda text: log.error("%s", text))

    watcher = SignalWatcher(app)

    def on_stop_requested(_signum: int) -> None:
        log.info("asked to stop; saving and quitting")
        flow.interrupt()
        app.quit()

    watcher.stop_requested.connect(on_stop_requested)
    window.show()
    log.info("main window shown (%s)", app.platformName())  # packaging smoke run
    QTimer.singleShot(0, chime.prepare)
    show_moved_aside(opened, window)
    net.start(options.session)  # first offers an unfinished session back
    if options.quit_after_ms is not None:
        QTimer.singleShot(options.quit_after_ms, lambda: on_stop_requested(0))
    try:
        return app.exec()
    finally:
        watcher.close()
        flow.interrupt()
        net.close()
        settings.sync()
        database.close()
        claim.release()
