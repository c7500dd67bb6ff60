"""Focus mode and the readiness check, through the real flow and the app's wiring: the
screen is kept awake from start to end (and released after a crash, at the end of a
resumed session and at quit); the readiness check stands before the start screen's Start
only, and "Pick a time later" keeps a reminder; the session gets the template's guidance and
the reflection and soft-limit settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import Phase, SessionConfig
from heard.core.session import Session
from heard.platform import autostart
from heard.platform.dnd_status import DndStatus
from heard.platform.settings import Settings
from heard.storage.recorder import SessionRecorder
from heard.storage.unfinished import find_unfinished, resume
from heard.ui.focus_keeper import FocusKeeper
from heard.ui.presence_wiring import apply_start_in_tray
from heard.ui.readiness_dialog import ReadinessDialog
from presence_helpers import EVENING, App


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, settings: Settings) -> Iterator[App]:
    run = App(tmp_path / "heard.db", FakeClock(wall=EVENING), settings)
    qtbot.addWidget(run.window)
    run.window.show()
    yield run
    run.close()


def click_start(qtbot: QtBot, app: App) -> None:
    setup = app.flow.setup
    setup.phones.setChecked(True)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)


def readiness(app: App) -> ReadinessDialog:
    dialog = app.presence.gate.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


# ----------------------------------------------------------------------------- keep awake


def test_the_screen_is_kept_awake_from_start_to_end(qtbot: QtBot, app: App) -> None:
    app.settings.set("readiness_check", False)
    click_start(qtbot, app)
    assert app.awake.calls == ["hold"] and app.awake.held
    controller = app.flow.controller
    assert controller is not None
    controller.end()
    assert app.awake.calls == ["hold", "release"]
    assert not app.awake.held


def test_no_keep_awake_when_the_setting_is_off(qtbot: QtBot, app: App) -> None:
    app.settings.set("readiness_check", False)
    app.settings.set("keep_awake", False)
    click_start(qtbot, app)
    assert app.awake.calls == []


def test_released_after_a_crash_once_no_session_runs(qtbot: QtBot, app: App) -> None:
    app.flow.start(SessionConfig("Sam", "Alex"))
    app.presence.focus.after_crash()  # an unexpected error mid-session: keep holding
    assert app.awake.held
    app.awake.hold()  # a hold left behind: the session's end was never signalled
    controller = app.flow.controller
    assert controller is not None
    controller.session.end()  # ended behind the flow's back (the error's doing)
    app.presence.focus.after_crash()
    assert not app.awake.held
    assert app.awake.calls[-1] == "release"


def test_a_session_resumed_after_a_crash_holds_and_releases(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    crashed = SessionRecorder(app.repo, app.repo.create_session(SessionConfig("Sam", "Alex")))
    session = Session(SessionConfig("Sam", "Alex"), app.clock)
    session.subscribe(crashed.on_event)
    session.start()
    app.clock.advance(60_000)
    crashed.checkpoint(60_000, 1, 60_000)  # then the process died
    [item] = find_unfinished(app.repo)
    restored, recorder = resume(app.repo, item, app.clock)
    app.flow.resume(restored, recorder)
    assert app.awake.calls == ["hold"]
    assert restored.view().phase is Phase.PAUSED
    controller = app.flow.controller
    assert controller is not None
    controller.end()
    assert app.awake.calls == ["hold", "release"]


def test_quit_waits_for_the_release(qtbot: QtBot, app: App) -> None:
    app.flow.start(SessionConfig("Sam", "Alex"))
    app.flow.interrupt()  # what app.py does at quit, then presence.close()
    app.presence.close()
    assert app.awake.calls == ["hold", "release", "release_now"]
    assert not app.awake.held


# ----------------------------------------------------------------------------- readiness


def test_two_yeses_start_the_session(qtbot: QtBot, app: App) -> None:
    click_start(qtbot, app)
    dialog = readiness(app)
    assert app.flow.controller is None
    assert not dialog.start_button.isEnabled()
    for name in ("energy_yes", "attention_yes"):
        choice = dialog.findChild(QPushButton, name)
        assert choice is not None
        qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    assert dialog.start_button.isEnabled() and dialog.start_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    controller = app.flow.controller
    assert controller is not None and controller.running
    assert not dialog.isVisible()


def test_a_no_offers_a_later_time_that_becomes_a_reminder(qtbot: QtBot, app: App) -> None:
    app.flow.setup.templates.select("daily_high_low")
    click_start(qtbot, app)
    dialog = readiness(app)
    no = dialog.findChild(QPushButton, "energy_no")
    assert no is not None
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert dialog.note.isVisible()
    assert not dialog.start_button.isEnabled()
    assert dialog.later_button.isDefault()
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    labels = [b.text() for b in dialog.choices]
    assert labels == ["In 30 minutes  (21:30)", "In an hour  (22:00)", "Tomorrow at 21:00"]
    qtbot.mouseClick(dialog.choices[1], Qt.MouseButton.LeftButton)
    assert app.flow.controller is None
    [reminder] = app.presence.store.reminders()
    assert (reminder.template_id, reminder.minutes) == ("daily_high_low", 10)
    assert reminder.due_at == EVENING.replace(hour=22)
    assert app.presence.reminders.banner_shown
    banner = app.presence.reminders.banner
    assert banner.text.text() == "We'll remind you at 22:00: Daily high & low."


def test_another_time_can_be_typed(qtbot: QtBot, app: App) -> None:
    click_start(qtbot, app)
    dialog = readiness(app)
    dialog.pages.setCurrentIndex(1)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(2))
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    [reminder] = app.presence.store.reminders()
    assert reminder.due_at == EVENING + timedelta(days=2, hours=3)  # 3 h ahead by default


def test_the_check_can_be_skipped_and_switched_off(qtbot: QtBot, app: App) -> None:
    click_start(qtbot, app)
    dialog = readiness(app)
    dialog.ask_again.setChecked(False)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert app.flow.controller is not None and app.flow.controller.running
    assert app.settings.get("readiness_check") is False


def test_heard_session_never_meets_the_check(qtbot: QtBot, app: App) -> None:
    app.flow.start(SessionConfig("Sam", "Alex", template="cli"))  # what `heard session` does
    assert app.presence.gate.dialog is None
    assert app.flow.controller is not None and app.flow.controller.running


# ----------------------------------------------------------------------------- the session


def test_the_session_gets_guidance_reflection_and_soft_limit(qtbot: QtBot, app: App) -> None:
    app.settings.set("reflection_step", True)
    app.settings.set("soft_limit", True)
    app.settings.set("readiness_check", False)
    app.flow.setup.templates.select("daily_high_low")
    click_start(qtbot, app)
    aids = app.flow.session_screen.aids
    assert aids.guidance.text() == "Each of you shares one high and one low from your day."
    controller = app.flow.controller
    assert controller is not None
    assert controller.session.view().soft_limit_ms == 120_000
    controller.pass_floor()
    app.clock.advance(3_000)
    qtbot.waitUntil(aids.reflection_panel.isVisible, timeout=5_000)
    assert controller.session.view().phase is Phase.REFLECTING
    qtbot.keyClick(app.flow.session_screen, Qt.Key.Key_G)  # the aids are connected
    assert controller.session.view().phase is Phase.SPEAKING


# ----------------------------------------------------------------------------- focus line


def test_the_start_screen_says_whether_do_not_disturb_is_on(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    tool = tmp_path / "gsettings"
    tool.write_text('#!/bin/sh\necho "false"\n', encoding="utf-8")  # banners off: DND on
    tool.chmod(0o755)
    dnd = DndStatus(desktop="GNOME", gsettings=str(tool))
    hint = app.flow.setup.focus_hint
    keeper = FocusKeeper(app.flow, app.awake, dnd=dnd, hint=hint)
    with qtbot.waitSignal(dnd.changed, timeout=10_000):
        keeper.refresh_dnd()
    assert hint.text() == "Do not disturb is on: notifications will keep quiet."
    tool.write_text('#!/bin/sh\necho "true"\n', encoding="utf-8")
    with qtbot.waitSignal(dnd.changed, timeout=10_000):
        app.window.show_screen(app.flow.session_screen)
        app.window.show_screen(app.flow.setup)  # back on the start screen: read again
    assert hint.text().startswith("Do not disturb is off. Turning it on")


def test_start_in_tray_writes_and_removes_the_login_entry(app: App) -> None:
    apply_start_in_tray(True, app.presence)
    assert autostart.is_enabled()
    assert "--in-tray" in autostart.autostart_path().read_text(encoding="utf-8")
    apply_start_in_tray(False, app.presence)
    assert not autostart.is_enabled()
