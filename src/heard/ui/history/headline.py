"""The numbers at the top of History: streak, this week, this month, the range's total."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from heard.core.streaks import Rhythm
from heard.storage.stats_queries import Headline
from heard.ui.history.chart_data import hours_text
from heard.ui.i18n import fill, translate, ui_locale


class Card(QFrame):
    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headline_card")
        self.key = key
        self.caption = QLabel(caption)
        self.caption.setObjectName("card_caption")
        self.value = QLabel("")
        self.value.setObjectName("card_value")
        self.detail = QLabel("")
        self.detail.setObjectName("card_detail")
        self.detail.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 10, 16, 12)
        column.setSpacing(2)
        for label in (self.caption, self.value, self.detail):
            column.addWidget(label)

    def show_values(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(self.caption.text())
        self.setAccessibleDescription(f"{value}. {detail}")


def _count(n: int, one: str, other: str) -> str:
    """'1 week' or '12 weeks' (both already translated; %1 is the number)."""
    return fill(one if n == 1 else other, ui_locale().toString(n))


def _days(n: int) -> str:
    return _count(n, translate("HeadlineCards", "%1 day"), translate("HeadlineCards", "%1 days"))


def _weeks(n: int) -> str:
    return _count(n, translate("HeadlineCards", "%1 week"), translate("HeadlineCards", "%1 weeks"))


def _sessions(n: int) -> str:
    return _count(
        n, translate("HeadlineCards", "%1 session"), translate("HeadlineCards", "%1 sessions")
    )


class HeadlineCards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headline_cards")
        self.streak = Card("streak", self.tr("Your streak"))
        self.week = Card("week", self.tr("This week"))
        self.month = Card("month", self.tr("This month"))
        self.total = Card("total", self.tr("In this range"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        for card in (self.streak, self.week, self.month, self.total):
            row.addWidget(card, 1)
        from heard.ui.history.ritual_card import RitualsCard  # it imports Card from here

        self.rituals = RitualsCard()  # shown when the couple has rituals
        row.addWidget(self.rituals, 1)

    def show_headline(
        self, headline: Headline, range_label: str, range_sessions: int, range_minutes: float
    ) -> None:
        """`range_label` as it reads inside a sentence ('last 3 months')."""
        s = headline.streaks
        count = _days if s.rhythm is Rhythm.DAILY else _weeks
        value = fill(self.tr("%1 in a row"), count(s.current)) if s.current else None
        self.streak.show_values(
            value or self.tr("Start a new one"), fill(self.tr("Best: %1"), count(s.best))
        )
        phone_free = self.tr("%1 phone-free")
        self.week.show_values(
            _sessions(headline.week_sessions), fill(phone_free, hours_text(headline.week_minutes))
        )
        self.month.show_values(
            fill(phone_free, hours_text(headline.month_minutes)), _sessions(headline.month_sessions)
        )
        self.total.show_values(
            fill(phone_free, hours_text(range_minutes)),
            fill(self.tr("%1, %2"), _sessions(range_sessions), range_label),
        )
