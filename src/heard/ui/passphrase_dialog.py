"""Ask for a passphrase: a new one for this session's note (typed twice), or the one that
opens an existing note. The dialog only collects it; deriving the key happens elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from heard.ui.calm_style import button, label, make_calm


class PassphraseDialog(QDialog):
    def __init__(self, *, create: bool, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.creating = create
        make_calm(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        if create:
            self.setWindowTitle(self.tr("Lock this note with a passphrase"))
            heading = self.tr("Choose a passphrase for this note")
            explain = self.tr(
                "It is used for this session only. You will need it to read the note again,"
                " and Heard cannot recover it if it is forgotten."
            )
        else:
            self.setWindowTitle(self.tr("Open this note"))
            heading = self.tr("This note is locked with a passphrase")
            explain = self.tr("Type the passphrase that was chosen when the note was written.")
        self.heading = label(heading, "subheading", name="passphrase_heading")
        self.explain = label(explain, "muted", name="passphrase_explain")

        self.passphrase = self._field(
            self.tr("Passphrase"), self.tr("The passphrase that locks this note")
        )
        self.repeat = self._field(
            self.tr("The same passphrase again"), self.tr("Type it again to be sure")
        )
        self.repeat.setVisible(create)
        self.problem = label(problem, "problem", name="passphrase_problem")
        self.problem.setVisible(bool(problem))
        self.problem.setAccessibleName(self.tr("Problem"))

        self.ok_button = button(
            self.tr("Lock the note") if create else self.tr("Open the note"),
            "passphrase_ok",
            self.tr("Use this passphrase"),
            primary=True,
        )
        self.ok_button.setDefault(True)
        self.cancel_button = button(
            self.tr("Cancel"), "passphrase_cancel", self.tr("Go back without a passphrase")
        )
        self.ok_button.clicked.connect(self._on_ok)
        self.cancel_button.clicked.connect(self.reject)
        self.passphrase.textChanged.connect(self._on_changed)
        self.repeat.textChanged.connect(self._on_changed)
        self.passphrase.returnPressed.connect(self._on_ok)
        self.repeat.returnPressed.connect(self._on_ok)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(14)
        for widget in (self.heading, self.explain, self.passphrase, self.repeat, self.problem):
            column.addWidget(widget)
        column.addStretch(1)
        column.addLayout(buttons)
        self.setMinimumWidth(560)
        self._on_changed()
        self.passphrase.setFocus()

    def _field(self, placeholder: str, description: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName("passphrase_repeat" if hasattr(self, "passphrase") else "passphrase")
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder)
        field.setAccessibleDescription(description)
        return field

    def value(self) -> str:
        return self.passphrase.text()

    def _mismatch(self) -> bool:
        return self.creating and self.passphrase.text() != self.repeat.text()

    def _on_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.passphrase.text()) and not self._mismatch())
        if self.creating and self.repeat.text() and self._mismatch():
            self.show_problem(self.tr("The two passphrases are not the same yet."))
        elif self.creating:
            self.show_problem("")

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _on_ok(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()
