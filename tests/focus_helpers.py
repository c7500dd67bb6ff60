"""Helpers for keyboard tests: walk the Tab chain with real key presses, and check it
follows the visual order (left to right along a row, then down)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def tab_cycle(qtbot: QtBot, limit: int = 200) -> list[QWidget]:
    """Press Tab from the focused widget until focus comes back round; the widgets reached."""
    seen: list[QWidget] = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def _rect(widget: QWidget) -> QRect:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return QRect(top_left, widget.size())


def out_of_visual_order(chain: list[QWidget]) -> list[str]:
    """Steps of the Tab chain that jump back: up a row, or leftwards within a row."""
    problems = []
    for before, after in itertools.pairwise(chain):
        a, b = _rect(before), _rect(after)
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        if same_row and b.left() < a.left():
            problems.append(f"{name(before)} -> {name(after)}: goes left on the same row")
        elif not same_row and b.top() < a.top():
            problems.append(f"{name(before)} -> {name(after)}: goes up")
    return problems


def name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__
