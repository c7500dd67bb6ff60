"""The readiness check before a session (the guide's 'timing and energy'): do we both have
the energy, and can we give it our full attention for the planned length? Two yeses start
the talk. A 'not really' from either of you offers "Pick a time later", which sets a
reminder. The check can be skipped, and switched off for next time."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from heard.core.reminders import at_local, later_choices
from heard.ui.calm_style import button, label, make_calm
from heard.ui.i18n import fill, translate

YES, NO = 1, 0


def later_text(label: str, when: str) -> str:
    """A heard.core.reminders choice in the UI language ('In 30 minutes  (21:30)')."""
    if label == "In 30 minutes":
        return fill(translate("ReadinessDialog", "In 30 minutes  (%1)"), when)
    if label == "In an hour":
        return fill(translate("ReadinessDialog", "In an hour  (%1)"), when)
    clock = label.rsplit(" ", maxsplit=1)[-1]
    if label.startswith("This evening at "):
        return fill(translate("ReadinessDialog", "This evening at %1"), clock)
    if label.startswith("Tomorrow at "):
        return fill(translate("ReadinessDialog", "Tomorrow at %1"), clock)
    return label


class ReadinessDialog(QDialog):
    ready = Signal()  # start now
    later_chosen = Signal(object)  # datetime (UTC) for the reminder
    ask_again_changed = Signal(bool)

    def __init__(
        self,
        minutes: int,
        now: datetime,
        tz: tzinfo | None = None,
        *,
        ask_again: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readiness_dialog")
        self.setWindowTitle(self.tr("Before you start"))
        self.setAccessibleName(self.tr("Before you start"))
        make_calm(self)
        self._now, self._tz = now, tz
        self.pages = QStackedWidget()
        self.pages.addWidget(self._check_page(minutes, ask_again))
        self.pages.addWidget(self._later_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(780, 620)
        self._on_answered()

    # ----- page 1: the two questions ------------------------------------------------------
    def _check_page(self, minutes: int, ask_again: bool) -> QWidget:
        page = QWidget()
        self.energy = self._question(
            "energy", self.tr("Yes, we both do"), self.tr("Not really, one of us is spent")
        )
        self.attention = self._question(
            "attention", self.tr("Yes, we can"), self.tr("Not right now")
        )
        self.note = label(
            self.tr(
                "That's all right. Listening well takes energy. Choose a time when you can "
                "both be present, and Heard will remind you."
            ),
            "problem",
            name="readiness_note",
        )
        self.start_button = button(
            self.tr("Start the conversation"),
            "readiness_start_button",
            self.tr("Both of you are ready: the timer starts"),
            primary=True,
        )
        self.start_button.setProperty("large", True)
        self.start_button.clicked.connect(self._on_start)
        self.later_button = button(
            self.tr("Pick a time later…"), "readiness_later_button", self.tr("Set a reminder")
        )
        self.later_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.skip_button = button(
            self.tr("Skip the check"),
            "readiness_skip_button",
            self.tr("Start straight away without answering"),
        )
        self.skip_button.clicked.connect(self._on_start)
        self.ask_again = QCheckBox(self.tr("Ask us this before each session"))
        self.ask_again.setObjectName("readiness_ask_again")
        self.ask_again.setAccessibleName(self.tr("Ask before each session"))
        self.ask_again.setAccessibleDescription(self.tr("Untick to start without this check"))
        self.ask_again.setChecked(ask_again)
        self.ask_again.toggled.connect(self.ask_again_changed)
        column = QVBoxLayout(page)
        column.addWidget(label(self.tr("Before you start"), "heading"))
        column.addSpacing(8)
        column.addWidget(label(self.tr("Do we both have the energy for this now?"), "subheading"))
        column.addLayout(self._row(self.energy))
        column.addSpacing(12)
        question = self.tr(
            "Can we both give it our full attention for the next %n minutes?", "", minutes
        )
        column.addWidget(label(question, "subheading", name="attention_question"))
        column.addLayout(self._row(self.attention))
        column.addSpacing(8)
        column.addWidget(self.note)
        column.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.start_button, 2)
        actions.addWidget(self.later_button, 1)
        column.addLayout(actions)
        more = QHBoxLayout()
        more.addWidget(self.ask_again, 1)
        more.addWidget(self.skip_button)
        column.addLayout(more)
        return page

    def _question(self, name: str, yes: str, no: str) -> QButtonGroup:
        group = QButtonGroup(self)
        group.setObjectName(f"{name}_answer")
        for answer, text in ((YES, yes), (NO, no)):
            choice = QPushButton(text)
            choice.setObjectName(f"{name}_{'yes' if answer == YES else 'no'}")
            choice.setCheckable(True)
            choice.setAutoDefault(False)
            choice.setProperty("scale", "compact")
            choice.setAccessibleName(text)
            choice.setAccessibleDescription(self.tr("An answer for both of you"))
            group.addButton(choice, answer)
        group.idClicked.connect(lambda _id: self._on_answered())
        return group

    @staticmethod
    def _row(group: QButtonGroup) -> QHBoxLayout:
        row = QHBoxLayout()
        for choice in group.buttons():
            row.addWidget(choice)
        return row

    def _on_answered(self) -> None:
        answers = (self.energy.checkedId(), self.attention.checkedId())
        not_now = NO in answers
        both_yes = answers == (YES, YES)
        self.note.setVisible(not_now)
        self.start_button.setEnabled(both_yes)
        self.start_button.setDefault(both_yes)
        self.later_button.setProperty("primary", not_now)
        self.later_button.setDefault(not_now)
        self.later_button.style().polish(self.later_button)

    def _on_start(self) -> None:
        self.accept()
        self.ready.emit()

    # ----- page 2: a later time -------------------------------------------------------------
    def _later_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(label(self.tr("When would suit you both?"), "heading"))
        self.choices: list[QAbstractButton] = []
        for choice in later_choices(self._now, self._tz):
            when = choice.at.astimezone(self._tz).strftime("%H:%M")
            text = later_text(choice.label, when)
            option = button(text, f"later_{len(self.choices)}", self.tr("Remind us then"))
            option.clicked.connect(lambda _c=False, at=choice.at: self._choose(at))
            column.addWidget(option)
            self.choices.append(option)
        self.when = QDateTimeEdit()
        self.when.setObjectName("later_when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(self.tr("ddd d MMM yyyy  HH:mm"))
        local = self._now.astimezone(self._tz)
        start = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        )
        self.when.setDateTime(start.addSecs(3 * 3600))
        self.when.setMinimumDateTime(start)
        self.when.setAccessibleName(self.tr("Another time"))
        self.when.setAccessibleDescription(self.tr("Any day and time for the reminder"))
        self.when.setStyleSheet(
            "QDateTimeEdit { font-size: 20px; padding: 6px 10px; min-height: 36px; }"
        )
        self.set_button = button(
            self.tr("Remind us then"), "later_set_button", self.tr("Sets the reminder")
        )
        self.set_button.clicked.connect(self._on_set_clicked)
        other = QHBoxLayout()
        other.addWidget(label(self.tr("Another time:")))
        other.addWidget(self.when, 1)
        other.addWidget(self.set_button)
        column.addLayout(other)
        column.addStretch(1)
        self.back_button = button(
            self.tr("Back"), "later_back_button", self.tr("Back to the check")
        )
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        column.addWidget(self.back_button)
        return page

    def _on_set_clicked(self) -> None:
        chosen = self.when.dateTime().toPython()
        assert isinstance(chosen, datetime)
        self._choose(at_local(chosen, self._tz))

    def _choose(self, at: datetime) -> None:
        self.accept()
        self.later_chosen.emit(at.astimezone(UTC))
