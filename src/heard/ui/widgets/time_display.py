"""The big remaining-time readout: m:ss (h:mm:ss from an hour), tabular digits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from heard.ui.i18n import fill, plural, translate
from heard.ui.theme import ui_font
from heard.ui.widgets.labels import set_text


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
    """A label that only touches its text when the shown second changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_display")
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Time remaining"))
        self._pixel_size = 0
        self.set_pixel_size(120)
        self.set_remaining_ms(0)

    def set_remaining_ms(self, ms: int) -> None:
        if set_text(self, format_remaining(ms)):
            self.setAccessibleDescription(fill(self.tr("%1 in the session"), spoken_remaining(ms)))

    def set_pixel_size(self, pixel_size: int) -> None:
        if pixel_size == self._pixel_size:
            return
        self._pixel_size = pixel_size
        font = ui_font(pixel_size, bold=True, tabular=True)
        self.setFont(font)
        # Digits stand on the baseline and have no descenders: the line's ascent plus a
        # little air is all they need, so the caption below never overlaps them.
        self.setFixedHeight(QFontMetrics(font).ascent() + round(pixel_size * 0.06))

    @property
    def pixel_size(self) -> int:
        return self._pixel_size
