"""Render the after-session screens offscreen to PNGs, for design review without a display.

    .venv/bin/python scripts/render_post_session.py [--out /tmp/heard-shots/post-session]

Writes one PNG per screen state and theme, e.g. 1280x800-light-checkin-ask.png. Uses an
in-memory keyring and a temporary database; touches nothing of yours.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import keyring.errors
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from heard.core.checklist import load_checklist
from heard.core.clock import SystemClock
from heard.core.model import SessionConfig
from heard.storage.db import Database
from heard.storage.keyring_store import KeyringStore
from heard.storage.post_session import PostSessionAnswers, PostSessionStore
from heard.storage.repository import SessionRepository
from heard.ui.checkin_screen import CheckInScreen
from heard.ui.checklist_screen import ChecklistScreen
from heard.ui.data_actions import DeleteDataDialog
from heard.ui.note_editor import NoteEditor, NoteState
from heard.ui.post_session import PostSessionDeps
from heard.ui.post_session_editor import PostSessionDialog
from heard.ui.theme import apply_theme

SIZE = (1280, 800)


class _Keyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.values: dict[tuple[str, str], str] = {}
        self.error: Exception | None = None

    def get_password(self, service: str, username: str) -> str | None:
        if self.error:
            raise self.error
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.error:
            raise self.error
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def _settle(until: Callable[[], bool] = lambda: True, ms: int = 5000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setObjectName("render-settle")
    timer.timeout.connect(lambda: loop.quit() if until() else None)
    timer.start(20)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    timer.stop()
    QCoreApplication.processEvents()


def _shoot(
    widget: QWidget, out: Path, name: str, *, natural: bool = False, keep_size: bool = False
) -> None:
    """Grab `widget` at 1280x800, or at its own preferred (natural) or given size."""
    widget.show()
    if natural and not keep_size:
        widget.adjustSize()
    elif not natural:
        widget.resize(*SIZE)
    _settle()
    prefix = "dialog" if natural else f"{SIZE[0]}x{SIZE[1]}"
    path = out / f"{prefix}-{name}.png"
    widget.grab().save(str(path))
    print(path)


def render(out: Path, theme_name: str, store: PostSessionStore, backend: _Keyring) -> None:
    content = load_checklist()
    checkin = CheckInScreen(content)
    checkin.begin("Sam", "Alex")
    checkin.scale.button(4).click()
    _shoot(checkin, out, f"{theme_name}-checkin-ask")
    checkin.confirm.click()
    _shoot(checkin, out, f"{theme_name}-checkin-handover")
    checkin.handover_button.click()
    checkin.scale.button(2).click()
    checkin.confirm.click()
    _shoot(checkin, out, f"{theme_name}-checkin-reveal")
    checkin.close()

    backend.error = None
    keys = KeyringStore()
    screen = ChecklistScreen(content, NoteEditor(keys, scrypt_cost_log2=10))
    screen.begin("3f0c2a3e-1111-4222-8333-944455556666")
    for item in ("self.interrupted", "repair.apologize"):
        screen.checklist.boxes[item].setChecked(True)
    screen.note.text.setPlainText("Next time I'll ask before offering ideas.")
    _settle(lambda: screen.note.state is NoteState.READY)
    _shoot(screen, out, f"{theme_name}-checklist")
    backend.error = keyring.errors.KeyringLocked("locked")
    screen.note.cancel()
    screen.begin("4f0c2a3e-1111-4222-8333-944455556666")
    keys.forget_cached_key()  # show the no-keyring state
    screen.note.text.setPlainText("Something to remember.")
    _settle(lambda: screen.note.state is NoteState.NEEDS_CHOICE)
    _shoot(screen, out, f"{theme_name}-checklist-no-keyring")
    screen.note.passphrase_button.click()
    dialog = screen.note.passphrase_dialog
    assert dialog is not None
    _shoot(dialog, out, f"{theme_name}-passphrase", natural=True)
    dialog.close()
    screen.close()
    _render_more(out, theme_name, store)


def _render_more(out: Path, theme_name: str, store: PostSessionStore) -> None:
    """History's editor for a past session, and the 'Delete all my data' confirmation."""
    deps = PostSessionDeps(store, KeyringStore(), load_checklist(), scrypt_cost_log2=10)
    sid = store.repository.history()[0].id
    dialog = PostSessionDialog(deps, sid)
    _shoot(dialog, out, f"{theme_name}-editor", natural=True, keep_size=True)
    dialog.close()
    folder = Path(tempfile.gettempdir()) / "heard-render-data"
    files = [folder / name for name in ("heard.db", "heard.db-wal", "heard.db-shm")]
    confirm = DeleteDataDialog(folder, files)
    confirm.understood.setChecked(True)
    _shoot(confirm, out, f"{theme_name}-delete-data", natural=True)
    confirm.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/heard-shots/post-session"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    backend = _Keyring()
    keyring.set_keyring(backend)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(Path(folder) / "heard.db")
        store = PostSessionStore(database, SessionRepository(database, SystemClock()))
        sid = store.repository.create_session(SessionConfig("Sam", "Alex"))
        store.save(
            sid,
            PostSessionAnswers(
                felt_heard=(4, 2), checklist={"self.interrupted": True, "repair.ask_again": True}
            ),
        )
        for theme_name, dark in (("light", False), ("dark", True)):
            assert isinstance(app, QApplication)
            apply_theme(app, dark)
            render(args.out, theme_name, store, backend)
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
