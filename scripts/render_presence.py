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


def render_screens(out: Path, theme: Theme, app: QApplication) -> list[Path]:
    """The start screen with the template picker, the readiness check, the introduction,
    the rituals and own-templates dialogs, and a reminder banner, on a throwaway database."""
    import tempfile
    from datetime import UTC, datetime, time

    from heard.core.clock import FakeClock
    from heard.core.rituals import Cadence
    from heard.storage.db import Database
    from heard.storage.reminder_book import DueItem
    from heard.storage.ritual_store import RitualStore
    from heard.ui.help_menu import KeysDialog
    from heard.ui.intro import IntroDialog
    from heard.ui.main_window import MainWindow
    from heard.ui.readiness_dialog import ReadinessDialog
    from heard.ui.reminder_banner import ReminderBanner
    from heard.ui.rituals_dialog import RitualsDialog
    from heard.ui.setup_screen import SetupScreen
    from heard.ui.template_dialog import TemplateDialog

    paths: list[Path] = []
    now = datetime(2026, 2, 4, 18, 10, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "heard.db")
        store = RitualStore(db, FakeClock(wall=datetime(2026, 1, 20, 9, 0, tzinfo=UTC)))
        store.add_ritual("daily_high_low", Cadence.DAILY, time(21, 30))
        store.add_ritual("weekly_meeting", Cadence.WEEKLY, time(10, 0), weekday=6)
        store.add_reminder("phone_free_20", 20, datetime(2026, 2, 4, 20, 0, tzinfo=UTC))

        window = MainWindow()
        setup = SetupScreen()
        window.add_screen(setup)
        window.show_screen(setup)
        setup.set_names("Sam", "Alex")
        setup.templates.select("daily_high_low")
        setup.phones.setChecked(True)
        setup.focus_hint.setText(
            "Do not disturb is off. Turning it on (the bell in the top bar) keeps "
            "notifications quiet."
        )
        window.resize(WIDTH, HEIGHT)
        window.show()
        app.processEvents()
        paths.append(save(window, out / f"{theme.name}-setup.png"))
        banner = ReminderBanner(window)
        names = {"daily_high_low": "Daily high & low"}
        item = DueItem("daily_high_low", None, now, False)
        banner.show_due([item], names.__getitem__, now, UTC)
        area = window.centralWidget().geometry()
        banner.setGeometry(area.left() + 12, area.top() + 12, area.width() - 24,
                           banner.sizeHint().height())  # fmt: skip
        banner.show()
        app.processEvents()
        paths.append(save(window, out / f"{theme.name}-reminder-banner.png"))

        readiness = ReadinessDialog(20, now, UTC, parent=window)
        readiness.show()
        readiness.attention.button(0).click()
        app.processEvents()
        paths.append(save(readiness, out / f"{theme.name}-readiness-not-now.png"))
        readiness.pages.setCurrentIndex(1)
        app.processEvents()
        paths.append(save(readiness, out / f"{theme.name}-readiness-later.png"))
        readiness.close()

        intro = IntroDialog(window)
        intro.show()
        for index in range(3):
            intro.go(index)
            app.processEvents()
            paths.append(save(intro, out / f"{theme.name}-intro-{index + 1}.png"))
        intro.close()

        rituals = RitualsDialog(
            store,
            setup.templates.templates,
            now=lambda: now,
            today=now.date,
            delivery="Reminders appear here, and as desktop notifications while Heard runs "
            "in the tray.",
            parent=window,
        )
        rituals.show()
        app.processEvents()
        paths.append(save(rituals, out / f"{theme.name}-rituals.png"))
        rituals.close()

        own = TemplateDialog(store, setup.templates.builtin, 25, window)
        own.show()
        app.processEvents()
        paths.append(save(own, out / f"{theme.name}-own-templates.png"))
        own.close()

        keys = KeysDialog(window)
        keys.show()
        app.processEvents()
        paths.append(save(keys, out / f"{theme.name}-help-keys.png"))
        keys.close()
        window.close()
        db.close()
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
        render_screens(args.out, theme, app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
