"""The start screen's choice of template: the kind of talk, its length and its one line of
guidance. Built-in templates come from resources/content/templates.json; the couple's own
are added once the database is open (`set_own`), and "Our own…" asks to make one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from heard.core.templates import DEFAULT_ID, Template, find, load_templates
from heard.ui.calm_style import label
from heard.ui.i18n import content_locale


class TemplatePicker(QWidget):
    chosen = Signal(object)  # Template, picked by the couple (or by a reminder)
    own_requested = Signal()

    def __init__(
        self, builtin: Sequence[Template] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_picker")
        self._builtin = tuple(builtin if builtin is not None else load_templates(content_locale()))
        self._own: tuple[Template, ...] = ()
        self.combo = QComboBox()
        self.combo.setObjectName("template_combo")
        self.combo.setAccessibleName(self.tr("Kind of talk"))
        self.combo.setAccessibleDescription(
            self.tr("A template sets the length and shows a line of guidance during the talk")
        )
        self.combo.setMinimumHeight(52)
        # Sizes only: colours come from the palette, so a change of theme restyles it.
        self.combo.setStyleSheet("QComboBox { font-size: 20px; padding: 4px 12px; }")
        self.own_button = QPushButton(self.tr("Our own…"))
        self.own_button.setObjectName("own_template_button")
        self.own_button.setAccessibleName(self.tr("Our own templates"))
        self.own_button.setAccessibleDescription(
            self.tr("Save a kind of talk of your own, with its length and a line of guidance")
        )
        self.own_button.clicked.connect(self.own_requested)
        self.guidance = label("", "muted", name="template_guidance_hint")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.own_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(self.guidance)
        self._fill(DEFAULT_ID)
        self.combo.activated.connect(self._on_activated)

    @property
    def builtin(self) -> tuple[Template, ...]:
        return self._builtin

    @property
    def templates(self) -> tuple[Template, ...]:
        return self._builtin + self._own

    def current(self) -> Template:
        return self.templates[max(0, self.combo.currentIndex())]

    def current_id(self) -> str:
        return self.current().id

    def set_own(self, own: Sequence[Template]) -> None:
        """The couple's own templates, after the built-in ones (the choice is kept)."""
        keep = self.current_id()
        self._own = tuple(own)
        self._fill(keep)

    def select(self, template_id: str) -> bool:
        """Choose a template by id and say so through `chosen`. False if it is unknown."""
        found = find(self.templates, template_id)
        if found is None:
            return False
        self._fill(found.id)
        self.chosen.emit(found)
        return True

    def _fill(self, selected: str) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for template in self.templates:
            minutes = self.tr("%n min", "", template.minutes)
            self.combo.addItem(f"{template.name}  ·  {minutes}", template.id)
        index = max(0, self.combo.findData(selected))
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._show_guidance()

    def _show_guidance(self) -> None:
        text = self.current().guidance
        self.guidance.setText(text)
        self.guidance.setVisible(bool(text))

    def _on_activated(self, _index: int) -> None:
        self._show_guidance()
        self.chosen.emit(self.current())
