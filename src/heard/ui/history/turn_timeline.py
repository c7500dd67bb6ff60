"""One session's turns on a time line: a lane per partner, a mark for every pause cue.

Drawn with QPainter (no pyqtgraph needed for one session). A filled dot after a turn means
the listener waited out the pause cue; a hollow one means they jumped in. Events (pauses,
distractions...) are ticks under the lanes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from heard.core.events import Turn
from heard.core.model import Partner
from heard.core.summary import format_duration
from heard.storage.records import LoggedEvent
from heard.ui.i18n import fill, plural
from heard.ui.theme import Theme

LANE_H = 30
LABEL_W = 96
AXIS_H = 34
MARK_R = 4.5
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _tick_step_ms(total_ms: int) -> int:
    for minutes in (1, 2, 5, 10, 15, 30, 60):
        if total_ms / (minutes * 60_000) <= 8:
            return minutes * 60_000
    return 120 * 60_000


class TurnTimeline(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turn_timeline")
        self.theme = theme
        self.turns: list[Turn] = []
        self.events: list[LoggedEvent] = []
        self.names = ("A", "B")
        self.length_ms = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Turns, in time order"))

    def sizeHint(self) -> QSize:
        return QSize(640, 2 * LANE_H + AXIS_H + 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def set_session(
        self,
        turns: Sequence[Turn],
        events: Sequence[LoggedEvent],
        names: tuple[str, str],
        length_ms: int,
    ) -> None:
        self.turns = list(turns)
        self.events = list(events)
        self.names = names
        ends = [t.end_ms for t in self.turns] + [e.at_ms for e in self.events]
        self.length_ms = max([length_ms, *ends, 1])
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        if not self.turns:
            return self.tr("No turns were recorded.")
        parts = []
        for partner, name in zip(Partner, self.names, strict=True):
            mine = [t for t in self.turns if t.speaker is partner]
            talk = sum(t.duration_ms for t in mine)
            text = plural(len(mine), self.tr("%1 %n turn, %2"), self.tr("%1 %n turns, %2"))
            parts.append(fill(text, name, format_duration(talk)))
        cues = [t.pause_honoured for t in self.turns if t.pause_honoured is not None]
        if cues:
            parts.append(fill(self.tr("%1 of %2 pauses honoured"), sum(cues), len(cues)))
        return fill(self.tr("%1."), "; ".join(parts))

    # ------------------------------------------------------------------ painting
    def _x(self, ms: int, area: QRectF) -> float:
        return area.left() + area.width() * ms / self.length_ms

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(LABEL_W, 8, max(1, self.width() - LABEL_W - 32), 2 * LANE_H)
        painter.setPen(QColor(t.text))
        for lane, name in enumerate(self.names):
            top = area.top() + lane * LANE_H
            painter.fillRect(
                QRectF(area.left(), top + 3, area.width(), LANE_H - 6), QColor(t.cue_track)
            )
            painter.drawText(
                QRectF(0, top, LABEL_W - 10, LANE_H),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
        for turn in self.turns:
            lane = 0 if turn.speaker is Partner.A else 1
            left, right = self._x(turn.start_ms, area), self._x(turn.end_ms, area)
            rect = QRectF(left, area.top() + lane * LANE_H + 3, max(2.0, right - left), LANE_H - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t.partner_colour(turn.speaker)))
            painter.drawRoundedRect(rect, 4, 4)
            if turn.pause_honoured is not None:
                centre = QPointF(right + 1 + MARK_R, area.top() + LANE_H)
                painter.setPen(QPen(QColor(t.cue_fill), 2))
                painter.setBrush(
                    QColor(t.cue_fill) if turn.pause_honoured else Qt.BrushStyle.NoBrush
                )
                painter.drawEllipse(centre, MARK_R, MARK_R)
        axis_y = area.bottom() + 6
        painter.setPen(QPen(QColor(t.border), 1))
        painter.drawLine(QPointF(area.left(), axis_y), QPointF(area.right(), axis_y))
        for e in self.events:
            x = self._x(e.at_ms, area)
            painter.setPen(QPen(QColor(t.text_muted), 2))
            painter.drawLine(QPointF(x, axis_y - 5), QPointF(x, axis_y + 5))
        step = _tick_step_ms(self.length_ms)
        painter.setPen(QColor(t.text_muted))
        for ms in range(0, self.length_ms + 1, step):
            x = self._x(ms, area)
            painter.drawText(
                QRectF(x - 30, axis_y + 6, 60, 18),
                Qt.AlignmentFlag.AlignCenter,
                format_duration(ms),
            )
        painter.end()
