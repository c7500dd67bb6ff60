"""The pause-cue page: the ring beside words that ask the listener to let it land."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from heard.ui.i18n import fill
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.card import Card
from heard.ui.widgets.cue_ring import CueRing, seconds_left
from heard.ui.widgets.labels import make_label, set_text


class CuePanel(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cue_panel")
        self.setAccessibleName(self.tr("Pause before answering"))
        self.ring = CueRing(self)
        self.cue_title = make_label("cue_title")
        self.cue_title.setText(self.tr("Take a breath."))
        self.cue_hint = make_label("cue_hint")
        self.cue_next = make_label("cue_next")

        texts = QVBoxLayout()
        texts.addStretch(1)
        for label in (self.cue_title, self.cue_hint, self.cue_next):
            texts.addWidget(label)
        texts.addStretch(1)
        self._texts = texts
        layout = QHBoxLayout(self)
        layout.addWidget(self.ring, 2)
        layout.addLayout(texts, 3)
        self._layout = layout
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        self.set_colours(theme.surface, theme.border)
        self.ring.set_theme(theme)

    def set_cue(self, next_name: str, progress: float, remaining_ms: int) -> None:
        hint = fill(self.tr("%1, let it land before you answer."), next_name)
        if set_text(self.cue_hint, hint):
            set_text(
                self.cue_next,
                fill(self.tr("Nobody has the floor. Then it's %1's turn."), next_name),
            )
            self.setAccessibleDescription(f"{self.cue_title.text()} {hint}")
        self.ring.set_state(progress, seconds_left(remaining_ms))

    def set_scale(self, unit: float) -> None:
        pad = round(28 * unit)
        self._layout.setContentsMargins(pad, pad, pad, pad)
        self._layout.setSpacing(round(40 * unit))
        self._texts.setSpacing(round(12 * unit))
        self.set_geometry_scale(radius=28 * unit, border_px=max(2.0, 2 * unit))
        self.cue_title.setFont(ui_font(round(56 * unit), bold=True))
        self.cue_hint.setFont(ui_font(round(32 * unit)))
        self.cue_next.setFont(ui_font(round(22 * unit)))
