"""One past session in full: its turns on a time line, its events, the check-in and
checklist answers, and the private note, opened only when asked.

Opening a note may wait on the keyring (an unlock prompt), so it runs on a daemon thread
and comes back through a queued signal; the dialog stays responsive meanwhile.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heard.core.checklist import ChecklistContent
from heard.core.model import EventKind
from heard.core.summary import format_duration
from heard.errors import HeardError
from heard.storage.repository import SessionRepository
from heard.ui.history.sessions_table import reason_text
from heard.ui.history.turn_timeline import TurnTimeline
from heard.ui.i18n import QT_TRANSLATE_NOOP, content_locale, fill, ui_locale
from heard.ui.theme import Theme

log = logging.getLogger(__name__)

NoteOpener = Callable[[bytes, str], str]
"""(sealed note, session uuid) -> text. May block; raises HeardError with a plain message."""

EVENT_WORDS = {
    EventKind.PAUSE: QT_TRANSLATE_NOOP("DetailsDialog", "paused"),
    EventKind.RESUME: QT_TRANSLATE_NOOP("DetailsDialog", "carried on"),
    EventKind.BREAK: QT_TRANSLATE_NOOP("DetailsDialog", "took a break"),
    EventKind.START_OVER: QT_TRANSLATE_NOOP("DetailsDialog", "started a turn over"),
    EventKind.DISTRACTION: QT_TRANSLATE_NOOP("DetailsDialog", "got distracted"),
    EventKind.INTERRUPTION: QT_TRANSLATE_NOOP("DetailsDialog", "was interrupted"),
    EventKind.SUSPEND: QT_TRANSLATE_NOOP("DetailsDialog", "the computer slept"),
}
"""Untranslated; shown through self.tr() (context DetailsDialog)."""


class _NoteJob(QObject):
    done = Signal(object, object)  # text, error

    def start(self, opener: NoteOpener, blob: bytes, uuid: str) -> None:
        def work() -> None:
            text: str | None = None
            error: Exception | None = None
            try:
                text = opener(blob, uuid)
            except Exception as exc:  # shown to the user by the GUI thread
                error = exc
            with contextlib.suppress(RuntimeError):  # the dialog is already gone
                self.done.emit(text, error)

        threading.Thread(target=work, name="heard-bg-history-note", daemon=True).start()


def checklist_text(answers: dict[str, bool], content: ChecklistContent | None) -> str:
    """The answers under their group's title, in the content's order; ids the content no
    longer knows come last, as they are."""
    lines: list[str] = []
    left = dict(answers)
    for group in content.groups if content is not None else ():
        mine = [(item.text, left.pop(item.id)) for item in group.items if item.id in left]
        if mine:
            lines.append(fill(QCoreApplication.translate("DetailsDialog", "%1:"), group.title))
            lines += [f"  {'✓' if checked else '–'}  {text}" for text, checked in mine]
    if left:
        if lines:
            lines.append(QCoreApplication.translate("DetailsDialog", "Other:"))
        lines += [f"  {'✓' if checked else '–'}  {item}" for item, checked in left.items()]
    return "\n".join(lines)


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setProperty("role", "section")
    return label


class DetailsDialog(QDialog):
    edit_requested = Signal(int)  # session id: change its check-in, checklist or note

    def __init__(
        self,
        repo: SessionRepository,
        session_id: int,
        theme: Theme,
        *,
        content: ChecklistContent | None = None,
        note_opener: NoteOpener | None = None,
        editable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`editable`: offer 'Change answers…' (emits edit_requested and closes)."""
        super().__init__(parent)
        self.setObjectName("session_details")
        record = repo.get_session(session_id)
        self.record = record
        self._opener = note_opener
        names = (record.partner_a or self.tr("Partner A"), record.partner_b or self.tr("Partner B"))
        when = QDateTime.fromSecsSinceEpoch(int(record.started_at.timestamp()))
        locale = ui_locale()
        self.setWindowTitle(
            fill(self.tr("Session of %1"), locale.toString(when, self.tr("dddd dd MMMM yyyy")))
        )
        heading = QLabel(locale.toString(when, self.tr("dddd dd MMMM yyyy, HH:mm")))
        heading.setProperty("role", "heading")
        minutes = max(1, round(record.actual_s / 60))
        facts = [
            fill(self.tr("%1 min"), minutes) if record.actual_s else self.tr("no time"),
            reason_text(record.end_reason),
            self.tr("phones away") if record.phones_away else self.tr("phones nearby"),
            template_name(record.template),
        ]
        subheading = QLabel(" · ".join(facts))
        subheading.setProperty("role", "muted")

        self.timeline = TurnTimeline(theme)
        events = repo.events(session_id)
        self.timeline.set_session(repo.turns(session_id), events, names, record.actual_ms)
        turns_text = QLabel(
            self.timeline.describe() + "  " + self.tr("● waited through the pause   ○ jumped in")
        )
        turns_text.setWordWrap(True)
        turns_text.setProperty("role", "muted")

        self.events_label = QLabel(
            "\n".join(f"{format_duration(e.at_ms)}  {self._event_words(e.kind)}" for e in events)
            or self.tr("Nothing out of the ordinary.")
        )
        self.events_label.setObjectName("details_events")
        self.checkin_label = QLabel(
            "\n".join(
                f"{name}: {self._felt(value, content)}"
                for name, value in zip(
                    names, (record.felt_heard_a, record.felt_heard_b), strict=True
                )
            )
        )
        self.checkin_label.setObjectName("details_checkin")
        self.checklist_label = QLabel(
            checklist_text(repo.checklist(session_id), content)
            or self.tr("The checklist was skipped.")
        )
        self.checklist_label.setObjectName("details_checklist")
        self.checklist_label.setWordWrap(True)
        for label in (self.events_label, self.checkin_label, self.checklist_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.note_status = QLabel()
        self.note_status.setObjectName("details_note_status")
        self.note_status.setWordWrap(True)
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("details_note")
        self.note_text.setReadOnly(True)
        self.note_text.setAccessibleName(self.tr("Private note"))
        self.note_text.setAccessibleDescription(self.tr("The note written after this session"))
        self.note_text.hide()
        self.show_note = QPushButton(self.tr("Show the note"))
        self.show_note.setObjectName("details_show_note")
        self.show_note.setAccessibleName(self.tr("Show the private note"))
        self.show_note.setAccessibleDescription(
            self.tr("Unlocks the note with your keyring and shows it")
        )
        self.show_note.clicked.connect(self._on_show_note_clicked)
        self._job = _NoteJob(self)
        self._job.done.connect(self._on_note_opened)
        if record.notes_ciphertext is None:
            self.note_status.setText(self.tr("No note was written."))
            self.show_note.hide()
        else:
            self.note_status.setText(
                self.tr("There is a private note. It stays locked until you ask.")
            )
            self.show_note.setEnabled(note_opener is not None)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.edit_button = QPushButton(self.tr("Change answers…"))
        self.edit_button.setObjectName("details_edit")
        self.edit_button.setAccessibleName(self.tr("Change answers"))
        self.edit_button.setAccessibleDescription(
            self.tr("Change this session's check-in, checklist or private note")
        )
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.edit_button.setVisible(editable)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Back to the history"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.addWidget(_section(self.tr("How heard you felt")), 0, 0)
        grid.addWidget(self.checkin_label, 1, 0)
        grid.addWidget(_section(self.tr("Checklist")), 2, 0)
        grid.addWidget(self.checklist_label, 3, 0)
        grid.addWidget(_section(self.tr("What happened")), 0, 1)
        grid.addWidget(self.events_label, 1, 1)
        grid.addWidget(_section(self.tr("Note")), 2, 1)
        note_box = QVBoxLayout()
        note_box.addWidget(self.note_status)
        note_box.addWidget(self.show_note, 0, Qt.AlignmentFlag.AlignLeft)
        note_box.addWidget(self.note_text)
        note_box.addStretch(1)
        grid.addLayout(note_box, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(subheading)
        layout.addSpacing(10)
        layout.addWidget(_section(self.tr("Turns")))
        layout.addWidget(self.timeline)
        layout.addWidget(turns_text)
        layout.addSpacing(10)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(880, 620)

    def _event_words(self, kind: EventKind) -> str:
        words = EVENT_WORDS.get(kind)
        return self.tr(words) if words else kind.value

    def _felt(self, value: int | None, content: ChecklistContent | None) -> str:
        if value is None:
            return self.tr("skipped")
        label = content.scale.get(value) if content is not None else None
        if label:
            return fill(self.tr("%1 (%2 of 5)"), label, value)
        return fill(self.tr("%1 of 5"), value)

    def _on_edit_clicked(self) -> None:
        self.accept()
        self.edit_requested.emit(self.record.id)

    def _on_show_note_clicked(self) -> None:
        blob = self.record.notes_ciphertext
        if blob is None or self._opener is None:
            return
        self.show_note.setEnabled(False)
        self.note_status.setText(self.tr("Unlocking the note…"))
        self._job.start(self._opener, blob, self.record.uuid)

    def _on_note_opened(self, text: object, error: object) -> None:
        if isinstance(text, str):
            self.note_text.setPlainText(text)
            self.note_text.show()
            self.show_note.hide()
            self.note_status.setText(self.tr("The note is shown until you close this window."))
            return
        message = (
            str(error)
            if isinstance(error, HeardError)
            else self.tr("The note could not be opened.")
        )
        if not isinstance(error, HeardError):
            log.error("Opening a note failed: %r", error)
        self.note_status.setText(message)
        self.show_note.setEnabled(True)


def template_name(template_id: str) -> str:
    """A template's name in the UI language (its id, readable, if it is not known)."""
    from heard.core.templates import TemplateError, display_name, load_templates

    try:
        return display_name(load_templates(content_locale()), template_id)
    except (OSError, ValueError, TemplateError):
        return template_id.replace("_", " ")
