"""'How heard did you feel?' from 1 to 5: five large buttons, also chosen with the keys 1-5."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from heard.core.checklist import SCALE


class HeardScale(QWidget):
    """Emits `chosen(value)` when a value is picked (None when cleared with `allow_none`)."""

    chosen = Signal(object)  # int | None

    def __init__(
        self,
        labels: Mapping[int, str],
        *,
        who: str = "",
        allow_none: bool = False,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("heard_scale")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._labels = dict(labels)
        self._look = "compact" if compact else True
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.none_button: QPushButton | None = None
        if allow_none:
            self.none_button = self._button(0, self.tr("No answer"), "—", who)
            row.addWidget(self.none_button, 1)
        for value in SCALE:
            row.addWidget(self._button(value, self._labels[value], str(value), who), 1)
        self.group.idClicked.connect(self._on_clicked)

    def _button(self, value: int, caption: str, number: str, who: str) -> QPushButton:
        button = QPushButton(f"{number}\n{caption}")
        button.setObjectName(f"heard_{value}")
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setProperty("scale", self._look)
        spoken = caption if value == 0 else f"{value}: {caption}"
        button.setAccessibleName(f"{who}: {spoken}" if who else spoken)
        button.setAccessibleDescription(
            self.tr("Answer how heard you felt, from 1 (not heard) to 5 (fully heard)")
        )
        button.setToolTip(self.tr("Key %1").replace("%1", number if value else "0"))
        self.group.addButton(button, value)
        return button

    def button(self, value: int) -> QPushButton:
        found = self.group.button(value)
        assert isinstance(found, QPushButton)
        return found

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in SCALE else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.clear()
            if self.none_button is not None:
                self.none_button.setChecked(True)
            return
        self.button(value).setChecked(True)

    def clear(self) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)

    def label_for(self, value: int) -> str:
        return self._labels[value]

    def _on_clicked(self, value: int) -> None:
        self.chosen.emit(value if value in SCALE else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and self.group.button(int(text)) is not None:
            button = self.button(int(text))
            button.setChecked(True)
            button.setFocus()
            self._on_clicked(int(text))
            return
        super().keyPressEvent(event)
