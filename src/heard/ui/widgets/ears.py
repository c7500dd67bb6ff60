"""Listening ears on the session screen: a small microphone mark, and the listener's
"hold the silence" cue.

- EarsIndicator: a quiet microphone symbol with the words "Listening ears", shown only
  while they are on. It is a button: a click (or L) turns them off.
- HoldSilenceCue: on the listener's card, a soft panel that fades in when the speaker has
  gone quiet for a while ("they may not be finished") and fades out when they go on. Its
  space is kept while hidden, so nothing on the screen moves when it comes and goes.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPointF, QPropertyAnimation, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QGraphicsOpacityEffect,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.card import Card
from heard.ui.widgets.labels import make_label, set_text

INDICATOR_TEXT = "Listening ears"
FADE_IN_MS, FADE_OUT_MS = 600, 900


class EarsIndicator(QAbstractButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ears_indicator")
        self.setText(INDICATOR_TEXT)
        self.setAccessibleName("Listening ears are on")
        self.setAccessibleDescription(
            "The microphone hears only whether someone is speaking, never words. "
            "Nothing is recorded. Click, or press L, to turn listening ears off."
        )
        self.setToolTip("Listening ears are on: they hear silence, never words. L turns them off.")
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


class HoldSilenceCue(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hold_silence_cue")
        self.setAccessibleName("Hold the silence")
        self.title = make_label("hold_title")
        self.title.setText("Hold the silence")
        self.hint = make_label("hold_hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self._layout = layout
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(0.0)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._showing = False
        self.set_speaker("They")
        self.set_theme(LIGHT)

    @property
    def showing(self) -> bool:
        return self._showing

    @property
    def opacity(self) -> float:
        return float(self._effect.opacity())

    def set_speaker(self, name: str) -> None:
        if set_text(self.hint, f"{name} may not be finished."):
            self.setAccessibleDescription(f"{name} may not be finished. Hold the silence.")

    def set_showing(self, showing: bool) -> None:
        """Fade in or out. Never moves anything: the space is always kept."""
        if showing == self._showing:
            return
        self._showing = showing
        self._fade.stop()
        self._fade.setDuration(FADE_IN_MS if showing else FADE_OUT_MS)
        self._fade.setStartValue(self._effect.opacity())
        self._fade.setEndValue(1.0 if showing else 0.0)
        self._fade.start()

    def set_theme(self, theme: Theme) -> None:
        self.set_colours(theme.background, theme.cue_fill)
        for label, colour in ((self.title, theme.text), (self.hint, theme.text_muted)):
            label.setStyleSheet(f"color: {colour}; background: transparent;")

    def set_scale(self, unit: float) -> None:
        pad = round(18 * unit)
        self._layout.setContentsMargins(pad, round(12 * unit), pad, round(12 * unit))
        self._layout.setSpacing(round(4 * unit))
        self.set_geometry_scale(radius=18 * unit, border_px=max(2.0, 2 * unit))
        self.title.setFont(ui_font(round(30 * unit), bold=True))
        self.hint.setFont(ui_font(round(22 * unit)))
