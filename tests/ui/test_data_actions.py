"""'Delete all my data' from the window: confirm, delete files and key, tell the result."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.platform import autostart
from heard.platform.paths import ensure_private_dir
from heard.storage.data_wipe import WipeReport
from heard.storage.db import Database
from heard.storage.keyring_store import ENTRY, SERVICE, KeyringStore
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.ui.after_session_wiring import files_outside_the_data_folder
from heard.ui.background import THREAD_PREFIX
from heard.ui.data_actions import DataActions, DeleteDataDialog, install_data_menu
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MemoryKeyring


class Setup:
    def __init__(self, qtbot: QtBot, root: Path) -> None:
        self.data = ensure_private_dir(root / "heard")
        self.db = Database.open(self.data / "heard.db")
        self.repo = SessionRepository(self.db, FakeClock())
        self.repo.create_session(SessionConfig("Sam", "Alex"))
        self.settings = self.data / "settings.ini"
        self.settings.write_text("[General]\npartner_a=Sam\n")
        (self.data / "our-photo.jpg").write_bytes(b"not Heard's")
        KeyringStore().load_key(create=True)
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        self.closed = False
        self.actions = DataActions(
            self.window,
            self.data,
            KeyringStore(),
            self.close_storage,
            extra_files=files_outside_the_data_folder(self.settings),
        )

    def close_storage(self) -> None:
        self.closed = True
        self.db.close()


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> Iterator[Setup]:
    made = Setup(qtbot, tmp_path)
    yield made
    made.db.close()
    for thread in threading.enumerate():
        if thread.name.startswith(THREAD_PREFIX):
            thread.join(timeout=10)


def confirm(qtbot: QtBot, setup: Setup) -> DeleteDataDialog:
    setup.actions.request()
    dialog = setup.actions.dialog
    assert isinstance(dialog, DeleteDataDialog)
    assert not dialog.delete_button.isEnabled()
    assert dialog.keep_button.isDefault()
    qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
    assert dialog.delete_button.isEnabled()
    return dialog


def result_report(qtbot: QtBot, setup: Setup) -> tuple[QMessageBox, WipeReport]:
    qtbot.waitUntil(lambda: setup.actions.result_box is not None, timeout=10_000)
    box = setup.actions.result_box
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(setup.actions.deleted) as blocker:
        box.button(QMessageBox.StandardButton.Ok).click()
    report = blocker.args[0]
    assert isinstance(report, WipeReport)
    return box, report


def test_delete_everything(qtbot: QtBot, setup: Setup, memory_keyring: MemoryKeyring) -> None:
    dialog = confirm(qtbot, setup)
    listed = dialog.files_label.text()
    assert "heard.db" in listed and "settings.ini" in listed
    assert "our-photo.jpg" not in listed
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert setup.closed  # the database was closed before anything was removed
    box, report = result_report(qtbot, setup)
    assert box.text() == "All your Heard data is deleted. Heard will close now."
    assert report.complete and report.key_removed
    assert sorted(p.name for p in setup.data.iterdir()) == ["our-photo.jpg"]
    assert (SERVICE, ENTRY) not in memory_keyring.passwords


@pytest.mark.skipif(not autostart.supported(), reason="XDG autostart")
def test_delete_everything_removes_the_start_at_login_entry(
    qtbot: QtBot, setup: Setup, isolated_env: object
) -> None:
    entry = autostart.enable(["heard", "--in-tray"])  # in the test's own config folder
    assert entry.exists()
    dialog = confirm(qtbot, setup)
    assert entry.name in dialog.files_label.text()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    _box, report = result_report(qtbot, setup)
    assert report.complete and not entry.exists()


def test_keeping_the_data(qtbot: QtBot, setup: Setup) -> None:
    dialog = confirm(qtbot, setup)
    with qtbot.assertNotEmitted(setup.actions.deleted):
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert not setup.closed
    assert (setup.data / "heard.db").exists()
    assert setup.repo.count_sessions() == 1


def test_a_locked_keyring_is_reported_with_what_to_do(
    qtbot: QtBot, setup: Setup, memory_keyring: MemoryKeyring
) -> None:
    dialog = confirm(qtbot, setup)
    memory_keyring.error = keyring.errors.KeyringLocked("locked")
    setup.actions._keys.forget_cached_key()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box, report = result_report(qtbot, setup)
    assert not (setup.data / "heard.db").exists()
    assert report.key_problem == "Your keyring is locked, and it was not unlocked."
    assert box.text() == "Your sessions and notes are deleted. Heard will close now."
    assert "Your keyring is locked" in box.informativeText()
    assert "notes-key" in box.informativeText()


def test_the_menu_entry_is_hidden_during_a_session(qtbot: QtBot, setup: Setup) -> None:
    repo = setup.repo

    def recorder_for(config: SessionConfig) -> SessionRecorder:
        return SessionRecorder(repo, repo.create_session(config))

    flow = SessionFlow(setup.window, FakeClock(), recorder_for, fullscreen=False)
    action = install_data_menu(setup.window, setup.actions, flow)
    setup.window.show()
    assert action.isEnabled() and setup.window.menuBar().isVisible()
    controller = flow.start(SessionConfig("Sam", "Alex", planned_s=300))
    assert not action.isEnabled() and not setup.window.menuBar().isVisible()
    controller.end()
    assert action.isEnabled() and setup.window.menuBar().isVisible()
    with qtbot.waitSignal(action.triggered):
        action.trigger()
    dialog = setup.actions.dialog
    assert isinstance(dialog, DeleteDataDialog)
    dialog.reject()
