"""German is complete: every string lupdate finds in src/heard has a finished German
translation with the same placeholders and keys, the compiled .qm matches the .ts, and the
main screens built with the German translator show no English words."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from heard.ui.i18n import Translation

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "heard_de.ts"
QM = TS.with_suffix(".qm")
SCRIPT = ROOT / "scripts" / "translations.py"
PLACEHOLDER = re.compile(r"%\d+|%n|\{\w*\}")
KEY_HINT = re.compile(r"\((Space|Esc|Enter|Ctrl\+,|Alt\+\w|F1|\?|[A-Z0-9])\)|Key: (\w+)\.")
GERMAN_KEYS = {"Space": "Leertaste", "Escape": "Esc", "Ctrl+,": "Strg+,", "Enter": "Eingabe"}


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install PySide6 in the test venv")
    return found


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = list(translation.iter("numerusform"))
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_string_in_the_ui_has_a_german_translation(tmp_path: Path) -> None:
    """Extract the strings from today's sources into a copy of heard_de.ts (as `make
    translations` does); any new or changed string arrives unfinished and fails here."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([sys.executable, str(SCRIPT), "update", "--ts", str(copy)], check=True)
    status = subprocess.run(
        [sys.executable, str(SCRIPT), "status", "--ts", str(copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert status.returncode == 0, (
        "untranslated in German (run `make translations`, translate them in "
        f"resources/translations/heard_de.ts, then `make translations` again):\n{status.stdout}"
    )


def test_the_check_does_catch_an_untranslated_string(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    text = TS.read_text(encoding="utf-8")
    first = re.search(r"<translation>[^<]+</translation>", text)
    assert first is not None
    copy.write_text(
        text.replace(first.group(0), '<translation type="unfinished"></translation>', 1),
        encoding="utf-8",
    )
    status = subprocess.run(
        [sys.executable, str(SCRIPT), "status", "--ts", str(copy)], capture_output=True, check=False
    )
    assert status.returncode == 1


def test_translations_keep_placeholders_and_keys() -> None:
    problems = []
    for context, message in messages(TS):
        source = message.findtext("source", "")
        for text in translations_of(message):
            if not text:
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            for match in KEY_HINT.finditer(source):
                key = match.group(1) or match.group(2)
                german = GERMAN_KEYS.get(key, key)
                if german not in text:
                    problems.append(f"{context}: {source!r} -> {text!r}: key {german} missing")
    assert problems == []


def test_the_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    assert QM.exists(), f"{QM.name} is missing: run `make translations` (make test does it)"
    fresh = tmp_path / QM.name
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(TS), "-qm", str(fresh)],
        check=True,
    )
    assert fresh.read_bytes() == QM.read_bytes(), f"{QM.name} is stale: run `make translations`"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[Translation]:
    before = QLocale()
    translation = Translation(qapp)
    assert translation.install("de") == "de"
    yield translation
    translation.remove()
    QLocale.setDefault(before)


def test_german_is_installed_with_qts_own_words(german: Translation, qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QLocale().language() == QLocale.Language.German
    assert QCoreApplication.translate("SetupScreen", "Start the conversation") != (
        "Start the conversation"
    )
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_do_not_disturb_advice_speaks_german(german: Translation) -> None:
    """It is built outside a widget (heard.platform.dnd_status), and was English only."""
    from heard.platform.dnd_status import DndState, advice

    for state, kind in ((DndState.ON, ""), (DndState.OFF, "gnome"), (DndState.UNKNOWN, "")):
        assert "Bitte nicht stören" in advice(state, kind) or "Benachrichtigungen" in advice(
            state, kind
        )


def test_an_unknown_or_missing_language_stays_english(qapp: QApplication) -> None:
    before = QLocale()
    translation = Translation(qapp)
    try:
        assert translation.install("en") == "en"
        assert translation.install("xx") in ("en", "de")  # the system's, if Heard speaks it
    finally:
        translation.remove()
        QLocale.setDefault(before)


def access_keys(qtbot: object) -> list[str]:
    """The Alt+letter keys on the start screen and in the menu bar, in the current language."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton

    from heard.ui.setup_screen import SetupScreen

    screen = SetupScreen()
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    texts = [button.text() for button in screen.findChildren(QAbstractButton)]
    texts += [
        QCoreApplication.translate("HelpMenu", "&Help"),
        QCoreApplication.translate("DataMenu", "&Your data"),
    ]
    keys = [m.group(1).lower() for text in texts if (m := re.search(r"&([^&\s])", text))]
    assert len(keys) >= 5, texts
    return keys


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_access_keys_clash_on_the_start_screen(
    qtbot: object, qapp: QApplication, language: str
) -> None:
    before = QLocale()
    translation = Translation(qapp)
    try:
        assert translation.install(language) == language
        keys = access_keys(qtbot)
    finally:
        translation.remove()
        QLocale.setDefault(before)
    assert sorted(keys) == sorted(set(keys)), keys
