"""The repair checklist and self-check as tick boxes, built from the content file."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from heard.core.checklist import ChecklistContent
from heard.ui.calm_style import label


class ChecklistPanel(QWidget):
    def __init__(self, content: ChecklistContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_panel")
        self.boxes: dict[str, QCheckBox] = {}
        self._unknown: dict[str, bool] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for index, group in enumerate(content.groups):
            if index:
                column.addSpacing(14)
            column.addWidget(label(group.title, "subheading", name=f"group_{group.id}"))
            column.addWidget(label(group.intro, "muted", name=f"group_{group.id}_intro"))
            for item in group.items:
                box = QCheckBox(item.text)
                box.setObjectName(f"item_{item.id}")
                box.setAccessibleName(item.text)
                box.setAccessibleDescription(f"{group.title}: {group.intro}")
                self.boxes[item.id] = box
                column.addWidget(box)
        column.addStretch(1)

    def answers(self) -> dict[str, bool]:
        """Every item shown, ticked or not, plus stored answers to items no longer shown
        (kept as they were, so editing never loses them)."""
        return {**self._unknown, **{item: box.isChecked() for item, box in self.boxes.items()}}

    def set_answers(self, answers: Mapping[str, bool]) -> None:
        self._unknown = {item: value for item, value in answers.items() if item not in self.boxes}
        for item, box in self.boxes.items():
            box.setChecked(answers.get(item, False))

    def clear(self) -> None:
        self.set_answers({})
