from __future__ import annotations

import pytest

from heard.core.events import Turn
from heard.core.model import ConfigError, EndReason, Partner, SessionConfig, clean_name
from heard.core.summary import SessionSummary, format_countdown, format_duration


def test_partner_other() -> None:
    assert Partner.A.other is Partner.B
    assert Partner.B.other is Partner.A


@pytest.mark.parametrize("raw", ["", "   ", "\t\n"])
def test_empty_names_are_refused(raw: str) -> None:
    with pytest.raises(ConfigError, match="cannot be empty"):
        clean_name(raw)


def test_names_are_trimmed_and_limited() -> None:
    assert clean_name("  Sam   Lee ") == "Sam Lee"
    with pytest.raises(ConfigError, match="too long"):
        clean_name("x" * 41)


@pytest.mark.parametrize("minutes", [0, 0.5, 180.5, 500, float("nan")])
def test_from_minutes_rejects_out_of_range(minutes: float) -> None:
    with pytest.raises(ConfigError, match="between 1 and 180"):
        SessionConfig.from_minutes(minutes, "A", "B")


@pytest.mark.parametrize("cue", [0, 11])
def test_cue_length_is_1_to_10_seconds(cue: int) -> None:
    with pytest.raises(ConfigError, match="1 to 10 seconds"):
        SessionConfig("A", "B", pause_cue_s=cue)


def test_defaults() -> None:
    config = SessionConfig.from_minutes(20, "Sam", "Alex")
    assert config.planned_ms == 1_200_000
    assert config.pause_cue_ms == 3_000
    assert config.name_of(Partner.B) == "Alex"


def test_summary_from_turns() -> None:
    turns = [
        Turn(1, Partner.A, 0, 60_000, pause_honoured=True),
        Turn(2, Partner.B, 63_000, 93_000, pause_honoured=False),
        Turn(3, Partner.A, 96_000, 100_000),
    ]
    summary = SessionSummary.from_turns(
        turns, elapsed_ms=100_000, planned_ms=1_200_000, reason=EndReason.ENDED_EARLY
    )
    assert summary.talk_a_ms == 64_000
    assert summary.talk_b_ms == 30_000
    assert summary.turns == 3
    assert summary.longest == turns[0]
    assert (summary.cues_honoured, summary.cues_total) == (1, 2)
    assert summary.talk_share_a == pytest.approx(64 / 94)


def test_summary_of_nothing() -> None:
    summary = SessionSummary.from_turns([], elapsed_ms=0, planned_ms=60_000, reason=None)
    assert summary.talk_share_a is None
    assert summary.longest is None


@pytest.mark.parametrize(
    ("ms", "text"),
    [(0, "0:00"), (999, "0:00"), (61_000, "1:01"), (3_600_000, "1:00:00"), (-5, "0:00")],
)
def test_format_duration(ms: int, text: str) -> None:
    assert format_duration(ms) == text


@pytest.mark.parametrize(
    ("ms", "text"), [(0, "0:00"), (1, "0:01"), (1_200_000, "20:00"), (59_001, "1:00")]
)
def test_format_countdown_rounds_up(ms: int, text: str) -> None:
    assert format_countdown(ms) == text
