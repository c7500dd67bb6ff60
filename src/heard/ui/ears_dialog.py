"""The first time listening ears are turned on: what they hear, what is kept, and that no
sound is ever stored or sent. Shown once; the couple says yes or not now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heard.ui.calm_style import make_calm
from heard.ui.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("ListeningEarsIntro", "Listening ears")
HEADING = QT_TRANSLATE_NOOP("ListeningEarsIntro", "Heard can listen for silence, never for words.")
POINTS = (
    (
        QT_TRANSLATE_NOOP("ListeningEarsIntro", "What it hears"),
        QT_TRANSLATE_NOOP(
            "ListeningEarsIntro",
            "Only whether someone is speaking or not, 30 times a second. It cannot make out words.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ListeningEarsIntro", "What it keeps"),
        QT_TRANSLATE_NOOP(
            "ListeningEarsIntro",
            "Nothing but counts: whether each pause was held, and how often you held a silence.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ListeningEarsIntro", "What never happens"),
        QT_TRANSLATE_NOOP(
            "ListeningEarsIntro", "No sound is ever recorded, stored or sent anywhere."
        ),
    ),
)
FOOTER = QT_TRANSLATE_NOOP(
    "ListeningEarsIntro",
    "While it is on, a small microphone shows at the top of the session screen. "
    "Press L, or click the microphone, to turn it off.",
)
YES_TEXT = QT_TRANSLATE_NOOP("ListeningEarsIntro", "Turn on listening ears")
NO_TEXT = QT_TRANSLATE_NOOP("ListeningEarsIntro", "Not now")
"""All the words above are untranslated: the dialog shows them through self.tr()."""


class ListeningEarsIntro(QDialog):
    """accept() = turn them on; reject() = not now. Open with open(): never blocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listening_ears_intro")
        self.setWindowTitle(self.tr(TITLE))
        self.setModal(True)
        make_calm(self)
        heading = QLabel(self.tr(HEADING))
        heading.setObjectName("ears_intro_heading")
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)

        points = QGridLayout()
        points.setHorizontalSpacing(24)
        points.setVerticalSpacing(16)
        for row, (caption, text) in enumerate(self._points()):
            label = QLabel(caption)
            label.setProperty("role", "subheading")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            body = QLabel(text)
            body.setObjectName(f"ears_intro_point_{row}")
            body.setWordWrap(True)
            label.setBuddy(body)
            points.addWidget(label, row, 0)
            points.addWidget(body, row, 1)
        points.setColumnStretch(1, 1)
        footer = QLabel(self.tr(FOOTER))
        footer.setObjectName("ears_intro_footer")
        footer.setProperty("role", "muted")
        footer.setWordWrap(True)

        self.yes_button = QPushButton(self.tr(YES_TEXT))
        self.yes_button.setObjectName("ears_intro_yes")
        self.yes_button.setProperty("primary", True)
        self.yes_button.setDefault(True)
        self.yes_button.setAccessibleDescription(self.tr("Turn listening ears on. Enter."))
        self.yes_button.clicked.connect(self.accept)
        self.no_button = QPushButton(self.tr(NO_TEXT))
        self.no_button.setObjectName("ears_intro_no")
        self.no_button.setAccessibleDescription(self.tr("Leave listening ears off. Escape."))
        self.no_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 36, 40, 32)
        layout.setSpacing(22)
        layout.addWidget(heading)
        layout.addLayout(points)
        layout.addWidget(footer)
        layout.addLayout(buttons)
        self.setMinimumWidth(860)
        self.setAccessibleName(self.tr(TITLE))
        self.setAccessibleDescription(
            " ".join(
                [
                    self.tr(HEADING),
                    *(f"{caption}: {text}" for caption, text in self._points()),
                    self.tr(FOOTER),
                ]
            )
        )

    def _points(self) -> list[tuple[str, str]]:
        return [(self.tr(caption), self.tr(text)) for caption, text in POINTS]
