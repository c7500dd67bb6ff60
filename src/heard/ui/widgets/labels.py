"""Small helpers for labels that are updated often but change rarely."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def make_label(
    object_name: str,
    parent: QWidget | None = None,
    *,
    wrap: bool = True,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setAlignment(align)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def set_text(label: QLabel | QAbstractButton, text: str) -> bool:
    """Set the label's text only when it differs (no repaint or relayout otherwise)."""
    if label.text() == text:
        return False
    label.setText(text)
    return True


def set_style_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a boolean property that the stylesheet selects on, re-polishing only on change."""
    if bool(widget.property(name)) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
