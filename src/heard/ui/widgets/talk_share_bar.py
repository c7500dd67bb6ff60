"""How the talk time is shared: a two-colour bar plus the same facts in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from heard.ui.i18n import QT_TRANSLATE_NOOP, fill
from heard.ui.theme import LIGHT, Theme, ui_font
from heard.ui.widgets.labels import make_label, set_text

NO_TALK = QT_TRANSLATE_NOOP("TalkShareBar", "No talk yet")
SHARE = QT_TRANSLATE_NOOP("TalkShareBar", "%1 %2% · %3 %4%")
"""Untranslated: both shown through QCoreApplication.translate("TalkShareBar", ...)."""


def share_percentages(share_a: float) -> tuple[int, int]:
    """Whole percentages for A and B that always add up to 100."""
    a = round(min(1.0, max(0.0, share_a)) * 100)
    return a, 100 - a


def share_text(name_a: str, name_b: str, share_a: float | None) -> str:
    if share_a is None:
        return QCoreApplication.translate("TalkShareBar", NO_TALK)
    a, b = share_percentages(share_a)
    return fill(QCoreApplication.translate("TalkShareBar", SHARE), name_a, a, name_b, b)


class ShareBar(QWidget):
    """The painted bar: A's colour from the left, B's from the right, or even and neutral."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share_bar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(16)
        self._theme = LIGHT
        self._percent_a: int | None = None

    @property
    def percent_a(self) -> int | None:
        return self._percent_a

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_percent_a(self, percent_a: int | None) -> None:
        if percent_a != self._percent_a:
            self._percent_a = percent_a
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        if self._percent_a is None:
            painter.setBrush(QColor(self._theme.neutral_bar))
            painter.drawRoundedRect(rect, radius, radius)
            painter.end()
            return
        gap = 4.0 if 0 < self._percent_a < 100 else 0.0
        width_a = (rect.width() - gap) * self._percent_a / 100
        painter.setBrush(QColor(self._theme.partner_b))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setBrush(QColor(self._theme.background))
        painter.drawRect(QRectF(rect.left() + width_a, rect.top(), gap, rect.height()))
        if width_a > 0:
            painter.setClipRect(QRectF(rect.left(), rect.top(), width_a, rect.height()))
            painter.setBrush(QColor(self._theme.partner_a))
            painter.drawRoundedRect(rect, radius, radius)
        painter.end()


class TalkShareBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talk_share")
        self.setAccessibleName(self.tr("Talk time shared"))
        self.caption = make_label("share_caption", wrap=False)
        self.caption.setText(self.tr("Talk time"))
        self.bar = ShareBar(self)
        self.share_label = make_label(
            "share_text",
            wrap=False,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.share_label)
        self._layout = layout
        self._names = ("", "")
        self.set_share("A", "B", None)

    def set_theme(self, theme: Theme) -> None:
        self.bar.set_theme(theme)

    def set_share(self, name_a: str, name_b: str, share_a: float | None) -> None:
        if (name_a, name_b) != self._names:
            self._names = (name_a, name_b)
            self._reserve_text_width()
        self.bar.set_percent_a(None if share_a is None else share_percentages(share_a)[0])
        text = share_text(name_a, name_b, share_a)
        if set_text(self.share_label, text):
            self.setAccessibleDescription(fill(self.tr("Talk time: %1"), text))

    @property
    def text(self) -> str:
        return self.share_label.text()

    def set_scale(self, unit: float) -> None:
        self._layout.setSpacing(round(16 * unit))
        self.bar.setFixedHeight(max(8, round(14 * unit)))
        self.caption.setFont(ui_font(round(20 * unit)))
        self.share_label.setFont(ui_font(round(22 * unit), bold=True))
        self._reserve_text_width()

    def _reserve_text_width(self) -> None:
        """Keep the bar's length steady as the percentages change. The label's size is fixed,
        so a new percentage repaints it without laying the whole screen out again."""
        metrics = QFontMetrics(self.share_label.font())
        widest = max(
            metrics.horizontalAdvance(
                fill(self.tr(SHARE), self._names[0], 100, self._names[1], 100)
            ),
            metrics.horizontalAdvance(share_text(*self._names, None)),
        )
        self.share_label.setFixedSize(widest + 2, metrics.height() + 2)
