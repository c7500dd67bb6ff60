"""Render Heard's main screens offscreen, with demo data, into docs/screenshots/*.png.

    .venv/bin/python scripts/screenshots.py                 # English, light (and one dark)
    .venv/bin/python scripts/screenshots.py --language de --out docs/screenshots/de

Re-run it whenever the UI changes; README.md and the AppStream metainfo show these files:
setup.png, session.png, pause-cue.png, checklist.png, history.png, session-dark.png.
Nothing is read from or written to your own data: the demo history lives in a temporary
folder, and the note editor never touches the keyring.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from heard.core.checklist import load_checklist
from heard.core.clock import FakeClock
from heard.core.model import Partner, Phase, Wants
from heard.core.periods import RangePreset
from heard.core.view import SessionView
from heard.storage import demo_data
from heard.storage.db import Database
from heard.storage.keyring_store import KeyringStore
from heard.storage.repository import SessionRepository
from heard.ui.appearance import Look, apply_look
from heard.ui.i18n import Translation, content_locale
from heard.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
TODAY = date(2026, 11, 20)
NAMES = ("Sam", "Alex")
SPEAKING = SessionView(
    phase=Phase.SPEAKING,
    speaker=Partner.A,
    next_speaker=None,
    paused_in=None,
    planned_ms=20 * 60_000,
    elapsed_ms=7 * 60_000 + 26_000,
    remaining_ms=12 * 60_000 + 34_000,
    cue_ms=3000,
    cue_remaining_ms=0,
    turn_seq=3,
    turn_elapsed_ms=95_000,
    wants=Wants.LISTEN,
    talk_a_ms=236_000,
    talk_b_ms=193_000,
    turns_a=2,
    turns_b=1,
)
CUE = replace(
    SPEAKING, phase=Phase.PAUSE_CUE, speaker=None, next_speaker=Partner.B, cue_remaining_ms=1400
)


def setup_screen(_folder: Path) -> QWidget:
    from heard.ui.setup_screen import SetupScreen

    screen = SetupScreen()
    screen.set_names(*NAMES)
    screen.phones.setChecked(True)
    return screen


def session_screen(view: SessionView) -> Callable[[Path], QWidget]:
    def build(_folder: Path) -> QWidget:
        from heard.ui.session_screen import SessionScreen

        screen = SessionScreen()
        screen.set_names(*NAMES)
        screen.render(view)
        return screen

    return build


def checklist_screen(_folder: Path) -> QWidget:
    from heard.ui.checklist_screen import ChecklistScreen
    from heard.ui.note_editor import NoteEditor

    screen = ChecklistScreen(
        load_checklist(content_locale()), NoteEditor(KeyringStore(), scrypt_cost_log2=10)
    )
    screen.begin("00000000-0000-4000-8000-000000000000")
    items = list(screen.checklist.boxes.values())
    for box in (items[0], items[4]):
        box.setChecked(True)
    return screen


def history_screen(folder: Path) -> QWidget:
    from heard.ui.history.history_screen import HistoryScreen

    db = Database.open(folder / "heard.db")
    demo_data.generate(db, sessions=70, until=TODAY - timedelta(days=1))
    screen = HistoryScreen(
        db,
        SessionRepository(db, FakeClock()),
        today=lambda: TODAY,
        content=load_checklist(content_locale()),
        preset=RangePreset.LAST_3_MONTHS,
    )
    screen.destroyed.connect(db.close)
    return screen


SHOTS: dict[str, tuple[Callable[[Path], QWidget], str]] = {
    "setup": (setup_screen, "light"),
    "session": (session_screen(SPEAKING), "light"),
    "pause-cue": (session_screen(CUE), "light"),
    "checklist": (checklist_screen, "light"),
    "history": (history_screen, "light"),
    "session-dark": (session_screen(SPEAKING), "dark"),
}


def shoot(app: QApplication, name: str, out: Path, folder: Path) -> Path:
    build, theme = SHOTS[name]
    apply_look(app, Look(theme=theme))
    window = MainWindow()
    screen = build(folder)
    window.add_screen(screen)
    window.show_screen(screen)
    window.resize(*SIZE)
    window.show()
    for _ in range(3):  # layouts settle, History's charts draw
        app.processEvents()
    path = out / f"{name}.png"
    if not window.grab().save(str(path)):
        raise SystemExit(f"screenshots: could not write {path}")
    window.close()
    window.deleteLater()
    app.processEvents()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="en", choices=("en", "de"))
    parser.add_argument("--only", nargs="*", choices=list(SHOTS), default=list(SHOTS))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translation = Translation(app)
    if translation.install(args.language) != args.language:
        raise SystemExit(f"screenshots: no {args.language} translation (run make translations)")
    with tempfile.TemporaryDirectory(prefix="heard-shots-") as folder:
        for name in args.only:
            print(shoot(app, name, args.out, Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
