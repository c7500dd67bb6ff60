"""History's four charts, drawn with pyqtgraph. The only module that imports pyqtgraph:
history_screen imports it the first time there is something to draw, so neither start-up
nor an empty History pays for pyqtgraph and numpy.

Partners are told apart by more than colour: A's bars rise above the "even" line and B's
fall below it, the felt-heard lines use circles (A) and squares (B), and every chart names
them in words.
"""

from __future__ import annotations

import logging
import math
import re
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from heard.core.periods import Grouping
from heard.ui.history.chart_data import (
    ChartData,
    cue_summary,
    felt_summary,
    minutes_summary,
    talk_summary,
)
from heard.ui.i18n import QT_TRANSLATE_NOOP, ui_locale
from heard.ui.theme import Theme

log = logging.getLogger(__name__)

MAX_SESSION_BARS = 400
"""Up to this many sessions the talk chart has a bar per session; beyond, a bar per period
(thinner than a pixel each, sessions would only add noise)."""
DAY_S = 86_400.0
NUMBER_AXIS = 44
NAME_AXIS = 104
MAX_SYMBOLS = 60
"""Up to this many periods the line charts mark each point; beyond, only lines."""
BAR_FILL = 0.78


class ChartPanel(QWidget):
    """A title, a plot and a one-sentence answer under it."""

    def __init__(
        self, key: str, title: str, axis_width: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{key}")
        self.title = QLabel(title)
        self.title.setObjectName("chart_title")
        self.summary = QLabel("")
        self.summary.setObjectName("chart_summary")
        self.summary.setWordWrap(True)
        self.plot = pg.PlotWidget(axisItems={"bottom": LocaleDateAxis(orientation="bottom")})
        self.plot.setObjectName(f"plot_{key}")
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(150)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.18)
        item.getAxis("left").setWidth(axis_width)  # the same in a column: x axes line up
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)

    def describe(self, summary: str) -> None:
        self.summary.setText(summary)
        self.plot.setAccessibleName(self.title.text())
        self.plot.setAccessibleDescription(summary)

    def apply_theme(self, theme: Theme) -> None:
        self.plot.setBackground(QColor(theme.surface))
        font = QFont(self.font())
        font.setPixelSize(13)
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(theme.border))
            axis.setTextPen(pg.mkPen(theme.text_muted))
            axis.setTickFont(font)


_ENGLISH_MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
_ENGLISH_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_ABBREVIATION = re.compile(r"\b(" + "|".join(_ENGLISH_MONTHS + _ENGLISH_DAYS) + r")\b")


class LocaleDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """pyqtgraph's date axis writes month and day names with strftime in the C locale
    ('Oct', 'Mon'); this one writes them in the UI language ('Okt.', 'Mo.')."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts: list[str] = super().tickStrings(values, scale, spacing)
        locale = ui_locale()
        if locale.language() == QLocale.Language.English:
            return texts
        short = QLocale.FormatType.ShortFormat

        def local(match: re.Match[str]) -> str:
            word = match.group(1)
            if word in _ENGLISH_MONTHS:
                return locale.standaloneMonthName(_ENGLISH_MONTHS.index(word) + 1, short)
            return locale.standaloneDayName(_ENGLISH_DAYS.index(word) + 1, short)

        return [_ABBREVIATION.sub(local, text) for text in texts]


MINUTES_TITLE = {
    Grouping.DAY: QT_TRANSLATE_NOOP("HistoryCharts", "Phone-free minutes per day"),
    Grouping.WEEK: QT_TRANSLATE_NOOP("HistoryCharts", "Phone-free minutes per week"),
    Grouping.MONTH: QT_TRANSLATE_NOOP("HistoryCharts", "Phone-free minutes per month"),
}
TALK_TITLE = {
    Grouping.DAY: QT_TRANSLATE_NOOP("HistoryCharts", "Who talked more, day by day"),
    Grouping.WEEK: QT_TRANSLATE_NOOP("HistoryCharts", "Who talked more, week by week"),
    Grouping.MONTH: QT_TRANSLATE_NOOP("HistoryCharts", "Who talked more, month by month"),
}
"""Untranslated; shown through self.tr() (context HistoryCharts)."""


class HistoryCharts(QWidget):
    """Phone-free minutes, who talked more, pauses honoured and felt-heard, on one time axis."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_charts")
        self._theme = theme
        self.data: ChartData | None = None
        self.minutes = ChartPanel("minutes", self.tr("Phone-free minutes"), NUMBER_AXIS)
        self.talk = ChartPanel("talk", self.tr("Who talked more"), NAME_AXIS)
        self.cues = ChartPanel("cues", self.tr("Pauses honoured (%)"), NUMBER_AXIS)
        self.felt = ChartPanel("felt", self.tr("How heard you felt (1 to 5)"), NAME_AXIS)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(14)
        for index, panel in enumerate((self.minutes, self.talk, self.cues, self.felt)):
            grid.addWidget(panel, index // 2, index % 2)
            if panel is not self.minutes:
                panel.plot.setXLink(self.minutes.plot)

        self.minute_bars = pg.BarGraphItem(x=[], height=[], width=1.0)
        self.minutes.plot.addItem(self.minute_bars)
        self.talk_bars_a = pg.BarGraphItem(x=[], height=[], width=1.0)
        self.talk_bars_b = pg.BarGraphItem(x=[], height=[], width=1.0)
        self.talk_trend = pg.PlotDataItem([], [], connect="finite")
        self.even_line = pg.InfiniteLine(pos=0, angle=0, movable=False)
        for item in (self.talk_bars_a, self.talk_bars_b, self.even_line, self.talk_trend):
            self.talk.plot.addItem(item)
        self.cue_points = pg.PlotDataItem([], [], connect="finite", symbolSize=6)
        self.cue_line = pg.PlotDataItem([], [], connect="finite")
        for item in (self.cue_points, self.cue_line):
            self.cues.plot.addItem(item)
        self.cues.plot.setYRange(0, 100, padding=0.05)
        # Cues measured by listening ears: squares and a dashed line, named in a legend.
        self.cue_measured_points = pg.PlotDataItem([], [], connect="finite", symbolSize=7)
        self.cue_measured_line = pg.PlotDataItem([], [], connect="finite")
        for item in (self.cue_measured_points, self.cue_measured_line):
            self.cues.plot.addItem(item)
        self.cue_legend = pg.LegendItem(offset=(-10, -8), colCount=2)
        self.cue_legend.setParentItem(self.cues.plot.getPlotItem().getViewBox())
        self.felt_a_points = pg.PlotDataItem([], [], connect="finite", symbolSize=6)
        self.felt_b_points = pg.PlotDataItem([], [], connect="finite", symbolSize=6)
        self.felt_a = pg.PlotDataItem([], [], connect="finite")
        self.felt_b = pg.PlotDataItem([], [], connect="finite")
        for item in (self.felt_a_points, self.felt_b_points, self.felt_a, self.felt_b):
            self.felt.plot.addItem(item)
        self.legend = pg.LegendItem(offset=(-10, -8), colCount=2)  # bottom right: the quiet corner
        self.legend.setParentItem(self.felt.plot.getPlotItem().getViewBox())
        self.felt.plot.setYRange(1, 5, padding=0.08)
        self.felt.plot.getPlotItem().getAxis("left").setTicks([[(v, str(v)) for v in range(1, 6)]])
        self.set_theme(theme)

    # ------------------------------------------------------------------ drawing
    def show_data(self, data: ChartData) -> None:
        self.data = data
        self.minutes.title.setText(self.tr(MINUTES_TITLE[data.grouping]))
        widths = [w * BAR_FILL for w in data.period_width]
        self.minute_bars.setOpts(x=data.period_x, height=data.minutes, width=widths)
        self._draw_talk(data)
        self._draw_with_trend(self.cue_points, self.cue_line, "o", data.cue_pct)
        self._draw_measured_cues(data)
        self._draw_with_trend(self.felt_a_points, self.felt_a, "o", data.felt_a)
        self._draw_with_trend(self.felt_b_points, self.felt_b, "s", data.felt_b)
        self.legend.clear()
        self.legend.addItem(self.felt_a, data.name_a)
        self.legend.addItem(self.felt_b, data.name_b)
        self.minutes.plot.setXRange(*data.x_range, padding=0.01)
        top = max(data.minutes, default=0.0)
        self.minutes.plot.setYRange(0, max(20.0, top), padding=0.05)
        self.minutes.describe(minutes_summary(data))
        self.talk.describe(talk_summary(data))
        self.cues.describe(cue_summary(data))
        self.felt.describe(felt_summary(data))

    def _draw_with_trend(
        self, points: pg.PlotDataItem, line: pg.PlotDataItem, symbol: str, values: list[float]
    ) -> None:
        """Each period as a faint mark (or, when there are many, a faint line), and the
        moving average as the line that answers 'which way is it going?'."""
        assert self.data is not None
        x = self.data.period_x
        marks = len(x) <= MAX_SYMBOLS
        points.setSymbol(symbol if marks else None)
        points.setPen(pg.mkPen(None) if marks else pg.mkPen(self._faint(line), width=1))
        _set_data(points, x, values)
        _set_data(line, x, self.data.trend(values))

    def _draw_measured_cues(self, data: ChartData) -> None:
        """Measured cues beside self-reported ones; the legend only when there are any."""
        measured = data.cue_pct_measured or [math.nan] * len(data.period_x)
        self._draw_with_trend(self.cue_measured_points, self.cue_measured_line, "s", measured)
        self.cue_legend.clear()
        if any(not math.isnan(value) for value in measured):
            self.cue_legend.addItem(self.cue_line, self.tr("self-reported"))
            self.cue_legend.addItem(self.cue_measured_line, self.tr("measured"))

    def _faint(self, line: pg.PlotDataItem) -> QColor:
        colour = QColor(line.opts["pen"].color())
        colour.setAlphaF(0.45)
        return colour

    def _draw_talk(self, data: ChartData) -> None:
        """Bars from the 'even' line: up when A talked more, down when B did."""
        per_session = data.sessions <= MAX_SESSION_BARS
        if per_session:
            xs, shares = data.session_x, data.session_share_a
            widths = [DAY_S * 0.7] * len(xs)
            self.talk.title.setText(self.tr("Who talked more, session by session"))
        else:
            pairs = [
                (x, s, w)
                for x, s, w in zip(data.period_x, data.talk_share_a, data.period_width, strict=True)
                if not math.isnan(s)
            ]
            xs, shares = [p[0] for p in pairs], [p[1] for p in pairs]
            widths = [p[2] * BAR_FILL for p in pairs]
            self.talk.title.setText(self.tr(TALK_TITLE[data.grouping]))
        lean = [100.0 * (s - 0.5) for s in shares]
        for bars, sign in ((self.talk_bars_a, 1.0), (self.talk_bars_b, -1.0)):
            chosen = [(x, v, w) for x, v, w in zip(xs, lean, widths, strict=True) if v * sign > 0]
            bars.setOpts(
                x=[c[0] for c in chosen],
                y0=[min(0.0, c[1]) for c in chosen],
                height=[abs(c[1]) for c in chosen],
                width=[c[2] for c in chosen],
            )
        trend = [v if math.isnan(v) else 100.0 * (v - 0.5) for v in data.trend(data.talk_share_a)]
        _set_data(self.talk_trend, data.period_x, trend)
        reach = max([abs(v) for v in lean] + [10.0])
        limit = min(50.0, math.ceil(reach / 10.0) * 10.0)
        self.talk.plot.setYRange(-limit, limit, padding=0.05)
        step = 10 if limit <= 30 else 25
        ticks = [(0.0, self.tr("even"))]
        for offset in range(step, int(limit) + 1, step):
            ticks.append((float(offset), f"{_short(data.name_a)} {50 + offset}%"))
            ticks.append((-float(offset), f"{_short(data.name_b)} {50 + offset}%"))
        self.talk.plot.getPlotItem().getAxis("left").setTicks([ticks])

    # ------------------------------------------------------------------ looks and output
    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        for panel in (self.minutes, self.talk, self.cues, self.felt):
            panel.apply_theme(theme)
        no_pen = pg.mkPen(None)
        self.minute_bars.setOpts(brush=pg.mkBrush(theme.cue_fill), pen=no_pen)
        self.talk_bars_a.setOpts(brush=pg.mkBrush(theme.partner_a), pen=no_pen)
        self.talk_bars_b.setOpts(brush=pg.mkBrush(theme.partner_b), pen=no_pen)
        self.even_line.setPen(pg.mkPen(theme.text_muted, width=1))
        self.talk_trend.setPen(pg.mkPen(theme.text_muted, width=2))
        lines = (
            (self.cue_points, self.cue_line, theme.cue_fill, Qt.PenStyle.SolidLine),
            (self.cue_measured_points, self.cue_measured_line, theme.text, Qt.PenStyle.DashLine),
            (self.felt_a_points, self.felt_a, theme.partner_a, Qt.PenStyle.SolidLine),
            (self.felt_b_points, self.felt_b, theme.partner_b, Qt.PenStyle.DashLine),
        )
        for points, line, colour, style in lines:
            line.setPen(pg.mkPen(colour, width=3, style=style))
            faint = QColor(colour)
            faint.setAlphaF(0.5)
            points.setSymbolBrush(pg.mkBrush(faint))
            points.setSymbolPen(pg.mkPen(None))
        self.legend.setLabelTextColor(QColor(theme.text))
        self.cue_legend.setLabelTextColor(QColor(theme.text))
        if self.data is not None:
            self.show_data(self.data)

    def save_png(self, path: Path) -> bool:
        """The four charts, their titles and sentences, as one PNG image."""
        ok = self.grab().save(str(path), "PNG")
        if not ok:
            log.warning("Could not save the charts to %s", path)
        return ok


def _short(name: str, limit: int = 9) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _set_data(item: pg.PlotDataItem, x: list[float], y: list[float]) -> None:
    """Plot y over x; nothing at all when no y is a number (pyqtgraph's bounds would warn)."""
    if all(math.isnan(v) for v in y):
        item.setData([], [])
    else:
        item.setData(x, y)
