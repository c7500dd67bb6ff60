"""History's "pauses honoured" chart tells cues measured by listening ears from the others
(self-reported, or assumed when a cue ran out): two lines, a legend, and a sentence each."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from heard.core.events import Turn
from heard.core.model import EndReason, Partner, SessionConfig
from heard.core.periods import DateRange, Grouping
from heard.storage.db import Database
from heard.storage.stats_queries import HistoryStats
from heard.ui.history.chart_data import build_chart_data, cue_summary
from heard.ui.theme import LIGHT
from history_data import repository

MON = date(2026, 3, 2)
SPAN = DateRange(MON, date(2026, 3, 8))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "heard.db") as database:
        yield database


def add_session(db: Database, day: date, cues: list[tuple[bool, bool]]) -> None:
    """A session on `day` whose cues are (honoured, measured)."""
    repo, clock = repository(db)
    clock.jump_wall(datetime.combine(day, time(20), tzinfo=UTC) - clock.wall_utc())
    sid = repo.create_session(SessionConfig("Ann", "Bob"))
    for seq, (honoured, measured) in enumerate(cues, start=1):
        repo.close_turn(sid, Turn(seq, Partner.A, seq * 10_000, seq * 10_000 + 5000))
        repo.set_pause_honoured(sid, seq, honoured, measured=measured)
    repo.finish_session(sid, 600_000, EndReason.COMPLETED)


def chart_data(db: Database):  # type: ignore[no-untyped-def]
    stats = HistoryStats(db)
    return build_chart_data(
        SPAN, Grouping.DAY, stats.periods(SPAN, Grouping.DAY), stats.sessions(SPAN), ("Ann", "Bob")
    )


def test_measured_and_self_reported_cues_are_plotted_apart(db: Database) -> None:
    add_session(db, MON, [(True, False), (False, False)])  # self-reported: 50%
    add_session(db, date(2026, 3, 3), [(True, True), (True, True), (False, True)])
    add_session(db, date(2026, 3, 4), [(True, True), (False, False)])  # one of each
    data = chart_data(db)
    assert data.cue_pct[0] == 50.0 and data.cue_pct[2] == 0.0
    assert math.isnan(data.cue_pct[1])  # that day every cue was measured
    assert math.isnan(data.cue_pct_measured[0])  # and that day none was
    assert data.cue_pct_measured[1] == pytest.approx(200 / 3)
    assert data.cue_pct_measured[2] == 100.0
    assert cue_summary(data) == (
        "About 25% of pauses honoured. Measured by listening ears: about 83%."
    )


def test_without_listening_ears_the_chart_reads_as_before(db: Database) -> None:
    add_session(db, MON, [(True, False), (True, False), (False, False)])
    data = chart_data(db)
    assert all(math.isnan(v) for v in data.cue_pct_measured)
    assert cue_summary(data) == "About 67% of pauses honoured."


def test_only_measured_cues(db: Database) -> None:
    add_session(db, MON, [(True, True), (False, True)])
    assert cue_summary(chart_data(db)) == "Measured by listening ears: about 50%."


def test_the_chart_draws_both_and_names_them(qtbot: QtBot, db: Database) -> None:
    from heard.ui.history.charts import HistoryCharts

    add_session(db, MON, [(True, False), (False, False)])
    add_session(db, date(2026, 3, 3), [(True, True), (False, True)])
    charts = HistoryCharts(LIGHT)
    qtbot.addWidget(charts)
    charts.show_data(chart_data(db))
    _x, measured = charts.cue_measured_points.getData()
    assert list(measured[:2]) == [pytest.approx(math.nan, nan_ok=True), 50.0]
    labels = [label.text for _sample, label in charts.cue_legend.items]
    assert labels == ["self-reported", "measured"]
    assert "Measured by listening ears" in charts.cues.summary.text()


def test_no_legend_without_measured_cues(qtbot: QtBot, db: Database) -> None:
    from heard.ui.history.charts import HistoryCharts

    add_session(db, MON, [(True, False)])
    charts = HistoryCharts(LIGHT)
    qtbot.addWidget(charts)
    charts.show_data(chart_data(db))
    assert charts.cue_legend.items == []
