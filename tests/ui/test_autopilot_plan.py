"""The test-only autopilot plan (HEARD_AUTOPILOT) is parsed strictly."""

from __future__ import annotations

import pytest

from heard.ui.autopilot import Plan, parse_plan


def test_a_full_plan() -> None:
    assert parse_plan("pass=0.7,end=5") == Plan(pass_every_ms=700, end_after_ms=5_000)
    assert parse_plan("pass=1,") == Plan(pass_every_ms=1_000)
    assert parse_plan("") == Plan()


@pytest.mark.parametrize("text", ["pass", "jump=1", "pass=0", "end=-1", "pass=soon", "end=nan"])
def test_a_bad_plan_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_plan(text)
