"""The reflection step (a setting): after the pause, the listener says back what they heard
and the speaker answers "Got it" (the floor passes on) or "Not quite, let me add…" (the
floor comes back to them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from heard.ui.i18n import QT_TRANSLATE_NOOP, fill
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.card import Card
from heard.ui.widgets.labels import make_label, set_text

GOT_IT_TEXT = QT_TRANSLATE_NOOP("ReflectionPanel", "Got it (G)")
NOT_QUITE_TEXT = QT_TRANSLATE_NOOP("ReflectionPanel", "Not quite, let me add… (N)")
STARTERS = QT_TRANSLATE_NOOP(
    "ReflectionPanel",
    "In your own words, and aim for the feeling: “What I'm hearing is…” or "
    "“It sounds like you're feeling…”. Then ask: “Did I get that?”",
)
"""Untranslated (the tests compare the English); shown through self.tr()."""


class ReflectionPanel(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflection_panel")
        self.setAccessibleName(self.tr("Reflect back"))
        self.title = make_label("reflection_title")
        self.starters = make_label("reflection_starters")
        self.starters.setText(self.tr(STARTERS))
        self.question = make_label("reflection_question")
        self.got_it_button = self._button("got_it_button", self.tr(GOT_IT_TEXT), primary=True)
        self.got_it_button.setAccessibleName(self.tr("Got it"))
        self.got_it_button.setAccessibleDescription(
            self.tr("The reflection landed: the floor passes to the listener. Key: G.")
        )
        self.not_quite_button = self._button("not_quite_button", self.tr(NOT_QUITE_TEXT))
        self.not_quite_button.setAccessibleName(self.tr("Not quite, let me add"))
        self.not_quite_button.setAccessibleDescription(
            self.tr("The speaker gets the floor back to add what was missed. Key: N.")
        )
        answers = QHBoxLayout()
        answers.addWidget(self.got_it_button)
        answers.addWidget(self.not_quite_button)
        answers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.starters, self.question):
            layout.addWidget(widget)
        layout.addLayout(answers)
        layout.addStretch(1)
        self._layout, self._answers = layout, answers
        self.set_theme(LIGHT)

    def _button(self, name: str, text: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setProperty("primary", primary)
        return button

    def set_theme(self, theme: Theme) -> None:
        self.set_colours(theme.surface, theme.cue_fill)

    def set_names(self, listener: str, speaker: str) -> None:
        changed = set_text(self.title, fill(self.tr("%1, reflect back what you heard"), listener))
        changed |= set_text(self.question, fill(self.tr("%1, did %2 get it?"), speaker, listener))
        if changed:
            self.setAccessibleDescription(f"{self.title.text()}. {self.question.text()}")

    def set_scale(self, unit: float) -> None:
        pad = round(32 * unit)
        self._layout.setContentsMargins(pad, round(24 * unit), pad, round(24 * unit))
        self._layout.setSpacing(round(12 * unit))
        self._answers.setSpacing(round(16 * unit))
        self.set_geometry_scale(radius=28 * unit, border_px=max(3.0, 4 * unit))
        self.title.setFont(ui_font(round(42 * unit), bold=True))
        self.starters.setFont(ui_font(round(23 * unit)))
        self.question.setFont(ui_font(round(30 * unit), bold=True))
        for button in (self.got_it_button, self.not_quite_button):
            button.setFont(ui_font(round(22 * unit), bold=True))
            button.setMinimumHeight(round(64 * unit))
            button.setMinimumWidth(round(200 * unit))
