"""Wiring: build every object once and hand each its dependencies. No logic lives here."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from heard import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from heard.core.config import SessionConfig
    from heard.platform.settings import Settings
    from heard.platform.single_instance import InstanceClaim
    from heard.ui.main_window import MainWindow
    from heard.ui.session_controller import SessionController
    from heard.ui.settings_wiring import LookAndLanguage
    from heard.ui.setup_screen import SetupScreen

log = logging.getLogger(__name__)


class LaunchOptions(NamedTuple):
    """How this run was asked to start. The records here are NamedTuples, not dataclasses:
    they are defined on the launch path, where each dataclass costs ~0.5 ms to generate."""

    data_dir: Path
    session: SessionConfig | None = None
    """Start this session at once, skipping setup (`heard session`)."""
    quit_after_ms: int | None = None
    """Quit by itself after this long (smoke runs and benchmarks)."""
    in_tray: bool = False
    """Start with the window closed, in the tray (`--in-tray`, at login), if there is one."""


def settings_path(options: LaunchOptions, overridden: bool) -> Path:
    from heard.platform.paths import config_dir

    return options.data_dir / "settings.ini" if overridden else config_dir() / "settings.ini"


def run_gui(options: LaunchOptions, *, settings_file: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from heard.platform.source_cache import read_sources_uncached

    read_sources_uncached()  # before the imports below: PySide would keep all their sources

    from heard.platform.bench_hooks import report_first_paint
    from heard.platform.settings import Settings
    from heard.platform.single_instance import claim_instance
    from heard.ui.first_paint import after_first_paint
    from heard.ui.main_window import MainWindow, reserve_menus
    from heard.ui.settings_wiring import LookAndLanguage
    from heard.ui.setup_screen import SetupScreen
    from heard.ui.theme import new_application

    app = QApplication.instance() or new_application(sys.argv[0] if sys.argv else APP_NAME)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)

    # The one writer of this data folder. Its activation server (a socket) and the window
    # icon (an SVG) come after the first paint, with everything else the start screen does
    # not need: the launch budget is 1.3x a bare Qt window's (DESIGN.md).
    claim = claim_instance(options.data_dir, listen=False)
    if claim is None:
        print("heard: Heard is already running; its window was brought forward.", file=sys.stderr)
        return 0
    settings = Settings(settings_file)
    looks = LookAndLanguage(app, settings)  # language, palette and style, before any screen

    # The start screen is all the first paint needs (launch budget, DESIGN.md). The rest is
    # built by _finish_start() right after that paint, or at once for `heard session`.
    window = MainWindow()
    reserve_menus(window)  # empty: their actions come after the paint, the bar's height now
    # Built in its final place (a later reparenting would restyle every child again, ~4 ms),
    # with its keys added after the first paint (keys_ready).
    setup = SetupScreen(window.stack, defer_keys=True)
    setup.set_names(str(settings.get("partner_a")), str(settings.get("partner_b")))
    setup.set_minutes(int(settings.get("default_minutes")))
    setup.pause_cue_s = int(settings.get("pause_cue_s"))
    window.add_screen(setup)
    window.show_screen(setup)
    state = _Started()

    def finish_start() -> None:
        state.close = _finish_start(Started(app, window, setup, settings, claim, looks), options)

    def finish_start_later() -> None:  # runs in the event loop: errors wait for exec() to end
        try:
            finish_start()
        except BaseException as exc:
            state.error = exc
            app.exit(1)

    hidden = options.in_tray and options.session is None and _tray_available()
    if options.session is None and not hidden:
        after_first_paint(window, finish_start_later)
    report_first_paint(window)  # benchmarks only; installed last, so it reports first
    if not hidden:
        window.show()
        log.info("main window shown (%s)", app.platformName())  # packaging smoke run
    if options.session is not None or hidden:
        finish_start()
    try:
        code = app.exec()
        if state.error is not None:
            raise state.error  # e.g. a database from a newer Heard: one line on stderr
        return code
    finally:
        if state.close is not None:
            state.close()
        settings.sync()
        claim.release()


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


class _Started:
    __slots__ = ("close", "error")

    def __init__(self) -> None:
        self.close: Callable[[], None] | None = None
        self.error: BaseException | None = None


class Started(NamedTuple):
    """What exists once the start screen is on show."""

    app: QApplication
    window: MainWindow
    setup: SetupScreen
    settings: Settings
    claim: InstanceClaim
    looks: LookAndLanguage | None = None


def _finish_start(started: Started, options: LaunchOptions) -> Callable[[], None]:
    """Build and wire everything else; returns what to call once the event loop is over."""
    from PySide6.QtCore import QTimer

    from heard.core.clock import SystemClock
    from heard.platform.malloc_arenas import limit_malloc_arenas
    from heard.platform.sound import ChimePlayer
    from heard.platform.source_cache import drop_source_cache
    from heard.platform.unix_signals import SignalWatcher
    from heard.storage.repository import SessionRepository
    from heard.ui.after_session_wiring import wire_after_session
    from heard.ui.app_icon import app_icon
    from heard.ui.ears_wiring import wire_listening_ears
    from heard.ui.flow import SessionFlow
    from heard.ui.history.entry import HistoryEntry
    from heard.ui.presence_wiring import apply_start_in_tray, first_run, wire_presence
    from heard.ui.safety_net import (
        SafetyNet,
        bring_forward,
        open_database_for_gui,
        show_moved_aside,
    )
    from heard.ui.settings_wiring import wire_settings

    app, window, settings = started.app, started.window, started.settings
    limit_malloc_arenas()  # before the first helper thread (the chime's preload, keyring)
    drop_source_cache()  # what PySide read of every module imported so far (again below)
    settings_file = settings.path
    clock = SystemClock()
    opened = open_database_for_gui(options.data_dir / "heard.db")  # damaged: moved aside
    database = opened.db
    repository = SessionRepository(database, clock)

    net = SafetyNet(window, repository, clock, data_dir=options.data_dir)
    started.claim.listen().activated.connect(lambda: bring_forward(window))
    app.setWindowIcon(app_icon())
    started.setup.keys_ready()
    if started.looks is not None:
        started.looks.follower.check()  # the desktop's real colour scheme, now affordable
    chime = ChimePlayer(
        window, enabled=bool(settings.get("chime")), volume=int(settings.get("chime_volume")) / 100
    )
    chime.unavailable.connect(net.notices.reporter("sound"))
    flow = SessionFlow(
        window,
        clock,
        net.keeper.recorder_for,
        chime,
        fullscreen=bool(settings.get("fullscreen")),
        setup=started.setup,
    )
    net.attach(flow)
    # Check-in, repair checklist and private notes; 'Delete all my data' quits afterwards.
    after = wire_after_session(
        window, flow, database, repository, data_dir=options.data_dir, settings_file=settings_file
    )
    after.data_actions.deleted.connect(lambda _report: app.quit())
    history = HistoryEntry(  # builds History lazily; shares the notes key cache
        window, database, repository, flow.setup, keys=after.deps.keys
    )
    flow.setup.history_requested.connect(history.open)
    settings_entry = wire_settings(
        window, flow.setup, settings, options.data_dir, started.looks, flow=flow, chime=chime
    )
    # Presence aids (#6): keep-awake, readiness check, templates, rituals, reminders, tray.
    presence = wire_presence(
        window, flow, database, settings, clock, report=net.notices.reporter("keep_awake")
    )
    settings_entry.on("start_in_tray", lambda on: apply_start_in_tray(bool(on), presence))
    save_now = net.crash.keep_safe

    def keep_safe() -> None:  # after an unexpected error: save, and let the screen sleep
        if save_now is not None:
            save_now()
        presence.focus.after_crash()

    net.crash.keep_safe = keep_safe
    # Listening ears (opt-in): the microphone, QtMultimedia and webrtcvad load only when on.
    wire_listening_ears(flow, settings, net.notices, clock, settings_entry)

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
    QTimer.singleShot(0, chime.prepare)
    show_moved_aside(opened, window)
    intro = options.session is None and not options.in_tray

    def after_recovery(resumed: object) -> None:  # reminders and the first-run intro
        first = intro and resumed is None and first_run(settings)
        QTimer.singleShot(0, lambda: presence.start(first_run_intro=first))

    net.recovery.done.connect(after_recovery)
    net.start(options.session)  # first offers an unfinished session back
    if options.quit_after_ms is not None:
        QTimer.singleShot(options.quit_after_ms, lambda: on_stop_requested(0))

    def close() -> None:
        watcher.close()
        flow.interrupt()
        presence.close()  # the keep-awake hold is given back before the process ends
        net.close()
        database.close()

    drop_source_cache()
    return close
