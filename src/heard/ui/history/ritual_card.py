"""History's 'Rituals kept' card: how many times in a row each ritual was kept (a session
of its template in its window), shown only when the couple has rituals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from heard.core.ritual_streaks import RitualStreak
from heard.core.templates import display_name, load_templates
from heard.storage.ritual_store import RitualStore
from heard.ui.history.headline import Card
from heard.ui.i18n import fill

Named = tuple[str, RitualStreak]


def ritual_summaries(store: RitualStore, today: date, locale_name: str = "") -> list[Named]:
    """(the template's name, its streak) for each ritual, the best-kept first."""
    templates = [*load_templates(locale_name), *store.user_templates()]
    found = [(display_name(templates, r.template_id), s) for r, s in store.streaks(today)]
    return sorted(found, key=lambda item: (-item[1].current, -item[1].kept, item[0]))


class RitualsCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rituals", self.tr("Rituals kept"), parent)
        self.hide()

    def show_streaks(self, streaks: Sequence[Named]) -> None:
        if not streaks:
            self.hide()
            return
        name, best = streaks[0]
        if best.current:
            value = fill(self.tr("%1 in a row"), best.current)
        else:
            value = self.tr("Keep the next one")
        parts = [
            fill(self.tr("%1: %2 of %3 kept"), n, s.kept, s.total)
            if s.total
            else fill(self.tr("%1: not due yet"), n)
            for n, s in streaks[:2]
        ]
        if len(streaks) > 2:
            parts.append(fill(self.tr("and %1 more"), len(streaks) - 2))
        self.show_values(value, "; ".join(parts))
        self.setAccessibleDescription(fill(self.tr("%1, %2. %3"), value, name, "; ".join(parts)))
        self.show()
