"""What of a SessionView can actually be seen, to skip refreshes that would change nothing.

The screen shows whole seconds and whole percentages, so most of what moves between two
refreshes cannot be seen. A view's key has three parts:
- `still`: everything that changes only with the session's state (phase, speaker, names'
  roles, the gentle limit, the last minute...): when it changes the whole screen is drawn;
- `moving`: the numbers that change as time runs (the whole seconds left, the cue's whole
  seconds, the talk share in whole percent): only their own widgets are redrawn;
- the pause cue ring's step: only the ring is redrawn.
The controller sends only views whose key changed. Keys are plain tuples (attrgetter builds
the largest part in C): one is made for every display refresh.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import NamedTuple

from heard.core.model import Phase
from heard.core.view import SessionView
from heard.ui.session_texts import LAST_MINUTE_MS, in_last_minute
from heard.ui.widgets.cue_ring import PROGRESS_STEPS

_MOVING = frozenset(
    {"elapsed_ms", "remaining_ms", "cue_remaining_ms", "turn_elapsed_ms", "talk_a_ms", "talk_b_ms"}
)
_STILL = attrgetter(*(field.name for field in fields(SessionView) if field.name not in _MOVING))
"""Every other field, including any added later, compared as it is."""


class ShownKey(NamedTuple):
    still: tuple[object, ...]
    moving: tuple[int, int, int]
    ring_step: int


def _whole_seconds(ms: int) -> int:
    return -(-ms // 1000)


def shown_key(view: SessionView) -> ShownKey:
    share = view.talk_share_a
    return ShownKey(
        (_STILL(view), view.wrap_up, in_last_minute(view)),
        (
            _whole_seconds(view.remaining_ms),
            _whole_seconds(view.cue_remaining_ms),
            -1 if share is None else round(min(1.0, max(0.0, share)) * 100),
        ),
        round(view.cue_progress * PROGRESS_STEPS),
    )


def frames_end(view: SessionView) -> int:
    """During a pause cue: how long (ms) only the ring and the remaining time can change, so
    that frames need not send whole views: until the cue ends, the session ends, or the last
    minute begins (the `still` part changes then). 0 outside a cue."""
    if view.phase is not Phase.PAUSE_CUE:
        return 0
    remaining = view.remaining_ms
    if remaining > LAST_MINUTE_MS:
        remaining -= LAST_MINUTE_MS
    return max(0, min(view.cue_remaining_ms, remaining))
