"""Keeps the running session's data safe when storage fails, and after unexpected errors.

- Every session is recorded through a ResilientRecorder: if the data folder becomes
  unwritable or full, the session keeps running, its writes wait in memory and are retried
  at every change, and the couple is told once, in plain words.
- When the session ends with writes still waiting, one more try is made; if storage still
  refuses, the session is written to a rescue file (data folder, then log folder, then home,
  then the temp folder) and a dialog says where, with "Try again" and "Save a copy…".
- `save_now()` checkpoints the running session at once (the crash dialog calls it).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heard.core.clock import Clock
from heard.core.model import Phase, SessionConfig
from heard.storage.repository import SessionRepository
from heard.ui.flow import SessionFlow
from heard.ui.i18n import fill, translate

if TYPE_CHECKING:
    from heard.storage.recorder import SessionRecorder
    from heard.storage.resilient import ResilientRecorder
    from heard.ui.session_controller import SessionController

log = logging.getLogger(__name__)


def problem_text(problem: str) -> str:
    return fill(
        translate(
            "SessionKeeper",
            "Heard cannot save to its data folder right now (%1). The session keeps "
            "running and nothing is lost: Heard keeps trying, and offers a copy at the end.",
        ),
        problem,
    )


class UnsavedDialog(QDialog):
    """Stays open through "Try again" and "Save a copy…" until saved or closed."""

    def __init__(self, text: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsaved_session_dialog")
        self.setWindowTitle(self.tr("This session is not saved yet"))
        self.text_label = QLabel(text)
        self.text_label.setObjectName("unsaved_text")
        self.detail_label = QLabel(detail)
        self.detail_label.setObjectName("unsaved_detail")
        for label in (self.text_label, self.detail_label):
            label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setAccessibleDescription(self.tr("Try to save in the data folder again"))
        self.retry_button.setObjectName("unsaved_retry_button")
        self.retry_button.setDefault(True)
        self.copy_button = QPushButton(self.tr("Save a copy…"))
        self.copy_button.setAccessibleDescription(
            self.tr("Save this session as a file you can import later")
        )
        self.copy_button.setObjectName("unsaved_copy_button")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.text_label, self.detail_label, buttons):
            layout.addWidget(widget)

    def text(self) -> str:
        return self.text_label.text()

    def detail(self) -> str:
        return self.detail_label.text()

    def set_detail(self, text: str) -> None:
        self.detail_label.setText(text)


class SessionKeeper(QObject):
    problem = Signal(str)  # storage failed during a session (once per outage)
    rescued = Signal(object)  # Path of a rescue file, or None if none could be written

    def __init__(
        self,
        repo: SessionRepository,
        clock: Clock,
        rescue_folders: Sequence[Path],
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._repo = repo
        self._clock = clock
        self._folders = list(rescue_folders)
        self._parent_widget = parent_widget
        self.recorder: ResilientRecorder | None = None
        self.controller: SessionController | None = None
        self.dialog: UnsavedDialog | None = None
        self.rescue_path: Path | None = None

    # ------------------------------------------------------------------ wiring
    def attach(self, flow: SessionFlow) -> None:
        flow.session_started.connect(self._on_session_started)
        flow.session_finished.connect(self._on_session_finished)
        self.problem.connect(flow.problem_reported)

    def recorder_for(self, config: SessionConfig) -> ResilientRecorder:
        """The flow's recorder factory: a new session's row, written when storage allows."""
        from heard.storage.resilient import ResilientRecorder  # with the first session

        return self._adopt(
            ResilientRecorder.for_repository(
                self._repo,
                config,
                self._clock.wall_utc(),
                on_problem=self._on_problem,
                on_saved=self._on_saved,
            )
        )

    def recorder_for_resumed(
        self, recorder: SessionRecorder, config: SessionConfig, started_at: datetime, uuid: str
    ) -> ResilientRecorder:
        """Wrap the recorder of a session resumed after a crash (its row exists already)."""
        from heard.storage.resilient import ResilientRecorder

        return self._adopt(
            ResilientRecorder(
                lambda: recorder,
                config,
                started_at,
                session_uuid=uuid,
                on_problem=self._on_problem,
                on_saved=self._on_saved,
            )
        )

    def _adopt(self, recorder: ResilientRecorder) -> ResilientRecorder:
        self.recorder = recorder
        self.rescue_path = None
        return recorder

    # ------------------------------------------------------------------ safety
    def save_now(self) -> None:
        """Checkpoint the running session now, if there is one."""
        controller, recorder = self.controller, self.recorder
        if controller is None or recorder is None or not controller.running:
            return
        view = controller.session.view()
        if view.phase is Phase.SPEAKING:
            recorder.checkpoint(view.elapsed_ms, view.turn_seq, view.elapsed_ms)
        else:
            recorder.checkpoint(view.elapsed_ms)
        log.info("saved the running session at %.1f s", view.elapsed_ms / 1000)

    def _on_session_started(self, controller: SessionController) -> None:
        self.controller = controller

    def _on_problem(self, problem: str) -> None:
        self.problem.emit(problem_text(problem))

    def _on_saved(self) -> None:
        log.info("the session's waiting writes are stored")

    # ------------------------------------------------------------------ the end
    def _on_session_finished(self, *_args: object) -> None:
        recorder = self.recorder
        if recorder is None or recorder.pending == 0 or recorder.retry():
            return
        self.rescue_path = self._write_rescue(recorder)
        self.rescued.emit(self.rescue_path)
        self._show_unsaved(recorder)

    def _write_rescue(self, recorder: ResilientRecorder) -> Path | None:
        try:
            now = self._clock.wall_utc()
            from heard.storage.rescue import write_rescue  # only when saving has failed

            return write_rescue(recorder.rescue_payload(now), self._folders, now)
        except OSError as exc:
            log.error("could not write a rescue file anywhere: %s", exc)
            return None

    def _show_unsaved(self, recorder: ResilientRecorder) -> None:
        where = (
            fill(
                translate(
                    "SessionKeeper", "A copy is in %1; it can be imported into your history later."
                ),
                self.rescue_path,
            )
            if self.rescue_path
            else translate(
                "SessionKeeper",
                "Heard could not write a copy anywhere, so please save one yourself.",
            )
        )
        self.dialog = UnsavedDialog(
            fill(
                translate(
                    "SessionKeeper", "Heard could not save this session in its data folder. %1"
                ),
                where,
            ),
            fill(translate("SessionKeeper", "Reason: %1"), recorder.problem),
            self._parent_widget,
        )
        self.dialog.retry_button.clicked.connect(self._on_retry_clicked)
        self.dialog.copy_button.clicked.connect(self._on_copy_clicked)
        self.dialog.open()

    def _on_retry_clicked(self) -> None:
        recorder, dialog = self.recorder, self.dialog
        if recorder is None or dialog is None:
            return
        if recorder.retry():
            log.info("the session was saved on a later try")
            dialog.accept()
        else:
            dialog.set_detail(
                fill(translate("SessionKeeper", "Still not possible: %1"), recorder.problem)
            )

    def _on_copy_clicked(self) -> None:
        if self.recorder is not None and self.dialog is not None:
            self._save_copy(self.recorder, self.dialog)

    def _save_copy(self, recorder: ResilientRecorder, box: UnsavedDialog) -> None:
        path, _ = self._ask_path(box)
        if not path:
            return
        try:
            Path(path).write_text(
                json.dumps(
                    recorder.rescue_payload(self._clock.wall_utc()), indent=2, ensure_ascii=False
                )
                + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            box.set_detail(
                fill(
                    translate("SessionKeeper", "Could not write %1: %2"), path, exc.strerror or exc
                )
            )
            return
        box.set_detail(fill(translate("SessionKeeper", "A copy was saved to %1."), path))

    ask_path: Callable[[QWidget], tuple[str, str]] | None = None
    """Replaceable file chooser (tests)."""

    def _ask_path(self, parent: QWidget) -> tuple[str, str]:
        if self.ask_path is not None:
            return self.ask_path(parent)
        return QFileDialog.getSaveFileName(
            parent,
            translate("SessionKeeper", "Save a copy of this session"),
            "heard-session.json",
            translate("SessionKeeper", "JSON (*.json)"),
        )
