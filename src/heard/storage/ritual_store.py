"""Rituals, one-off reminders and the couple's own templates, kept in SQLite (schema v5), so
that they survive restarts and go with 'Delete all my data'. Each write is one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, tzinfo

from heard.core.clock import Clock
from heard.core.reminders import Reminder
from heard.core.ritual_streaks import RitualStreak, ritual_streak
from heard.core.rituals import Cadence, Ritual, local_date
from heard.core.templates import Template
from heard.storage.db import Database
from heard.storage.records import from_utc_text, to_utc_text

log = logging.getLogger(__name__)


class RitualStore:
    def __init__(self, db: Database, clock: Clock, *, local_tz: tzinfo | None = None) -> None:
        """`local_tz`: the zone ritual times are in (None: the system's)."""
        self._db = db
        self._clock = clock
        self.local_tz = local_tz

    # --- rituals ------------------------------------------------------------------------

    def rituals(self) -> list[Ritual]:
        rows = self._db.query_all("SELECT * FROM ritual ORDER BY at_minute, id")
        return [
            Ritual(
                id=row["id"],
                template_id=row["template"],
                cadence=Cadence(row["cadence"]),
                at=time(row["at_minute"] // 60, row["at_minute"] % 60),
                weekday=row["weekday"],
                monthday=row["monthday"],
                created_at=from_utc_text(row["created_at"]),
                seen_until=from_utc_text(row["seen_until"]),
            )
            for row in rows
        ]

    def add_ritual(
        self, template_id: str, cadence: Cadence, at: time, *, weekday: int = 0, monthday: int = 1
    ) -> Ritual:
        """A new ritual; its first reminder is its next occurrence from now."""
        now = to_utc_text(self._clock.wall_utc())
        with self._db.transaction():
            ritual_id = self._db.insert(
                "INSERT INTO ritual (template, cadence, at_minute, weekday, monthday, created_at,"
                " seen_until) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (template_id, cadence.value, at.hour * 60 + at.minute, weekday, monthday, now, now),
            )
        log.info("ritual %d added: %s %s at %s", ritual_id, template_id, cadence.value, at)
        return next(r for r in self.rituals() if r.id == ritual_id)

    def remove_ritual(self, ritual_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM ritual WHERE id = ?", (ritual_id,))

    def mark_seen(self, ritual_ids: Iterable[int], until: datetime) -> None:
        """Reminders up to `until` were given. Never moves back (a clock set back must not
        bring old reminders again)."""
        stamp = to_utc_text(until)
        with self._db.transaction():
            self._db.executemany(
                "UPDATE ritual SET seen_until = MAX(seen_until, ?) WHERE id = ?",
                [(stamp, ritual_id) for ritual_id in ritual_ids],
            )

    # --- one-off reminders --------------------------------------------------------------

    def reminders(self) -> list[Reminder]:
        rows = self._db.query_all("SELECT * FROM reminder ORDER BY due_at, id")
        return [
            Reminder(row["id"], row["template"], row["minutes"], from_utc_text(row["due_at"]))
            for row in rows
        ]

    def add_reminder(self, template_id: str, minutes: int, due_at: datetime) -> Reminder:
        with self._db.transaction():
            reminder_id = self._db.insert(
                "INSERT INTO reminder (template, minutes, due_at, created_at) VALUES (?, ?, ?, ?)",
                (template_id, minutes, to_utc_text(due_at), to_utc_text(self._clock.wall_utc())),
            )
        log.info("reminder %d set for %s", reminder_id, to_utc_text(due_at))
        return Reminder(reminder_id, template_id, minutes, from_utc_text(to_utc_text(due_at)))

    def remove_reminders(self, reminder_ids: Iterable[int]) -> None:
        with self._db.transaction():
            self._db.executemany(
                "DELETE FROM reminder WHERE id = ?", [(rid,) for rid in reminder_ids]
            )

    # --- the couple's own templates -----------------------------------------------------

    def user_templates(self) -> list[Template]:
        rows = self._db.query_all("SELECT * FROM user_template ORDER BY created_at, id")
        return [
            Template(row["id"], row["name"], row["minutes"], row["guidance"], builtin=False)
            for row in rows
        ]

    def add_user_template(self, template: Template) -> None:
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO user_template (id, name, minutes, guidance, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    template.id,
                    template.name,
                    template.minutes,
                    template.guidance,
                    to_utc_text(self._clock.wall_utc()),
                ),
            )

    def remove_user_template(self, template_id: str) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM user_template WHERE id = ?", (template_id,))

    # --- how well rituals are kept ------------------------------------------------------

    def template_days(self, template_id: str) -> list[date]:
        rows = self._db.query_all(
            "SELECT DISTINCT started_day FROM session WHERE template = ? ORDER BY 1",
            (template_id,),
        )
        return [date.fromisoformat(row[0]) for row in rows]

    def streaks(self, today: date) -> list[tuple[Ritual, RitualStreak]]:
        """Each ritual with its streak of occurrences kept, up to `today` (a local day)."""
        days: dict[str, Sequence[date]] = {}
        found = []
        for ritual in self.rituals():
            held = days.setdefault(ritual.template_id, self.template_days(ritual.template_id))
            created = local_date(ritual.created_at, self.local_tz)
            found.append((ritual, ritual_streak(ritual, held, created, today)))
        return found
