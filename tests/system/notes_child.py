"""Child process for test_keyring_notes.py: Heard's real note path against whatever keyring
the environment gives (there: a gnome-keyring daemon under dbus-run-session).

    python notes_child.py write DATA_DIR TEXT   -> prints {"session_id", "uuid", "sealed"}
    python notes_child.py read DATA_DIR ID      -> prints {"text", "status"}
    (either prints {"error"} and exits 3 when something went wrong)

Both drive the real PostSessionEditor (its NoteEditor, the background keyring call, the
KeyringStore, AES-GCM and SQLite) in an offscreen Qt application. `write` ends with
os._exit() right after the save is committed, like a crash: SQLite then leaves its -wal file
behind, so the test can also search the WAL for the note's text.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from heard.core.checklist import load_checklist
from heard.core.clock import SystemClock
from heard.core.model import SessionConfig
from heard.platform.paths import ensure_private_dir
from heard.storage.db import Database
from heard.storage.keyring_store import KeyringStore
from heard.storage.post_session import PostSessionStore
from heard.storage.repository import SessionRepository
from heard.ui.note_editor import NoteState
from heard.ui.post_session import PostSessionDeps
from heard.ui.post_session_editor import PostSessionEditor

WAIT_MS = 60_000


def wait_for(editor: PostSessionEditor, *states: NoteState) -> None:
    loop = QEventLoop()
    editor.note.state_changed.connect(lambda state: loop.quit() if state in states else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(WAIT_MS)
    if editor.note.state not in states:
        loop.exec()
    deadline.stop()
    if editor.note.state not in states:
        fail(f"note stuck in {editor.note.state}: {editor.note.problem.text()}")


def fail(message: str) -> None:
    print(json.dumps({"error": message}))
    sys.stdout.flush()
    os._exit(3)


def main(command: str, data_dir: str, arg: str) -> None:
    app = QApplication(sys.argv[:1])
    folder = ensure_private_dir(Path(data_dir))
    database = Database.open(folder / "heard.db")
    store = PostSessionStore(database, SessionRepository(database, SystemClock()))
    deps = PostSessionDeps(store, KeyringStore(), load_checklist())
    editor = PostSessionEditor(deps)
    if command == "write":
        session_id = store.repository.create_session(SessionConfig("Sam", "Alex"))
        editor.load(session_id)
        editor.note.text.setPlainText(arg)  # as if typed: asks the keyring for the key
        wait_for(editor, NoteState.READY, NoteState.NEEDS_CHOICE)
        if editor.note.state is not NoteState.READY:
            fail(f"the keyring was not usable: {editor.note.problem.text()}")
        if not editor.save():
            fail(f"not saved: {editor.problem.text()}")
        record = store.load(session_id)
        sealed = record.notes_ciphertext or b""
        print(json.dumps({"session_id": session_id, "uuid": record.uuid, "sealed": sealed.hex()}))
        sys.stdout.flush()
        os._exit(0)  # no clean close: the WAL file stays, as after a crash
    editor.load(int(arg))
    wait_for(editor, NoteState.READY, NoteState.UNREADABLE)
    note = editor.note
    print(json.dumps({"text": note.text.toPlainText(), "status": note.status.text()}))
    editor.note.cancel()
    database.close()
    app.quit()


if __name__ == "__main__":
    main(*sys.argv[1:4])
