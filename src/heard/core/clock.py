"""Clocks. The session reads time only through a Clock, so tests can drive it."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic_ms(self) -> int:
        """Milliseconds from an arbitrary origin; never goes backwards."""
        ...

    def wall_utc(self) -> datetime:
        """The calendar time, for stored dates only. May jump."""
        ...


class SystemClock:
    def monotonic_ms(self) -> int:
        return time.monotonic_ns() // 1_000_000

    def wall_utc(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock for tests: time moves only when told to."""

    def __init__(self, start_ms: int = 1_000_000, wall: datetime | None = None) -> None:
        self._mono = start_ms
        self._wall = wall or datetime(2026, 1, 1, 20, 0, tzinfo=UTC)

    def monotonic_ms(self) -> int:
        return self._mono

    def wall_utc(self) -> datetime:
        return self._wall

    def advance(self, ms: int) -> None:
        """Move both clocks forward together, as real time does."""
        if ms < 0:
            raise ValueError("monotonic time cannot go backwards")
        self._mono += ms
        self._wall += timedelta(milliseconds=ms)

    def jump_wall(self, delta: timedelta) -> None:
        """Move only the wall clock (NTP, DST, a manual change)."""
        self._wall += delta

    def suspend(self, ms: int) -> None:
        """The computer sleeps for `ms`: the wall clock runs on, the monotonic clock stands
        still (Linux's CLOCK_MONOTONIC, which time.monotonic reads, stops during suspend)."""
        if ms < 0:
            raise ValueError("a suspend cannot last a negative time")
        self._wall += timedelta(milliseconds=ms)
