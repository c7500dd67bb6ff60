"""Render the presence aids offscreen to PNGs, for looking at them without a display.

    .venv/bin/python scripts/render_presence.py [--out /tmp/heard-presence]

Writes one PNG per state and theme at 1280x800, e.g. /tmp/heard-presence/dark-cards-body.png:
the session screen with its aids (guidance, wrap-up, reflection, break, prompt cards, keys)
and the screens before and around a session (readiness check, intro, rituals, reminder).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from heard.core.model import EventKind, Partner, Phase, Wants
from heard.core.view import SessionView
from heard.ui.session_screen import SessionScreen
from heard.ui.theme import Theme, apply_theme

WIDTH, HEIGHT = 1280, 800

SPEAKING = SessionView(
    phase=Phase.SPEAKING,
    speaker=Partner.A,
    next_speaker=None,
    paused_in=None,
    planned_ms=10 * 60_000,
    elapsed_ms=4 * 60_000 + 26_000,
    remaining_ms=5 * 60_000 + 34_000,
    cue_ms=3000,
    cue_remaining_ms=0,
    turn_seq=3,
    turn_elapsed_ms=125_000,
    wants=Wants.LISTEN,
    talk_a_ms=136_000,
    talk_b_ms=113_000,
    turns_a=2,
    turns_b=1,
    soft_limit_ms=120_000,
)
REFLECTING = replace(SPEAKING, phase=Phase.REFLECTING, speaker=None, next_speaker=Partner.B)
BREAK = replace(SPEAKING, phase=Phase.PAUSED, paused_in=Phase.SPEAKING, pause_kind=EventKind.BREAK)


def _open_deck(index: int) -> Callable[[SessionScreen], None]:
    def prepare(screen: SessionScreen) -> None:
        screen.aids.act("cards")
        screen.aids.cards.show_deck(index)

    return prepare


def _nothing(_screen: SessionScreen) -> None:
    pass


SESSION_STATES: dict[str, tuple[SessionView, Callable[[SessionScreen], None]]] = {
    "wrap-up": (SPEAKING, _nothing),
    "ideas-feedback": (
        replace(SPEAKING, speaker=Partner.B, wants=Wants.IDEAS, turn_elapsed_ms=20_000),
        lambda s: s.aids.say("Alex says: ideas are welcome."),
    ),
    "reflecting": (REFLECTING, _nothing),
    "break": (BREAK, _nothing),
    "keys": (SPEAKING, lambda s: s.aids.act("help")),
    **{
        f"cards-{deck}": (replace(SPEAKING, turn_elapsed_ms=30_000), _open_deck(index))
        for index, deck in enumerate(("questions", "reflect", "validate", "body"))
    },
}


def render_session(out: Path, theme: Theme, app: QApplication) -> list[Path]:
    paths = []
    for state, (view, prepare) in SESSION_STATES.items():
        screen = SessionScreen(theme=theme)
        screen.set_names("Sam", "Alex")
        screen.aids.set_guidance("Daily high & low: each of you shares one high and one low.")
        screen.resize(WIDTH, HEIGHT)
        screen.show()
        screen.render(view)
        prepare(screen)
        app.processEvents()
        paths.append(save(screen, out / f"{theme.name}-session-{state}.png"))
        screen.close()
        screen.deleteLater()
    return paths


def save(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    print(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/heard-presence"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    for dark in (False, True):
        theme = apply_theme(app, dark)
        render_session(args.out, theme, app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
