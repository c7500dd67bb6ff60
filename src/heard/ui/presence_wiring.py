"""Wires issue #6's presence aids into the running app in one call (app.py adds two lines):
the session aids' intents, the template's guidance, the reflection step and soft limit from
the settings, keep-awake and do-not-disturb, the readiness check, templates of their own,
rituals with reminders and the tray, Help (the introduction and the keys), and the first-run
introduction."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog

from heard.core.clock import Clock
from heard.core.preferences import SOFT_LIMIT_S
from heard.core.templates import DEFAULT_ID, display_name, find
from heard.platform import autostart
from heard.platform.dnd_status import DndStatus
from heard.platform.keep_awake import KeepAwake, keep_awake_for_platform
from heard.platform.settings import Settings
from heard.platform.tray import Tray
from heard.storage.db import Database
from heard.storage.reminder_book import ReminderBook
from heard.storage.ritual_store import RitualStore
from heard.ui.flow import SessionFlow
from heard.ui.focus_keeper import FocusKeeper
from heard.ui.help_menu import HelpMenu
from heard.ui.i18n import fill, translate
from heard.ui.main_window import MainWindow
from heard.ui.readiness_gate import ReadinessGate
from heard.ui.reminder_center import ReminderCenter

if TYPE_CHECKING:  # the dialogs are built, and imported, when first opened
    from heard.ui.intro import IntroDialog
    from heard.ui.session_controller import SessionController

log = logging.getLogger(__name__)

Report = Callable[[str], None]


@dataclass
class Presence:
    store: RitualStore
    focus: FocusKeeper
    reminders: ReminderCenter
    gate: ReadinessGate
    help: HelpMenu
    intro: IntroDialog | None = None
    dialog: QDialog | None = None
    """The templates or rituals dialog last opened."""

    def start(self, *, first_run_intro: bool) -> None:
        """After the window is up: missed reminders, the tray, and the first-run intro."""
        self.reminders.start()
        window = self.reminders.window
        if not window.isVisible() and not self.reminders.keeps_running:
            window.show()  # started in the tray, but nothing keeps it there: never invisible
        self.focus.refresh_dnd()
        if first_run_intro:
            self.intro = self.help.show_intro()

    def close(self) -> None:
        """At quit: the keep-awake hold is given back before returning."""
        self.reminders.stop()
        self.focus.close()


def wire_presence(
    window: MainWindow,
    flow: SessionFlow,
    database: Database,
    settings: Settings,
    clock: Clock,
    *,
    report: Report | None = None,
    awake: KeepAwake | None = None,
    tray: Tray | None = None,
    icon: QIcon | None = None,
) -> Presence:
    store = RitualStore(database, clock)
    setup = flow.setup
    picker = setup.templates
    picker.set_own(store.user_templates())

    def name_of(template_id: str) -> str:
        return display_name(picker.templates, template_id)

    def length_of(template_id: str) -> int:
        found = find(picker.templates, template_id) or find(picker.templates, DEFAULT_ID)
        return found.minutes if found is not None else 20

    def on_session_started(controller: SessionController) -> None:
        session = controller.session
        aids = flow.session_screen.aids  # built by now: the session is on it
        aids.attach(controller)
        template = find(picker.templates, session.config.template)
        aids.set_guidance(template.guidance if template is not None else "")
        session.set_reflection(bool(settings.get("reflection_step")))
        session.set_soft_limit(SOFT_LIMIT_S * 1000 if settings.get("soft_limit") else 0)

    flow.session_started.connect(on_session_started)
    flow.session_finished.connect(lambda _summary: flow.session_screen.aids.detach())

    focus = FocusKeeper(
        flow,
        awake if awake is not None else keep_awake_for_platform(window),
        wanted=lambda: bool(settings.get("keep_awake")),
        report=report,
        dnd=DndStatus(window),
        hint=setup.focus_hint,
    )
    if tray is None:
        tray = Tray(icon if icon is not None else window.windowIcon(), window)
    reminders = ReminderCenter(
        ReminderBook(store, clock),
        clock,
        window,
        flow,
        name_of=name_of,
        length_of=length_of,
        tray=tray,
        tray_hint=(
            lambda: bool(settings.get("tray_hint_shown")),
            lambda: settings.set("tray_hint_shown", True),
        ),
        stay_in_tray=lambda: bool(settings.get("start_in_tray")),
    )
    gate = ReadinessGate(
        flow,
        enabled=lambda: bool(settings.get("readiness_check")),
        set_enabled=lambda on: settings.set("readiness_check", on),
        now=clock.wall_utc,
        later=reminders.remember_later,
    )
    presence = Presence(store, focus, reminders, gate, HelpMenu(window, flow))

    def open_templates() -> None:
        from heard.ui.template_dialog import TemplateDialog

        dialog = TemplateDialog(store, picker.builtin, setup.minutes(), window)
        dialog.changed.connect(picker.set_own)
        presence.dialog = dialog
        dialog.open()

    def open_rituals() -> None:
        from heard.ui.rituals_dialog import RitualsDialog

        delivery = (
            translate(
                "PresenceWiring",
                "Reminders appear here, and as desktop notifications while Heard runs in the tray.",
            )
            if tray is not None and tray.available
            else translate("PresenceWiring", "Reminders appear in this window while Heard is open.")
        )
        dialog = RitualsDialog(
            store,
            picker.templates,
            now=clock.wall_utc,
            today=lambda: clock.wall_utc().astimezone().date(),
            delivery=delivery,
            parent=window,
        )
        dialog.changed.connect(reminders.schedule_changed)
        presence.dialog = dialog
        dialog.open()

    picker.own_requested.connect(open_templates)
    setup.rituals_requested.connect(open_rituals)
    return presence


def apply_start_in_tray(enabled: bool, presence: Presence, report: Report | None = None) -> None:
    """The 'start in the tray' setting changed: write or remove the login entry."""
    if autostart.supported():
        try:
            if enabled:
                autostart.enable()
            else:
                autostart.disable()
        except OSError as exc:
            log.warning("could not change the login entry: %s", exc)
            if report is not None:
                report(
                    fill(
                        translate(
                            "PresenceWiring", "Heard could not set itself to start at login (%1)."
                        ),
                        exc.strerror or exc,
                    )
                )
    presence.reminders.update_tray()


def first_run(settings: Settings) -> bool:
    """True (once) when the introduction has not been shown yet."""
    if settings.get("intro_seen"):
        return False
    settings.set("intro_seen", True)
    return True
