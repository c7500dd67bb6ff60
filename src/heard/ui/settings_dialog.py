"""Settings: the couple's preferences, saved as they change and applied at once where that
can be done (the look, the chime, the start screen's defaults). Ctrl+, opens it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from heard.core.model import MAX_NAME_LENGTH
from heard.core.preferences import PREFERENCES, Preference
from heard.platform.settings import Settings
from heard.ui.calm_style import button, label, make_calm
from heard.ui.palettes import PAIRS
from heard.ui.settings_fields import (
    CHOICES,
    CONTEXT,
    HIDDEN,
    LANGUAGE_NAMES,
    SECTIONS,
    Field,
    field_for,
)

log = logging.getLogger(__name__)

Editor = QCheckBox | QSpinBox | QComboBox | QLineEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown_preferences() -> list[Preference]:
    return [pref for pref in PREFERENCES if pref.key not in HIDDEN]


class SettingsDialog(QDialog):
    """Every change is saved at once and announced with `preference_changed(key, value)`."""

    preference_changed = Signal(str, object)

    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setAccessibleDescription(self.tr("Changes are saved as you make them"))
        make_calm(self)
        self._settings = settings
        self._data_dir = data_dir
        self.editors: dict[str, Editor] = {}
        self._captions: list[QLabel] = []

        content = QWidget()
        content.setObjectName("settings_content")
        column = QVBoxLayout(content)
        column.setSpacing(10)
        by_section: dict[str, list[tuple[Preference, Field]]] = {s: [] for s in SECTIONS}
        for pref in shown_preferences():
            field = field_for(pref.key)
            by_section.setdefault(field.section, []).append((pref, field))
        for section, rows in by_section.items():
            if not rows:
                continue
            column.addWidget(label(_tr(SECTIONS[section]), "subheading", name=f"section_{section}"))
            form = QFormLayout()
            form.setHorizontalSpacing(18)
            form.setVerticalSpacing(10)
            for pref, field in rows:
                self._add_row(form, pref, field)
            column.addLayout(form)
            column.addSpacing(8)
            if section == "look":
                self.language_note = label("", "muted", name="language_note")
                self.language_note.hide()
                column.addWidget(self.language_note)
        column.addLayout(self._data_rows())
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("settings_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button = button(
            self.tr("Close"), "settings_close", self.tr("Close the settings (Esc)"), primary=True
        )
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(label(self.tr("Settings"), "heading", name="settings_title"))
        outer.addWidget(scroll, 1)
        outer.addLayout(bottom)
        self.resize(860, 780)

    def showEvent(self, event: QShowEvent) -> None:
        """One column of captions across the sections (sizes are known once styled)."""
        super().showEvent(event)
        widest = max((caption.sizeHint().width() for caption in self._captions), default=0)
        for caption in self._captions:
            caption.setMinimumWidth(widest)

    # ----------------------------------------------------------------- building
    def _add_row(self, form: QFormLayout, pref: Preference, field: Field) -> None:
        value = self._settings.get(pref.key)
        name, description = _tr(field.label), _tr(field.description) if field.description else ""
        editor = self._make_editor(pref, field, value)
        editor.setObjectName(f"setting_{pref.key}")
        editor.setAccessibleName(name)
        editor.setAccessibleDescription(description)
        self.editors[pref.key] = editor
        if isinstance(editor, QCheckBox):
            editor.setText(name)
            form.addRow(editor)
        else:
            caption = QLabel(name)
            caption.setBuddy(editor)
            self._captions.append(caption)
            form.addRow(caption, editor)
        if description:
            about = label(description, "muted", name=f"about_{pref.key}")
            about.setAccessibleName(description)
            form.addRow("", about)

    def _make_editor(self, pref: Preference, field: Field, value: Any) -> Editor:
        key = pref.key
        if pref.kind is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(lambda on: self._save(key, bool(on)))
            return box
        if pref.kind is int:
            spin = QSpinBox()
            low, high = pref.bounds or (0, 10_000)
            spin.setRange(low, high)
            spin.setSingleStep(field.step)
            spin.setSuffix(_tr(field.suffix) if field.suffix else "")
            spin.setValue(int(value))
            spin.setMinimumHeight(44)
            spin.valueChanged.connect(lambda number: self._save(key, int(number)))
            return spin
        if pref.choices:
            combo = QComboBox()
            for choice in pref.choices:
                combo.addItem(self._choice_text(key, choice), choice)
                if key == "partner_colours":
                    combo.setItemIcon(combo.count() - 1, _swatch(choice))
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(
                lambda index: self._save(key, str(combo.itemData(index)))
            )
            return combo
        edit = QLineEdit(str(value))
        edit.setMaxLength(MAX_NAME_LENGTH)
        edit.textChanged.connect(lambda text: self._save(key, text))
        return edit

    @staticmethod
    def _choice_text(key: str, choice: str) -> str:
        if key == "partner_colours" and choice in PAIRS:
            return QCoreApplication.translate("PartnerPair", PAIRS[choice].label)
        if key == "language" and choice in LANGUAGE_NAMES:
            return LANGUAGE_NAMES[choice]
        words = CHOICES.get((key, choice))
        return _tr(words) if words else choice

    def _data_rows(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        rows.addWidget(label(self.tr("Your data"), "subheading", name="section_data"))
        rows.addWidget(
            label(
                self.tr(
                    "Everything stays on this computer, in a folder only your user account can"
                    " open. Private notes are encrypted."
                ),
                "muted",
                name="data_explained",
            )
        )
        self.data_folder = QLineEdit(str(self._data_dir))
        self.data_folder.setObjectName("data_folder")
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.data_folder.setAccessibleDescription(self.tr("Where Heard keeps your sessions"))
        self.open_folder = button(
            self.tr("Open folder"),
            "open_data_folder",
            self.tr("Show the data folder in the file manager"),
        )
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        line = QHBoxLayout()
        line.addWidget(self.data_folder, 1)
        line.addWidget(self.open_folder)
        rows.addLayout(line)
        self.folder_problem = label("", "status", name="folder_problem")
        rows.addWidget(self.folder_problem)
        return rows

    # ----------------------------------------------------------------- changes
    def _save(self, key: str, value: Any) -> None:
        try:
            self._settings.set(key, value)
        except ValueError as exc:  # the editors' limits make this rare
            log.warning("setting not saved: %s", exc)
            return
        self._settings.sync()
        if key == "language":
            self.language_note.setText(
                self.tr("The new language is used from the next time Heard starts.")
            )
            self.language_note.show()
        self.preference_changed.emit(key, value)

    def _on_open_folder_clicked(self) -> None:
        url = QUrl.fromLocalFile(str(self._data_dir))
        if QDesktopServices.openUrl(url):
            self.folder_problem.clear()
        else:
            self.folder_problem.setText(
                self.tr("The folder could not be opened here; its location is shown above.")
            )


def _swatch(pair_id: str) -> QIcon:
    """Two discs in the pair's colours, A on the left."""
    pair = PAIRS[pair_id]
    pixmap = QPixmap(44, 22)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for x, colour in ((1, pair.partner_a), (23, pair.partner_b)):
        painter.setBrush(QColor(colour))
        painter.drawEllipse(x, 1, 20, 20)
    painter.end()
    return QIcon(pixmap)
