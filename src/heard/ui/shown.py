"""What of a SessionView can actually be seen, to skip refreshes that would change nothing.

The display timer fires about 4 times a second while a partner speaks, yet the screen shows
whole seconds and whole percentages: three ticks in four would redraw nothing. Each such
tick still cost a full render pass, a large share of a session's CPU time. The controller
compares these keys and sends only views that look different.
"""

from __future__ import annotations

from dataclasses import replace

from heard.core.view import SessionView
from heard.ui.widgets.cue_ring import PROGRESS_STEPS


def _whole_seconds(ms: int) -> int:
    return -(-ms // 1000)


def shown_key(view: SessionView) -> tuple[SessionView, int]:
    """`view` with its running times rounded as the screen rounds them (every other field,
    including any added later, compared as it is), and the pause cue ring's step."""
    share = view.talk_share_a
    rounded = replace(
        view,
        elapsed_ms=0,
        remaining_ms=_whole_seconds(view.remaining_ms),
        cue_remaining_ms=_whole_seconds(view.cue_remaining_ms),
        turn_elapsed_ms=int(view.wrap_up),
        talk_a_ms=-1 if share is None else round(min(1.0, max(0.0, share)) * 100),
        talk_b_ms=0,
    )
    return rounded, round(view.cue_progress * PROGRESS_STEPS)
