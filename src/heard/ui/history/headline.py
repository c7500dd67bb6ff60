"""The numbers at the top of History: streak, this week, this month, the range's total."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from heard.core.streaks import Rhythm
from heard.storage.stats_queries import Headline
from heard.ui.history.chart_data import hours_text


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


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n:,} {unit}s"


class HeadlineCards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headline_cards")
        self.streak = Card("streak", "Your streak")
        self.week = Card("week", "This week")
        self.month = Card("month", "This month")
        self.total = Card("total", "In this range")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        for card in (self.streak, self.week, self.month, self.total):
            row.addWidget(card, 1)

    def show_headline(
        self, headline: Headline, range_label: str, range_sessions: int, range_minutes: float
    ) -> None:
        s = headline.streaks
        unit = "day" if s.rhythm is Rhythm.DAILY else "week"
        value = f"{_count(s.current, unit)} in a row" if s.current else "Start a new one"
        self.streak.show_values(value, f"Best: {_count(s.best, unit)}")
        self.week.show_values(
            _count(headline.week_sessions, "session"),
            f"{hours_text(headline.week_minutes)} phone-free",
        )
        self.month.show_values(
            f"{hours_text(headline.month_minutes)} phone-free",
            _count(headline.month_sessions, "session"),
        )
        self.total.show_values(
            f"{hours_text(range_minutes)} phone-free",
            f"{_count(range_sessions, 'session')}, {range_label.lower()}",
        )
