"""History: how much phone-free time, the streak, who talks more, the pause cue, and how
heard you feel, over a chosen range; the sessions behind it; export and import.

The numbers come from SQL aggregates (storage/stats_queries.py), so ten years open about as
fast as a few weeks. pyqtgraph is imported (through .charts) only when there is something
to draw. Every refresh re-reads the database: History is up to date each time it opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heard.core.checklist import ChecklistContent
from heard.core.clock import SystemClock
from heard.core.periods import RangePreset, preset_range
from heard.storage.db import Database
from heard.storage.repository import SessionRepository
from heard.storage.ritual_store import RitualStore
from heard.storage.stats_queries import HistoryStats
from heard.ui.history.chart_data import ChartData, build_chart_data
from heard.ui.history.details_dialog import DetailsDialog, NoteOpener
from heard.ui.history.empty_state import EmptyState
from heard.ui.history.exchange_actions import ExchangeActions
from heard.ui.history.headline import HeadlineCards
from heard.ui.history.range_picker import RangePicker, range_in_sentence
from heard.ui.history.ritual_card import ritual_summaries
from heard.ui.history.sessions_table import SessionsTable
from heard.ui.history.style import history_stylesheet
from heard.ui.i18n import fill, ui_locale
from heard.ui.theme import Theme, current_theme

if TYPE_CHECKING:
    from heard.ui.history.charts import HistoryCharts

log = logging.getLogger(__name__)

EditorFactory = Callable[[int, QWidget], QDialog]
"""(session id, parent) -> a dialog that edits the session's answers and accepts on save."""


def default_preset(today: date, first_day: date | None) -> RangePreset:
    """The last three months; everything while the history is younger than that."""
    recent = preset_range(RangePreset.LAST_3_MONTHS, today, first_day)
    if first_day is not None and first_day >= recent.first:
        return RangePreset.EVERYTHING
    return RangePreset.LAST_3_MONTHS


def _button(text: str, name: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.rstrip("…"))
    button.setAccessibleDescription(description)
    return button


class HistoryScreen(QWidget):
    back_requested = Signal()
    start_requested = Signal()  # from the empty state: go and start a first session
    refreshed = Signal()  # the numbers, the table and (if any) the charts show current data

    def __init__(
        self,
        db: Database,
        repo: SessionRepository,
        *,
        today: Callable[[], date] = date.today,
        content: ChecklistContent | None = None,
        note_opener: NoteOpener | None = None,
        editor: EditorFactory | None = None,
        exchange: ExchangeActions | None = None,
        preset: RangePreset | None = None,
        theme: Theme | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_screen")
        self.theme = theme or current_theme()
        self.setStyleSheet(history_stylesheet(self.theme))
        self._stats = HistoryStats(db)
        self._rituals = RitualStore(db, SystemClock())
        self._repo = repo
        self._today = today
        self._content = content
        self._note_opener = note_opener
        self._editor = editor
        self.editor_dialog: QDialog | None = None
        self.charts: HistoryCharts | None = None
        self.chart_data: ChartData | None = None
        self.details: DetailsDialog | None = None
        self.has_notes = False

        self.back = _button(
            self.tr("← Back"), "history_back", self.tr("Return to the start screen (Esc)")
        )
        self.back.setAccessibleName(self.tr("Back"))
        self.back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("History"))
        title.setObjectName("history_title")
        first_day = self._stats.first_day()
        self.picker = RangePicker(today(), first_day)
        self.picker.set_preset(preset or default_preset(today(), first_day))
        self.picker.changed.connect(self.refresh)
        self.save_png = _button(
            self.tr("Save chart as PNG…"),
            "history_save_png",
            self.tr("Save the four charts as one PNG image"),
        )
        self.export_button = _button(
            self.tr("Export…"), "history_export", self.tr("Save the history as a JSON or CSV file")
        )
        self.import_button = _button(
            self.tr("Import…"), "history_import", self.tr("Add sessions from a Heard JSON export")
        )
        self.save_png.clicked.connect(self._on_save_png_clicked)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addSpacing(12)
        top.addWidget(title)
        top.addStretch(1)
        for button in (self.save_png, self.export_button, self.import_button):
            top.addWidget(button)
        self.status = QLabel("")
        self.status.setObjectName("history_status")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(self.picker)
        controls.addSpacing(16)
        controls.addWidget(self.status, 1)

        self.empty = EmptyState()
        self.empty.start_requested.connect(self.start_requested)
        self.cards = HeadlineCards()
        self.chart_stack = QStackedWidget()
        self.range_empty = EmptyState(
            self.tr("Nothing in this range."),
            self.tr("There are sessions, just not between these days. Show everything?"),
            self.tr("Show everything"),
        )
        self.range_empty.setObjectName("range_empty")
        self.range_empty.start_requested.connect(
            lambda: self.picker.set_preset(RangePreset.EVERYTHING)
        )
        self.chart_stack.addWidget(self.range_empty)
        self.filter = QLineEdit()
        self.filter.setObjectName("sessions_filter")
        self.filter.setPlaceholderText(self.tr("Filter: a date, a name, 'early', 'note'…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter sessions"))
        self.filter.setAccessibleDescription(
            self.tr("Show only the sessions whose row has these words")
        )
        self.table = SessionsTable()
        self.filter.textChanged.connect(self.table.proxy.set_text)
        self.table.session_opened.connect(self.open_details)
        sessions_page = QWidget()
        sessions_column = QVBoxLayout(sessions_page)
        sessions_column.addWidget(self.filter)
        sessions_column.addWidget(self.table, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("history_tabs")
        self.tabs.addTab(self.chart_stack, self.tr("Charts"))
        self.tabs.addTab(sessions_page, self.tr("Sessions"))
        self.tabs.setAccessibleName(self.tr("History views"))
        self.tabs.setAccessibleDescription(self.tr("Charts over time, or the list of sessions"))
        content_page = QWidget()
        content_column = QVBoxLayout(content_page)
        content_column.setContentsMargins(0, 0, 0, 0)
        content_column.addWidget(self.cards)
        content_column.addSpacing(8)
        content_column.addWidget(self.tabs, 1)
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(content_page)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 12)
        column.addLayout(top)
        column.addLayout(controls)
        column.addWidget(self.body, 1)

        self.exchange = exchange or ExchangeActions(db, self, parent=self)
        self.exchange.reported.connect(self.status.setText)
        self.exchange.imported.connect(lambda _added: self.refresh())
        self.exchange.busy_changed.connect(self._on_exchange_busy)
        self.export_button.clicked.connect(lambda: self.exchange.export(self.has_notes))
        self.import_button.clicked.connect(self.exchange.import_)

    def set_theme(self, theme: Theme) -> None:
        """A new theme or text size (Settings): restyle, and redraw the charts if built."""
        self.theme = theme
        self.setStyleSheet(history_stylesheet(theme))
        if self.charts is not None:
            self.charts.set_theme(theme)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc or the platform's Back key (Alt+Left) returns to the start screen."""
        if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Back):
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ data
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_exchange_busy(self, busy: bool) -> None:
        """One file at a time: Export and Import wait while one is read or written."""
        self.export_button.setDisabled(busy)
        self.import_button.setDisabled(busy)

    def refresh(self) -> None:
        stats = self._stats
        today = self._today()
        self.picker.set_context(today, stats.first_day())
        if stats.count() == 0:
            self.body.setCurrentWidget(self.empty)
            for button in (self.save_png, self.export_button):
                button.setEnabled(False)
            self.empty.button.setFocus()
            self.refreshed.emit()
            return
        self.body.setCurrentIndex(1)
        self.export_button.setEnabled(True)
        span, grouping = self.picker.span, self.picker.grouping
        sessions = stats.sessions(span)
        self.has_notes = stats.has_notes()
        range_label = range_in_sentence(self.picker.current_preset, span)
        minutes = sum(s.minutes for s in sessions if s.phones_away)
        self.cards.show_headline(stats.headline(today), range_label, len(sessions), minutes)
        self.cards.rituals.show_streaks(ritual_summaries(self._rituals, today, ui_locale().name()))
        self.table.set_sessions(sessions)
        self.tabs.setTabText(1, fill(self.tr("Sessions (%1)"), ui_locale().toString(len(sessions))))
        if not sessions:
            self.chart_stack.setCurrentWidget(self.range_empty)
            self.save_png.setEnabled(False)
            self.refreshed.emit()
            return
        periods = stats.periods(span, grouping)
        self.chart_data = build_chart_data(span, grouping, periods, sessions, stats.latest_names())
        charts = self._ensure_charts()
        charts.show_data(self.chart_data)
        self.chart_stack.setCurrentWidget(charts)
        self.save_png.setEnabled(True)
        self.refreshed.emit()

    def _ensure_charts(self) -> HistoryCharts:
        if self.charts is None:
            from heard.ui.history.charts import HistoryCharts  # pyqtgraph: first use only

            self.charts = HistoryCharts(self.theme)
            self.chart_stack.addWidget(self.charts)
        return self.charts

    # ------------------------------------------------------------------ actions
    def open_details(self, session_id: int) -> DetailsDialog:
        dialog = DetailsDialog(
            self._repo,
            session_id,
            self.theme,
            content=self._content,
            note_opener=self._note_opener,
            editable=self._editor is not None,
            parent=self,
        )
        dialog.setStyleSheet(history_stylesheet(self.theme))
        dialog.edit_requested.connect(self.edit_answers)
        self.details = dialog
        dialog.open()
        return dialog

    def edit_answers(self, session_id: int) -> QDialog | None:
        """The after-session editor for this session; once saved, History shows the change."""
        if self._editor is None:
            return None
        dialog = self._editor(session_id, self)
        self.editor_dialog = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.refresh()
                self.status.setText(self.tr("Saved. The charts show the change."))
                self.open_details(session_id)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def save_charts(self, path: Path) -> bool:
        if self.charts is None or not self.save_png.isEnabled():
            return False
        ok = self.charts.save_png(path)
        text = self.tr("Saved the charts to %1.") if ok else self.tr("Could not save %1.")
        self.status.setText(fill(text, path))
        return ok

    def _on_save_png_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the charts"),
            str(Path.home() / "heard-charts.png"),
            self.tr("PNG image (*.png)"),
        )
        if name:
            self.save_charts(Path(name) if name.lower().endswith(".png") else Path(name + ".png"))
