"""Rituals: a template the couple meets for at a set local time, daily, weekly or monthly,
and the reminders they bring.

Pure calendar arithmetic, given "now" and a time zone, so it is tested with fixed clocks:
- A ritual happens at a local wall time ("21:30"), whatever daylight saving does. A time
  that does not exist on a spring-forward day is moved forward by the gap (02:30 → 03:30);
  a time that happens twice on a fall-back day counts once, the first time.
- Monthly rituals fall on a day of the month; in a shorter month, on its last day.
- Each ritual remembers `seen_until`: every occurrence up to then has been reminded (or
  shown as missed). `due()` returns what came due after it, one item per ritual however
  many occurrences passed, so a week away never makes a stack of reminders. Moving the
  clock back never repeats a reminder; moving it forward past a reminder brings it.

`tz` None means the system's local time (with its daylight-saving rules).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

MAX_LOOK_DAYS = 366 * 20
"""How far back `due()` looks for missed occurrences (beyond that, nobody needs them)."""


class Cadence(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Ritual:
    id: int
    template_id: str
    cadence: Cadence
    at: time
    """Local wall time (minutes precision)."""
    weekday: int = 0
    """WEEKLY: 0 = Monday … 6 = Sunday."""
    monthday: int = 1
    """MONTHLY: 1-31, the month's last day when the month is shorter."""
    created_at: datetime = datetime(2000, 1, 1, tzinfo=UTC)
    seen_until: datetime = datetime(2000, 1, 1, tzinfo=UTC)

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0-6, got {self.weekday}")
        if not 1 <= self.monthday <= 31:
            raise ValueError(f"monthday must be 1-31, got {self.monthday}")

    def occurs_on(self, day: date) -> bool:
        if self.cadence is Cadence.DAILY:
            return True
        if self.cadence is Cadence.WEEKLY:
            return day.weekday() == self.weekday
        import calendar  # with `locale`, ~0.4 MiB: only for monthly rituals

        last = calendar.monthrange(day.year, day.month)[1]
        return day.day == min(self.monthday, last)


@dataclass(frozen=True)
class Due:
    """A ritual that came due: its latest occurrence, and how many came due in all."""

    ritual: Ritual
    at: datetime
    count: int = 1


def to_utc(local: datetime, tz: tzinfo | None) -> datetime:
    """A naive local wall time → UTC (fold=0: a skipped time moves forward by the gap, a
    repeated time is taken the first time)."""
    if tz is None:
        return local.astimezone(UTC)  # the system's rules (mktime), DST included
    return local.replace(tzinfo=tz, fold=0).astimezone(UTC)


def local_date(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date()


def occurrence_on(ritual: Ritual, day: date, tz: tzinfo | None) -> datetime:
    """When (UTC) the ritual happens on `day` (which must be one of its days)."""
    return to_utc(datetime.combine(day, ritual.at), tz)


def occurrences(
    ritual: Ritual, after: datetime, until: datetime, tz: tzinfo | None
) -> Iterator[datetime]:
    """UTC times of the ritual's occurrences in (after, until], oldest first."""
    if until <= after:
        return
    first = max(
        local_date(after, tz) - timedelta(days=1), local_date(until, tz) - timedelta(MAX_LOOK_DAYS)
    )
    last = local_date(until, tz) + timedelta(days=1)
    day = first
    while day <= last:
        if ritual.occurs_on(day):
            moment = occurrence_on(ritual, day, tz)
            if after < moment <= until:
                yield moment
        day += timedelta(days=1)


def next_occurrence(ritual: Ritual, after: datetime, tz: tzinfo | None) -> datetime:
    """The first occurrence strictly after `after` (UTC)."""
    day = local_date(after, tz) - timedelta(days=1)
    for _ in range(70):  # a monthly ritual comes round within 32 days
        if ritual.occurs_on(day):
            moment = occurrence_on(ritual, day, tz)
            if moment > after:
                return moment
        day += timedelta(days=1)
    raise AssertionError("no occurrence within 70 days")  # pragma: no cover


def due(rituals: Iterable[Ritual], now: datetime, tz: tzinfo | None) -> list[Due]:
    """Rituals with an occurrence after their `seen_until` and up to `now`, oldest first."""
    found = []
    for ritual in rituals:
        since = max(ritual.seen_until, ritual.created_at)
        times = list(occurrences(ritual, since, now, tz))
        if times:
            found.append(Due(ritual, times[-1], len(times)))
    return sorted(found, key=lambda item: item.at)


def next_due(rituals: Iterable[Ritual], now: datetime, tz: tzinfo | None) -> datetime | None:
    """The soonest occurrence after `now` of any ritual (None without rituals)."""
    times = [next_occurrence(r, max(now, r.seen_until, r.created_at), tz) for r in rituals]
    return min(times, default=None)


def describe(ritual: Ritual, template_name: str) -> str:
    """'Daily high & low, every day at 21:30' (for lists and screen readers)."""
    clock = ritual.at.strftime("%H:%M")
    if ritual.cadence is Cadence.DAILY:
        when = f"every day at {clock}"
    elif ritual.cadence is Cadence.WEEKLY:
        import calendar

        when = f"every {calendar.day_name[ritual.weekday]} at {clock}"
    else:
        when = f"every month on the {ordinal(ritual.monthday)} at {clock}"
    return f"{template_name}, {when}"


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
