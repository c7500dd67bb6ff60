"""After the check-in: the repair checklist, self-check, repair phrases to read out, and an
optional private note. Done saves, Skip saves nothing, 'Try that again' saves and starts a
short follow-up conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heard.core.checklist import ChecklistContent
from heard.ui.calm_style import button, label, make_calm
from heard.ui.checklist_panel import ChecklistPanel
from heard.ui.note_editor import NoteEditor, NoteState


class ChecklistScreen(QWidget):
    done_clicked = Signal()
    skipped = Signal()
    try_again_clicked = Signal()

    def __init__(
        self,
        content: ChecklistContent,
        note_editor: NoteEditor,
        *,
        follow_up_minutes: int = 5,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_screen")
        make_calm(self)
        self.heading = label(self.tr("Repair, if you need it"), "heading", name="repair_heading")
        self.intro = label(
            self.tr(
                "Tick what fits, read a phrase out loud if it helps, or skip this. It is saved"
                " with this session and you can change it later."
            ),
            "muted",
            name="repair_intro",
        )
        self.checklist = ChecklistPanel(content)
        self.note = note_editor

        phrases = QFrame()
        phrases.setProperty("role", "panel")
        phrases_column = QVBoxLayout(phrases)
        phrases_column.setContentsMargins(20, 16, 20, 16)
        phrases_column.addWidget(label(content.phrases_title, "subheading", name="phrases_title"))
        phrases_column.addWidget(label(content.phrases_intro, "muted", name="phrases_intro"))
        self.phrase_labels = []
        for index, text in enumerate(content.phrases):
            phrase = label(f"“{text}”", "phrase", name=f"phrase_{index}")
            phrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            phrase.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            phrase.setAccessibleName(self.tr("Repair phrase: %1").replace("%1", text))
            phrase.setAccessibleDescription(self.tr("A phrase you can read out to your partner"))
            self.phrase_labels.append(phrase)
            phrases_column.addWidget(phrase)

        left = QVBoxLayout()
        left.addWidget(self.checklist)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(phrases)
        right.addWidget(self.note, 1)
        columns = QHBoxLayout()
        columns.setSpacing(36)
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)
        body = QWidget()
        body_column = QVBoxLayout(body)
        body_column.setContentsMargins(0, 0, 8, 0)
        body_column.addWidget(self.heading)
        body_column.addWidget(self.intro)
        body_column.addSpacing(6)
        body_column.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setObjectName("repair_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll
        scroll.setWidget(body)

        self.skip_button = button(
            self.tr("&Skip"), "repair_skip", self.tr("Leave without saving the checklist or note")
        )
        self.try_again_button = button(
            self.tr("&Try that again · %n min", "", follow_up_minutes),
            "repair_try_again",
            self.tr("Save, then start a short follow-up conversation linked to this one"),
            accessible=self.tr("Try that again, %n minutes", "", follow_up_minutes),
        )
        self.done_button = button(
            self.tr("&Done"), "repair_done", self.tr("Save and go back to the start"), primary=True
        )
        self.hint = label("", "status", name="repair_hint", wrap=False)
        self.problem = label("", "problem", name="repair_problem")
        self.problem.setVisible(False)
        self.skip_confirmation: QMessageBox | None = None
        self.skip_button.clicked.connect(self._on_skip)
        self.try_again_button.clicked.connect(self.try_again_clicked)
        self.done_button.clicked.connect(self.done_clicked)
        self.note.state_changed.connect(self._on_note_changed)
        footer = QHBoxLayout()
        footer.setSpacing(14)
        footer.addWidget(self.skip_button)
        footer.addStretch(1)
        footer.addWidget(self.hint)
        footer.addWidget(self.try_again_button)
        footer.addWidget(self.done_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 20, 48, 16)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.problem)
        outer.addLayout(footer)
        self._on_note_changed()

    def begin(self, session_uuid: str) -> None:
        self.checklist.clear()
        self.note.start_new(session_uuid)
        self.show_problem("")
        self._on_note_changed()

    def focus_first(self) -> None:
        first = next(iter(self.checklist.boxes.values()), None)
        if first is not None:
            first.setFocus()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _on_note_changed(self, *_: object) -> None:
        waiting = self.note.needs_attention
        if self.note.state is NoteState.NEEDS_CHOICE:
            self.scroll_area.ensureWidgetVisible(self.note.passphrase_button)
        self.done_button.setEnabled(not waiting)
        self.try_again_button.setEnabled(not waiting)
        self.hint.setText(self.tr("Lock the note, or leave it out, to save.") if waiting else "")
        self.hint.setVisible(waiting)

    def _on_skip(self) -> None:
        if self.note.text.toPlainText().strip():
            box = QMessageBox(self)
            box.setObjectName("confirm_skip_note")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Leave without the note?"))
            box.setText(self.tr("You wrote a note. Skipping leaves it out; it is not saved."))
            box.setStandardButtons(
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            discard = box.button(QMessageBox.StandardButton.Discard)
            discard.setText(self.tr("Leave the note out"))
            box.finished.connect(
                lambda _result: self._on_skip_answered(box.clickedButton() is discard)
            )
            box.finished.connect(box.deleteLater)
            self.skip_confirmation = box
            box.open()
            return
        self._on_skip_answered(True)

    def _on_skip_answered(self, confirmed: bool) -> None:
        self.skip_confirmation = None
        if confirmed:
            self.note.cancel()
            self.skipped.emit()
