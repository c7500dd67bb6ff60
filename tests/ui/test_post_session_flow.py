"""After a session, through real widgets and a real SQLite file: summary → check-in →
checklist and note → saved; skipping; and 'Try that again'."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot

from heard.core.checklist import load_checklist
from heard.core.clock import FakeClock
from heard.core.model import SessionConfig
from heard.storage import crypto
from heard.storage.db import Database
from heard.storage.keyring_store import KeyringStore
from heard.storage.post_session import PostSessionStore
from heard.storage.recorder import SessionRecorder
from heard.storage.repository import SessionRepository
from heard.ui.background import THREAD_PREFIX
from heard.ui.flow import SessionFlow
from heard.ui.main_window import MainWindow
from heard.ui.note_editor import NoteState
from heard.ui.post_session import PostSessionDeps

NOTE = "Next time I'll ask before offering ideas."


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "heard.db")
    yield db
    db.close()
    for thread in threading.enumerate():
        if thread.name.startswith(THREAD_PREFIX):
            thread.join(timeout=10)


@pytest.fixture
def store(database: Database) -> PostSessionStore:
    return PostSessionStore(database, SessionRepository(database, FakeClock()))


@pytest.fixture
def flow(qtbot: QtBot, store: PostSessionStore) -> SessionFlow:
    clock = FakeClock()
    repo = store.repository

    def recorder_for(config: SessionConfig) -> SessionRecorder:
        return SessionRecorder(repo, repo.create_session(config))

    window = MainWindow()
    qtbot.addWidget(window)
    deps = PostSessionDeps(store, KeyringStore(), load_checklist(), scrypt_cost_log2=10)
    ui = SessionFlow(window, clock, recorder_for, fullscreen=False, post_session=deps)
    window.show()
    return ui


def finish_a_session(qtbot: QtBot, ui: SessionFlow) -> int:
    controller = ui.start(SessionConfig("Sam", "Alex", planned_s=600))
    recorder = controller.recorder
    assert isinstance(recorder, SessionRecorder)
    controller.end()
    qtbot.waitUntil(lambda: ui.window.current_screen() is ui.summary)
    assert ui.summary.done_button.text() == "Continue"
    qtbot.mouseClick(ui.summary.done_button, Qt.MouseButton.LeftButton)
    return recorder.session_id


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click on the box itself (a check box only reacts to clicks on its box and text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))


def check_in(qtbot: QtBot, ui: SessionFlow, a: int, b: int) -> None:
    assert ui.after is not None
    screen = ui.after.checkin
    assert ui.window.current_screen() is screen
    qtbot.keyClick(screen.scale, getattr(Qt.Key, f"Key_{a}"))
    qtbot.keyClick(screen.confirm, Qt.Key.Key_Return)
    qtbot.keyClick(screen.handover_button, Qt.Key.Key_Return)
    qtbot.keyClick(screen.scale, getattr(Qt.Key, f"Key_{b}"))
    qtbot.keyClick(screen.confirm, Qt.Key.Key_Return)
    qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)


def test_check_in_checklist_and_note_are_saved_with_the_session(
    qtbot: QtBot, flow: SessionFlow, store: PostSessionStore
) -> None:
    sid = finish_a_session(qtbot, flow)
    check_in(qtbot, flow, 3, 5)
    record = store.load(sid)
    assert (record.felt_heard_a, record.felt_heard_b) == (3, 5)  # saved at the reveal

    assert flow.after is not None
    screen = flow.after.checklist
    assert flow.window.current_screen() is screen
    tick(qtbot, screen.checklist.boxes["self.interrupted"])
    qtbot.keyClick(screen.checklist.boxes["repair.apologize"], Qt.Key.Key_Space)
    screen.note.text.setFocus()
    qtbot.keyClicks(screen.note.text, NOTE)
    qtbot.waitUntil(lambda: screen.note.state is NoteState.READY, timeout=10_000)
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)

    assert flow.window.current_screen() is flow.setup
    record = store.load(sid)
    content = load_checklist()
    assert set(record.checklist) == set(content.item_ids())
    assert {item for item, ticked in record.checklist.items() if ticked} == {
        "self.interrupted",
        "repair.apologize",
    }
    assert record.notes_ciphertext is not None
    assert NOTE.encode() not in record.notes_ciphertext
    key = KeyringStore().load_key(create=False)
    assert key is not None
    assert crypto.unseal(record.notes_ciphertext, key, record.uuid) == NOTE


def test_every_step_can_be_skipped(
    qtbot: QtBot, flow: SessionFlow, store: PostSessionStore
) -> None:
    sid = finish_a_session(qtbot, flow)
    assert flow.after is not None
    qtbot.mouseClick(flow.after.checkin.skip_all, Qt.MouseButton.LeftButton)
    assert flow.window.current_screen() is flow.after.checklist
    qtbot.mouseClick(flow.after.checklist.skip_button, Qt.MouseButton.LeftButton)
    assert flow.window.current_screen() is flow.setup
    record = store.load(sid)
    assert (record.felt_heard_a, record.felt_heard_b) == (None, None)
    assert record.checklist == {}
    assert record.notes_ciphertext is None


def test_skipping_with_a_written_note_asks_first(
    qtbot: QtBot, flow: SessionFlow, store: PostSessionStore
) -> None:
    sid = finish_a_session(qtbot, flow)
    assert flow.after is not None
    qtbot.mouseClick(flow.after.checkin.skip_all, Qt.MouseButton.LeftButton)
    screen = flow.after.checklist
    qtbot.keyClicks(screen.note.text, NOTE)
    qtbot.waitUntil(lambda: screen.note.state is NoteState.READY, timeout=10_000)
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)
    box = screen.skip_confirmation
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert flow.window.current_screen() is screen  # still here, note intact
    assert screen.note.text.toPlainText() == NOTE
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)
    box = screen.skip_confirmation
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: flow.window.current_screen() is flow.setup)
    assert store.load(sid).notes_ciphertext is None


def test_try_that_again_starts_a_linked_five_minute_session(
    qtbot: QtBot, flow: SessionFlow, store: PostSessionStore
) -> None:
    first = finish_a_session(qtbot, flow)
    check_in(qtbot, flow, 2, 2)
    assert flow.after is not None
    screen = flow.after.checklist
    assert screen.try_again_button.text() == "&Try that again · 5 min"
    tick(qtbot, screen.checklist.boxes["repair.ask_again"])
    with qtbot.waitSignal(flow.after.follow_up_started) as blocker:
        qtbot.mouseClick(screen.try_again_button, Qt.MouseButton.LeftButton)
    second, parent = blocker.args
    assert parent == first and second != first
    assert flow.window.current_screen() is flow.session_screen
    controller = flow.controller
    assert controller is not None and controller.running
    assert controller.session.config.planned_s == 5 * 60
    assert controller.session.config.partner_a == "Sam"
    assert store.follow_up_of(second) == first
    assert store.load(first).checklist["repair.ask_again"] is True  # saved before leaving
    controller.end()
    qtbot.waitUntil(lambda: flow.window.current_screen() is flow.summary)
    qtbot.mouseClick(flow.summary.done_button, Qt.MouseButton.LeftButton)
    assert flow.window.current_screen() is flow.after.checkin  # the follow-up has its own


def test_done_waits_while_a_typed_note_has_no_lock(
    qtbot: QtBot, flow: SessionFlow, memory_keyring: object
) -> None:
    import keyring.errors

    memory_keyring.error = keyring.errors.NoKeyringError("none")  # type: ignore[attr-defined]
    finish_a_session(qtbot, flow)
    assert flow.after is not None
    qtbot.mouseClick(flow.after.checkin.skip_all, Qt.MouseButton.LeftButton)
    screen = flow.after.checklist
    qtbot.keyClicks(screen.note.text, NOTE)
    qtbot.waitUntil(lambda: screen.note.state is NoteState.NEEDS_CHOICE, timeout=10_000)
    assert not screen.done_button.isEnabled()
    assert screen.hint.text() == "Lock the note, or leave it out, to save."
    qtbot.mouseClick(screen.note.no_note_button, Qt.MouseButton.LeftButton)
    assert screen.done_button.isEnabled()
