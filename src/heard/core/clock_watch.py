"""Noticing a system suspend, or a wall-clock jump, from the two clocks alone.

Every duration in Heard comes from the monotonic clock, so neither event can change a
duration. They still matter: a couple whose laptop slept in the middle of a session should
find it paused, not running.

The signature: between two looks, the wall clock and the monotonic clock normally advance
by the same amount. On Linux, CLOCK_MONOTONIC (what `time.monotonic` reads) stands still
while the system is suspended, but the wall clock does not; so after a suspend the wall
clock has moved much further than the monotonic one (a *forward skew*). A manual or NTP
step of the wall clock looks the same (forward) or the opposite way (backward).

How the two are told apart (`is_probable_suspend`):
- A backward skew is never a suspend: the wall clock was moved back. Nothing happens.
- A forward skew is a suspend unless the OS announces sleeps itself (logind's
  PrepareForSleep over D-Bus). When it does, an unannounced forward skew is only a clock
  change and is logged, nothing more. Without such announcements a forward skew is treated
  as a suspend: pausing is harmless (the couple presses Resume), missing a suspend is not.
Skews below SKEW_THRESHOLD_MS are ignored (NTP slews and steps are far smaller; a sleep that
short needs no pause).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from heard.core.clock import Clock

SKEW_THRESHOLD_MS = 5_000


@dataclass(frozen=True)
class ClockGap:
    """How far each clock moved between two looks, in milliseconds."""

    wall_ms: int
    mono_ms: int

    @property
    def skew_ms(self) -> int:
        """Positive: the wall clock ran ahead (a suspend, or a jump forward)."""
        return self.wall_ms - self.mono_ms


class ClockWatch:
    """Compares the advance of the wall clock with the monotonic clock's between looks.

    Call `check()` now and then (about once a second while a session runs) and `reset()`
    after any time in which a gap is expected and harmless (e.g. while paused)."""

    def __init__(self, clock: Clock, threshold_ms: int = SKEW_THRESHOLD_MS) -> None:
        if threshold_ms <= 0:
            raise ValueError("the threshold must be positive")
        self._clock = clock
        self._threshold_ms = threshold_ms
        self._wall: datetime = clock.wall_utc()
        self._mono = clock.monotonic_ms()

    def reset(self) -> None:
        self._wall = self._clock.wall_utc()
        self._mono = self._clock.monotonic_ms()

    def check(self) -> ClockGap | None:
        """The gap since the last look when the clocks disagree by at least the threshold,
        else None. Each look becomes the baseline for the next one, so small differences
        never add up to a false alarm."""
        wall, mono = self._clock.wall_utc(), self._clock.monotonic_ms()
        wall_ms = round((wall - self._wall).total_seconds() * 1000)
        gap = ClockGap(wall_ms=wall_ms, mono_ms=mono - self._mono)
        self._wall, self._mono = wall, mono
        return gap if abs(gap.skew_ms) >= self._threshold_ms else None


def is_probable_suspend(gap: ClockGap, *, sleep_announced: bool | None) -> bool:
    """Decide whether a gap means the computer slept.

    `sleep_announced`: None when the OS gives no sleep announcements (no logind/D-Bus);
    True/False when it does and did/did not announce a sleep since the last look."""
    if gap.skew_ms <= 0:
        return False
    return sleep_announced is None or sleep_announced
