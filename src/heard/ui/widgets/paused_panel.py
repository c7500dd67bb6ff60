"""The paused page: a calm "Paused", how to carry on, and where the session will pick up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.card import Card
from heard.ui.widgets.labels import make_label, set_text

CENTRED = Qt.AlignmentFlag.AlignCenter


class PausedPanel(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paused_panel")
        self.setAccessibleName(self.tr("Paused"))
        self.paused_title = make_label("paused_title", align=CENTRED)
        self.paused_title.setText(self.tr("Paused"))
        self.paused_hint = make_label("paused_hint", align=CENTRED)
        self.paused_hint.setText(
            self.tr("Take the time you need. Press P or Resume when you're both ready.")
        )
        self.paused_context = make_label("paused_context", align=CENTRED)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.paused_title, self.paused_hint, self.paused_context):
            layout.addWidget(label)
        layout.addStretch(1)
        self._layout = layout
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        self.set_colours(theme.surface, theme.border)

    def set_context(self, text: str) -> None:
        if set_text(self.paused_context, text):
            self.setAccessibleDescription(f"{self.paused_hint.text()} {text}")

    def set_scale(self, unit: float) -> None:
        pad = round(28 * unit)
        self._layout.setContentsMargins(pad, pad, pad, pad)
        self._layout.setSpacing(round(14 * unit))
        self.set_geometry_scale(radius=28 * unit, border_px=max(2.0, 2 * unit))
        self.paused_title.setFont(ui_font(round(72 * unit), bold=True))
        self.paused_hint.setFont(ui_font(round(28 * unit)))
        self.paused_context.setFont(ui_font(round(24 * unit)))
