"""What History's charts plot, and the sentence under each chart, from SQL aggregates.

No widgets and no pyqtgraph (only Qt's translation function), so the plotted numbers can be
tested directly. Times on
the x axis are POSIX seconds: a period starts at local midnight of its first day, which is
how pyqtgraph's DateAxisItem shows local dates.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from heard.core.periods import DateRange, Grouping, next_period, period_starts
from heard.storage.stats_queries import PeriodStats, SessionStats
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill, translate, ui_locale

NAN = math.nan
AVERAGE_SENTENCE = {
    Grouping.DAY: QT_TRANSLATE_NOOP(
        "ChartData", "%1 phone-free in this range; %2 a day on average."
    ),
    Grouping.WEEK: QT_TRANSLATE_NOOP(
        "ChartData", "%1 phone-free in this range; %2 a week on average."
    ),
    Grouping.MONTH: QT_TRANSLATE_NOOP(
        "ChartData", "%1 phone-free in this range; %2 a month on average."
    ),
}
TREND_WINDOW = {Grouping.DAY: 7, Grouping.WEEK: 5, Grouping.MONTH: 3}
"""Periods in the centred moving average drawn over the noisy per-period values."""


def local_midnight(day: date) -> float:
    return datetime.combine(day, time()).timestamp()


@dataclass(frozen=True)
class ChartData:
    span: DateRange
    grouping: Grouping
    name_a: str
    name_b: str
    period_x: list[float]
    """Middle of each period (every period of the span, empty ones too)."""
    period_width: list[float]
    """Length of each period in seconds."""
    minutes: list[float]
    """Phone-free minutes per period (0 when none)."""
    talk_share_a: list[float]
    """A's share of the talk, 0-1, per period; NaN when nobody talked."""
    cue_pct: list[float]
    felt_a: list[float]
    felt_b: list[float]
    session_x: list[float]
    """Start of each session that has talk, for the per-session talk-share bars."""
    session_share_a: list[float]
    x_range: tuple[float, float]
    cue_pct_measured: list[float] = field(default_factory=list)
    """Pauses honoured (%) per period as listening ears heard them (NaN where none was
    measured). `cue_pct` holds the other cues: self-reported, or assumed from the clock."""

    def trend(self, values: Sequence[float]) -> list[float]:
        """The centred moving average of per-period `values` (NaN where none is near)."""
        return moving_average(values, TREND_WINDOW[self.grouping])

    @property
    def sessions(self) -> int:
        return len(self.session_x)


def build_chart_data(
    span: DateRange,
    grouping: Grouping,
    periods: Sequence[PeriodStats],
    sessions: Sequence[SessionStats],
    names: tuple[str | None, str | None],
) -> ChartData:
    by_start = {p.start: p for p in periods}
    starts = list(period_starts(span, grouping))
    x, width, minutes, share, cues, felt_a, felt_b = [], [], [], [], [], [], []
    measured: list[float] = []
    for start in starts:
        left, right = local_midnight(start), local_midnight(next_period(start, grouping))
        x.append((left + right) / 2)
        width.append(right - left)
        found = by_start.get(start)
        minutes.append(0.0 if found is None else found.phone_free_minutes)
        share.append(_nan(None if found is None else found.talk_share_a))
        rate = None if found is None else found.self_reported_cue_rate
        cues.append(NAN if rate is None else 100.0 * rate)
        heard = None if found is None else found.measured_cue_rate
        measured.append(NAN if heard is None else 100.0 * heard)
        felt_a.append(_nan(None if found is None else found.felt_heard_a))
        felt_b.append(_nan(None if found is None else found.felt_heard_b))
    talked = [s for s in sessions if s.talk_share_a is not None]
    first = local_midnight(starts[0])
    last = local_midnight(next_period(starts[-1], grouping))
    return ChartData(
        span=span,
        grouping=grouping,
        name_a=names[0] or translate("ChartData", "Partner A"),
        name_b=names[1] or translate("ChartData", "Partner B"),
        period_x=x,
        period_width=width,
        minutes=minutes,
        talk_share_a=share,
        cue_pct=cues,
        felt_a=felt_a,
        felt_b=felt_b,
        session_x=[s.started_at.timestamp() for s in talked],
        session_share_a=[s.talk_share_a for s in talked if s.talk_share_a is not None],
        x_range=(first, last),
        cue_pct_measured=measured,
    )


def moving_average(values: Sequence[float], window: int) -> list[float]:
    """Mean of the finite values within window//2 places either side; NaN if none."""
    half = window // 2
    result = []
    for index in range(len(values)):
        near = _finite(values[max(0, index - half) : index + half + 1])
        result.append(sum(near) / len(near) if near else NAN)
    return result


def _nan(value: float | None) -> float:
    return NAN if value is None else value


def _finite(values: Sequence[float]) -> list[float]:
    return [v for v in values if not math.isnan(v)]


def _mean(values: Sequence[float]) -> float | None:
    finite = _finite(values)
    return sum(finite) / len(finite) if finite else None


def _halves_change(values: Sequence[float]) -> float | None:
    """Mean of the later half minus mean of the earlier half (periods with data only)."""
    finite = _finite(values)
    if len(finite) < 4:
        return None
    half = len(finite) // 2
    early, late = _mean(finite[:half]), _mean(finite[-half:])
    return None if early is None or late is None else late - early


def minutes_summary(data: ChartData) -> str:
    total = sum(data.minutes)
    if total == 0:
        return translate("ChartData", "No phone-free time in this range.")
    average = total / len(data.minutes)
    return fill(
        translate("ChartData", AVERAGE_SENTENCE[data.grouping]),
        hours_text(total),
        hours_text(average),
    )


def talk_summary(data: ChartData) -> str:
    shares = data.session_share_a
    if not shares:
        return translate("ChartData", "Nobody has talked in this range yet.")
    # weight by period is misleading with uneven sessions: average the sessions
    share_a = round(100 * sum(shares) / len(shares))
    if abs(share_a - 50) <= 3:
        lead = translate("ChartData", "Nicely balanced")
    else:
        lead = fill(
            translate("ChartData", "%1 talked more"), data.name_a if share_a > 50 else data.name_b
        )
    return fill(
        translate("ChartData", "%1: %2 %3%, %4 %5% of the talk."),
        lead,
        data.name_a,
        share_a,
        data.name_b,
        100 - share_a,
    )


def cue_summary(data: ChartData) -> str:
    """The self-reported cues' sentence, then what listening ears measured, if anything."""
    reported = _reported_cue_summary(data)
    heard = _mean(data.cue_pct_measured)
    if heard is None:
        return reported or translate("ChartData", "No pause cues in this range yet.")
    measured = fill(translate("ChartData", "Measured by listening ears: about %1%."), round(heard))
    return measured if reported is None else f"{reported} {measured}"


def _reported_cue_summary(data: ChartData) -> str | None:
    mean = _mean(data.cue_pct)
    if mean is None:
        return None
    change = _halves_change(data.cue_pct)
    if change is None or abs(change) < 2:
        return fill(translate("ChartData", "About %1% of pauses honoured."), round(mean))
    if change > 0:
        text = translate("ChartData", "About %1% of pauses honoured, up %2 points lately.")
    else:
        text = translate("ChartData", "About %1% of pauses honoured, down %2 points lately.")
    return fill(text, round(mean), abs(round(change)))


def felt_summary(data: ChartData) -> str:
    parts = []
    for name, values in ((data.name_a, data.felt_a), (data.name_b, data.felt_b)):
        mean = _mean(values)
        if mean is None:
            continue
        change = _halves_change(values)
        if change is None or abs(change) < 0.1:
            text = translate("ChartData", "%1 %2")
        elif change > 0:
            text = translate("ChartData", "%1 %2 (up %3)")
        else:
            text = translate("ChartData", "%1 %2 (down %3)")
        parts.append(fill(text, name, _decimal(mean), _decimal(abs(change or 0.0))))
    if not parts:
        return translate("ChartData", "No check-ins in this range yet.")
    return fill(translate("ChartData", "Felt heard, out of 5: %1."), ", ".join(parts))


def _decimal(value: float) -> str:
    """One decimal, written the UI language's way ('3.5', '3,5')."""
    return ui_locale().toString(value, "f", 1)


def hours_text(minutes: float) -> str:
    """'45 min', '7 h 05 min', or from 100 hours on just '1,197 h'."""
    whole = round(minutes)
    if whole < 60:
        return fill(translate("ChartData", "%1 min"), whole)
    hours, rest = divmod(whole, 60)
    if hours >= 100:
        return fill(translate("ChartData", "%1 h"), ui_locale().toString(round(minutes / 60)))
    if rest:
        return fill(translate("ChartData", "%1 h %2 min"), hours, f"{rest:02d}")
    return fill(translate("ChartData", "%1 h"), hours)
