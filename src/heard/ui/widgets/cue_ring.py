"""The pause cue: a calm ring that fills clockwise, with the seconds left in the middle.

The ring is animated (~30 frames a second while a cue runs), so painting is kept cheap: the
still parts (background, track, the soft glow and the number, which change once a second)
are drawn into two cached pixmaps, one with the ring empty and one with it full. A frame
repaints only the short stretch of ring that moved: the empty ring, then the full one inside
the wedge from twelve o'clock to the new angle, then the round caps.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from heard.ui.i18n import plural
from heard.ui.theme import LIGHT, Theme, ui_font

FULL_CIRCLE = 360 * 16  # Qt angles are in 1/16 degree
PROGRESS_STEPS = 720  # repaint only when the arc moves by at least half a degree
_SAMPLE_DEG = 10.0  # the dirty area of a frame is bounded from points this far apart


def seconds_left(cue_remaining_ms: int) -> int:
    """The countdown number: seconds left rounded up, never below 1 while a cue shows."""
    return max(1, math.ceil(cue_remaining_ms / 1000))


class CueRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cue_ring")
        self.setAccessibleName(self.tr("Pause cue"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Every pixel is painted here (on the card's surface colour): no parent repaints.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._theme = LIGHT
        self._step = -1
        self._seconds = 0
        self._empty: QPixmap | None = None
        self._full: QPixmap | None = None
        self.set_state(0.0, 3)

    @property
    def progress(self) -> float:
        return self._step / PROGRESS_STEPS

    @property
    def seconds(self) -> int:
        return self._seconds

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._invalidate()

    def set_state(self, progress: float, seconds: int) -> None:
        """Progress 0..1 (0 = cue just started) and the whole seconds left to show."""
        step = round(min(1.0, max(0.0, progress)) * PROGRESS_STEPS)
        if step == self._step and seconds == self._seconds:
            return
        old_step = self._step
        self._step = step
        if seconds != self._seconds or step < old_step:
            if seconds != self._seconds:
                self.setAccessibleDescription(
                    plural(
                        seconds,
                        self.tr("%n second of quiet left"),
                        self.tr("%n seconds of quiet left"),
                    )
                )
            self._seconds = seconds
            self._invalidate()  # the number and the glow change once a second
            return
        if self._empty is not None:
            self.update(self._moved_area(old_step, step))
        else:
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._invalidate()

    # ----- geometry ---------------------------------------------------------------------
    def _geometry(self) -> tuple[QRectF, float]:
        """The circle the stroke runs along, and the stroke's width."""
        side = min(self.width(), self.height())
        pen_width = max(4.0, side * 0.075)
        diameter = side - pen_width - 2
        rect = QRectF(
            (self.width() - diameter) / 2, (self.height() - diameter) / 2, diameter, diameter
        )
        return rect, pen_width

    @staticmethod
    def _angle(step: int) -> float:
        """Degrees, Qt's way (counter-clockwise from three o'clock), of the arc's end."""
        return 90.0 - 360.0 * step / PROGRESS_STEPS

    def _point(self, rect: QRectF, degrees: float) -> QPointF:
        radius = rect.width() / 2
        centre = rect.center()
        rad = math.radians(degrees)
        return QPointF(centre.x() + radius * math.cos(rad), centre.y() - radius * math.sin(rad))

    def _moved_area(self, old_step: int, new_step: int) -> QRect:
        """The pixels a move of the arc's end from `old_step` to `new_step` can change."""
        rect, pen_width = self._geometry()
        start, end = self._angle(old_step), self._angle(new_step)
        count = max(1, math.ceil((start - end) / _SAMPLE_DEG))
        points = [self._point(rect, start + (end - start) * n / count) for n in range(count + 1)]
        margin = pen_width / 2 + 3
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        area = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        return area.adjusted(-margin, -margin, margin, margin).toAlignedRect()

    # ----- painting ---------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._empty = self._full = None
        self.update()

    def _render_empty(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(max(1, round(self.width() * ratio)),
                               max(1, round(self.height() * ratio))))  # fmt: skip
        pixmap.setDevicePixelRatio(ratio)
        theme = self._theme
        pixmap.fill(QColor(theme.surface))
        rect, pen_width = self._geometry()
        diameter = rect.width()
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A soft disc grows from the centre as the pause fills (a step each second).
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
        painter.setPen(QColor(theme.text))
        painter.setFont(ui_font(round(diameter * 0.46), bold=True, tabular=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self._seconds))
        painter.end()
        return pixmap

    def _render_full(self, empty: QPixmap) -> QPixmap:
        """The empty ring with the whole track covered by the fill colour."""
        pixmap = empty.copy()
        rect, pen_width = self._geometry()
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self._theme.cue_fill), pen_width))
        painter.drawEllipse(rect)
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._empty is None or self._full is None:
            self._empty = self._render_empty()
            self._full = self._render_full(self._empty)
        # Only the dirty area is copied: a whole-widget copy, even clipped, costs far more.
        area = QRectF(event.rect())
        ratio = self._empty.devicePixelRatio()
        source = QRectF(area.x() * ratio, area.y() * ratio, area.width() * ratio,
                        area.height() * ratio)  # fmt: skip
        painter = QPainter(self)
        painter.drawPixmap(area, self._empty, source)
        if self._step > 0:
            rect, pen_width = self._geometry()
            sweep = 360.0 * self.progress
            if sweep >= 360.0:
                painter.drawPixmap(area, self._full, source)
            else:
                reach = rect.adjusted(-pen_width, -pen_width, pen_width, pen_width)
                wedge = QPainterPath(rect.center())
                wedge.arcTo(reach, 90.0, -sweep)
                wedge.closeSubpath()
                painter.save()
                painter.setClipPath(wedge, Qt.ClipOperation.IntersectClip)
                painter.drawPixmap(area, self._full, source)
                painter.restore()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(self._theme.cue_fill))
                cap = pen_width / 2
                for degrees in (90.0, self._angle(self._step)):
                    painter.drawEllipse(self._point(rect, degrees), cap, cap)
        painter.end()
