"""A calm strip across the top of the window when a reminder is due: what it is, and
"Start it" (one click: the start screen with that template), "In 30 minutes" or "Not now".
Whoever shows it (heard.ui.reminder_center) hides it again on `closed`.
Reminders missed while Heard was closed arrive together, as one banner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from heard.storage.reminder_book import DueItem
from heard.ui.calm_style import button, label, make_calm
from heard.ui.i18n import fill, translate, ui_locale
from heard.ui.theme import current_theme

LATER_MINUTES = 30
NameOf = Callable[[str], str]


def when_text(moment: datetime, now: datetime, tz: tzinfo | None) -> str:
    """'21:30', 'yesterday at 21:30', 'Sunday at 10:00' or '3 Feb at 21:30' (local)."""
    local, today = moment.astimezone(tz), now.astimezone(tz).date()
    clock = local.strftime("%H:%M")
    locale = ui_locale()
    if local.date() == today:
        return clock
    if local.date() == today - timedelta(days=1):
        return fill(translate("ReminderBanner", "yesterday at %1"), clock)
    if today - local.date() < timedelta(days=7):
        day = locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
        return fill(translate("ReminderBanner", "%1 at %2"), day, clock)
    month = locale.monthName(local.month, QLocale.FormatType.ShortFormat)
    return fill(translate("ReminderBanner", "%1 %2 at %3"), local.day, month, clock)


def banner_text(items: Sequence[DueItem], name_of: NameOf, now: datetime, tz: tzinfo | None) -> str:
    """One or two calm sentences for everything due at once."""
    latest = items[-1]
    name, when = name_of(latest.template_id), when_text(latest.at, now, tz)
    if len(items) == 1 and not latest.missed:
        return fill(translate("ReminderBanner", "It's time for your %1 (%2)."), name, when)
    if len(items) == 1:
        extra = latest.count - 1
        if extra == 0:
            text = translate("ReminderBanner", "While Heard was closed, %1 was due %2.")
        elif extra == 1:
            text = translate(
                "ReminderBanner", "While Heard was closed, %1 was due %2, and 1 time before that."
            )
        else:
            text = translate(
                "ReminderBanner",
                "While Heard was closed, %1 was due %2, and %3 times before that.",
            )
        return fill(text, name, when, extra)
    listed = ", ".join(
        fill(
            translate("ReminderBanner", "%1 (%2)"), name_of(i.template_id), when_text(i.at, now, tz)
        )
        for i in items
    )
    return fill(translate("ReminderBanner", "While Heard was closed: %1."), listed)


class ReminderBanner(QFrame):
    start_clicked = Signal(object)  # DueItem: start its template
    later_clicked = Signal(object)  # DueItem: remind again in LATER_MINUTES
    dismissed = Signal()
    closed = Signal()  # any answer: whoever shows the banner hides it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_banner")
        self.setAccessibleName(self.tr("Reminder"))
        make_calm(self)
        theme = current_theme()
        self.setStyleSheet(
            self.styleSheet() + f"#reminder_banner {{ background: {theme.surface};"
            f" border: 2px solid {theme.cue_fill}; border-radius: 14px; }}"
        )
        self.items: tuple[DueItem, ...] = ()
        self.text = label("", name="reminder_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.start_button = button(
            "", "reminder_start_button", self.tr("Opens the start screen with it"), primary=True
        )
        self.start_button.clicked.connect(lambda: self._emit(self.start_clicked))
        self.later_button = button(
            self.tr("In %n minutes", "", LATER_MINUTES),
            "reminder_later_button",
            self.tr("Remind us again a little later"),
        )
        self.later_button.clicked.connect(lambda: self._emit(self.later_clicked))
        self.dismiss_button = button(
            self.tr("Not now"), "reminder_dismiss_button", self.tr("Hide this reminder")
        )
        self.dismiss_button.clicked.connect(self._on_dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(self.text, 1)
        for widget in (self.start_button, self.later_button, self.dismiss_button):
            row.addWidget(widget)

    def show_due(
        self, items: Sequence[DueItem], name_of: NameOf, now: datetime, tz: tzinfo | None
    ) -> None:
        self.items = tuple(items)
        text = banner_text(items, name_of, now, tz)
        self.text.setText(text)
        self.setAccessibleDescription(text)
        start = self.tr("Start %1").replace("%1", name_of(items[-1].template_id))
        self.start_button.setText(start.replace("&", "&&"))
        self.start_button.setAccessibleName(start)
        for widget in (self.start_button, self.later_button):
            widget.show()
        self.dismiss_button.setText(self.tr("Not now"))

    def show_info(self, text: str) -> None:
        """A short confirmation ('We'll remind you at 20:00'), with only an OK."""
        self.items = ()
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.start_button.hide()
        self.later_button.hide()
        self.dismiss_button.setText(self.tr("OK"))

    def _emit(self, signal: object) -> None:
        if self.items:
            signal.emit(self.items[-1])  # type: ignore[attr-defined]
        self.closed.emit()

    def _on_dismiss(self) -> None:
        self.dismissed.emit()
        self.closed.emit()
