"""Suspend and wall-clock jumps: noticed from the two clocks, and never a change of duration."""

from __future__ import annotations

from datetime import timedelta

import pytest

from heard.core.clock import FakeClock
from heard.core.clock_watch import (
    SKEW_THRESHOLD_MS,
    ClockGap,
    ClockWatch,
    is_probable_suspend,
)
from heard.core.model import EventKind, Phase, SessionConfig
from heard.core.session import Session


def test_clocks_that_agree_raise_nothing() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    for _ in range(100):
        clock.advance(60_000)
        assert watch.check() is None


def test_a_suspend_is_a_forward_skew() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    clock.advance(1_000)
    clock.suspend(45 * 60_000)
    gap = watch.check()
    assert gap == ClockGap(wall_ms=45 * 60_000 + 1_000, mono_ms=1_000)
    assert gap.skew_ms == 45 * 60_000
    assert watch.check() is None  # the look became the new baseline


def test_small_differences_never_add_up() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    for _ in range(SKEW_THRESHOLD_MS):  # 1 ms of drift per look, thousands of looks
        clock.advance(1_000)
        clock.jump_wall(timedelta(milliseconds=1))
        assert watch.check() is None


def test_reset_forgets_a_gap_that_happened_while_not_watching() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    clock.suspend(600_000)
    watch.reset()
    assert watch.check() is None


def test_a_backward_jump_is_seen_but_is_never_a_suspend() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    clock.jump_wall(timedelta(hours=-1))
    gap = watch.check()
    assert gap is not None and gap.skew_ms == -3_600_000
    assert not is_probable_suspend(gap, sleep_announced=None)
    assert not is_probable_suspend(gap, sleep_announced=True)


@pytest.mark.parametrize(
    ("announced", "expected"),
    [(None, True), (True, True), (False, False)],
    ids=["no-logind-pause-to-be-safe", "logind-said-sleep", "logind-silent-so-a-clock-change"],
)
def test_a_forward_skew_is_a_suspend_unless_logind_says_otherwise(
    announced: bool | None, expected: bool
) -> None:
    gap = ClockGap(wall_ms=120_000, mono_ms=1_000)
    assert is_probable_suspend(gap, sleep_announced=announced) is expected


def test_the_threshold_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        ClockWatch(FakeClock(), threshold_ms=0)


def test_a_suspend_pauses_the_session_without_changing_its_time() -> None:
    clock = FakeClock()
    session = Session(SessionConfig("Sam", "Alex", planned_s=600), clock)
    watch = ClockWatch(clock)
    session.start()
    clock.advance(100_000)
    clock.suspend(2 * 3_600_000)  # two hours asleep: longer than the whole session
    gap = watch.check()
    assert gap is not None and is_probable_suspend(gap, sleep_announced=None)
    assert session.pause(EventKind.SUSPEND)
    assert session.phase is Phase.PAUSED
    assert session.elapsed_ms() == 100_000
    assert session.view().talk_a_ms == 100_000


@pytest.mark.parametrize("jump", [timedelta(hours=1), timedelta(hours=-1), timedelta(days=-400)])
def test_a_wall_jump_changes_no_duration(jump: timedelta) -> None:
    clock = FakeClock()
    session = Session(SessionConfig("Sam", "Alex", planned_s=600, pause_cue_s=3), clock)
    session.start()
    clock.advance(30_000)
    clock.jump_wall(jump)
    clock.advance(10_000)
    session.pass_floor()
    clock.advance(3_000)
    clock.jump_wall(-jump)
    clock.advance(7_000)
    view = session.view()
    assert view.elapsed_ms == 50_000
    assert (view.talk_a_ms, view.talk_b_ms) == (40_000, 7_000)
    assert session.turns[0].duration_ms == 40_000
