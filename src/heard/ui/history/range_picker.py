"""Which days History shows: the last 30 days, 3 months, a year, everything, or custom;
and how the charts group them (automatic, or by day, week or month)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from heard.core.periods import DateRange, Grouping, RangePreset, auto_grouping, preset_range
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill, translate, ui_locale

PRESET_LABELS = {
    RangePreset.LAST_30_DAYS: QT_TRANSLATE_NOOP("RangePicker", "Last 30 days"),
    RangePreset.LAST_3_MONTHS: QT_TRANSLATE_NOOP("RangePicker", "Last 3 months"),
    RangePreset.LAST_YEAR: QT_TRANSLATE_NOOP("RangePicker", "Last year"),
    RangePreset.EVERYTHING: QT_TRANSLATE_NOOP("RangePicker", "Everything"),
    RangePreset.CUSTOM: QT_TRANSLATE_NOOP("RangePicker", "Custom…"),
}
IN_SENTENCE = {
    RangePreset.LAST_30_DAYS: QT_TRANSLATE_NOOP("RangePicker", "last 30 days"),
    RangePreset.LAST_3_MONTHS: QT_TRANSLATE_NOOP("RangePicker", "last 3 months"),
    RangePreset.LAST_YEAR: QT_TRANSLATE_NOOP("RangePicker", "last year"),
    RangePreset.EVERYTHING: QT_TRANSLATE_NOOP("RangePicker", "everything"),
}
"""The same ranges as they read inside a sentence ('5 sessions, last 3 months')."""
GROUPING_LABELS: dict[Grouping | None, str] = {
    None: QT_TRANSLATE_NOOP("RangePicker", "Grouped to fit"),
    Grouping.DAY: QT_TRANSLATE_NOOP("RangePicker", "By day"),
    Grouping.WEEK: QT_TRANSLATE_NOOP("RangePicker", "By week"),
    Grouping.MONTH: QT_TRANSLATE_NOOP("RangePicker", "By month"),
}
"""All untranslated; shown through translate("RangePicker", ...)."""


def range_in_sentence(preset: RangePreset, span: DateRange) -> str:
    if preset in IN_SENTENCE:
        return translate("RangePicker", IN_SENTENCE[preset])
    locale, pattern = ui_locale(), translate("RangePicker", "dd MMM yyyy")
    return fill(
        translate("RangePicker", "%1 to %2"),
        locale.toString(_qdate(span.first), pattern),
        locale.toString(_qdate(span.last), pattern),
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RangePicker(QWidget):
    """Emits `changed()` when the range or the grouping changes; read `span` and
    `grouping` (the automatic grouping resolved)."""

    changed = Signal()

    def __init__(
        self, today: date, first_session: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("range_picker")
        self._today = today
        self._first = first_session
        self.preset = QComboBox()
        self.preset.setObjectName("range_preset")
        for label in PRESET_LABELS.values():
            self.preset.addItem(
                translate("RangePicker", label)
            )  # Qt would keep a StrEnum only as its str
        self.preset.setAccessibleName(self.tr("Date range"))
        self.preset.setAccessibleDescription(
            self.tr("Which sessions the charts and the table show")
        )
        self.first = self._date_edit(
            "range_first", self.tr("First day"), self.tr("The first day to show")
        )
        self.last = self._date_edit(
            "range_last", self.tr("Last day"), self.tr("The last day to show")
        )
        self.dash = QLabel(self.tr("to"))
        self.grouping_box = QComboBox()
        self.grouping_box.setObjectName("range_grouping")
        for label in GROUPING_LABELS.values():
            self.grouping_box.addItem(translate("RangePicker", label))
        self.grouping_box.setAccessibleName(self.tr("Group the charts"))
        self.grouping_box.setAccessibleDescription(
            self.tr("Add up the charts by day, week or month; automatic picks one for the range")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.preset, self.first, self.dash, self.last, self.grouping_box):
            layout.addWidget(widget)
        self.set_preset(RangePreset.LAST_3_MONTHS)
        self._on_preset_changed()
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.first.dateChanged.connect(self._on_custom_changed)
        self.last.dateChanged.connect(self._on_custom_changed)
        self.grouping_box.currentIndexChanged.connect(self.changed)

    def _date_edit(self, name: str, accessible: str, description: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(self.tr("d MMM yyyy"))
        edit.setAccessibleName(accessible)
        edit.setAccessibleDescription(description)
        return edit

    # ------------------------------------------------------------------ state
    @property
    def current_preset(self) -> RangePreset:
        return list(PRESET_LABELS)[self.preset.currentIndex()]

    @property
    def span(self) -> DateRange:
        preset = self.current_preset
        if preset is RangePreset.CUSTOM:
            first, last = _pydate(self.first.date()), _pydate(self.last.date())
            return DateRange(min(first, last), max(first, last))
        return preset_range(preset, self._today, self._first)

    @property
    def grouping(self) -> Grouping:
        chosen = list(GROUPING_LABELS)[self.grouping_box.currentIndex()]
        return auto_grouping(self.span) if chosen is None else chosen

    def set_preset(self, preset: RangePreset) -> None:
        self.preset.setCurrentIndex(list(PRESET_LABELS).index(preset))

    def set_grouping(self, grouping: Grouping | None) -> None:
        """None: automatic."""
        self.grouping_box.setCurrentIndex(list(GROUPING_LABELS).index(grouping))

    def set_custom(self, span: DateRange) -> None:
        self.preset.blockSignals(True)
        self.set_preset(RangePreset.CUSTOM)
        self.preset.blockSignals(False)
        for edit, day in ((self.first, span.first), (self.last, span.last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._show_dates(True)
        self.changed.emit()

    def set_context(self, today: date, first_session: date | None) -> None:
        """New data (an import) or a new day: presets are recomputed from these."""
        self._today, self._first = today, first_session

    # ------------------------------------------------------------------ slots
    def _show_dates(self, custom: bool) -> None:
        for widget in (self.first, self.dash, self.last):
            widget.setVisible(custom)

    def _on_preset_changed(self) -> None:
        custom = self.current_preset is RangePreset.CUSTOM
        if custom:
            shown = preset_range(RangePreset.LAST_3_MONTHS, self._today, self._first)
            for edit, day in ((self.first, shown.first), (self.last, shown.last)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._show_dates(custom)
        self.changed.emit()

    def _on_custom_changed(self) -> None:
        if self.current_preset is RangePreset.CUSTOM:
            self.changed.emit()
