"""The quiet row of presence aids under the talk-share bar: a short word of feedback on the
left (what a key just did), and one small button per aid, each naming its key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from heard.core.model import Wants
from heard.ui.i18n import QT_TRANSLATE_NOOP
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.labels import make_label, set_text

ASK_IDEAS_TEXT = QT_TRANSLATE_NOOP("AidsBar", "Ask for ideas (W)")
JUST_LISTEN_TEXT = QT_TRANSLATE_NOOP("AidsBar", "Just listen (W)")
"""The words below are untranslated; the bar shows them through self.tr()."""

_BUTTONS = (
    (
        "break",
        QT_TRANSLATE_NOOP("AidsBar", "Break (B)"),
        QT_TRANSLATE_NOOP("AidsBar", "Need a break"),
        QT_TRANSLATE_NOOP("AidsBar", "Pause with a calm breathing screen. Key: B."),
    ),
    (
        "start_over",
        QT_TRANSLATE_NOOP("AidsBar", "Start over (R)"),
        QT_TRANSLATE_NOOP("AidsBar", "Start this turn over"),
        QT_TRANSLATE_NOOP(
            "AidsBar", "Can we try that again? The turn starts again from now. Key: R."
        ),
    ),
    (
        "distracted",
        QT_TRANSLATE_NOOP("AidsBar", "Distracted (D)"),
        QT_TRANSLATE_NOOP("AidsBar", "I got distracted"),
        QT_TRANSLATE_NOOP("AidsBar", "Notes that attention slipped, without any fuss. Key: D."),
    ),
    (
        "wants",
        ASK_IDEAS_TEXT,
        QT_TRANSLATE_NOOP("AidsBar", "Just listen or ideas welcome"),
        QT_TRANSLATE_NOOP(
            "AidsBar",
            "The speaker says whether they want ideas this turn, or just to be heard. Key: W.",
        ),
    ),
    (
        "cards",
        QT_TRANSLATE_NOOP("AidsBar", "Cards (C)"),
        QT_TRANSLATE_NOOP("AidsBar", "Prompt cards"),
        QT_TRANSLATE_NOOP(
            "AidsBar", "Open questions, reflecting back, validating, body language. Key: C."
        ),
    ),
    (
        "help",
        QT_TRANSLATE_NOOP("AidsBar", "Keys (?)"),
        QT_TRANSLATE_NOOP("AidsBar", "Show every key"),
        QT_TRANSLATE_NOOP("AidsBar", "Lists every key of the session. Key: ? or F1."),
    ),
)


class AidsBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aids_bar")
        self.setAccessibleName(self.tr("Presence aids"))
        self.feedback: QLabel = make_label("aids_feedback", wrap=False)
        self.feedback.setAccessibleName(self.tr("What just happened"))
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.feedback, 1)
        for action, text, name, description in _BUTTONS:
            button = QPushButton(self.tr(text), self)
            button.setObjectName(f"aid_{action}_button")
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys stay with the screen
            button.setAccessibleName(self.tr(name))
            button.setAccessibleDescription(self.tr(description))
            layout.addWidget(button)
            self.buttons[action] = button
        self._layout = layout
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        self.setStyleSheet(
            f"#aids_bar QPushButton {{ border-width: 1px; border-radius: 0.6em;"
            f" padding: 0.3em 0.8em; color: {theme.text}; }}"
            f"#aids_bar QPushButton:disabled {{ color: {theme.disabled_text}; }}"
            f"#aids_bar QPushButton:focus {{ border: 3px solid {theme.focus}; }}"
            f"#aids_bar QLabel#aids_feedback {{ color: {theme.text}; }}"
        )

    def set_wants(self, wants: Wants) -> None:
        set_text(
            self.buttons["wants"],
            self.tr(ASK_IDEAS_TEXT if wants is Wants.LISTEN else JUST_LISTEN_TEXT),
        )

    def set_feedback(self, text: str) -> None:
        if set_text(self.feedback, text):
            self.feedback.setAccessibleDescription(text)

    def set_scale(self, unit: float) -> None:
        self._layout.setSpacing(round(10 * unit))
        self.feedback.setFont(ui_font(round(20 * unit), bold=True))
        for button in self.buttons.values():
            button.setFont(ui_font(round(17 * unit)))
            button.setMinimumHeight(round(44 * unit))
