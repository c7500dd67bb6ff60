"""Missing sound, D-Bus and the like: the app works on and says what is unavailable, once."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from heard.platform.sound import ChimePlayer
from heard.ui.main_window import MainWindow
from heard.ui.notices import SEPARATOR, NoticeLine, Notices


def make(qtbot: QtBot) -> tuple[MainWindow, Notices, NoticeLine]:
    window = MainWindow()
    qtbot.addWidget(window)
    notices = Notices(window)
    line = NoticeLine(window, notices)
    window.show()
    qtbot.waitExposed(window)
    return window, notices, line


def test_the_status_line_stays_hidden_until_there_is_something_to_say(qtbot: QtBot) -> None:
    window, notices, line = make(qtbot)
    assert not window.statusBar().isVisible()
    assert notices.report("sound", "No sound device was found.")
    assert window.statusBar().isVisible()
    assert line.text() == "No sound device was found."


def test_each_notice_is_shown_once(qtbot: QtBot) -> None:
    _, notices, line = make(qtbot)
    seen: list[str] = []
    notices.added.connect(seen.append)
    for _ in range(5):
        notices.report("sound", "No sound device was found.")
    notices.report("dbus", "No system sleep notices.")
    notices.report("sound", "a different wording, same thing")
    assert seen == ["No sound device was found.", "No system sleep notices."]
    assert line.text() == f"No sound device was found.{SEPARATOR}No system sleep notices."
    assert notices.texts == seen


def test_a_chime_without_a_sound_device_says_so_once(qtbot: QtBot) -> None:
    window, notices, line = make(qtbot)
    chime = ChimePlayer(window)
    chime.unavailable.connect(notices.reporter("sound"))
    chime._fail("No sound device was found, so the chime is off. Everything else works.")
    chime._fail("again")
    chime.play()  # still no crash, still silent
    assert line.text() == "No sound device was found, so the chime is off. Everything else works."


def test_a_reporter_fills_in_the_reason(qtbot: QtBot) -> None:
    _, notices, line = make(qtbot)
    notices.reporter("dbus", "No sleep notices ({0}).")("no system D-Bus")
    assert line.text() == "No sleep notices (no system D-Bus)."
