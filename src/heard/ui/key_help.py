"""The '?' (or F1) overlay: every key of the session, grouped by who presses it, read
straight from heard.ui.session_keys. Esc, ? or F1, or a click, close it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from heard.ui.session_keys import CARD_KEYS, SESSION_KEYS, Who
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.card import Card
from heard.ui.widgets.labels import make_label


def _words(text: str) -> str:
    """The UI language's words for a text from heard.ui.session_keys."""
    return QCoreApplication.translate("SessionKeys", text)


class KeyHelp(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key_help")
        self.setAccessibleName(self.tr("Keys"))
        self.setAccessibleDescription(
            ". ".join(f"{_words(key.cap)}: {_words(key.text)}" for key in SESSION_KEYS)
            + ". "
            + _words(CARD_KEYS)
        )
        self._veil = QColor(LIGHT.background)
        self.closed_by_click: Callable[[], object] | None = None
        """Called after a click closes the list (a dialog around it closes too)."""
        self.card = Card(self)
        self.card.setObjectName("key_help_card")
        self.title = make_label("key_help_title")
        self.title.setText(self.tr("Keys"))
        self.footer = make_label("key_help_footer")
        close_hint = self.tr("Press ? or Esc to close this.")
        self.footer.setText(f"{_words(CARD_KEYS)}\n{close_hint}")
        self._caps: list[QLabel] = []
        self._texts: list[QLabel] = []
        self._headings: list[QLabel] = []
        columns = QHBoxLayout()
        for who in Who:
            grid = QGridLayout()
            heading = make_label("key_help_heading")
            heading.setText(_words(who.value))
            self._headings.append(heading)
            grid.addWidget(heading, 0, 0, 1, 2)
            keys = [key for key in SESSION_KEYS if key.who is who]
            for row, key in enumerate(keys, start=1):
                cap = make_label("key_cap", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
                cap.setText(_words(key.cap))
                text = make_label("key_text")
                text.setText(_words(key.text))
                grid.addWidget(cap, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(text, row, 1)
                self._caps.append(cap)
                self._texts.append(text)
            grid.setRowStretch(len(keys) + 1, 1)
            grid.setColumnStretch(1, 1)
            columns.addLayout(grid, 1)
        inner = QVBoxLayout(self.card)
        inner.addWidget(self.title)
        inner.addLayout(columns)
        inner.addWidget(self.footer)
        self._inner, self._columns = inner, columns
        outer = QVBoxLayout(self)
        outer.addWidget(self.card)
        self._outer = outer
        self.set_theme(LIGHT)
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        self._veil = QColor(theme.background)
        self._veil.setAlpha(235)
        self.card.set_colours(theme.surface, theme.border)
        for label in (self.title, *self._headings, *self._texts):
            label.setStyleSheet(f"color: {theme.text}; background: transparent;")
        self.footer.setStyleSheet(f"color: {theme.text_muted}; background: transparent;")
        for cap in self._caps:
            cap.setStyleSheet(
                f"color: {theme.text}; background: {theme.background};"
                f" border: 2px solid {theme.border}; border-radius: 8px; padding: 2px 10px;"
            )

    def set_scale(self, unit: float) -> None:
        margin = round(48 * unit)
        self._outer.setContentsMargins(margin, margin, margin, margin)
        pad = round(30 * unit)
        self._inner.setContentsMargins(pad, pad, pad, pad)
        self._inner.setSpacing(round(16 * unit))
        self._columns.setSpacing(round(30 * unit))
        self.card.set_geometry_scale(radius=24 * unit, border_px=2.0)
        self.title.setFont(ui_font(round(40 * unit), bold=True))
        self.footer.setFont(ui_font(round(18 * unit)))
        for heading in self._headings:
            heading.setFont(ui_font(round(22 * unit), bold=True))
        for cap in self._caps:
            cap.setFont(ui_font(round(20 * unit), bold=True))
            cap.setMinimumWidth(round(64 * unit))
        for text in self._texts:
            text.setFont(ui_font(round(21 * unit)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._veil)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()
        if self.closed_by_click is not None:
            self.closed_by_click()
