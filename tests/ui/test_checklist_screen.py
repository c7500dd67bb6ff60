"""The repair screen by keyboard alone, and every control named for assistive technology."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from heard.core.checklist import load_checklist
from heard.storage.keyring_store import KeyringStore
from heard.ui.background import THREAD_PREFIX
from heard.ui.checklist_screen import ChecklistScreen
from heard.ui.note_editor import NoteEditor

CONTENT = load_checklist()
UUID = "8d0e7a1c-2222-4333-8444-955566667777"


@pytest.fixture
def screen(qtbot: QtBot) -> Iterator[ChecklistScreen]:
    made = ChecklistScreen(CONTENT, NoteEditor(KeyringStore(), scrypt_cost_log2=10))
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    made.begin(UUID)
    made.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield made
    for thread in threading.enumerate():
        if thread.name.startswith(THREAD_PREFIX):
            thread.join(timeout=10)


def tab_cycle(qtbot: QtBot, screen: QWidget) -> list[QWidget]:
    seen: list[QWidget] = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_every_control_is_reachable_with_tab(qtbot: QtBot, screen: ChecklistScreen) -> None:
    reached = tab_cycle(qtbot, screen)
    for box in screen.checklist.boxes.values():
        assert box in reached, box.text()
    for widget in (screen.note.text, screen.skip_button, screen.try_again_button):
        assert widget in reached, widget.objectName()
    assert screen.done_button in reached
    assert all(label in reached for label in screen.phrase_labels)  # read out by screen readers


def test_ticking_by_keyboard_and_done_by_mnemonic(qtbot: QtBot, screen: ChecklistScreen) -> None:
    first = next(iter(screen.checklist.boxes.values()))
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()
    with qtbot.waitSignal(screen.done_clicked):
        qtbot.keyClick(first, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)


def test_every_control_has_a_name_and_description(screen: ChecklistScreen) -> None:
    controls: list[QWidget] = [w for w in screen.findChildren(QAbstractButton) if w.isVisible()] + [
        w for w in screen.findChildren(QPlainTextEdit) if w.isVisible()
    ]
    assert len(controls) >= len(CONTENT.item_ids()) + 4
    for widget in controls:
        assert widget.accessibleName(), widget.objectName()
        assert widget.accessibleDescription(), widget.objectName()


def test_a_new_session_clears_the_previous_answers(screen: ChecklistScreen) -> None:
    box = screen.checklist.boxes["self.rehearsing"]
    box.setChecked(True)
    screen.note.text.setPlainText("from last time")
    screen.begin("another-uuid")
    assert not box.isChecked()
    assert screen.note.text.toPlainText() == ""
