"""Pixmaps a widget draws into once and paints from many times (the ring, the time's digits)."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QWidget


def sharp_pixmap(widget: QWidget, size: QSize, fill: QColor) -> QPixmap:
    """A pixmap of `size` (device-independent pixels) at the widget's pixel ratio, so it
    stays sharp on a HiDPI screen, filled with `fill` (transparent for ink over anything)."""
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(QSize(max(1, math.ceil(size.width() * ratio)),
                           max(1, math.ceil(size.height() * ratio))))  # fmt: skip
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(fill)
    return pixmap
