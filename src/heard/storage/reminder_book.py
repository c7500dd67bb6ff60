"""What to remind the couple of, and when: rituals and one-off reminders together.

`take_due()` hands out every reminder whose time has come, once: rituals are marked seen up
to now, one-off reminders are removed. Whatever came due while Heard was closed is handed
out at the first look after the start, one item per ritual (`count` says how many times it
was missed), so the window shows one calm banner, never a stack of popups.
Times come from the wall clock (reminders are about the calendar), read through the Clock.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from heard.core.clock import Clock
from heard.core.reminders import due_reminders, next_reminder
from heard.core.rituals import Ritual, due, next_due
from heard.storage.ritual_store import RitualStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DueItem:
    template_id: str
    minutes: int | None
    """A one-off reminder's length; None for a ritual (its template's length)."""
    at: datetime
    """When it was due (UTC): the latest occurrence for a ritual."""
    missed: bool
    """It came due before this run of Heard started (or well before now)."""
    count: int = 1
    ritual: Ritual | None = None


MISSED_AFTER = timedelta(minutes=15)
"""A reminder handed out this long after its time is called missed (the app was closed, or
the computer asleep)."""


class ReminderBook:
    def __init__(self, store: RitualStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self.started_at = clock.wall_utc()

    @property
    def store(self) -> RitualStore:
        return self._store

    def take_due(self) -> list[DueItem]:
        """Everything due now, oldest first; each is handed out once."""
        now = self._clock.wall_utc()
        tz = self._store.local_tz
        items = []
        rituals = due(self._store.rituals(), now, tz)
        for item in rituals:
            items.append(
                DueItem(
                    item.ritual.template_id,
                    None,
                    item.at,
                    self._missed(item.at, now),
                    item.count,
                    item.ritual,
                )
            )
        reminders = due_reminders(self._store.reminders(), now)
        for reminder in reminders:
            items.append(
                DueItem(
                    reminder.template_id,
                    reminder.minutes,
                    reminder.due_at,
                    self._missed(reminder.due_at, now),
                )
            )
        if rituals:
            self._store.mark_seen([item.ritual.id for item in rituals], now)
        if reminders:
            self._store.remove_reminders([r.id for r in reminders])
        if items:
            log.info("%d reminder(s) due", len(items))
        return sorted(items, key=lambda item: item.at)

    def next_time(self) -> datetime | None:
        """The next moment something comes due (None: nothing scheduled)."""
        now = self._clock.wall_utc()
        times = [
            t
            for t in (
                next_due(self._store.rituals(), now, self._store.local_tz),
                next_reminder(self._store.reminders(), now),
            )
            if t is not None
        ]
        return min(times, default=None)

    def remind_later(self, item: DueItem, minutes_from_now: int, length: int) -> None:
        """'Remind us again later': a one-off reminder for the same template."""
        at = self._clock.wall_utc() + timedelta(minutes=minutes_from_now)
        self._store.add_reminder(item.template_id, item.minutes or length, at)

    def _missed(self, at: datetime, now: datetime) -> bool:
        return at < self.started_at or now - at > MISSED_AFTER
