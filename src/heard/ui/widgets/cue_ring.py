"""The pause cue: a calm ring that fills clockwise, with the seconds left in the middle."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from heard.ui.theme import LIGHT, Theme, ui_font

FULL_CIRCLE = 360 * 16  # Qt angles are in 1/16 degree
PROGRESS_STEPS = 720  # repaint only when the arc moves by at least half a degree


def seconds_left(cue_remaining_ms: int) -> int:
    """The countdown number: seconds left rounded up, never below 1 while a cue shows."""
    return max(1, math.ceil(cue_remaining_ms / 1000))


class CueRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cue_ring")
        self.setAccessibleName("Pause cue")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._theme = LIGHT
        self._step = -1
        self._seconds = 0
        self.set_state(0.0, 3)

    @property
    def progress(self) -> float:
        return self._step / PROGRESS_STEPS

    @property
    def seconds(self) -> int:
        return self._seconds

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_state(self, progress: float, seconds: int) -> None:
        """Progress 0..1 (0 = cue just started) and the whole seconds left to show."""
        step = round(min(1.0, max(0.0, progress)) * PROGRESS_STEPS)
        if step == self._step and seconds == self._seconds:
            return
        if seconds != self._seconds:
            unit = "second" if seconds == 1 else "seconds"
            self.setAccessibleDescription(f"{seconds} {unit} of quiet left")
        self._step, self._seconds = step, seconds
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        pen_width = max(4.0, side * 0.075)
        diameter = side - pen_width - 2
        rect = QRectF(
            (self.width() - diameter) / 2, (self.height() - diameter) / 2, diameter, diameter
        )
        theme = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        # A soft disc grows from the centre as the pause fills: breath-like, never flashing.
        if self._step > 0:
            inner = (diameter - pen_width) / 2 * self.progress
            glow = QColor(theme.cue_fill)
            glow.setAlphaF(0.08)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(rect.center(), inner, inner)

        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(theme.cue_track), pen_width))
        painter.drawEllipse(rect)
        if self._step > 0:
            arc = QPen(QColor(theme.cue_fill), pen_width)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            painter.drawArc(rect, 90 * 16, -round(FULL_CIRCLE * self.progress))

        painter.setPen(QColor(theme.text))
        painter.setFont(ui_font(round(diameter * 0.46), bold=True, tabular=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self._seconds))
        painter.end()
