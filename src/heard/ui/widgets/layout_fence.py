"""A container that stops layout changes inside it from spreading to the whole window.

Every QLabel.setText() inside a layout, and every page a QStackedWidget shows, asks the
layout around it to run again, and that request climbs to the top-level window: the whole
session screen measured every word-wrapped label of every page anew, several times a
second during a session (benchmarks/bench_cpu.py). A widget held in a LayoutFence lives
outside any layout: it simply fills the fence, and its layout requests stop at the fence.
The fence reports the child's size hints to its own layout, read when that layout runs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class LayoutFence(QWidget):
    def __init__(
        self, child: QWidget, parent: QWidget | None = None, *, follow_height: bool = False
    ) -> None:
        """`follow_height`: the fence keeps a fixed height, the child's minimum height (for a
        child whose height is fixed but changes with the scale)."""
        super().__init__(parent)
        self.child = child
        self._follow_height = follow_height
        child.setParent(self)
        policy = child.sizePolicy()
        self.setSizePolicy(
            QSizePolicy(policy.horizontalPolicy(), policy.verticalPolicy(), policy.controlType())
        )  # no height-for-width: what is inside never changes the window's layout
        if follow_height:
            self.refit()

    def sizeHint(self) -> QSize:
        return self.child.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.child.minimumSizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self._follow_height:
            self.refit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.child.setGeometry(self.rect())

    def refit(self) -> None:
        """Take the child's (new) minimum height now. A fixed-height child that changes its
        height does not always reach the fence as a LayoutRequest, so owners call this."""
        if not self._follow_height:
            return
        height = self.child.minimumHeight()
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)
