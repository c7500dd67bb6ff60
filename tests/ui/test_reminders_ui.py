"""Rituals and reminders in the app: scheduled from the Rituals dialog, kept across a
restart (missed ones shown once, as one banner), brought by a wall clock moved past their
time, held back during a session, started with one click, and the tray that keeps Heard
running when the window closes (saying so once)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.core.rituals import Cadence, Ritual
from heard.platform.settings import Settings
from heard.storage.reminder_book import DueItem
from heard.ui.reminder_banner import banner_text
from heard.ui.rituals_dialog import RitualsDialog
from presence_helpers import EVENING, App

NAMES = {"daily_high_low": "Daily high & low", "weekly_meeting": "Weekly relationship meeting"}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall=EVENING)  # 21:00 UTC (the test machine's local time may differ)


def local_time(clock: FakeClock, minutes_from_now: int) -> time:
    moment = (clock.wall_utc() + timedelta(minutes=minutes_from_now)).astimezone()
    return time(moment.hour, moment.minute)


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, clock: FakeClock, settings: Settings) -> Iterator[App]:
    run = App(tmp_path / "heard.db", clock, settings)
    qtbot.addWidget(run.window)
    run.window.show()
    yield run
    run.close()


def test_a_wall_clock_moved_past_the_time_brings_the_reminder(
    qtbot: QtBot, app: App, clock: FakeClock
) -> None:
    app.presence.store.add_ritual("daily_high_low", Cadence.DAILY, local_time(clock, 30))
    app.presence.start(first_run_intro=False)
    center = app.presence.reminders
    assert not center.banner_shown
    assert center.timer.isActive()
    clock.jump_wall(timedelta(minutes=31))  # no time passes on the monotonic clock
    qtbot.waitUntil(lambda: center.banner_shown, timeout=5_000)
    expected = local_time(clock, -1).strftime("%H:%M")
    assert center.banner.text.text() == f"It's time for your Daily high & low ({expected})."
    assert center.banner.start_button.accessibleName() == "Start Daily high & low"
    center.stop()


def test_reminders_survive_a_restart_and_missed_ones_show_once(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, settings: Settings
) -> None:
    first = App(tmp_path / "heard.db", clock, settings)
    qtbot.addWidget(first.window)
    first.presence.store.add_ritual("daily_high_low", Cadence.DAILY, local_time(clock, 30))
    first.presence.start(first_run_intro=False)
    first.close()

    clock.advance(2 * 24 * 3600 * 1000)  # Heard stays closed for two days
    second = App(tmp_path / "heard.db", clock, settings)
    qtbot.addWidget(second.window)
    shown: list[list[DueItem]] = []
    second.presence.reminders.delivered.connect(shown.append)
    second.window.show()
    second.presence.start(first_run_intro=False)
    assert len(shown) == 1 and len(shown[0]) == 1  # one banner, one line per ritual
    text = second.presence.reminders.banner.text.text()
    at = second.presence.store.rituals()[0].at.strftime("%H:%M")
    assert text == (
        f"While Heard was closed, Daily high & low was due yesterday at {at}, "
        "and 1 time before that."
    )
    assert second.tray.notes == []  # missed reminders never pop up
    second.close()

    third = App(tmp_path / "heard.db", clock, settings)
    qtbot.addWidget(third.window)
    third.presence.start(first_run_intro=False)
    assert not third.presence.reminders.banner_shown
    third.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_start_opens_the_start_screen_with_the_template(
    qtbot: QtBot, app: App, clock: FakeClock
) -> None:
    app.presence.store.add_reminder("daily_high_low", 10, clock.wall_utc())
    app.presence.start(first_run_intro=False)
    center = app.presence.reminders
    assert center.banner_shown
    qtbot.mouseClick(center.banner.start_button, Qt.MouseButton.LeftButton)
    setup = app.flow.setup
    assert not center.banner_shown
    assert app.window.current_screen() is setup
    assert (setup.templates.current_id(), setup.minutes()) == ("daily_high_low", 10)
    assert app.window.focusWidget() is setup.phones  # next: confirm the phones are away


def test_later_keeps_a_reminder_thirty_minutes_on(qtbot: QtBot, app: App, clock: FakeClock) -> None:
    app.presence.store.add_ritual("weekly_meeting", Cadence.DAILY, local_time(clock, 1))
    clock.advance(2 * 60_000)
    app.presence.start(first_run_intro=False)
    qtbot.mouseClick(app.presence.reminders.banner.later_button, Qt.MouseButton.LeftButton)
    [reminder] = app.presence.store.reminders()
    assert (reminder.template_id, reminder.minutes) == ("weekly_meeting", 30)
    assert reminder.due_at == clock.wall_utc() + timedelta(minutes=30)
    assert not app.presence.reminders.banner_shown


def test_a_reminder_waits_for_the_end_of_a_session(
    qtbot: QtBot, app: App, clock: FakeClock
) -> None:
    app.presence.store.add_reminder("daily_high_low", 10, clock.wall_utc() + timedelta(minutes=5))
    app.presence.start(first_run_intro=False)
    controller = app.flow.start(SessionConfig("Sam", "Alex"))
    clock.advance(6 * 60_000)
    qtbot.waitUntil(lambda: app.presence.store.reminders() == [], timeout=5_000)
    assert not app.presence.reminders.banner_shown  # never during a session
    controller.end()
    qtbot.waitUntil(lambda: app.presence.reminders.banner_shown, timeout=5_000)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_with_a_tray_a_due_reminder_is_a_notification_too(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, settings: Settings
) -> None:
    run = App(tmp_path / "heard.db", clock, settings, tray_available=True)
    qtbot.addWidget(run.window)
    run.presence.store.add_reminder("daily_high_low", 10, clock.wall_utc())
    run.presence.start(first_run_intro=False)
    assert run.tray.notes == [
        ("Time for your Daily high & low", run.presence.reminders.banner.text.text())
    ]
    run.tray.message_clicked.emit()  # a click on the notification starts it
    assert run.flow.setup.templates.current_id() == "daily_high_low"
    run.close()


def test_rituals_keep_heard_in_the_tray_and_it_says_so_once(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, settings: Settings
) -> None:
    run = App(tmp_path / "heard.db", clock, settings, tray_available=True)
    qtbot.addWidget(run.window)
    run.window.show()
    run.presence.start(first_run_intro=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not run.tray.shown and app.quitOnLastWindowClosed()
    run.presence.store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
    run.presence.reminders.schedule_changed()
    assert run.tray.shown and not app.quitOnLastWindowClosed()
    for _ in range(2):
        run.window.show()
        assert run.window.close()
        assert not run.window.isVisible()
    hints = [note for note in run.tray.notes if note[0] == "Heard"]
    assert len(hints) == 1 and "still here, in the tray" in hints[0][1]
    assert settings.get("tray_hint_shown") is True
    run.close()
    assert app.quitOnLastWindowClosed()


def test_without_a_tray_closing_still_quits(qtbot: QtBot, app: App, clock: FakeClock) -> None:
    app.presence.store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
    app.presence.start(first_run_intro=False)
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication) and qt_app.quitOnLastWindowClosed()


# ----------------------------------------------------------------------------- the dialog


def test_the_rituals_dialog_adds_lists_and_removes(qtbot: QtBot, app: App) -> None:
    app.presence.start(first_run_intro=False)
    button = app.flow.setup.rituals_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = app.presence.dialog
    assert isinstance(dialog, RitualsDialog) and dialog.isVisible()
    dialog.template.setCurrentIndex(dialog.template.findData("weekly_meeting"))
    dialog.cadence.setCurrentIndex(1)  # every week
    assert dialog.weekday.isVisible() and not dialog.monthday.isVisible()
    dialog.weekday.setCurrentIndex(6)
    dialog.at.setTime(QTime(10, 0))
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    [ritual] = app.presence.store.rituals()
    assert (ritual.template_id, ritual.cadence, ritual.weekday, ritual.at) == (
        "weekly_meeting",
        Cadence.WEEKLY,
        6,
        time(10, 0),
    )
    assert dialog.problem.text() == ("Added: Weekly relationship meeting, every Sunday at 10:00.")
    row = dialog.findChild(QPushButton, f"remove_ritual_{ritual.id}")
    assert row is not None and row.accessibleName() == "Remove Weekly relationship meeting"
    dialog.cadence.setCurrentIndex(2)
    assert dialog.monthday.isVisible() and not dialog.weekday.isVisible()
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert app.presence.store.rituals() == []
    for control in (dialog.template, dialog.cadence, dialog.weekday, dialog.monthday, dialog.at):
        assert control.accessibleName() and control.accessibleDescription()


# ----------------------------------------------------------------------------- words


def due(template: str, at: datetime, *, missed: bool, count: int = 1) -> DueItem:
    ritual = Ritual(1, template, Cadence.DAILY, time(21, 30))
    return DueItem(template, None, at, missed, count, ritual)


def test_banner_words() -> None:
    now = datetime(2026, 2, 8, 22, 0, tzinfo=UTC)
    tz = UTC
    name = NAMES.__getitem__
    sunday = datetime(2026, 2, 8, 10, 0, tzinfo=UTC)
    friday = datetime(2026, 2, 6, 21, 30, tzinfo=UTC)
    assert banner_text([due("daily_high_low", now, missed=False)], name, now, tz) == (
        "It's time for your Daily high & low (22:00)."
    )
    assert banner_text([due("daily_high_low", friday, missed=True)], name, now, tz) == (
        "While Heard was closed, Daily high & low was due Friday at 21:30."
    )
    both = [due("daily_high_low", friday, missed=True), due("weekly_meeting", sunday, missed=True)]
    assert banner_text(both, name, now, tz) == (
        "While Heard was closed: Daily high & low (Friday at 21:30), "
        "Weekly relationship meeting (10:00)."
    )
    long_ago = datetime(2026, 1, 20, 21, 30, tzinfo=UTC)
    assert "20 Jan at 21:30" in banner_text(
        [due("daily_high_low", long_ago, missed=True, count=3)], name, now, tz
    )


def test_started_in_the_tray_it_stays_hidden_only_if_the_tray_keeps_it(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, settings: Settings
) -> None:
    kept = App(tmp_path / "kept.db", clock, settings, tray_available=True)
    qtbot.addWidget(kept.window)
    kept.presence.store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
    kept.presence.start(first_run_intro=False)  # `heard --in-tray`: the window never shown
    assert kept.tray.shown and not kept.window.isVisible()
    kept.close()

    nothing = App(tmp_path / "nothing.db", clock, settings, tray_available=False)
    qtbot.addWidget(nothing.window)
    nothing.presence.start(first_run_intro=False)
    assert nothing.window.isVisible()  # no tray to live in: never an invisible Heard
    nothing.close()
