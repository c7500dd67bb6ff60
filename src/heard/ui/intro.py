"""A short first-run introduction in three screens: the floor, the pause, the repair.

Shown once, on the first start that opens the start screen (never before `heard session`,
never over a session brought back after a crash); it can be skipped at any point and opened
again from Help. Enter goes on, Esc skips.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from heard.ui.calm_style import button, label, make_calm
from heard.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class IntroPage:
    name: str
    title: str
    lines: tuple[str, ...]
    keys: str


PAGES = (
    IntroPage(
        "floor",
        QT_TRANSLATE_NOOP("IntroDialog", "The floor"),
        (
            QT_TRANSLATE_NOOP(
                "IntroDialog",
                "One of you has the floor and talks; the other listens, really listens.",
            ),
            QT_TRANSLATE_NOOP(
                "IntroDialog",
                "No rehearsing a reply, no fixing. The speaker says whether they'd like ideas "
                "or just to be heard.",
            ),
            QT_TRANSLATE_NOOP("IntroDialog", "When you're done, press Space to pass the floor."),
        ),
        QT_TRANSLATE_NOOP(
            "IntroDialog", "Space: pass the floor  ·  W: just listen or ideas welcome"
        ),
    ),
    IntroPage(
        "pause",
        QT_TRANSLATE_NOOP("IntroDialog", "The pause"),
        (
            QT_TRANSLATE_NOOP(
                "IntroDialog", "After every turn comes a quiet moment before anyone answers."
            ),
            QT_TRANSLATE_NOOP(
                "IntroDialog",
                "Count to three, let it land. Silence is not a gap to fill; some of the most "
                "important things are said after a pause.",
            ),
            QT_TRANSLATE_NOOP(
                "IntroDialog", "Need more than a moment? Take a break: the session waits for you."
            ),
        ),
        QT_TRANSLATE_NOOP(
            "IntroDialog", "B: need a break  ·  P: pause  ·  C: prompt cards for the listener"
        ),
    ),
    IntroPage(
        "repair",
        QT_TRANSLATE_NOOP("IntroDialog", "The repair"),
        (
            QT_TRANSLATE_NOOP(
                "IntroDialog",
                "Nobody listens perfectly. Drifted off, jumped in, got defensive? Say so.",
            ),
            QT_TRANSLATE_NOOP(
                "IntroDialog",
                "“Can we try that again?” starts the turn over. No score, no penalty.",
            ),
            QT_TRANSLATE_NOOP(
                "IntroDialog",
                "Afterwards, a short checklist and a 'did you feel heard?' help you both notice.",
            ),
        ),
        QT_TRANSLATE_NOOP(
            "IntroDialog", "R: start this turn over  ·  D: I got distracted  ·  ? or F1: every key"
        ),
    ),
)


class IntroDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intro_dialog")
        self.setWindowTitle(self.tr("How Heard works"))
        self.setAccessibleName(self.tr("How Heard works"))
        make_calm(self)
        self.pages = QStackedWidget()
        for index, page in enumerate(PAGES):
            self.pages.addWidget(self._page(index, page))
        self.back_button = button(
            self.tr("Back"), "intro_back_button", self.tr("The screen before")
        )
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.skip_button = button(
            self.tr("Skip"), "intro_skip_button", self.tr("Close the introduction (Esc)")
        )
        self.skip_button.clicked.connect(self.reject)
        self.next_button = button(
            self.tr("Next"), "intro_next_button", self.tr("The next screen (Enter)"), primary=True
        )
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next)
        row = QHBoxLayout()
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(row)
        self.resize(780, 520)
        self.go(0)

    def _page(self, index: int, page: IntroPage) -> QWidget:
        widget = QWidget()
        widget.setObjectName(f"intro_{page.name}")
        column = QVBoxLayout(widget)
        column.addWidget(label(f"{index + 1} / {len(PAGES)}", "muted"))
        title, lines = self.tr(page.title), [self.tr(line) for line in page.lines]
        column.addWidget(label(title, "title", name="intro_title"))
        for line in lines:
            column.addWidget(label(line))
        column.addStretch(1)
        keys = label(self.tr(page.keys), "phrase", name="intro_keys")
        keys.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        column.addWidget(keys)
        widget.setAccessibleName(title)
        widget.setAccessibleDescription(" ".join(lines))
        return widget

    def go(self, index: int) -> None:
        index = max(0, min(index, len(PAGES) - 1))
        self.pages.setCurrentIndex(index)
        last = index == len(PAGES) - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("Let's begin") if last else self.tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setFocus()

    def _on_next(self) -> None:
        if self.pages.currentIndex() == len(PAGES) - 1:
            self.accept()
        else:
            self.go(self.pages.currentIndex() + 1)
