"""Every main screen built with the German translator shows German: no label, button,
field hint, list entry, tab, title or accessible text is still the English source.
Names, numbers and words that German shares with English are allowed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from heard.ui.i18n import Translation
from screen_builders import DIALOGS, SCREENS

SHARED_WORDS = {
    "Heard", "Sam", "Alex", "Partner", "OK", "PNG", "JSON", "CSV", "English", "Deutsch",
    "Esc", "Status", "Name", "Pause", "Problem", "Passphrase", "Min",
}  # fmt: skip
"""Words that are the same in German (or are names), so an equal text may hold them."""
ENGLISH_LEFT = re.compile(r"[A-Za-z]{3,}")


def texts_of(root: QWidget) -> dict[str, str]:
    """Every user-visible or accessible text in `root`, keyed by where it sits."""
    found: dict[str, str] = {"title": root.windowTitle()}
    for index, widget in enumerate([root, *root.findChildren(QWidget)]):
        key = f"{index}:{type(widget).__name__}:{widget.objectName()}"
        found[f"{key}:name"] = widget.accessibleName()
        found[f"{key}:description"] = widget.accessibleDescription()
        found[f"{key}:tip"] = widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            found[f"{key}:text"] = widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found[f"{key}:placeholder"] = widget.placeholderText()
        if isinstance(widget, QSpinBox):
            found[f"{key}:suffix"] = widget.suffix()
        if isinstance(widget, QComboBox):
            for item in range(widget.count()):
                found[f"{key}:item{item}"] = widget.itemText(item)
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                found[f"{key}:tab{tab}"] = widget.tabText(tab)
    return found


def still_english(english: dict[str, str], german: dict[str, str]) -> list[str]:
    left = []
    for key, text in english.items():
        if not text or german.get(key) != text:
            continue
        words = [w for w in ENGLISH_LEFT.findall(text) if w not in SHARED_WORDS]
        if words:
            left.append(f"{key}: {text!r}")
    return left


@pytest.fixture
def translation(qapp: QApplication) -> Iterator[Translation]:
    before = QLocale()
    made = Translation(qapp)
    yield made
    made.remove()
    QLocale.setDefault(before)


@pytest.mark.parametrize("name", [*SCREENS, *DIALOGS])
def test_the_screen_speaks_german(
    name: str, qtbot: QtBot, tmp_path: Path, translation: Translation
) -> None:
    build = {**SCREENS, **DIALOGS}[name]
    translation.install("en")
    english_screen = build(tmp_path)
    qtbot.addWidget(english_screen)
    english = texts_of(english_screen)
    assert translation.install("de") == "de"
    german_screen = build(tmp_path)
    qtbot.addWidget(german_screen)
    german = texts_of(german_screen)
    assert english.keys() == german.keys()
    assert sum(1 for text in english.values() if ENGLISH_LEFT.search(text)) >= 3
    assert still_english(english, german) == []


def test_the_check_finds_an_english_leftover() -> None:
    english = {"a": "Start the conversation", "b": "Sam", "c": "12:34", "d": "Pause (P)"}
    german = {"a": "Start the conversation", "b": "Sam", "c": "12:34", "d": "Pause (P)"}
    assert still_english(english, german) == ["a: 'Start the conversation'"]
