"""Listening ears on the session screen: a small microphone mark, and the listener's
"hold the silence" cue.

- EarsIndicator: a quiet microphone symbol with the words "Listening ears", shown only
  while they are on. It is a button: a click (or L) turns them off.
- HoldSilenceCue: on the listener's card, a soft panel that fades in when the speaker has
  gone quiet for a while ("they may not be finished") and fades out when they go on. Its
  space is kept while hidden, so nothing on the screen moves when it comes and goes.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QTimeLine
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from heard.ui.i18n import QT_TRANSLATE_NOOP, fill
from heard.ui.theme import LIGHT, Theme, ui_font

INDICATOR_TEXT = QT_TRANSLATE_NOOP("EarsIndicator", "Listening ears")
"""Untranslated (the tests compare the English); shown through self.tr()."""
FADE_IN_MS, FADE_OUT_MS = 600, 900
FADE_FRAME_MS = 66  # 15 frames a second, as the pause cue ring


class EarsIndicator(QAbstractButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ears_indicator")
        self.setText(self.tr(INDICATOR_TEXT))
        self.setAccessibleName(self.tr("Listening ears are on"))
        self.setAccessibleDescription(
            self.tr(
                "The microphone hears only whether someone is speaking, never words. "
                "Nothing is recorded. Click, or press L, to turn listening ears off."
            )
        )
        self.setToolTip(
            self.tr("Listening ears are on: they hear silence, never words. L turns them off.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._theme = LIGHT
        self._px = 18
        self.setFont(ui_font(self._px))
        self.hide()

    def set_on(self, on: bool) -> None:
        if on != self.isVisible():
            self.setVisible(on)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_scale(self, unit: float) -> None:
        self._px = max(12, round(18 * unit))
        self.setFont(ui_font(self._px))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        height = round(self._px * 2.0)
        return QSize(height + metrics.horizontalAdvance(self.text()) + self._px, height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self._theme.text_muted)
        height = self.height()
        self._paint_mic(painter, QRectF(0, 0, height, height), colour)
        painter.setPen(colour)
        painter.setFont(self.font())
        text_rect = QRectF(height, 0, self.width() - height, height)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self.text())
        if self.hasFocus():
            painter.setPen(QPen(QColor(self._theme.focus), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()

    @staticmethod
    def _paint_mic(painter: QPainter, box: QRectF, colour: QColor) -> None:
        """A microphone: a capsule in a cradle on a short stand, drawn in outline."""
        s = box.height()
        cx = box.center().x()
        pen = QPen(colour, max(1.5, s * 0.075))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        capsule = QRectF(cx - s * 0.13, s * 0.16, s * 0.26, s * 0.42)
        painter.drawRoundedRect(capsule, s * 0.13, s * 0.13)
        cradle = QPainterPath(QPointF(cx - s * 0.24, s * 0.42))
        cradle.cubicTo(
            QPointF(cx - s * 0.24, s * 0.72), QPointF(cx + s * 0.24, s * 0.72),
            QPointF(cx + s * 0.24, s * 0.42),
        )  # fmt: skip
        painter.drawPath(cradle)
        painter.drawLine(QPointF(cx, s * 0.65), QPointF(cx, s * 0.80))
        painter.drawLine(QPointF(cx - s * 0.13, s * 0.82), QPointF(cx + s * 0.13, s * 0.82))


class HoldSilenceCue(QWidget):
    """Painted by hand, with its own alpha: a fade repaints this small panel only, about
    20 times a second, rather than re-rendering the card through an opacity effect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hold_silence_cue")
        self.setAccessibleName(self.tr("Hold the silence"))
        self.title = self.tr("Hold the silence")
        self.hint = ""
        self._theme = LIGHT
        self._unit = 1.0
        self._title_font = ui_font(30, bold=True)
        self._hint_font = ui_font(22)
        self._opacity = 0.0
        self._showing = False
        self._fade = QTimeLine(FADE_IN_MS, self)
        self._fade.setUpdateInterval(FADE_FRAME_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._fade.valueChanged.connect(self._on_fade_step)
        self._from, self._to = 0.0, 0.0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_speaker(self.tr("They"))

    @property
    def showing(self) -> bool:
        return self._showing

    @property
    def opacity(self) -> float:
        return self._opacity

    def set_speaker(self, name: str) -> None:
        hint = fill(self.tr("%1 may not be finished."), name)
        if hint != self.hint:
            self.hint = hint
            self.setAccessibleDescription(fill(self.tr("%1 Hold the silence."), hint))
            self.updateGeometry()
            self.update()

    def set_showing(self, showing: bool) -> None:
        """Fade in or out. Never moves anything: the space is always kept."""
        if showing == self._showing:
            return
        self._showing = showing
        self._fade.stop()
        self._from, self._to = self._opacity, 1.0 if showing else 0.0
        self._fade.setDuration(FADE_IN_MS if showing else FADE_OUT_MS)
        self._fade.start()

    def _on_fade_step(self, progress: float) -> None:
        self._opacity = self._from + (self._to - self._from) * progress
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_scale(self, unit: float) -> None:
        self._unit = unit
        self._title_font = ui_font(round(30 * unit), bold=True)
        self._hint_font = ui_font(round(22 * unit))
        self.updateGeometry()

    # ----- size and painting ------------------------------------------------------------
    def _pad(self) -> tuple[int, int]:
        return round(18 * self._unit), round(12 * self._unit)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        pad_x, pad_y = self._pad()
        inner = max(1, width - 2 * pad_x)
        title = QFontMetrics(self._title_font).height()
        flags = int(Qt.TextFlag.TextWordWrap)
        hint = QFontMetrics(self._hint_font).boundingRect(0, 0, inner, 10_000, flags, self.hint)
        return 2 * pad_y + title + round(4 * self._unit) + hint.height()

    def sizeHint(self) -> QSize:
        width = QFontMetrics(self._title_font).horizontalAdvance(self.title) * 3 // 2
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._opacity <= 0.0:
            return
        theme = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(self._opacity)
        border = max(2.0, 2 * self._unit)
        rect = QRectF(self.rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2)
        painter.setPen(QPen(QColor(theme.cue_fill), border))
        painter.setBrush(QColor(theme.background))
        radius = 18 * self._unit
        painter.drawRoundedRect(rect, radius, radius)
        pad_x, pad_y = self._pad()
        text = rect.adjusted(pad_x, pad_y, -pad_x, -pad_y)
        painter.setFont(self._title_font)
        painter.setPen(QColor(theme.text))
        title_height = QFontMetrics(self._title_font).height()
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title)
        painter.setFont(self._hint_font)
        painter.setPen(QColor(theme.text_muted))
        below = text.adjusted(0, title_height + round(4 * self._unit), 0, 0)
        painter.drawText(
            below, int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), self.hint
        )
        painter.end()
