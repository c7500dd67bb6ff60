"""Keyboard and screen-reader basics on every main screen: Tab reaches every control, in
the order they are seen (left to right, then down), and every control has an accessible
name and description."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from focus_helpers import name, out_of_visual_order, tab_cycle
from screen_builders import SCREENS

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


def controls(root: QWidget) -> list[QWidget]:
    """The visible, enabled controls a keyboard user must be able to reach."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parent()
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar):
            continue  # a spin box's line edit, a tab bar's scroll buttons
        found.append(widget)
    return found


def focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def grouped_elsewhere(widget: QWidget, chain: list[QWidget]) -> bool:
    """A button of an exclusive group (like radio buttons): Tab stops at one of them and
    the arrow keys move within the group."""
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    return bool(group and group.exclusive() and any(b in chain for b in group.buttons()))


def shown(qtbot: QtBot, build_name: str, tmp_path: Path) -> QWidget:
    screen = SCREENS[build_name](tmp_path)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # keys go where this test sends them
    first = screen.nextInFocusChain()
    while not (
        first.isVisible() and first.isEnabled() and first.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        first = first.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return screen


@pytest.mark.parametrize("build_name", list(SCREENS))
def test_tab_reaches_every_control_in_visual_order(
    build_name: str, qtbot: QtBot, tmp_path: Path
) -> None:
    screen = shown(qtbot, build_name, tmp_path)
    wanted = controls(screen)
    assert wanted, "a screen with nothing to reach by keyboard"
    chain = tab_cycle(qtbot)
    missing = [
        name(widget)
        for widget in wanted
        if widget not in chain and not grouped_elsewhere(widget, chain)
    ]
    assert missing == []
    assert out_of_visual_order([w for w in chain if w in wanted]) == []


@pytest.mark.parametrize("build_name", list(SCREENS))
def test_every_control_has_an_accessible_name_and_description(
    build_name: str, qtbot: QtBot, tmp_path: Path
) -> None:
    screen = shown(qtbot, build_name, tmp_path)
    unnamed = [
        name(widget)
        for widget in controls(screen)
        if not widget.accessibleName() or not widget.accessibleDescription()
    ]
    assert unnamed == []


@pytest.mark.parametrize(("build_name", "first"), [("setup", "preset_10"), ("check-in", "heard_1")])
def test_arrow_keys_move_within_a_group_of_choices(
    build_name: str, first: str, qtbot: QtBot, tmp_path: Path
) -> None:
    screen = shown(qtbot, build_name, tmp_path)
    start = screen.findChild(QAbstractButton, first)
    assert start is not None
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    qtbot.keyClick(start, Qt.Key.Key_Right)
    moved = QApplication.focusWidget()
    assert isinstance(moved, QAbstractButton) and moved is not start
    assert moved.group() is start.group()


def test_the_order_check_notices_a_jump_back(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    top, left, right = QPushButton("top"), QPushButton("left"), QPushButton("right")
    for button, text in ((top, "top"), (left, "left"), (right, "right")):
        button.setObjectName(text)
    row = QHBoxLayout()
    row.addWidget(left)
    row.addWidget(right)
    column = QVBoxLayout(root)
    column.addWidget(top)
    column.addLayout(row)
    root.show()
    qtbot.waitExposed(root)
    assert out_of_visual_order([top, left, right]) == []
    assert out_of_visual_order([left, top]) == ["left -> top: goes up"]
    assert out_of_visual_order([right, left]) == ["right -> left: goes left on the same row"]
