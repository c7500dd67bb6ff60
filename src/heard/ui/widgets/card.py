"""A rounded, softly filled panel that other widgets lay their labels on."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QWidget


class Card(QFrame):
    """Paints a rounded rectangle (fill and optional border). Children draw on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = QColor("transparent")
        self._border: QColor | None = None
        self._border_px = 3.0
        self._radius = 24.0

    def set_colours(self, fill: str, border: str | None = None) -> None:
        new_fill = QColor(fill)
        new_border = QColor(border) if border else None
        if new_fill == self._fill and new_border == self._border:
            return
        self._fill, self._border = new_fill, new_border
        self.update()

    def set_geometry_scale(self, radius: float, border_px: float) -> None:
        self._radius, self._border_px = radius, border_px
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = self._border_px / 2 if self._border is not None else 0.0
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        if self._border is not None:
            painter.setPen(QPen(self._border, self._border_px))
        else:
            painter.setPen(QPen(QColor("transparent"), 0))
        painter.setBrush(self._fill)
        painter.drawRoundedRect(rect, self._radius, self._radius)
        painter.end()
