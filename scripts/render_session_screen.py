"""Render the session screen offscreen to PNGs, for looking at the design without a display.

    .venv/bin/python scripts/render_session_screen.py [--out /tmp/heard-shots]

Writes one PNG per state x theme x size, e.g. /tmp/heard-shots/1280x800-light-cue.png.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from heard.core.model import Partner, Phase, Wants
from heard.core.view import SessionView
from heard.ui.session_screen import SessionScreen
from heard.ui.theme import apply_theme

SIZES = ((1280, 800), (1920, 1080))
PLANNED = 20 * 60_000


def _view(phase: Phase, **changes: object) -> SessionView:
    base: dict[str, object] = {
        "phase": phase,
        "speaker": None,
        "next_speaker": None,
        "paused_in": None,
        "planned_ms": PLANNED,
        "elapsed_ms": 7 * 60_000 + 26_000,
        "remaining_ms": 12 * 60_000 + 34_000,
        "cue_ms": 3000,
        "cue_remaining_ms": 0,
        "turn_seq": 3,
        "turn_elapsed_ms": 95_000,
        "wants": Wants.LISTEN,
        "talk_a_ms": 236_000,
        "talk_b_ms": 193_000,
        "turns_a": 2,
        "turns_b": 1,
    }
    base.update(changes)
    return SessionView(**base)  # type: ignore[arg-type]


STATES: dict[str, SessionView] = {
    "a-speaking": _view(Phase.SPEAKING, speaker=Partner.A),
    "cue": _view(Phase.PAUSE_CUE, next_speaker=Partner.B, cue_remaining_ms=1400),
    "b-ideas": _view(Phase.SPEAKING, speaker=Partner.B, wants=Wants.IDEAS, turn_seq=4),
    "paused": _view(Phase.PAUSED, speaker=Partner.A, paused_in=Phase.SPEAKING),
    "paused-cue": _view(
        Phase.PAUSED, next_speaker=Partner.B, paused_in=Phase.PAUSE_CUE, cue_remaining_ms=2100
    ),
    "last-minute": _view(Phase.SPEAKING, speaker=Partner.B, remaining_ms=48_000, turn_seq=9),
    "no-talk": _view(Phase.SPEAKING, speaker=Partner.A, turn_seq=1, talk_a_ms=0, talk_b_ms=0),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/heard-shots"))
    parser.add_argument("--states", nargs="*", default=list(STATES), choices=list(STATES))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for dark in (False, True):
        theme = apply_theme(app, dark)  # type: ignore[arg-type]
        for width, height in SIZES:
            screen = SessionScreen(theme=theme)
            screen.set_names("Sam", "Alex")
            screen.resize(width, height)
            screen.show()
            for state in args.states:
                screen.render(STATES[state])
                app.processEvents()
                path = args.out / f"{width}x{height}-{theme.name}-{state}.png"
                screen.grab().save(str(path))
                print(path)
            screen.close()
            screen.deleteLater()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
