"""History before the first session: a kind word and a way to begin, not empty axes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    start_requested = Signal()

    def __init__(
        self,
        heading: str = "",
        text: str = "",
        button: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """Empty texts: the words for History before the first session."""
        super().__init__(parent)
        heading = heading or self.tr("Your story starts with one conversation.")
        text = text or self.tr(
            "After your first session, this is where you will see your phone-free time,"
            " your streak, how the talk is shared, and how heard you both feel."
        )
        button = button or self.tr("Start your first session")
        self.setObjectName("empty_state")
        self.heading = QLabel(heading)
        self.heading.setObjectName("empty_heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setObjectName("empty_text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.button = QPushButton(button)
        self.button.setObjectName("empty_start")
        self.button.setProperty("primary", True)
        self.button.setAccessibleName(button)
        self.button.setAccessibleDescription(
            self.tr("Go back to the start screen to begin a session")
        )
        self.button.clicked.connect(self.start_requested)
        column = QVBoxLayout(self)
        column.addStretch(2)
        column.addWidget(self.heading)
        column.addSpacing(8)
        column.addWidget(self.text)
        column.addSpacing(24)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
