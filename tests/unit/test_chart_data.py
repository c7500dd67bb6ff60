"""What History plots and says, computed without Qt."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heard.core.periods import DateRange, Grouping
from heard.storage.stats_queries import PeriodStats, SessionStats
from heard.ui.history.chart_data import (
    build_chart_data,
    cue_summary,
    felt_summary,
    hours_text,
    local_midnight,
    minutes_summary,
    moving_average,
    talk_summary,
)

SPAN = DateRange(date(2026, 3, 1), date(2026, 3, 31))


def period(day: int, **kw: object) -> PeriodStats:
    values: dict[str, object] = dict(
        start=date(2026, 3, day), sessions=1, phone_free_minutes=20.0, talk_a_ms=600,
        talk_b_ms=400, cues_honoured=3, cues_total=4, felt_heard_a=4.0, felt_heard_b=3.0,
    )  # fmt: skip
    values.update(kw)
    return PeriodStats(**values)  # type: ignore[arg-type]


def session(day: int, a: int, b: int) -> SessionStats:
    return SessionStats(
        id=day, started_at=datetime(2026, 3, day, 20, tzinfo=UTC), started_day=date(2026, 3, day),
        template="t", minutes=20.0, phones_away=True, end_reason=None, partner_a="Ann",
        partner_b="Bob", turns=2, talk_a_ms=a, talk_b_ms=b, cues_honoured=0, cues_total=0,
        felt_heard_a=None, felt_heard_b=None, has_note=False,
    )  # fmt: skip


def test_every_day_of_the_range_gets_a_bar() -> None:
    data = build_chart_data(
        SPAN, Grouping.DAY, [period(3), period(5, phone_free_minutes=45.0)],
        [session(3, 600, 400), session(4, 0, 0)], ("Ann", "Bob"),
    )  # fmt: skip
    assert len(data.period_x) == 31
    assert data.minutes[2] == 20.0 and data.minutes[4] == 45.0 and sum(data.minutes) == 65.0
    assert (
        data.period_x[0]
        == (local_midnight(date(2026, 3, 1)) + local_midnight(date(2026, 3, 2))) / 2
    )
    assert data.period_width[0] == local_midnight(date(2026, 3, 2)) - local_midnight(
        date(2026, 3, 1)
    )
    assert data.cue_pct[2] == 75.0 and math.isnan(data.cue_pct[0])
    assert data.session_share_a == [0.6]  # the silent session has no share
    assert data.x_range == (local_midnight(date(2026, 3, 1)), local_midnight(date(2026, 4, 1)))


def test_names_default_when_unknown() -> None:
    data = build_chart_data(SPAN, Grouping.MONTH, [], [], (None, None))
    assert (data.name_a, data.name_b) == ("Partner A", "Partner B")
    assert minutes_summary(data) == "No phone-free time in this range."
    assert talk_summary(data) == "Nobody has talked in this range yet."
    assert cue_summary(data) == "No pause cues in this range yet."
    assert felt_summary(data) == "No check-ins in this range yet."


def test_sentences_answer_the_questions() -> None:
    periods = [
        period(d, cues_honoured=h, felt_heard_a=fa)
        for d, h, fa in ((2, 2, 3.0), (9, 2, 3.0), (16, 4, 4.0), (23, 4, 5.0))
    ]
    sessions = [session(2, 700, 300), session(9, 600, 400)]
    data = build_chart_data(SPAN, Grouping.WEEK, periods, sessions, ("Ann", "Bob"))
    assert (
        minutes_summary(data) == "1 h 20 min phone-free in this range; 13 min a week on average."
    )  # 6 weeks
    assert talk_summary(data) == "Ann talked more: Ann 65%, Bob 35% of the talk."
    assert cue_summary(data) == "About 75% of pauses honoured, up 50 points lately."
    assert felt_summary(data) == "Felt heard, out of 5: Ann 3.8 (up 1.5), Bob 3.0."
    balanced = build_chart_data(SPAN, Grouping.WEEK, periods, [session(2, 51, 49)], ("A", "B"))
    assert talk_summary(balanced).startswith("Nicely balanced: A 51%, B 49%")


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0 min"), (59.4, "59 min"), (60, "1 h"), (65, "1 h 05 min"), (6000, "100 h"),
     (71_820.4, "1,197 h")],
)  # fmt: skip
def test_hours_text(minutes: float, text: str) -> None:
    assert hours_text(minutes) == text


def test_moving_average_skips_gaps() -> None:
    nan = math.nan
    result = moving_average([1.0, nan, 3.0, nan, nan, nan, nan], 3)
    assert result[:4] == [1.0, 2.0, 3.0, 3.0]
    assert all(math.isnan(v) for v in result[4:])


@given(
    values=st.lists(st.floats(0, 5) | st.just(math.nan), max_size=40),
    window=st.integers(1, 9),
)
def test_moving_average_stays_within_its_neighbours(values: list[float], window: int) -> None:
    result = moving_average(values, window)
    assert len(result) == len(values)
    half = window // 2
    for index, value in enumerate(result):
        near = [v for v in values[max(0, index - half) : index + half + 1] if not math.isnan(v)]
        if near:
            assert min(near) - 1e-9 <= value <= max(near) + 1e-9
        else:
            assert math.isnan(value)
