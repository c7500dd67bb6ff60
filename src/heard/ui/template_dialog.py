"""'Our own…': the couple's own kinds of talk (a name, a length, a line of guidance), saved
in the database next to the built-in templates, and removed again if they like."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from heard.core.model import MAX_MINUTES, MIN_MINUTES, ConfigError
from heard.core.templates import MAX_GUIDANCE, MAX_TEMPLATE_NAME, Template, make_user_template
from heard.errors import HeardError
from heard.storage.ritual_store import RitualStore
from heard.ui.calm_style import button, label, make_calm
from heard.ui.i18n import fill

log = logging.getLogger(__name__)


class TemplateDialog(QDialog):
    changed = Signal(object)  # the couple's own templates now (list[Template])

    def __init__(
        self,
        store: RitualStore,
        builtin: Sequence[Template],
        minutes: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self.setWindowTitle(self.tr("Our own kinds of talk"))
        self.setAccessibleName(self.tr("Our own kinds of talk"))
        make_calm(self)
        self._store = store
        self._builtin = tuple(builtin)
        self.name = QLineEdit()
        self.name.setObjectName("template_name")
        self.name.setMaxLength(MAX_TEMPLATE_NAME)
        self.name.setPlaceholderText(self.tr("Sunday walk"))
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setAccessibleDescription(self.tr("What you call this kind of talk"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("template_minutes")
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.minutes.setAccessibleDescription(self.tr("How long the talk lasts"))
        self.guidance = QLineEdit()
        self.guidance.setObjectName("template_guidance")
        self.guidance.setMaxLength(MAX_GUIDANCE)
        self.guidance.setPlaceholderText(self.tr("One line shown during the talk (optional)"))
        self.guidance.setAccessibleName(self.tr("Guidance"))
        self.guidance.setAccessibleDescription(self.tr("Shown on the session screen"))
        self.save_button = button(
            self.tr("Save it"),
            "save_template_button",
            self.tr("Adds it to the kinds of talk"),
            primary=True,
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.problem = label("", "status", name="template_problem")
        self.close_button = button(self.tr("Close"), "close_template_button", self.tr("Done"))
        self.close_button.clicked.connect(self.accept)
        self.list_box = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Length"), self.minutes)
        form.addRow(self.tr("Guidance"), self.guidance)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Our own kinds of talk"), "heading"))
        layout.addLayout(self.list_box)
        layout.addWidget(label(self.tr("Add one"), "subheading"))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.resize(720, 520)
        self._show_own()

    def own(self) -> list[Template]:
        return self._store.user_templates()

    def _show_own(self) -> None:
        while self.list_box.count():
            item = self.list_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        own = self.own()
        if not own:
            self.list_box.addWidget(label(self.tr("None yet."), "muted", name="no_own_templates"))
        for template in own:
            row = QWidget()
            row.setObjectName(f"own_{template.id}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = fill(self.tr("%1 · %2 min"), template.name, template.minutes)
            if template.guidance:
                text += f" · {template.guidance}"
            line.addWidget(label(text), 1)
            remove = button(
                self.tr("Remove"),
                f"remove_{template.id}",
                self.tr("Remove this kind of talk (past sessions keep its name)"),
                accessible=self.tr("Remove %1").replace("%1", template.name),
            )
            remove.clicked.connect(lambda _c=False, t=template.id: self._on_remove(t))
            line.addWidget(remove)
            self.list_box.addWidget(row)

    def _on_save_clicked(self) -> None:
        try:
            template = make_user_template(
                self.name.text(),
                self.minutes.value(),
                self.guidance.text(),
                [*self._builtin, *self.own()],
            )
            self._store.add_user_template(template)
        except ConfigError as exc:
            self.problem.setText(str(exc))
            return
        except (HeardError, sqlite3.Error) as exc:
            log.error("could not save a template: %s", exc)
            self.problem.setText(self.tr("Could not save it: %1").replace("%1", str(exc)))
            return
        self.problem.setText(self.tr("Saved: %1.").replace("%1", template.name))
        self.name.clear()
        self.guidance.clear()
        self._show_own()
        self.changed.emit(self.own())

    def _on_remove(self, template_id: str) -> None:
        self._store.remove_user_template(template_id)
        self._show_own()
        self.changed.emit(self.own())
