"""How big Heard's text is: the system's font size, and the couple's "large text" setting.

Heard's screens are designed in pixel sizes for a 10-point desktop font. A desktop set to a
larger font (GNOME's "Large Text", KDE's font size, Windows' text size) makes the app font
larger, and every size here grows with it; a smaller one never shrinks Heard below its
design, because it is read from a metre away. "Large text" adds a quarter on top, and also
enlarges the application font that standard dialogs use.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

REFERENCE_PT = 10.0
"""The desktop font size Heard's pixel sizes were designed for."""
LARGE_TEXT = 1.25
MAX_SYSTEM_FACTOR = 2.0

_scale = 1.0
_base_font: QFont | None = None


def text_scale() -> float:
    """The factor every font size in Heard is multiplied by (1.0 at the design size)."""
    return _scale


def px(size: float) -> int:
    """A designed pixel size, scaled for the system font and the large-text setting."""
    return max(1, round(size * _scale))


def system_factor(point_size: float) -> float:
    """How much larger than the design size the desktop's font asks text to be."""
    if point_size <= 0:  # a font set in pixels: no point size to go by
        return 1.0
    return min(MAX_SYSTEM_FACTOR, max(1.0, point_size / REFERENCE_PT))


def apply_text_scale(app: QApplication, large: bool) -> float:
    """Set the factor from the desktop font (as it was when first called) and `large`."""
    global _scale, _base_font  # noqa: PLW0603
    if _base_font is None:
        _base_font = QFont(app.font())
    factor = system_factor(_base_font.pointSizeF()) * (LARGE_TEXT if large else 1.0)
    font = QFont(_base_font)
    if large and _base_font.pointSizeF() > 0:
        font.setPointSizeF(_base_font.pointSizeF() * LARGE_TEXT)
    app.setFont(font)
    _scale = round(factor, 3)
    log.debug("text scale %.3f (large text %s)", _scale, "on" if large else "off")
    return _scale


def reset_text_scale(app: QApplication) -> None:
    """Back to the desktop's own font and factor (for tests)."""
    global _scale, _base_font
    if _base_font is not None:
        app.setFont(_base_font)
    _scale, _base_font = 1.0, None
