"""Who speaks and who listens: a card in the speaker's colour beside the listener's panel.

Colour is never the only signal: both panels name the partner and say what they are doing,
and the listener's panel says what the speaker asked for (just listen / ideas welcome).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from heard.core.model import Partner, Wants
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.card import Card
from heard.ui.widgets.labels import make_label, set_text

WANTS_TITLE = {
    Wants.LISTEN: QT_TRANSLATE_NOOP("FloorIndicator", "Just listen"),
    Wants.IDEAS: QT_TRANSLATE_NOOP("FloorIndicator", "Ideas welcome"),
}
WANTS_HINT = {
    Wants.LISTEN: QT_TRANSLATE_NOOP("FloorIndicator", "%1 wants to be heard, not fixed."),
    Wants.IDEAS: QT_TRANSLATE_NOOP("FloorIndicator", "%1 is open to your thoughts."),
}
"""Untranslated: shown through self.tr() (context FloorIndicator)."""


class FloorIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floor_indicator")
        self.setAccessibleName(self.tr("Who has the floor"))
        self._theme = LIGHT
        self._speaker: Partner | None = None

        self.speaker_card = Card(self)
        self.speaker_card.setObjectName("speaker_card")
        self.speaker_title = make_label("speaker_title")
        self.speaker_hint = make_label("speaker_hint")
        self.speaker_hint.setText(self.tr("Take your time. Press Space when you're done."))
        self._speaker_layout = QVBoxLayout(self.speaker_card)
        self._speaker_layout.addStretch(1)
        self._speaker_layout.addWidget(self.speaker_title)
        self._speaker_layout.addWidget(self.speaker_hint)
        self._speaker_layout.addStretch(1)

        self.listener_card = Card(self)
        self.listener_card.setObjectName("listener_card")
        self.listener_title = make_label("listener_title")
        self.wants_title = make_label("wants_title")
        self.wants_hint = make_label("wants_hint")
        self._listener_layout = QVBoxLayout(self.listener_card)
        self._listener_layout.addStretch(1)
        for label in (self.listener_title, self.wants_title, self.wants_hint):
            self._listener_layout.addWidget(label)
        self._listener_layout.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.speaker_card, 3)
        layout.addWidget(self.listener_card, 2)
        self._layout = layout

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._paint_cards()

    def set_floor(
        self, speaker: Partner, speaker_name: str, listener_name: str, wants: Wants
    ) -> None:
        self._speaker = speaker
        wants_title = self.tr(WANTS_TITLE[wants])
        changed = set_text(self.speaker_title, fill(self.tr("%1 has the floor"), speaker_name))
        changed |= set_text(self.listener_title, fill(self.tr("%1 is listening"), listener_name))
        changed |= set_text(self.wants_title, wants_title)
        changed |= set_text(self.wants_hint, fill(self.tr(WANTS_HINT[wants]), speaker_name))
        self.listener_card.show()
        self.speaker_hint.show()
        self._paint_cards()
        if changed:
            self.setAccessibleDescription(
                fill(
                    self.tr("%1 has the floor. %2 is listening. %1 asks: %3."),
                    speaker_name,
                    listener_name,
                    wants_title.lower(),
                )
            )

    def set_neutral(self, title: str) -> None:
        """No one has the floor (before the start or after the end)."""
        self._speaker = None
        set_text(self.speaker_title, title)
        self.speaker_hint.hide()
        self.listener_card.hide()
        self._paint_cards()
        self.setAccessibleDescription(title)

    def _paint_cards(self) -> None:
        theme = self._theme
        if self._speaker is None:
            self.speaker_card.set_colours(theme.surface, theme.border)
            self._label_colour(self.speaker_title, theme.text)
            return
        self.speaker_card.set_colours(theme.partner_colour(self._speaker))
        self.listener_card.set_colours(theme.surface, theme.partner_colour(self._speaker.other))
        self._label_colour(self.speaker_title, theme.on_partner)
        self._label_colour(self.speaker_hint, theme.on_partner)
        self._label_colour(self.listener_title, theme.text)
        self._label_colour(self.wants_title, theme.text)
        self._label_colour(self.wants_hint, theme.text_muted)

    @staticmethod
    def _label_colour(label: QLabel, colour: str) -> None:
        sheet = f"color: {colour}; background: transparent;"
        if label.styleSheet() != sheet:
            label.setStyleSheet(sheet)

    def set_scale(self, unit: float) -> None:
        pad = round(32 * unit)
        for lay in (self._speaker_layout, self._listener_layout):
            lay.setContentsMargins(pad, pad, pad, pad)
            lay.setSpacing(round(10 * unit))
        self._layout.setSpacing(round(20 * unit))
        for card in (self.speaker_card, self.listener_card):
            card.set_geometry_scale(radius=28 * unit, border_px=max(3.0, 4 * unit))
        self.speaker_title.setFont(ui_font(round(58 * unit), bold=True))
        self.speaker_hint.setFont(ui_font(round(24 * unit)))
        self.listener_title.setFont(ui_font(round(32 * unit), bold=True))
        self.wants_title.setFont(ui_font(round(44 * unit), bold=True))
        self.wants_hint.setFont(ui_font(round(24 * unit)))
