"""'Need a break': a slow breathing circle and a few quiet words. The session is paused,
not ended. The circle grows for four seconds and settles for six, and moves only while the
panel is on screen (it is decoration: no duration depends on it)."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from heard.ui.i18n import QT_TRANSLATE_NOOP, fill
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.card import Card
from heard.ui.widgets.labels import make_label, set_text

IN_MS, OUT_MS = 4000, 6000
BACK_TEXT = QT_TRANSLATE_NOOP("BreakPanel", "We're ready to carry on (B)")
"""Untranslated (the tests compare the English); shown through self.tr()."""


class BreathingCircle(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathing_circle")
        self.setAccessibleName(self.tr("Breathing guide"))
        self.setAccessibleDescription(self.tr("Breathe in as the circle grows, out as it shrinks."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self._fill, self._ring = QColor(LIGHT.cue_track), QColor(LIGHT.cue_fill)
        self.level = 0.0
        """0.0 (breathed out) to 1.0 (breathed in)."""
        self.animation = QVariantAnimation(self)
        self.animation.setObjectName("breathing-animation")
        self.animation.setStartValue(0.0)
        self.animation.setKeyValueAt(IN_MS / (IN_MS + OUT_MS), 1.0)
        self.animation.setEndValue(0.0)
        self.animation.setDuration(IN_MS + OUT_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.Linear)
        self.animation.setLoopCount(-1)
        self.animation.valueChanged.connect(self._on_level)

    def set_theme(self, theme: Theme) -> None:
        self._fill, self._ring = QColor(theme.cue_track), QColor(theme.cue_fill)
        self.update()

    def _on_level(self, value: object) -> None:
        self.level = QEasingCurve(QEasingCurve.Type.InOutSine).valueForProgress(float(value))  # type: ignore[arg-type]
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.animation.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.animation.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        radius = side / 2 * (0.55 + 0.4 * self.level)
        centre = QRectF(self.rect()).center()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill)
        painter.drawEllipse(centre, side / 2 * 0.95, side / 2 * 0.95)
        painter.setBrush(self._ring)
        painter.drawEllipse(centre, radius, radius)
        painter.end()


class BreakPanel(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("break_panel")
        self.setAccessibleName(self.tr("Taking a break"))
        self.circle = BreathingCircle(self)
        self.title = make_label("break_title")
        self.title.setText(self.tr("Take a breather"))
        self.hint = make_label("break_hint")
        self.hint.setText(self.tr("Breathe in as the circle grows, and out as it settles."))
        self.context = make_label("break_context")
        self.back_button = QPushButton(self.tr(BACK_TEXT), self)
        self.back_button.setObjectName("break_back_button")
        self.back_button.setAutoDefault(False)
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.setProperty("primary", True)
        self.back_button.setAccessibleName(self.tr("Carry on after the break"))
        self.back_button.setAccessibleDescription(
            self.tr("Ends the break; the clock runs again. Key: B.")
        )
        texts = QVBoxLayout()
        texts.addStretch(1)
        for widget in (self.title, self.hint, self.context):
            texts.addWidget(widget)
        texts.addSpacing(12)
        texts.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        texts.addStretch(1)
        self._texts = texts
        layout = QHBoxLayout(self)
        layout.addWidget(self.circle, 2)
        layout.addLayout(texts, 3)
        self._layout = layout
        self.set_theme(LIGHT)

    def set_theme(self, theme: Theme) -> None:
        self.set_colours(theme.surface, theme.border)
        self.circle.set_theme(theme)

    def set_context(self, text: str) -> None:
        if set_text(self.context, text):
            self.setAccessibleDescription(
                fill(self.tr("The session is paused, not ended. %1"), text)
            )

    def set_scale(self, unit: float) -> None:
        pad = round(28 * unit)
        self._layout.setContentsMargins(pad, pad, pad, pad)
        self._layout.setSpacing(round(40 * unit))
        self._texts.setSpacing(round(12 * unit))
        self.set_geometry_scale(radius=28 * unit, border_px=max(2.0, 2 * unit))
        self.title.setFont(ui_font(round(56 * unit), bold=True))
        self.hint.setFont(ui_font(round(30 * unit)))
        self.context.setFont(ui_font(round(24 * unit)))
        self.back_button.setFont(ui_font(round(21 * unit), bold=True))
        self.back_button.setMinimumHeight(round(60 * unit))
