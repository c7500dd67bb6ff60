"""The listener's prompt cards, opened with C over the floor panels of the session screen:
open questions, reflecting back, validating, and the body-language reference, each beside
what to steer clear of. The clock stays in view, and the heading keeps saying who has the
floor and what they asked for. The words come from resources/content/prompts.json
(heard.core.prompts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from heard.core.prompts import Deck, Tone
from heard.ui.i18n import fill
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.card import Card
from heard.ui.widgets.labels import make_label

MARK = {Tone.DO: "✓", Tone.AVOID: "✗"}


class PromptCards(Card):
    def __init__(self, decks: Sequence[Deck], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompt_cards")
        self.setAccessibleName(self.tr("Prompt cards"))
        self.setAccessibleDescription(self.tr("Left and right arrows, or 1 to 4, change the deck."))
        self.decks = tuple(decks)
        self._labels: list[tuple[QLabel, str]] = []  # label, role: for fonts and colours
        self.heading = make_label("cards_heading", wrap=False)
        self.heading.setText(self.tr("Prompt cards"))
        self.heading.setAccessibleName(self.tr("Who has the floor, and what they asked for"))
        self.close_button = QPushButton(self.tr("Close (C)"), self)
        self.close_button.setObjectName("cards_close_button")
        self.close_button.setAccessibleName(self.tr("Close the prompt cards"))
        self.close_button.setAccessibleDescription(self.tr("Key: C or Escape."))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(self.hide)

        self.tabs = QButtonGroup(self)
        self.tabs.setExclusive(True)
        tab_row = QHBoxLayout()
        for index, deck in enumerate(self.decks):
            tab = QPushButton(f"{index + 1}  {deck.title.replace('&', '&&')}", self)
            tab.setObjectName(f"deck_{deck.id}")
            tab.setCheckable(True)
            tab.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            tab.setAccessibleName(deck.title)
            tab.setAccessibleDescription(fill(self.tr("Key: %1"), index + 1))
            self.tabs.addButton(tab, index)
            tab_row.addWidget(tab)
        tab_row.addStretch(1)
        self.pages = QStackedWidget(self)
        for deck in self.decks:
            self.pages.addWidget(self._page(deck))
        self.tabs.idClicked.connect(self.show_deck)

        tab_row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(tab_row)
        layout.addWidget(self.pages, 1)
        self._layout, self._tab_row = layout, tab_row
        self.show_deck(0)
        self.set_theme(LIGHT)
        self.hide()

    # ----- decks ------------------------------------------------------------------------
    @property
    def current(self) -> int:
        return self.pages.currentIndex()

    def show_deck(self, index: int) -> None:
        index %= len(self.decks)
        self.pages.setCurrentIndex(index)
        button = self.tabs.button(index)
        if button is not None:
            button.setChecked(True)

    def step(self, delta: int) -> None:
        self.show_deck(self.current + delta)

    def scroll_deck(self, pages: int) -> None:
        """Scroll the open deck by half its height (Up and Down keys)."""
        page = self.pages.currentWidget()
        if isinstance(page, QScrollArea):
            bar = page.verticalScrollBar()
            bar.setValue(bar.value() + pages * bar.pageStep() // 2)

    def _page(self, deck: Deck) -> QScrollArea:
        content = QWidget()
        content.setObjectName(f"deck_page_{deck.id}")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self._label(deck.intro, "intro"))
        if deck.table is not None:
            grid = QGridLayout()
            grid.setHorizontalSpacing(18)
            grid.setVerticalSpacing(8)
            for col, title in enumerate(deck.table.columns):
                grid.addWidget(self._label(title, "column"), 0, col)
            for row, cells in enumerate(deck.table.rows, start=1):
                for col, cell in enumerate(cells):
                    label = self._label(cell, "cell" if col else "cell_first")
                    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                    grid.addWidget(label, row, col)
            column.addLayout(grid)
        sides = QHBoxLayout()
        sides.setSpacing(36)
        for section in deck.sections:  # side by side: what helps, and what to steer clear of
            part = QVBoxLayout()
            part.setSpacing(4)
            part.addWidget(self._label(f"{MARK[section.tone]}  {section.title}", "section"))
            for item in section.items:
                part.addWidget(self._label(item, section.tone.value))
            part.addStretch(1)
            sides.addLayout(part, 1)
        column.addLayout(sides)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        return scroll

    def _label(self, text: str, role: str) -> QLabel:
        label = make_label(f"card_{role}")
        label.setText(text)
        if role in (Tone.DO.value, Tone.AVOID.value):
            label.setAccessibleName(
                fill(self.tr("Try: %1") if role == "do" else self.tr("Avoid: %1"), text)
            )
            label.setIndent(24)
        self._labels.append((label, role))
        return label

    # ----- look -------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.set_colours(theme.surface, theme.cue_fill)
        colours = {"intro": theme.text_muted, "avoid": theme.text_muted, "column": theme.text_muted}
        for label, role in self._labels:
            label.setStyleSheet(f"color: {colours.get(role, theme.text)}; background: transparent;")
        self.heading.setStyleSheet(f"color: {theme.text};")
        self.pages.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
            "QScrollBar:vertical { background: transparent; width: 12px; margin: 0; }"
            f"QScrollBar::handle:vertical {{ background: {theme.border}; border-radius: 6px;"
            " min-height: 40px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
        )

    def set_scale(self, unit: float) -> None:
        pad = round(24 * unit)
        self._layout.setContentsMargins(pad, round(16 * unit), pad, round(16 * unit))
        self._layout.setSpacing(round(10 * unit))
        self.set_geometry_scale(radius=24 * unit, border_px=max(3.0, 3 * unit))
        self.heading.setFont(ui_font(round(24 * unit), bold=True))
        sizes = {"intro": 19, "section": 21, "column": 17, "cell_first": 18, "cell": 18}
        for label, role in self._labels:
            bold = role in ("section", "column", "cell_first")
            label.setFont(ui_font(round(sizes.get(role, 21) * unit), bold=bold))
        for button in [self.close_button, *self.tabs.buttons()]:
            button.setFont(ui_font(round(18 * unit)))
            button.setMinimumHeight(round(44 * unit))
