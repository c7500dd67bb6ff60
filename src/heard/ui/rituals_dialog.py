"""Rituals and reminders: set a kind of talk for a time that comes round (every day, a day
of the week, a day of the month), see what is coming and how well each ritual is kept, and
cancel a one-off reminder. Changes are saved at once; `changed` tells the reminder clock."""

from __future__ import annotations

import calendar
import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, datetime, time

from PySide6.QtCore import QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from heard.core.rituals import Cadence, Ritual, next_occurrence
from heard.core.templates import Template, display_name
from heard.errors import HeardError
from heard.storage.ritual_store import RitualStore
from heard.ui.calm_style import button, label, make_calm
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill, translate, ui_locale

log = logging.getLogger(__name__)

EDITOR_STYLE = "QTimeEdit { font-size: 20px; padding: 6px 10px; min-height: 36px; }"
CADENCES = (
    (Cadence.DAILY, QT_TRANSLATE_NOOP("RitualsDialog", "Every day")),
    (Cadence.WEEKLY, QT_TRANSLATE_NOOP("RitualsDialog", "Every week")),
    (Cadence.MONTHLY, QT_TRANSLATE_NOOP("RitualsDialog", "Every month")),
)
"""Untranslated; shown through self.tr()."""


def describe(ritual: Ritual, template_name: str) -> str:
    """'Daily high & low, every day at 21:30', in the UI language."""
    clock = ritual.at.strftime("%H:%M")
    if ritual.cadence is Cadence.DAILY:
        when = fill(translate("RitualsDialog", "every day at %1"), clock)
    elif ritual.cadence is Cadence.WEEKLY:
        day = ui_locale().dayName(ritual.weekday + 1, QLocale.FormatType.LongFormat)
        when = fill(translate("RitualsDialog", "every %1 at %2"), day, clock)
    else:
        when = fill(
            translate("RitualsDialog", "every month on the %1 at %2"),
            ordinal(ritual.monthday),
            clock,
        )
    return fill(translate("RitualsDialog", "%1, %2"), template_name, when)


def ordinal(n: int) -> str:
    """'1st', '22nd' in English; '1.' in German (the translation of '%1th' and friends)."""
    if 11 <= n % 100 <= 13:
        return fill(translate("RitualsDialog", "%1th"), n)
    if n % 10 == 1:
        return fill(translate("RitualsDialog", "%1st"), n)
    if n % 10 == 2:
        return fill(translate("RitualsDialog", "%1nd"), n)
    if n % 10 == 3:
        return fill(translate("RitualsDialog", "%1rd"), n)
    return fill(translate("RitualsDialog", "%1th"), n)


class RitualsDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        store: RitualStore,
        templates: Sequence[Template],
        *,
        now: Callable[[], datetime],
        today: Callable[[], date],
        delivery: str,
        parent: QWidget | None = None,
    ) -> None:
        """`delivery`: one sentence on how reminders arrive on this system."""
        super().__init__(parent)
        self.setObjectName("rituals_dialog")
        self.setWindowTitle(self.tr("Rituals and reminders"))
        self.setAccessibleName(self.tr("Rituals and reminders"))
        make_calm(self)
        self._store, self._templates = store, tuple(templates)
        self._now, self._today = now, today
        self.template = QComboBox()
        self.template.setObjectName("ritual_template")
        for template in self._templates:
            self.template.addItem(
                fill(self.tr("%1 · %2 min"), template.name, template.minutes), template.id
            )
        self.template.setAccessibleName(self.tr("Kind of talk"))
        self.template.setAccessibleDescription(self.tr("What you will do at this time"))
        self.cadence = QComboBox()
        self.cadence.setObjectName("ritual_cadence")
        for cadence, text in CADENCES:
            self.cadence.addItem(self.tr(text), cadence.value)
        self.cadence.setAccessibleName(self.tr("How often"))
        self.cadence.setAccessibleDescription(self.tr("Every day, every week or every month"))
        self.weekday = QComboBox()
        self.weekday.setObjectName("ritual_weekday")
        for day in range(7):
            self.weekday.addItem(calendar.day_name[day], day)
        self.weekday.setCurrentIndex(6)
        self.weekday.setAccessibleName(self.tr("Day of the week"))
        self.weekday.setAccessibleDescription(self.tr("For a weekly ritual"))
        self.monthday = QSpinBox()
        self.monthday.setObjectName("ritual_monthday")
        self.monthday.setRange(1, 31)
        self.monthday.setAccessibleName(self.tr("Day of the month"))
        self.monthday.setAccessibleDescription(
            self.tr("For a monthly ritual; in a shorter month, its last day")
        )
        self.at = QTimeEdit(QTime(21, 0))
        self.at.setObjectName("ritual_time")
        self.at.setDisplayFormat("HH:mm")
        self.at.setAccessibleName(self.tr("Time"))
        self.at.setAccessibleDescription(self.tr("Your local time"))
        self.at.setStyleSheet(EDITOR_STYLE)
        self.add_button = button(
            self.tr("Add the ritual"),
            "add_ritual_button",
            self.tr("Save it and remind us"),
            primary=True,
        )
        self.add_button.clicked.connect(self._on_add_clicked)
        self.problem = label("", "status", name="rituals_problem")
        self.close_button = button(self.tr("Close"), "close_rituals_button", self.tr("Done"))
        self.close_button.clicked.connect(self.accept)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind of talk"), self.template)
        self.form.addRow(self.tr("How often"), self.cadence)
        self.form.addRow(self.tr("Day"), self.weekday)
        self.form.addRow(self.tr("Day of the month"), self.monthday)
        self.form.addRow(self.tr("At"), self.at)
        self.cadence.currentIndexChanged.connect(self._on_cadence_changed)
        self.list_box = QVBoxLayout()
        listing = QWidget()
        listing.setLayout(self.list_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(listing)
        scroll.setMinimumHeight(150)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Rituals and reminders"), "heading"))
        layout.addWidget(
            label(self.tr("Time set aside, again and again, so there's room to be heard."), "muted")
        )
        layout.addWidget(scroll, 1)
        layout.addWidget(label(self.tr("A new ritual"), "subheading"))
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(label(delivery, "muted", name="rituals_delivery"))
        layout.addLayout(bottom)
        self.resize(820, 720)
        self._on_cadence_changed()
        self.refresh()

    def refresh(self) -> None:
        while self.list_box.count():
            item = self.list_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        rituals = self._store.streaks(self._today())
        reminders = self._store.reminders()
        if not rituals and not reminders:
            self.list_box.addWidget(label(self.tr("No rituals yet."), "muted", name="no_rituals"))
        now = self._now()
        for ritual, streak in rituals:
            name = display_name(self._templates, ritual.template_id)
            nxt = next_occurrence(ritual, max(now, ritual.seen_until), self._store.local_tz)
            text = fill(self.tr("%1. Next: %2"), describe(ritual, name), _when(nxt, self._store))
            if streak.current:
                text += ". " + self.tr("kept %n in a row", "", streak.current)
            self._row(f"ritual_{ritual.id}", text, name, _remove_ritual(self._store, ritual.id))
        for reminder in reminders:
            name = display_name(self._templates, reminder.template_id)
            when = _when(reminder.due_at, self._store)
            text = self.tr("Reminder: %1, %2").replace("%1", name).replace("%2", when)
            self._row(
                f"reminder_{reminder.id}", text, name, _remove_reminder(self._store, reminder.id)
            )
        self.list_box.addStretch(1)

    def _row(self, name: str, text: str, what: str, remove: Callable[[], None]) -> None:
        row = QWidget()
        row.setObjectName(name)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(label(text), 1)
        cancel = button(
            self.tr("Remove"), f"remove_{name}", self.tr("Stop these reminders"),
            accessible=self.tr("Remove %1").replace("%1", what),
        )  # fmt: skip
        cancel.clicked.connect(lambda: self._on_remove(remove))
        line.addWidget(cancel)
        self.list_box.addWidget(row)

    def _on_remove(self, remove: Callable[[], None]) -> None:
        remove()
        self.refresh()
        self.changed.emit()

    def _on_cadence_changed(self, _index: int = 0) -> None:
        cadence = Cadence(self.cadence.currentData())
        self.form.setRowVisible(self.weekday, cadence is Cadence.WEEKLY)
        self.form.setRowVisible(self.monthday, cadence is Cadence.MONTHLY)

    def _on_add_clicked(self) -> None:
        chosen = self.at.time()
        try:
            ritual = self._store.add_ritual(
                str(self.template.currentData()),
                Cadence(self.cadence.currentData()),
                time(chosen.hour(), chosen.minute()),
                weekday=int(self.weekday.currentData()),
                monthday=self.monthday.value(),
            )
        except (HeardError, sqlite3.Error) as exc:
            log.error("could not save a ritual: %s", exc)
            self.problem.setText(self.tr("Could not save it: %1").replace("%1", str(exc)))
            return
        name = display_name(self._templates, ritual.template_id)
        self.problem.setText(self.tr("Added: %1.").replace("%1", describe(ritual, name)))
        self.refresh()
        self.changed.emit()


def _when(moment: datetime, store: RitualStore) -> str:
    local = moment.astimezone(store.local_tz)
    when = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return ui_locale().toString(when, translate("RitualsDialog", "ddd dd MMM, HH:mm"))


def _remove_ritual(store: RitualStore, ritual_id: int) -> Callable[[], None]:
    return lambda: store.remove_ritual(ritual_id)


def _remove_reminder(store: RitualStore, reminder_id: int) -> Callable[[], None]:
    return lambda: store.remove_reminders([reminder_id])
