"""The settings dialog: every preference is there with words, changes are saved at once and
applied (look, start screen, chime), the data folder opens, and the keyboard does it all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from focus_helpers import out_of_visual_order, tab_cycle
from heard.core.preferences import PREFERENCES
from heard.platform.settings import Settings
from heard.ui.appearance import Look, apply_look
from heard.ui.settings_dialog import SettingsDialog, shown_preferences
from heard.ui.settings_fields import FIELDS, HIDDEN, SECTIONS
from heard.ui.settings_wiring import LookAndLanguage, wire_settings
from heard.ui.setup_screen import SetupScreen
from heard.ui.text_scale import reset_text_scale
from heard.ui.theme import DARK, LIGHT, current_theme


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    made = Settings(tmp_path / "settings.ini")
    made.set("language", "en")
    made.set("theme", "light")
    return made


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication) -> Iterator[None]:
    yield
    reset_text_scale(qapp)
    apply_look(qapp, Look(theme="light"))
    reset_text_scale(qapp)


@pytest.fixture
def dialog(qtbot: QtBot, settings: Settings, tmp_path: Path) -> SettingsDialog:
    made = SettingsDialog(settings, tmp_path / "data")
    qtbot.addWidget(made)
    return made


class _Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_every_preference_has_words_or_is_kept_hidden() -> None:
    described = {field.key for field in FIELDS}
    missing = [p.key for p in PREFERENCES if p.key not in described | HIDDEN]
    assert not missing, f"add these to heard.ui.settings_fields.FIELDS (or HIDDEN): {missing}"
    assert {field.section for field in FIELDS} <= set(SECTIONS)


def test_every_shown_preference_has_a_named_described_editor(dialog: SettingsDialog) -> None:
    keys = [pref.key for pref in shown_preferences()]
    assert set(dialog.editors) == set(keys)
    for key, editor in dialog.editors.items():
        assert editor.accessibleName(), key
        assert editor.accessibleDescription(), key
        assert editor.focusPolicy() & Qt.FocusPolicy.TabFocus, key
    assert "intro_seen" not in dialog.editors


def test_editors_show_the_stored_values(qtbot: QtBot, tmp_path: Path, settings: Settings) -> None:
    settings.set("pause_cue_s", 7)
    settings.set("partner_a", "Sam")
    settings.set("chime", False)
    settings.set("partner_colours", "blue_orange")
    dialog = SettingsDialog(settings, tmp_path)
    qtbot.addWidget(dialog)
    cue = dialog.editors["pause_cue_s"]
    assert isinstance(cue, QSpinBox)
    assert (cue.value(), cue.minimum(), cue.maximum()) == (7, 1, 10)
    assert dialog.editors["partner_a"].text() == "Sam"  # type: ignore[union-attr]
    chime = dialog.editors["chime"]
    assert isinstance(chime, QCheckBox) and not chime.isChecked()
    colours = dialog.editors["partner_colours"]
    assert isinstance(colours, QComboBox)
    assert colours.currentData() == "blue_orange"
    assert colours.currentText() == "Blue and ochre"
    assert not colours.itemIcon(0).isNull()  # a swatch beside the words


def test_a_change_is_saved_at_once_and_announced(
    qtbot: QtBot, dialog: SettingsDialog, settings: Settings, tmp_path: Path
) -> None:
    cue = dialog.editors["pause_cue_s"]
    assert isinstance(cue, QSpinBox)
    with qtbot.waitSignal(dialog.preference_changed) as changed:
        cue.setValue(5)
    assert changed.args == ["pause_cue_s", 5]
    assert Settings(tmp_path / "settings.ini").get("pause_cue_s") == 5  # on disk already
    cue.setValue(99)  # the spin box holds it to the bounds
    assert settings.get("pause_cue_s") == 10


def test_choosing_a_language_says_when_it_takes_effect(
    dialog: SettingsDialog, settings: Settings
) -> None:
    language = dialog.editors["language"]
    assert isinstance(language, QComboBox)
    assert [language.itemText(i) for i in range(language.count())] == [
        "Same as the system",
        "English",
        "Deutsch",
    ]
    assert dialog.language_note.isHidden()
    language.setCurrentIndex(language.findData("de"))
    assert settings.get("language") == "de"
    assert not dialog.language_note.isHidden()
    assert "next time" in dialog.language_note.text()


def test_open_folder_asks_the_desktop_to_show_the_data_folder(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    recorder = _Recorder()
    QDesktopServices.setUrlHandler("file", recorder, "handle")
    try:
        assert dialog.data_folder.text() == str(tmp_path / "data")
        assert dialog.data_folder.isReadOnly()
        dialog.open_folder.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert recorder.urls == [QUrl.fromLocalFile(str(tmp_path / "data"))]
    assert dialog.folder_problem.text() == ""


def test_theme_partner_colours_and_large_text_restyle_open_screens(
    qtbot: QtBot, qapp: QApplication, settings: Settings, tmp_path: Path
) -> None:
    looks = LookAndLanguage(qapp, settings)
    setup = SetupScreen()
    qtbot.addWidget(setup)
    entry = wire_settings(setup, setup, settings, tmp_path, looks)
    dialog = entry.open()
    qtbot.addWidget(dialog)
    assert current_theme().name == "light"
    assert LIGHT.background in setup.styleSheet()

    theme = dialog.editors["theme"]
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    assert current_theme().name == "dark"
    assert DARK.background in setup.styleSheet()  # the open start screen, restyled
    assert DARK.background in dialog.styleSheet()  # and the dialog itself

    colours = dialog.editors["partner_colours"]
    assert isinstance(colours, QComboBox)
    colours.setCurrentIndex(colours.findData("vermillion_blue"))
    assert (current_theme().partner_a, current_theme().partner_b) == ("#B85200", "#0072B2")

    tagline = setup.findChild(QLabel, "setup_tagline")
    assert tagline is not None
    before = tagline.fontInfo().pixelSize()
    large = dialog.editors["large_text"]
    assert isinstance(large, QCheckBox)
    large.setChecked(True)
    assert "font-size: 25px" in setup.styleSheet()  # 20 px body text, a quarter larger
    assert tagline.fontInfo().pixelSize() > before
    looks.translation.remove()
    looks.follower.setParent(None)  # no follower outlives the test
    looks.setParent(None)


def test_start_screen_defaults_follow_the_settings_at_once(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    class FakeChime:
        enabled, volume = True, 0.5

        def set_enabled(self, on: bool) -> None:
            self.enabled = on

        def set_volume(self, volume: float) -> None:
            self.volume = volume

    chime = FakeChime()
    setup = SetupScreen()
    qtbot.addWidget(setup)
    entry = wire_settings(setup, setup, settings, tmp_path, None, chime=chime)  # type: ignore[arg-type]
    dialog = entry.open()
    qtbot.addWidget(dialog)
    dialog.editors["pause_cue_s"].setValue(8)  # type: ignore[union-attr]
    dialog.editors["default_minutes"].setValue(45)  # type: ignore[union-attr]
    dialog.editors["partner_b"].setText("Alex")  # type: ignore[union-attr]
    dialog.editors["chime"].setChecked(False)  # type: ignore[union-attr]
    dialog.editors["chime_volume"].setValue(80)  # type: ignore[union-attr]
    assert setup.pause_cue_s == 8
    assert setup.minutes() == 45
    assert setup.name_b.text() == "Alex"
    assert (chime.enabled, chime.volume) == (False, 0.8)


def test_ctrl_comma_on_the_start_screen_opens_settings(qtbot: QtBot) -> None:
    setup = SetupScreen()
    qtbot.addWidget(setup)
    setup.show()
    qtbot.waitExposed(setup)
    setup.activateWindow()
    setup.name_a.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.name_a)
    with qtbot.waitSignal(setup.settings_requested):
        qtbot.keyClick(setup.name_a, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert setup.settings_button.accessibleName() == "Settings"


def test_tab_reaches_every_setting_in_visual_order_and_esc_closes(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.editors[shown_preferences()[0].key]
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    chain = tab_cycle(qtbot)
    names = [widget.objectName() for widget in chain]
    for key in dialog.editors:
        assert f"setting_{key}" in names, key
    assert names[-3:] == ["data_folder", "open_data_folder", "settings_close"]
    assert out_of_visual_order(chain) == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
