"""Render listening ears offscreen to PNGs: the session screen with the microphone mark and
the listener's "hold the silence" cue, and the first-time explanation, light and dark.

    .venv/bin/python scripts/render_listening_ears.py [--out /tmp/heard-ears]
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtWidgets import QApplication

from heard.core.model import Partner, Phase, Wants
from heard.core.view import SessionView
from heard.ui.ears_dialog import ListeningEarsIntro
from heard.ui.session_screen import SessionScreen
from heard.ui.theme import apply_theme
from heard.ui.widgets.ears import FADE_IN_MS

SIZE = (1280, 800)
BASE = SessionView(
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
    listening=True,
)
STATES = {
    "listening": BASE,
    "hold-silence": replace(BASE, hold_silence=True),
    "cue-listening": replace(
        BASE, phase=Phase.PAUSE_CUE, speaker=None, next_speaker=Partner.B, cue_remaining_ms=1400
    ),
}


def settle(app: QApplication, ms: int) -> None:
    """Let animations run for `ms` (rendering only: the fade must have finished)."""
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/heard-ears"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    for dark in (False, True):
        theme = apply_theme(app, dark)
        screen = SessionScreen(theme=theme)
        screen.set_names("Sam", "Alex")
        screen.resize(*SIZE)
        screen.show()
        for state, view in STATES.items():
            screen.render(view)
            settle(app, FADE_IN_MS + 200)
            path = args.out / f"{SIZE[0]}x{SIZE[1]}-{theme.name}-{state}.png"
            screen.grab().save(str(path))
            print(path)
        screen.close()
        dialog = ListeningEarsIntro()
        dialog.show()
        QCoreApplication.processEvents()
        path = args.out / f"intro-{theme.name}.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
