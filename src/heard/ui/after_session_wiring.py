"""Wires issue #3 into the running app in one call, so app.py only needs two lines:
the after-session steps (check-in, checklist, note), and 'Delete all my data'."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow

from heard.core.checklist import load_checklist
from heard.storage.db import Database
from heard.storage.keyring_store import KeyringStore
from heard.storage.post_session import PostSessionStore
from heard.storage.repository import SessionRepository
from heard.ui.data_actions import DataActions, install_data_menu
from heard.ui.flow import SessionFlow
from heard.ui.post_session import PostSessionDeps


def files_outside_the_data_folder(settings_file: Path) -> list[Path]:
    """What 'Delete all my data' removes besides the data folder: the settings file and,
    where Heard can write one, its start-at-login entry (a file only Heard makes)."""
    from heard.platform import autostart

    return [settings_file, *([autostart.autostart_path()] if autostart.supported() else [])]


@dataclass(frozen=True)
class AfterSession:
    deps: PostSessionDeps
    """Also what History needs to embed a PostSessionEditor."""
    data_actions: DataActions
    """`data_actions.deleted` fires once everything is deleted: the app should quit."""


def wire_after_session(
    window: QMainWindow,
    flow: SessionFlow,
    database: Database,
    repository: SessionRepository,
    *,
    data_dir: Path,
    settings_file: Path,
) -> AfterSession:
    keys = KeyringStore()  # nothing touches the keyring until a note is written or opened
    deps = PostSessionDeps(
        PostSessionStore(database, repository), keys, load_checklist(QLocale().name())
    )
    flow.attach_post_session(deps)
    actions = DataActions(
        window,
        data_dir,
        keys,
        database.close,
        extra_files=files_outside_the_data_folder(settings_file),
    )
    install_data_menu(window, actions, flow)
    return AfterSession(deps, actions)
