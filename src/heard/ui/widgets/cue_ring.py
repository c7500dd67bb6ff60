"""The pause cue: a calm ring that fills clockwise, with the seconds left in the middle.

The ring moves about 10 times a second while a cue runs, so a frame is kept cheap. The ring
is drawn once into two cached pixmaps, one with its track empty and one with it full; each
number is drawn once into a small pixmap too. A frame repaints only the short stretch of ring
that moved: the empty ring, then the full one inside the pie from twelve o'clock to the new
angle, then the round ends (and the soft glow and the number, where the area reaches them).
The pie's edges are the same lines whatever area is repainted, so a frame draws exactly the
pixels a whole repaint would. A new second repaints only the inside of the ring.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from heard.ui.i18n import plural
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.pixmaps import sharp_pixmap

FULL_CIRCLE = 360 * 16  # Qt angles are in 1/16 degree
PROGRESS_STEPS = 720  # repaint only when the arc moves by at least half a degree
_GLOW_ALPHA = 0.08


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
        self._longest = 0  # the most seconds shown since the ring was last empty: the cue's
        # length (the glow grows a step each second: the seconds gone of the cue's length)
        self._rings: tuple[QPixmap, QBrush] | None = None  # the track empty; full (a brush)
        self._digits: dict[int, tuple[QPoint, QPixmap, float]] = {}  # each number, drawn
        self._fill = QColor(LIGHT.cue_fill)
        self._ring = QRectF()
        self._pen_width = 0.0
        self._relayout()
        self.set_state(0.0, 3)

    @property
    def progress(self) -> float:
        return self._step / PROGRESS_STEPS

    @property
    def seconds(self) -> int:
        return self._seconds

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._relayout()

    def set_state(self, progress: float, seconds: int) -> None:
        """Progress 0..1 (0 = cue just started) and the whole seconds left to show."""
        step = round(min(1.0, max(0.0, progress)) * PROGRESS_STEPS)
        old_step = self._step
        if seconds == self._seconds:
            if step > old_step:  # a frame (about 10 a second): the arc grew
                self._step = step
                self.update(self._moved_area(old_step, step))
                return
            if step == old_step:
                return
        self._step = step
        if step < old_step or step == 0:
            self._longest = 0  # a new cue
        self._longest = max(self._longest, seconds)
        if seconds != self._seconds:
            self.setAccessibleDescription(
                plural(
                    seconds,
                    self.tr("%n second of quiet left"),
                    self.tr("%n seconds of quiet left"),
                )
            )
            self._seconds = seconds  # the number and the glow: the inside of the ring
        if step < old_step:
            self.update()  # a new cue: the ring empties
            return
        self.update(self._inside())
        self.update(self._moved_area(old_step, step))

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # ----- geometry ---------------------------------------------------------------------
    def _relayout(self) -> None:
        """New size or colours: measure the ring again and forget the drawn pixmaps."""
        self._ring, self._pen_width = self._geometry()
        centre = self._ring.center()
        self._cx, self._cy, self._radius = centre.x(), centre.y(), self._ring.width() / 2
        reach = 2.0 * max(self.width(), self.height())  # a pie this big covers the widget
        self._reach = QRectF(self._cx - reach, self._cy - reach, 2 * reach, 2 * reach)
        cap = self._pen_width / 2 + 2
        self._start_cap = QRectF(
            self._cx - cap, self._cy - self._radius - cap, 2 * cap, 2 * cap
        ).toAlignedRect()
        # Where the arc ends at each step, on the middle of the stroke (clockwise from twelve).
        turn = 2 * math.pi / PROGRESS_STEPS
        cx, cy, radius = self._cx, self._cy, self._radius
        self._points = [
            (cx + radius * math.sin(n * turn), cy - radius * math.cos(n * turn))
            for n in range(PROGRESS_STEPS + 1)
        ]
        self._margin = self._pen_width / 2 + 3  # a moved area's reach past the middle of the stroke
        self._fill = QColor(self._theme.cue_fill)
        self._glow = QColor(self._theme.cue_fill)
        self._glow.setAlphaF(_GLOW_ALPHA)
        self._rings = None
        self._digits.clear()
        self.update()

    def _geometry(self) -> tuple[QRectF, float]:
        """The circle the stroke runs along, and the stroke's width."""
        side = min(self.width(), self.height())
        pen_width = max(4.0, side * 0.075)
        diameter = side - pen_width - 2
        rect = QRectF(
            (self.width() - diameter) / 2, (self.height() - diameter) / 2, diameter, diameter
        )
        return rect, pen_width

    def _inside(self) -> QRect:
        """The square around the inside of the stroke (the glow and the number; its corners
        reach into the stroke)."""
        inset = self._pen_width / 2
        return self._ring.adjusted(inset, inset, -inset, -inset).toAlignedRect()

    def _moved_area(self, old_step: int, new_step: int) -> QRect:
        """The pixels a move of the arc's end from `old_step` to `new_step` can change: the
        box around that stretch of the circle (its ends, and any of the four outermost
        points it passes), widened by half the stroke and the round end."""
        first, last = (old_step, new_step) if old_step < new_step else (new_step, old_step)
        points = self._points
        (x1, y1), (x2, y2) = points[max(0, first)], points[last]
        left, right = (x1, x2) if x1 < x2 else (x2, x1)
        top, bottom = (y1, y2) if y1 < y2 else (y2, y1)
        quarter = PROGRESS_STEPS // 4
        for q in range((first // quarter + 1) * quarter, last, quarter):
            x, y = points[q]
            left, right, top, bottom = min(left, x), max(right, x), min(top, y), max(bottom, y)
        margin = self._margin
        x0, y0 = math.floor(left - margin), math.floor(top - margin)
        return QRect(x0, y0, math.ceil(right + margin) - x0, math.ceil(bottom + margin) - y0)

    # ----- painting ---------------------------------------------------------------------
    def _ring_pixmaps(self) -> tuple[QPixmap, QBrush]:
        """The ring with its track empty, and with it full (as a brush: it fills the pie)."""
        if self._rings is None:
            empty = self._blank()
            full = empty.copy()
            for pixmap, colour in ((empty, self._theme.cue_track), (full, self._theme.cue_fill)):
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(QColor(colour), self._pen_width))
                painter.drawEllipse(self._ring)
                painter.end()
            self._rings = (empty, QBrush(full))
        return self._rings

    def _blank(self, size: QSize | None = None, colour: QColor | None = None) -> QPixmap:
        return sharp_pixmap(self, size or self.size(), colour or QColor(self._theme.surface))

    def _digit(self) -> tuple[QPoint, QPixmap, float]:
        """The number, centred in the ring, drawn once (Qt draws text this large as outlines,
        every time): where its pixmap goes, the pixmap (transparent around the ink: it goes
        over the glow), and how far from the centre it reaches."""
        digit = self._digits.get(self._seconds)
        if digit is None:
            font = ui_font(round(self._ring.width() * 0.46), bold=True, tabular=True)
            text = str(self._seconds)
            metrics = QFontMetricsF(font)
            box = metrics.boundingRect(self._ring, Qt.AlignmentFlag.AlignCenter, text)
            baseline = QPointF(box.left(), box.top() + metrics.ascent())
            ink = metrics.tightBoundingRect(text).translated(baseline)
            area = ink.adjusted(-3, -3, 3, 3).toAlignedRect() & self.rect()
            pixmap = self._blank(area.size(), QColor(Qt.GlobalColor.transparent))
            painter = QPainter(pixmap)
            painter.setPen(QColor(self._theme.text))
            painter.setFont(font)
            painter.translate(-QPointF(area.topLeft()))
            painter.drawText(self._ring, Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            reach = max(
                math.hypot(x - self._cx, y - self._cy)
                for x in (area.left(), area.right() + 1)
                for y in (area.top(), area.bottom() + 1)
            )
            digit = self._digits[self._seconds] = (area.topLeft(), pixmap, reach)
        return digit

    def _glow_radius(self) -> float:
        """The soft disc that grows from the centre as the pause fills (a step each second)."""
        gone = self._longest - self._seconds
        if gone <= 0:
            return 0.0
        return (self._ring.width() - self._pen_width) / 2 * gone / self._longest

    def _reaches_inside(self, area: QRect, radius: float) -> bool:
        """Whether `area` reaches within `radius` of the centre."""
        dx = max(area.left() - self._cx, 0.0, self._cx - area.right() - 1)
        dy = max(area.top() - self._cy, 0.0, self._cy - area.bottom() - 1)
        return dx * dx + dy * dy < radius * radius

    def paintEvent(self, event: QPaintEvent) -> None:
        empty, full = self._ring_pixmaps()
        step = self._step
        # Only the dirty area is copied: a whole-widget copy, even clipped, costs far more.
        dirty = event.rect()
        painter = QPainter(self)
        ratio = empty.devicePixelRatio()
        if ratio == 1.0:
            painter.drawPixmap(dirty.topLeft(), empty, dirty)
        else:
            source = QRectF(dirty.x() * ratio, dirty.y() * ratio, dirty.width() * ratio,
                            dirty.height() * ratio)  # fmt: skip
            painter.drawPixmap(QRectF(dirty), empty, source)
        painter.setPen(Qt.PenStyle.NoPen)
        if step > 0:
            # The full ring, inside the pie from twelve o'clock clockwise to the arc's end.
            painter.setBrush(full)
            painter.drawPie(self._reach, FULL_CIRCLE // 4, -FULL_CIRCLE * step // PROGRESS_STEPS)
        # The inside (on the surface colour of both ring pixmaps): the glow, the number.
        at, digit, reach = self._digit()
        glow = self._glow_radius()
        if self._reaches_inside(dirty, max(glow, reach)):
            if glow > 0:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setBrush(self._glow)
                painter.drawEllipse(QPointF(self._cx, self._cy), glow, glow)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.drawPixmap(at, digit)
        if 0 < step < PROGRESS_STEPS:  # the round ends
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(self._fill)
            cap = self._pen_width / 2
            if dirty.intersects(self._start_cap):
                painter.drawEllipse(QPointF(self._cx, self._cy - self._radius), cap, cap)
            painter.drawEllipse(QPointF(*self._points[step]), cap, cap)
        painter.end()
