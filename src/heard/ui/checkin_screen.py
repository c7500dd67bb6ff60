"""'Did you feel heard?': each partner answers in turn, 1 to 5, and neither answer is shown
until both are in. Partner A answers while B looks away, the screen hides A's answer and
hands over, B answers, then both answers are shown together."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from heard.core.checklist import ChecklistContent
from heard.core.model import Partner
from heard.ui.calm_style import button, label, make_calm
from heard.ui.heard_scale import HeardScale
from heard.ui.theme import current_theme

FULLY_HEARD = 4
"""At or above this, an answer counts as feeling heard (for the words shown at the reveal)."""


@dataclass(frozen=True)
class CheckIn:
    felt_heard_a: int | None
    felt_heard_b: int | None


class CheckInScreen(QWidget):
    answered = Signal(object)  # CheckIn, once both have answered (or skipped their own)
    skipped = Signal()  # the whole check-in was skipped
    continued = Signal()  # Continue was pressed on the reveal

    def __init__(self, content: ChecklistContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkin_screen")
        make_calm(self)
        self._content = content
        self._names = {Partner.A: "", Partner.B: ""}
        self._answers: dict[Partner, int | None] = {}
        self.asking: Partner | None = None

        self.pages = QStackedWidget()
        self.ask_page = self._build_ask_page()
        self.handover_page = self._build_handover_page()
        self.reveal_page = self._build_reveal_page()
        for page in (self.ask_page, self.handover_page, self.reveal_page):
            self.pages.addWidget(page)

        self.skip_all = button(
            self.tr("Skip the check-in"),
            "checkin_skip_all",
            self.tr("Go on to the repair step without answering"),
        )
        self.skip_all.clicked.connect(self.skipped)
        footer = QHBoxLayout()
        footer.addWidget(self.skip_all)
        footer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.pages)
        column.addStretch(1)
        column.addLayout(footer)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)

    # ------------------------------------------------------------------ pages
    def _build_ask_page(self) -> QWidget:
        page = QWidget()
        self.ask_name = label("", "heading", name="checkin_name")
        self.ask_question = label(self._content.question, "subheading", name="checkin_question")
        self.ask_privacy = label("", "muted", name="checkin_privacy")
        self.scale = HeardScale(self._content.scale)
        self.scale.chosen.connect(self._on_chosen)
        self.confirm = button(
            self.tr("Hide my answer and go on"),
            "checkin_confirm",
            self.tr("Keep this answer hidden until you have both answered"),
            primary=True,
        )
        self.confirm.clicked.connect(self._on_confirm)
        self.skip_mine = button(
            self.tr("I'd rather not answer"),
            "checkin_skip_mine",
            self.tr("Leave your answer out; the other partner can still answer"),
        )
        self.skip_mine.clicked.connect(self._on_skip_mine)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_mine)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        for widget in (self.ask_name, self.ask_question, self.ask_privacy, self.scale):
            column.addWidget(widget)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(1)
        return page

    def _build_handover_page(self) -> QWidget:
        page = QWidget()
        self.handover_heading = label("", "heading", name="checkin_handover_heading")
        self.handover_text = label("", "", name="checkin_handover_text")
        self.handover_button = button("", "checkin_handover", "", primary=True)
        self.handover_button.clicked.connect(lambda: self._ask(Partner.B))
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        column.addWidget(self.handover_heading)
        column.addWidget(self.handover_text)
        column.addSpacing(12)
        column.addWidget(self.handover_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def _build_reveal_page(self) -> QWidget:
        page = QWidget()
        self.reveal_heading = label(
            self.tr("How heard you each felt"), "heading", name="checkin_reveal_heading"
        )
        self.reveal_rows = {
            partner: label("", "subheading", name=f"checkin_reveal_{partner.value}")
            for partner in Partner
        }
        self.reveal_words = label("", "", name="checkin_reveal_words")
        self.continue_button = button(
            self.tr("Continue"),
            "checkin_continue",
            self.tr("Go on to the repair checklist"),
            primary=True,
        )
        self.continue_button.clicked.connect(self.continued)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        column.addWidget(self.reveal_heading)
        for row in self.reveal_rows.values():
            row.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            column.addWidget(row)
        column.addWidget(self.reveal_words)
        column.addSpacing(12)
        column.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter goes on from any page: confirm the answer, hand over, or continue."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            page = self.pages.currentWidget()
            target = self.continue_button
            if page is self.ask_page:
                target = self.confirm
            elif page is self.handover_page:
                target = self.handover_button
            if target.isEnabled():
                target.click()
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ flow
    def begin(self, name_a: str, name_b: str) -> None:
        self._names = {Partner.A: name_a, Partner.B: name_b}
        self._answers = {}
        self.skip_all.setVisible(True)
        self._ask(Partner.A)

    def _ask(self, partner: Partner) -> None:
        self.asking = partner
        name, other = self._names[partner], self._names[partner.other]
        self.ask_name.setText(name)
        colour = current_theme().partner_colour(partner)
        self.ask_name.setStyleSheet(f"color: {colour};")
        self.ask_question.setAccessibleName(f"{name}: {self._content.question}")
        if partner is Partner.A:
            privacy = self.tr(
                "%1, please look away for a moment. Neither answer is shown until you have"
                " both answered."
            )
        else:
            privacy = self.tr("%1's answer is hidden. Answer for yourself.")
        self.ask_privacy.setText(privacy.replace("%1", other))
        self.scale.clear()
        for value in range(1, 6):
            self.scale.button(value).setAccessibleName(
                f"{name}: {value}: {self.scale.label_for(value)}"
            )
        self.confirm.setEnabled(False)
        self.pages.setCurrentWidget(self.ask_page)
        self.scale.setFocus()

    def _on_chosen(self, value: object) -> None:
        self.confirm.setEnabled(isinstance(value, int))
        if isinstance(value, int):
            self.confirm.setDefault(True)

    def _on_confirm(self) -> None:
        self._record(self.scale.value())

    def _on_skip_mine(self) -> None:
        self._record(None)

    def _record(self, value: int | None) -> None:
        partner = self.asking
        assert partner is not None
        self._answers[partner] = value
        self.scale.clear()  # nothing of this answer stays on screen
        if partner is Partner.A:
            self._hand_over()
        else:
            self._reveal()

    def _hand_over(self) -> None:
        self.asking = None
        name_a, name_b = self._names[Partner.A], self._names[Partner.B]
        self.handover_heading.setText(self.tr("Thank you, %1.").replace("%1", name_a))
        self.handover_text.setText(
            self.tr("Your answer is hidden. Please hand over to %1.").replace("%1", name_b)
        )
        self.handover_button.setText(self.tr("I'm %1: show me the question").replace("%1", name_b))
        self.handover_button.setAccessibleName(self.handover_button.text())
        self.handover_button.setAccessibleDescription(
            self.tr("Show the question to the second partner")
        )
        self.handover_button.setDefault(True)
        self.pages.setCurrentWidget(self.handover_page)
        self.handover_button.setFocus()

    def _reveal(self) -> None:
        self.asking = None
        result = CheckIn(self._answers.get(Partner.A), self._answers.get(Partner.B))
        for partner, value in ((Partner.A, result.felt_heard_a), (Partner.B, result.felt_heard_b)):
            said = (
                self.tr("no answer")
                if value is None
                else f"{value} · {self._content.scale_label(value)}"
            )
            self.reveal_rows[partner].setText(f"{self._names[partner]}: {said}")
        values = [v for v in (result.felt_heard_a, result.felt_heard_b) if v is not None]
        if values and min(values) < FULLY_HEARD:
            words = self.tr(
                "Not feeling fully heard is worth knowing, not a failure. The repair step is"
                " next; take your time."
            )
        elif values:
            words = self.tr("You felt heard. That is worth noticing together.")
        else:
            words = self.tr("That's fine. You can still look at the repair step together.")
        self.reveal_words.setText(words)
        self.skip_all.setVisible(False)
        self.continue_button.setDefault(True)
        self.pages.setCurrentWidget(self.reveal_page)
        self.continue_button.setFocus()
        self.answered.emit(result)
