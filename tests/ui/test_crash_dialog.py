"""sys.excepthook: an unexpected error is logged, the session is saved, and a dialog shows
copyable details and where the log is. The app carries on."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from heard.ui.crash_dialog import CrashHandler
from heard.ui.main_window import MainWindow


class Saver:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


def boom() -> None:
    raise RuntimeError("something broke in a slot")


def report(qtbot: QtBot, handler: CrashHandler, exc: BaseException) -> None:
    """Hand `exc` to the handler from inside the running event loop, as PySide6 does."""
    done: list[bool] = []

    def call() -> None:
        try:
            raise exc
        except BaseException as caught:
            handler(type(caught), caught, caught.__traceback__)
        done.append(True)

    QTimer.singleShot(0, call)
    qtbot.waitUntil(lambda: bool(done))


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_reaches_the_dialog(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    saver = Saver()
    handler = CrashHandler(tmp_path / "heard.log", saver, lambda: window).install()
    try:
        with caplog.at_level(logging.CRITICAL, logger="heard"):
            QTimer.singleShot(0, boom)  # PySide6 hands slot exceptions to sys.excepthook
            qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()
    dialog = handler.dialog
    assert dialog is not None
    assert saver.calls == 1
    assert "RuntimeError: something broke in a slot" in dialog.text.toPlainText()
    assert "Traceback" in dialog.text.toPlainText()
    assert dialog.text.isReadOnly()
    assert str(tmp_path / "heard.log") in dialog.log_label.text()
    assert "something broke in a slot" in caplog.text
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.details
    dialog.reject()


def test_errors_while_the_dialog_is_open_are_logged_not_stacked(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    saver = Saver()
    handler = CrashHandler(None, saver)
    for n in range(3):
        report(qtbot, handler, ValueError(f"failure {n}"))
    dialog = handler.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "failure 0" in dialog.details
    assert handler.count == 3 and saver.calls == 3
    assert caplog.text.count("Unexpected error") == 3
    assert "No log file" in dialog.log_label.text()
    dialog.reject()


def test_a_failing_save_does_not_stop_the_dialog(qtbot: QtBot) -> None:
    def broken_save() -> None:
        raise OSError("disk gone")

    handler = CrashHandler(None, broken_save)
    report(qtbot, handler, KeyError("x"))
    assert handler.dialog is not None
    qtbot.addWidget(handler.dialog)
    handler.dialog.reject()


def test_ctrl_c_keeps_pythons_behaviour(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, _exc, _tb: seen.append(kind))
    handler = CrashHandler(None, Saver())
    handler(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
    assert handler.dialog is None


def test_install_and_uninstall_restore_the_previous_hook() -> None:
    before = sys.excepthook
    handler = CrashHandler(None).install()
    assert sys.excepthook is handler
    handler.uninstall()
    assert sys.excepthook is before
