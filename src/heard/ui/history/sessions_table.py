"""The sessions table: every session of the range, newest first, sortable and filterable.

Sorting happens in the source model with Python's sort over precomputed keys (the proxy's
own sort would call back into Python tens of thousands of times for ten years); the
QSortFilterProxyModel filters on a lowercase text per row, computed once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from heard.core.model import EndReason
from heard.storage.stats_queries import SessionStats
from heard.ui.i18n import QT_TRANSLATE_NOOP, fill, translate, ui_locale

Index = QModelIndex | QPersistentModelIndex
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
REASONS = {
    EndReason.COMPLETED: QT_TRANSLATE_NOOP("SessionsTable", "on time"),
    EndReason.ENDED_EARLY: QT_TRANSLATE_NOOP("SessionsTable", "ended early"),
    EndReason.INTERRUPTED: QT_TRANSLATE_NOOP("SessionsTable", "interrupted"),
    None: QT_TRANSLATE_NOOP("SessionsTable", "unfinished"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("SessionsTable", "When"),
    QT_TRANSLATE_NOOP("SessionsTable", "Minutes"),
    QT_TRANSLATE_NOOP("SessionsTable", "Phones away"),
    QT_TRANSLATE_NOOP("SessionsTable", "Turns"),
    QT_TRANSLATE_NOOP("SessionsTable", "Talk"),
    QT_TRANSLATE_NOOP("SessionsTable", "Pauses honoured"),
    QT_TRANSLATE_NOOP("SessionsTable", "Felt heard"),
    QT_TRANSLATE_NOOP("SessionsTable", "Ended"),
    QT_TRANSLATE_NOOP("SessionsTable", "Note"),
)
"""Untranslated (REASONS and COLUMNS); shown through translate() (context SessionsTable)."""
FELT_COLUMN = 6


def reason_text(reason: EndReason | None) -> str:
    return translate("SessionsTable", REASONS.get(reason, REASONS[None]))


def _cells(s: SessionStats) -> tuple[list[str], list[Any]]:
    """(text shown, sort key) for each column."""
    when = QDateTime.fromSecsSinceEpoch(int(s.started_at.timestamp()))
    share = s.talk_share_a
    name_a, name_b = s.partner_a or "A", s.partner_b or "B"
    talk = (
        "—"
        if share is None
        else fill(
            translate("SessionsTable", "%1 %2% · %3 %4%"),
            name_a,
            round(100 * share),
            name_b,
            100 - round(100 * share),
        )
    )
    rate = s.cue_rate
    felt = " / ".join("—" if v is None else str(v) for v in (s.felt_heard_a, s.felt_heard_b))
    texts = [
        ui_locale().toString(when, translate("SessionsTable", "ddd dd MMM yyyy, HH:mm")),
        f"{s.minutes:.0f}",
        translate("SessionsTable", "yes") if s.phones_away else translate("SessionsTable", "no"),
        str(s.turns),
        talk,
        "—"
        if rate is None
        else fill(translate("SessionsTable", "%1% of %2"), round(100 * rate), s.cues_total),
        felt,
        reason_text(s.end_reason),
        translate("SessionsTable", "locked note") if s.has_note else "",
    ]
    felt_sum = sum(v for v in (s.felt_heard_a, s.felt_heard_b) if v is not None)
    keys = [
        s.started_at, s.minutes, s.phones_away, s.turns, -1.0 if share is None else share,
        -1.0 if rate is None else rate, felt_sum, texts[7], s.has_note,
    ]  # fmt: skip
    return texts, keys


class SessionsModel(QAbstractTableModel):
    """Texts and sort keys are made when first needed: ten years is 3,650 rows, of which a
    screen shows twenty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionStats] = []
        self._cells: dict[int, tuple[list[str], list[Any]]] = {}  # by session id
        self._search: dict[int, str] = {}

    def set_sessions(self, sessions: Sequence[SessionStats]) -> None:
        """Newest first."""
        self.beginResetModel()
        self._rows = list(reversed(sessions))
        self._cells.clear()
        self._search.clear()
        self.endResetModel()

    def _cells_of(self, row: int) -> tuple[list[str], list[Any]]:
        session = self._rows[row]
        cells = self._cells.get(session.id)
        if cells is None:
            cells = self._cells[session.id] = _cells(session)
        return cells

    def search_text(self, row: int) -> str:
        session = self._rows[row]
        text = self._search.get(session.id)
        if text is None:
            texts = self._cells_of(row)[0]
            extra = (session.partner_a or "", session.partner_b or "", session.template)
            text = self._search[session.id] = " ".join([*texts, *extra]).lower()
        return text

    def session_at(self, row: int) -> SessionStats:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells_of(index.row())[0][index.column()]
        if role == SESSION_ROLE:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == FELT_COLUMN and self._rows:
                newest = max(self._rows, key=lambda s: s.started_at)
                return fill(
                    translate("SessionsTable", "Felt heard (%1 / %2)"),
                    newest.partner_a or "A",
                    newest.partner_b or "B",
                )
            return translate("SessionsTable", COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        if column == 0:  # the common case needs no cell texts
            keys: list[Any] = [s.started_at for s in self._rows]
        else:
            keys = [(self._cells_of(i)[1][column], s.started_at) for i, s in enumerate(self._rows)]
        order_ = sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        old = self.persistentIndexList()
        position = {was: now for now, was in enumerate(order_)}
        self._rows = [self._rows[i] for i in order_]
        self.changePersistentIndexList(
            old, [self.index(position[i.row()], i.column()) for i in old]
        )
        self.layoutChanged.emit()


class SessionsFilter(QSortFilterProxyModel):
    """Filters on every word typed; sorting is handed to the source model."""

    def __init__(self, model: SessionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: list[str] = []
        self.setSourceModel(model)

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = text.lower().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.lower().split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        haystack = self._model.search_text(source_row)
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)


class SessionsTable(QTableView):
    """Enter or a double click opens the session (`session_opened(id)`)."""

    session_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessions_table")
        self.source = SessionsModel(self)
        self.proxy = SessionsFilter(self.source, self)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setResizeContentsPrecision(40)  # not all 3,650 rows
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        self.setAccessibleName(self.tr("Sessions"))
        self.setAccessibleDescription(
            self.tr(
                "One row per session. Sort by clicking a column; press Enter to open a session."
            )
        )
        self.doubleClicked.connect(self._on_activated)

    def set_sessions(self, sessions: Sequence[SessionStats]) -> None:
        self.source.set_sessions(sessions)
        header = self.horizontalHeader()
        if header.sortIndicatorSection() != 0 or header.sortIndicatorOrder() is not (
            Qt.SortOrder.DescendingOrder
        ):
            self.source.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        sid = self.proxy.data(index, SESSION_ROLE)
        if isinstance(sid, int):
            self.session_opened.emit(sid)
