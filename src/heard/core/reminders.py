"""One-off reminders: "not now, pick a time later" from the readiness check, or "remind us
again later" on a ritual's reminder. Pure: times are UTC datetimes, `tz` None is the
system's local time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from heard.core.rituals import to_utc

EVENING = time(20, 0)
"""'This evening' means 20:00, offered until an hour before."""


@dataclass(frozen=True)
class Reminder:
    id: int
    template_id: str
    minutes: int
    due_at: datetime


@dataclass(frozen=True)
class LaterChoice:
    label: str
    at: datetime
    """UTC."""


def later_choices(now: datetime, tz: tzinfo | None) -> list[LaterChoice]:
    """A few easy times to come back to it, soonest first."""
    local = now.astimezone(tz)
    choices = [
        LaterChoice("In 30 minutes", now + timedelta(minutes=30)),
        LaterChoice("In an hour", now + timedelta(hours=1)),
    ]
    evening = to_utc(datetime.combine(local.date(), EVENING), tz)
    if evening - now >= timedelta(hours=1, minutes=30):
        choices.append(LaterChoice(f"This evening at {EVENING:%H:%M}", evening))
    tomorrow = local.date() + timedelta(days=1)
    same_time = time(local.hour, local.minute)
    choices.append(
        LaterChoice(
            f"Tomorrow at {same_time:%H:%M}", to_utc(datetime.combine(tomorrow, same_time), tz)
        )
    )
    return choices


def at_local(day_time: datetime, tz: tzinfo | None) -> datetime:
    """A naive local date and time chosen by hand → UTC."""
    return to_utc(day_time.replace(second=0, microsecond=0), tz)


def due_reminders(reminders: Iterable[Reminder], now: datetime) -> list[Reminder]:
    """Reminders whose time has come, oldest first."""
    return sorted((r for r in reminders if r.due_at <= now), key=lambda r: r.due_at)


def next_reminder(reminders: Iterable[Reminder], now: datetime) -> datetime | None:
    return min((r.due_at for r in reminders if r.due_at > now), default=None)
