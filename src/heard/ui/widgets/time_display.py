"""The big remaining-time readout: m:ss (h:mm:ss from an hour), tabular digits.

It changes every second of a session, so it paints itself cheaply: each character is drawn
once into a small cached pixmap (Qt draws glyphs this large as outlines, every time), a new
second repaints only the characters that changed, and the widget fills its own background
(nothing behind it is painted again). The text is kept here, not in QLabel, so a new second
lays nothing out.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from heard.ui.i18n import fill, plural, translate
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.labels import set_text
from heard.ui.widgets.pixmaps import sharp_pixmap

_SAME_DIGIT = str.maketrans("123456789", "000000000")


def whole_seconds_left(ms: int) -> int:
    """Seconds left, rounded up: 0:01 shows until the very last millisecond."""
    return max(0, -(-ms // 1000))


def format_remaining(ms: int) -> str:
    hours, rest = divmod(whole_seconds_left(ms), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


def spoken_remaining(ms: int) -> str:
    """The remaining time in words, for screen readers: '12 minutes 5 seconds left'."""
    hours, rest = divmod(whole_seconds_left(ms), 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(
            plural(hours, translate("TimeDisplay", "%n hour"), translate("TimeDisplay", "%n hours"))
        )
    if minutes:
        parts.append(
            plural(
                minutes,
                translate("TimeDisplay", "%n minute"),
                translate("TimeDisplay", "%n minutes"),
            )
        )
    if seconds or not parts:
        parts.append(
            plural(
                seconds,
                translate("TimeDisplay", "%n second"),
                translate("TimeDisplay", "%n seconds"),
            )
        )
    return fill(translate("TimeDisplay", "%1 left"), " ".join(parts))


class TimeDisplay(QLabel):
    """A label that only touches its text when the shown second changes, and then repaints
    only the characters that changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_display")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Time remaining"))
        self._text = ""
        self._whole = -1  # the whole seconds shown
        self._quiet = False
        self._theme = LIGHT
        self._background = QColor(LIGHT.background)
        self._glyphs: dict[tuple[str, bool], tuple[QPoint, QPixmap]] = {}  # (char, quiet)
        self._cells: dict[str, list[int]] = {}  # by shape of text ("0:00"): each cell's x
        self._advance = 0.0  # of a digit (tabular digits all have the same)
        self._pad = 0
        self._pixel_size = 0
        self.set_pixel_size(120)
        self.set_remaining_ms(0)

    # ----- what it shows ----------------------------------------------------------------
    def text(self) -> str:  # kept here: QLabel's own text stays empty
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        old, self._text = self._text, text
        self.update(self._changed_area(old, text))

    def set_remaining_ms(self, ms: int) -> None:
        whole = whole_seconds_left(ms)
        if whole == self._whole:
            return  # the same second (a frame of the pause cue, most often): nothing to do
        self._whole = whole
        if set_text(self, format_remaining(ms)):
            self.setAccessibleDescription(fill(self.tr("%1 in the session"), spoken_remaining(ms)))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._background = QColor(theme.background)
        self._restyle()

    def set_quiet(self, quiet: bool) -> None:
        """Muted digits (during the pause cue and while paused). The `quiet` property says so
        too; the colour comes from the theme, so no stylesheet is polished again."""
        if quiet == self._quiet:
            return
        self._quiet = quiet
        self.setProperty("quiet", quiet)
        self.update()  # in the other colour: both colours' characters are kept

    @property
    def quiet(self) -> bool:
        return self._quiet

    def set_pixel_size(self, pixel_size: int) -> None:
        if pixel_size == self._pixel_size:
            return
        self._pixel_size = pixel_size
        font = ui_font(pixel_size, bold=True, tabular=True)
        self.setFont(font)
        # Digits stand on the baseline and have no descenders: the line's ascent plus a
        # little air is all they need, so the caption below never overlaps them.
        self.setFixedHeight(QFontMetrics(font).ascent() + round(pixel_size * 0.06))
        self._restyle()

    @property
    def pixel_size(self) -> int:
        return self._pixel_size

    def sizeHint(self) -> QSize:
        return QSize(math.ceil(self._advance * 8), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(math.ceil(self._advance * 5), self.minimumHeight())

    # ----- painting ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._stay_opaque()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._restyle()
        elif kind == QEvent.Type.StyleChange:
            self._stay_opaque()

    def _stay_opaque(self) -> None:
        """A stylesheet's "background: transparent" for labels (applied when the widget is
        polished, before it shows, and again on a new stylesheet) clears this: put it back,
        or every new second would repaint the screen's background behind the digits."""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._cells.clear()

    def _restyle(self) -> None:
        """Forget the drawn characters (new font, colour or scale) and repaint everything."""
        self._glyphs.clear()
        self._cells.clear()
        self._advance = QFontMetricsF(self.font()).horizontalAdvance("0")
        self._pad = math.ceil(self._pixel_size * 0.08) + 1  # room for ink past a cell
        self.update()

    def _lefts(self, text: str) -> list[int]:
        """The x of each character's cell, the whole text centred (as QLabel centres it).
        Kept for each shape of text (m:ss, h:mm:ss...): the same every second."""
        shape = text.translate(_SAME_DIGIT)
        lefts = self._cells.get(shape)
        if lefts is None:
            metrics = QFontMetricsF(self.font())
            widths = [metrics.horizontalAdvance(ch) for ch in shape]
            x = (self.width() - sum(widths)) / 2
            lefts = []
            for width in widths:
                lefts.append(round(x))
                x += width
            self._cells[shape] = lefts
        return lefts

    def _changed_area(self, old: str, new: str) -> QRect:
        """The pixels that differ between the two texts (one digit, most seconds)."""
        if len(old) != len(new):
            return self.rect()
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        if not changed:
            return QRect()
        lefts, pad = self._lefts(new), self._pad
        left = lefts[changed[0]] - pad
        right = lefts[changed[-1]] + math.ceil(self._advance) + pad
        return QRect(left, 0, right - left, self.height())

    def _glyph(self, ch: str) -> tuple[QPoint, QPixmap]:
        """One character in the current colour, drawn once: its pixmap (just around its ink)
        and where that goes, from the character's cell's left at the widget's top."""
        glyph = self._glyphs.get((ch, self._quiet))
        if glyph is not None:
            return glyph
        font = self.font()
        baseline = QFontMetrics(font).ascent()
        ink = QFontMetricsF(font).tightBoundingRect(ch).adjusted(-2, -2, 2, 2).toAlignedRect()
        pixmap = sharp_pixmap(self, ink.size(), QColor(Qt.GlobalColor.transparent))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        theme = self._theme
        painter.setPen(QColor(theme.text_muted if self._quiet else theme.text))
        painter.drawText(QPointF(-ink.left(), -ink.top()), ch)
        painter.end()
        glyph = self._glyphs[ch, self._quiet] = (QPoint(ink.left(), baseline + ink.top()), pixmap)
        return glyph

    def paintEvent(self, event: QPaintEvent) -> None:
        area = event.rect()
        painter = QPainter(self)
        painter.fillRect(area, self._background)
        pad, reach = self._pad, math.ceil(self._advance)
        for ch, left in zip(self._text, self._lefts(self._text), strict=True):
            if left - pad <= area.right() and left + reach + pad >= area.left():
                at, pixmap = self._glyph(ch)
                painter.drawPixmap(at + QPoint(left, 0), pixmap)
        painter.end()
