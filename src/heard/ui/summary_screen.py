"""After a session: what the two of you just did, in a few calm numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from heard.core.model import EndReason, Partner
from heard.core.summary import SessionSummary, format_duration
from heard.ui.calm_style import make_calm


class SummaryScreen(QWidget):
    done_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_screen")
        make_calm(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setObjectName("summary_heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subheading = QLabel()
        self.subheading.setObjectName("summary_subheading")
        self.subheading.setProperty("role", "muted")
        self.subheading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subheading.setWordWrap(True)

        self._values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(12)
        rows = (
            ("minutes", self.tr("Time together")),
            ("turns", self.tr("Turns")),
            ("talk_a", ""),
            ("talk_b", ""),
            ("cues", self.tr("Pauses honoured")),
            ("longest", self.tr("Longest turn")),
            ("silences", self.tr("Silences held")),  # listening ears only
        )
        self._captions: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(rows):
            label = QLabel(caption)
            label.setObjectName("summary_caption")
            label.setProperty("role", "muted")
            value = QLabel()
            value.setProperty("role", "subheading")
            value.setObjectName(f"summary_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setBuddy(value)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignLeft)
            self._captions[key] = label
            self._values[key] = value

        self.done_button = QPushButton(self.tr("Back to the start"))
        self.done_button.setObjectName("summary_done")
        self.done_button.setDefault(True)
        self.done_button.setProperty("primary", True)
        self.done_button.setProperty("large", True)
        self.done_button.setAccessibleName(self.tr("Back to the start"))
        self.done_button.setAccessibleDescription(self.tr("Return to the setup screen"))
        self.done_button.clicked.connect(self.done_clicked)

        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(self.heading)
        column.addWidget(self.subheading)
        column.addSpacing(24)
        column.addLayout(grid)
        column.addSpacing(24)
        column.addWidget(self.done_button)
        column.addStretch(3)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

    def value_text(self, key: str) -> str:
        return self._values[key].text()

    def show_summary(self, summary: SessionSummary, name_a: str, name_b: str) -> None:
        if summary.reason is EndReason.COMPLETED:
            self.heading.setText(self.tr("Well done, you two."))
            self.subheading.setText(self.tr("You gave each other the whole time you planned."))
        else:
            self.heading.setText(self.tr("Thank you for taking this time."))
            self.subheading.setText(self.tr("Ending early is fine. What you shared still counts."))
        minutes = summary.elapsed_ms / 60_000
        self._values["minutes"].setText(
            self.tr("%1 of %2 planned")
            .replace("%1", format_duration(summary.elapsed_ms))
            .replace("%2", format_duration(summary.planned_ms))
        )
        self._values["minutes"].setAccessibleName(
            self.tr("%1 minutes together").replace("%1", str(round(minutes)))
        )
        self._values["turns"].setText(str(summary.turns))
        share = summary.talk_share_a
        for key, name, talk, turns, part in (
            ("talk_a", name_a, summary.talk_a_ms, summary.turns_a, share),
            (
                "talk_b",
                name_b,
                summary.talk_b_ms,
                summary.turns_b,
                None if share is None else 1 - share,
            ),
        ):
            self._captions[key].setText(name)
            percent = "" if part is None else f" ({round(part * 100)}%)"
            counted = (
                self.tr("1 turn") if turns == 1 else self.tr("%1 turns").replace("%1", str(turns))
            )
            self._values[key].setText(f"{format_duration(talk)} · {counted}{percent}")
        if summary.cues_total:
            self._values["cues"].setText(
                self.tr("%1 of %2")
                .replace("%1", str(summary.cues_honoured))
                .replace("%2", str(summary.cues_total))
            )
        else:
            self._values["cues"].setText(self.tr("No pauses yet"))
        longest = summary.longest
        if longest is None:
            self._values["longest"].setText("—")
        else:
            who = name_a if longest.speaker is Partner.A else name_b
            self._values["longest"].setText(f"{format_duration(longest.duration_ms)} · {who}")
        held = summary.silences_held
        self._values["silences"].setText("" if held is None else str(held))
        for widget in (self._captions["silences"], self._values["silences"]):
            widget.setVisible(held is not None)
        self.done_button.setFocus()
