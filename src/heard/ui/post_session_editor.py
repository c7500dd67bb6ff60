"""Change a past session's check-in, checklist and private note (History's details use it).

`PostSessionEditor` is a plain widget with no buttons of its own, so it can be embedded;
`PostSessionDialog` wraps it with Save and Close. Both load by session id and save through
PostSessionStore in one transaction. A note that cannot be opened is never overwritten.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heard.core.model import Partner
from heard.errors import HeardError
from heard.storage.post_session import KEEP, PostSessionAnswers, PostSessionRecord
from heard.ui.calm_style import button, label, make_calm
from heard.ui.checklist_panel import ChecklistPanel
from heard.ui.heard_scale import HeardScale
from heard.ui.post_session import PostSessionDeps

log = logging.getLogger(__name__)


class PostSessionEditor(QWidget):
    saved = Signal(int)  # session id
    problem_reported = Signal(str)

    def __init__(self, deps: PostSessionDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("post_session_editor")
        make_calm(self)
        self._deps = deps
        self.record: PostSessionRecord | None = None
        self.heading = label(self.tr("After the session"), "subheading", name="editor_heading")
        self.follow_up = label("", "muted", name="editor_follow_up")
        self.problem = label("", "problem", name="editor_problem")
        self.problem.setVisible(False)

        self.scale_names = {p: label("", "", name=f"editor_name_{p.value}") for p in Partner}
        self.scales = {
            p: HeardScale(deps.content.scale, allow_none=True, compact=True, who=p.value)
            for p in Partner
        }
        checkin = QGridLayout()
        checkin.setHorizontalSpacing(16)
        for row, partner in enumerate(Partner):
            checkin.addWidget(self.scale_names[partner], row, 0)
            checkin.addWidget(self.scales[partner], row, 1)
        self.checklist = ChecklistPanel(deps.content)
        self.note = deps.note_editor()

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(label(deps.content.question, "subheading", name="editor_question"))
        column.addLayout(checkin)
        column.addSpacing(16)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addWidget(self.checklist, 0)
        columns.addWidget(self.note, 1)
        column.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.heading)
        outer.addWidget(self.follow_up)
        outer.addWidget(self.problem)
        outer.addWidget(scroll, 1)

    @property
    def session_id(self) -> int | None:
        return None if self.record is None else self.record.session_id

    def load(self, session_id: int) -> bool:
        """Show the stored answers of this session. False (and a message) if it cannot."""
        try:
            record = self._deps.store.load(session_id)
        except HeardError as exc:
            self._show_problem(str(exc))
            return False
        self.record = record
        self._show_problem("")
        names = {Partner.A: record.partner_a, Partner.B: record.partner_b}
        felt = {Partner.A: record.felt_heard_a, Partner.B: record.felt_heard_b}
        for partner in Partner:
            self.scale_names[partner].setText(names[partner])
            scale = self.scales[partner]
            scale.set_value(felt[partner])
            for value in (0, 1, 2, 3, 4, 5):
                spoken = self.tr("no answer") if value == 0 else scale.label_for(value)
                scale.button(value).setAccessibleName(f"{names[partner]}: {spoken}")
        self.checklist.set_answers(record.checklist)
        self.follow_up.setText(
            self.tr("A 'Try that again' of an earlier session.") if record.follow_up_of else ""
        )
        self.follow_up.setVisible(record.follow_up_of is not None)
        self.note.load(record.uuid, record.notes_ciphertext)
        return True

    def answers(self) -> PostSessionAnswers:
        """What differs from what is stored (KEEP for parts left as they were)."""
        record = self.record
        assert record is not None
        felt = (self.scales[Partner.A].value(), self.scales[Partner.B].value())
        checklist = self.checklist.answers()
        ticked = {item for item, checked in checklist.items() if checked}
        unchanged_checklist = ticked == {item for item, c in record.checklist.items() if c}
        return PostSessionAnswers(
            felt_heard=KEEP if felt == (record.felt_heard_a, record.felt_heard_b) else felt,
            checklist=KEEP if unchanged_checklist else checklist,
            note=self.note.outcome(),
        )

    def is_dirty(self) -> bool:
        if self.record is None:
            return False
        answers = self.answers()
        return any(
            part is not KEEP for part in (answers.felt_heard, answers.checklist, answers.note)
        )

    def save(self) -> bool:
        """Write the changes. False (and a message, nothing written) if it fails."""
        if self.record is None:
            return False
        if self.note.needs_attention:
            self._show_problem(self.tr("Lock the note, or leave it out, before saving."))
            return False
        session_id = self.record.session_id
        try:
            self._deps.store.save(session_id, self.answers())
        except HeardError as exc:
            self._show_problem(str(exc))
            return False
        self.load(session_id)
        self.saved.emit(session_id)
        return True

    def cancel(self) -> None:
        self.note.cancel()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            log.warning("Session editor: %s", text)
            self.problem_reported.emit(text)


class PostSessionDialog(QDialog):
    """The editor in a window, with Save and Close."""

    def __init__(
        self, deps: PostSessionDeps, session_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("post_session_dialog")
        self.setWindowTitle(self.tr("After the session"))
        make_calm(self)
        self.editor = PostSessionEditor(deps)
        self.save_button = button(
            self.tr("&Save"), "editor_save", self.tr("Save the changes"), primary=True
        )
        self.close_button = button(
            self.tr("&Close"), "editor_close", self.tr("Close without saving what changed")
        )
        self.save_button.clicked.connect(self._on_save)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 20, 28, 20)
        column.addWidget(self.editor, 1)
        column.addLayout(buttons)
        self.resize(1100, 760)
        self.editor.load(session_id)

    def _on_save(self) -> None:
        if self.editor.save():
            self.accept()

    def done(self, result: int) -> None:
        self.editor.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.cancel()
        super().closeEvent(event)
